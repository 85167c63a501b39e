import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.ts';
import { loadParams, loadRun, MetricsFileError } from '../src/metrics/load.ts';
import { crc32c, maskedCrc32c } from '../src/metrics/loaders/crc32c.ts';
import type { LoadedRun, MetricsFormat } from '../src/metrics/types.ts';
import { parseDelimited } from '../src/text/delimited.ts';
import {
  encodeEvent,
  eventFile,
  frameRecords,
  REAL_TF2_EVENT_FILE,
  type EventSpec,
  type SummaryValue,
  type TensorValue,
} from './fixtures/metrics/tfevents.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'metrics');

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temp folder holding `files` (path -> text or bytes). */
async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'crucible-metrics-'));
  temps.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** name -> value (or `raw` in quotes when the value is invalid), the way a person reads a run. */
function finals(run: LoadedRun): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [name, metric] of run.metrics) out[name] = metric.value ?? `raw:${metric.raw}`;
  return out;
}

function history(run: LoadedRun, name: string): [number, number][] {
  return (run.metrics.get(name)?.history ?? []).map((point) => [point.step, point.value]);
}

function params(run: LoadedRun | Map<string, { value: string }>): Record<string, string> {
  const map = 'params' in run ? run.params : run;
  return Object.fromEntries([...map].map(([name, param]) => [name, param.value]));
}

async function loadError(path: string, options?: { format?: MetricsFormat | 'auto' }): Promise<MetricsFileError> {
  const error = await loadRun(path, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MetricsFileError);
  return error as MetricsFileError;
}

describe('loadRun: every format, as the tools write it', () => {
  it.each<[string, string, MetricsFormat[], Record<string, number | string>]>([
    [
      'Hugging Face Trainer output folder',
      'huggingface',
      ['huggingface'],
      {
        eval_accuracy: 0.8480392156862745,
        eval_f1: 0.8934707903780069,
        eval_loss: 0.4529092609882355,
        eval_samples: 408,
        train_loss: 0.3512015541076656,
        train_samples: 3668,
        loss: 0.1673,
        learning_rate: 6.5359477124183e-8,
        grad_norm: 0.8124300837516785,
      },
    ],
    [
      'Lightning CSVLogger version folder',
      'lightning',
      ['lightning'],
      { train_loss: 0.33067813515663147, val_acc: 0.85625, val_loss: 0.3624110519886017 },
    ],
    [
      'Keras CSVLogger training.log',
      'keras/training.log',
      ['keras'],
      {
        accuracy: 0.9415833353996277,
        learning_rate: 0.0010000000474974513,
        loss: 0.2026093602180481,
        val_accuracy: 0.9480000138282776,
        val_loss: 0.1768282949924469,
      },
    ],
    [
      'W&B run folder',
      'wandb',
      ['wandb'],
      {
        'train/loss': 0.2113,
        'train/epoch': 3,
        'eval/accuracy': 0.9012,
        'eval/loss': 0.2867,
        'best.eval/accuracy': 0.9051,
        'best.epoch': 2,
      },
    ],
    [
      'MLflow run folder',
      'mlflow/mlruns/0/8f2c1e4b9d7a4c55b1e0f3a2d6c8e901',
      ['mlflow'],
      { accuracy: 0.88, loss: 0.31, 'eval/f1': 0.86 },
    ],
    [
      'DVCLive folder from the project above it',
      'dvclive',
      ['dvclive'],
      { 'train.loss': 0.2113, 'train.acc': 0.9301, 'eval.loss': 0.2867, 'eval.acc': 0.9012, lr: 0.00025 },
    ],
    [
      'DVCLive folder given as the path',
      'dvclive/dvclive',
      ['dvclive'],
      { 'train.loss': 0.2113, 'train.acc': 0.9301, 'eval.loss': 0.2867, 'eval.acc': 0.9012, lr: 0.00025 },
    ],
  ])('%s', async (_label, path, formats, expected) => {
    const run = await loadRun(join(fixtures, path));
    expect(run.formats).toEqual(formats);
    expect(finals(run)).toEqual(expected);
  });

  it('reads the files each tool writes and leaves the rest (configs, media, tags, checkpoints) alone', async () => {
    const hf = await loadRun(join(fixtures, 'huggingface'));
    expect(hf.files).toEqual([
      'all_results.json',
      'checkpoint-918/trainer_state.json',
      'eval_results.json',
      'train_results.json',
      'trainer_state.json',
    ]);
    const wandb = await loadRun(join(fixtures, 'wandb'));
    expect(wandb.files).toEqual([
      'wandb/run-20240610_143354-k2x9q1wz/files/wandb-summary.json',
      'wandb/run-20240610_143354-k2x9q1wz/files/config.yaml',
    ]);
    const mlflow = await loadRun(join(fixtures, 'mlflow'));
    expect(mlflow.files.every((file) => /\/(metrics|params)\//.test(file))).toBe(true);
    expect(Object.keys(finals(mlflow)).sort()).toEqual(['accuracy', 'eval/f1', 'loss']);
  });

  it('fills params from the formats that carry them', async () => {
    expect(params(await loadRun(join(fixtures, 'dvclive')))).toEqual({
      epochs: '3',
      lr: '0.001',
      'model.name': 'resnet18',
      'model.pretrained': 'true',
    });
    expect(params(await loadRun(join(fixtures, 'mlflow')))).toEqual({
      batch_size: '32',
      learning_rate: '0.001',
      optimizer: 'adam',
    });
    expect(params(await loadRun(join(fixtures, 'lightning')))).toEqual({
      batch_size: '32',
      hidden_dim: '128',
      learning_rate: '0.001',
      optimizer: 'adam',
    });
    expect(params(await loadRun(join(fixtures, 'wandb')))).toEqual({
      learning_rate: '0.00005',
      model_name_or_path: 'bert-base-cased',
      per_device_train_batch_size: '16',
    });
  });
});

describe('loadRun: history', () => {
  it('keeps Lightning per-step rows, train and validation apart, with the step column as step', async () => {
    const run = await loadRun(join(fixtures, 'lightning'));
    expect(history(run, 'train_loss')).toEqual([
      [49, 0.6931471824645996],
      [99, 0.5512310266494751],
      [149, 0.48081737756729126],
      [199, 0.39201098680496216],
      [249, 0.35110947489738464],
      [299, 0.33067813515663147],
    ]);
    expect(history(run, 'val_acc')).toEqual([
      [156, 0.8125],
      [313, 0.85625],
    ]);
    expect(run.metrics.get('val_acc')?.source).toEqual({
      file: 'lightning_logs/version_0/metrics.csv',
      line: 9,
      key: 'val_acc',
    });
    expect(run.metrics.has('epoch')).toBe(false);
    expect(run.metrics.has('step')).toBe(false);
  });

  it('keeps Keras epochs as steps', async () => {
    const run = await loadRun(join(fixtures, 'keras/training.log'));
    expect(history(run, 'val_loss')).toEqual([
      [0, 0.2989846467971802],
      [1, 0.2142573893070221],
      [2, 0.1768282949924469],
    ]);
  });

  it('keeps the Trainer log history, skipping a NaN point, from the most advanced trainer_state.json', async () => {
    const run = await loadRun(join(fixtures, 'huggingface'));
    expect(history(run, 'eval_accuracy')).toEqual([
      [459, 0.8235294117647058],
      [918, 0.8480392156862745],
      [1377, 0.8406862745098039],
    ]);
    expect(history(run, 'grad_norm')).toEqual([
      [459, 4.527397632598877],
      [1377, 0.8124300837516785],
    ]);
    expect(history(run, 'train_loss')).toEqual([[1377, 0.3512015541076656]]);
  });

  it('keeps DVCLive plot histories with their millisecond timestamps', async () => {
    const run = await loadRun(join(fixtures, 'dvclive'));
    expect(run.metrics.get('eval.acc')?.history).toEqual([
      { step: 0, value: 0.8512, timestamp: 1718031234101 },
      { step: 1, value: 0.8897, timestamp: 1718031240223 },
      { step: 2, value: 0.9012, timestamp: 1718031246556 },
    ]);
    expect(run.metrics.get('eval.acc')?.source.file).toBe('dvclive/metrics.json');
    expect(run.metrics.get('lr')?.source).toEqual({ file: 'dvclive/plots/metrics/lr.tsv', line: 4, key: 'lr' });
  });

  it('keeps MLflow metric lines, with the latest step as the final value even when logged out of order', async () => {
    const run = await loadRun(join(fixtures, 'mlflow'));
    expect(run.metrics.get('loss')?.history).toEqual([
      { step: 0, value: 0.92, timestamp: 1718031234001 },
      { step: 2, value: 0.31, timestamp: 1718031246456 },
    ]);
    const dir = await folderWith({
      'run/meta.yaml': 'run_id: abc\n',
      'run/params/seed': '1',
      'run/metrics/acc': '1700000000300 0.93 3\n1700000000100 0.91 1\n1700000000200 0.5 2\n',
    });
    expect(finals(await loadRun(dir))).toEqual({ acc: 0.93 });
  });

  it.each([
    ['step column', 'step,acc\n10,0.5\n20,0.6\n', [[10, 0.5], [20, 0.6]]],
    ['epoch column', 'acc,epoch\n0.5,1\n0.6,2\n', [[1, 0.5], [2, 0.6]]],
    ['no step or epoch: the row index', 'acc,loss\n0.5,1\n0.6,0.9\n', [[0, 0.5], [1, 0.6]]],
  ])('takes a CSV row step from the %s', async (_label, csv, expected) => {
    const dir = await folderWith({ 'log.csv': csv });
    expect(history(await loadRun(join(dir, 'log.csv')), 'acc')).toEqual(expected);
  });

  it('keeps TensorBoard scalars: simple_value and TF2 tensors, float and double, packed or not', async () => {
    const tensor = (tag: string, value: TensorValue): SummaryValue[] => [{ tag, tensor: value }];
    const bytes = eventFile([
      { wallTime: 1718031231.25, step: 1, values: [{ tag: 'train/loss', simple: 0.5 }] },
      { wallTime: 1718031232.5, step: 2, values: [{ tag: 'train/loss', simple: 0.25 }, { tag: 'img', image: true }] },
      { wallTime: 1718031233, step: 2, values: tensor('eval/acc', { dtype: 'float', value: 0.75, plugin: 'scalars' }) },
      { wallTime: 1718031234, step: 3, values: tensor('d', { dtype: 'double', value: 0.1, encoding: 'packed' }) },
      { wallTime: 1718031234, step: 3, values: tensor('f', { dtype: 'float', value: 2, encoding: 'unpacked' }) },
      { wallTime: 1718031234, step: 3, values: tensor('v', { dtype: 'float', value: 1, shape: [3] }) },
      // The hparams plugin's placeholder: a rank-0 float that is not a measurement.
      { wallTime: 1718031234, step: 3, values: tensor('_hparams_/x', { dtype: 'float', value: 0, plugin: 'hparams' }) },
    ]);
    const dir = await folderWith({ 'runs/Jun10_14-33-54_gpu/events.out.tfevents.1718031230.gpu.4242.0': bytes });
    const run = await loadRun(dir);
    expect(run.formats).toEqual(['tensorboard']);
    expect(finals(run)).toEqual({ 'train/loss': 0.25, 'eval/acc': 0.75, d: 0.1, f: 2 });
    expect(run.metrics.get('train/loss')?.history).toEqual([
      { step: 1, value: 0.5, timestamp: 1718031231250 },
      { step: 2, value: 0.25, timestamp: 1718031232500 },
    ]);
  });
});

describe('loadRun: TensorBoard event files', () => {
  it('reads a real TF2 event file (tf.summary.scalar("accuracy", 0.99, step=77))', async () => {
    const dir = await folderWith({ 'events.out.tfevents.1600000000.host.1.v2': REAL_TF2_EVENT_FILE });
    const run = await loadRun(join(dir, 'events.out.tfevents.1600000000.host.1.v2'));
    const accuracy = run.metrics.get('accuracy');
    expect(accuracy?.value).toBeCloseTo(0.99, 6);
    expect(accuracy?.history).toHaveLength(1);
    expect(accuracy?.history[0]?.step).toBe(77);
  });

  it('computes CRC-32C and TFRecord masks as TensorFlow does', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(maskedCrc32c(Buffer.from('\x1a\x11CRC test, one two', 'latin1'))).toBe(0x5794d08a);
  });

  it.each([
    ['the length checksum', 8, 0],
    ['the data checksum', 12 + 24 + 2, 0],
  ])('names the file and the byte offset of a record whose %s fails', async (_label, corruptAt, offset) => {
    const bytes = Buffer.from(REAL_TF2_EVENT_FILE);
    bytes[corruptAt] = (bytes[corruptAt] as number) ^ 0xff;
    const dir = await folderWith({ 'events.out.tfevents.1': bytes });
    const error = await loadError(dir);
    expect(error.message).toBe(
      `${join(dir, 'events.out.tfevents.1')}: byte ${offset}: the record's ${corruptAt === 8 ? 'length' : 'data'} ` +
        'does not match its checksum; the event file is corrupt. Re-run the training or remove the file.',
    );
    expect(error.offset).toBe(offset);
  });

  it('names the offset of the second record when it is the corrupt one', async () => {
    const bytes = Buffer.from(REAL_TF2_EVENT_FILE);
    bytes[bytes.length - 6] = 0; // inside the second record's data
    const dir = await folderWith({ 'events.out.tfevents.1': bytes });
    expect((await loadError(dir)).message).toContain(': byte 40: ');
  });

  it('ignores a record cut short at the end, as TensorBoard does for a file still being written', async () => {
    const whole = eventFile([{ wallTime: 1, step: 1, values: [{ tag: 'loss', simple: 0.5 }] }]);
    const tail = frameRecords([encodeEvent({ wallTime: 2, step: 2, values: [{ tag: 'loss', simple: 0.25 }] })]);
    const cut = Buffer.concat([whole, tail.subarray(0, tail.length - 3)]);
    const dir = await folderWith({ 'events.out.tfevents.1': cut });
    expect(finals(await loadRun(dir))).toEqual({ loss: 0.5 });
  });

  it('reads records across chunk boundaries and records larger than a chunk', async () => {
    const events: EventSpec[] = [{ wallTime: 1, fileVersion: 'x'.repeat(3 * 1024 * 1024) }];
    for (let step = 0; step < 40_000; step++) {
      events.push({ wallTime: 2, step, values: [{ tag: 'loss', simple: 1 / (step + 1) }] });
    }
    const dir = await folderWith({ 'events.out.tfevents.1': eventFile(events) });
    const loss = (await loadRun(dir)).metrics.get('loss');
    expect(loss?.history).toHaveLength(40_000);
    expect(loss?.value).toBe(Math.fround(1 / 40_000));
  });

  it('merges files of one folder and prefixes folders that share tags (Keras train/ and validation/)', async () => {
    const dir = await folderWith({
      'logs/train/events.out.tfevents.1.a.v2': eventFile([
        { wallTime: 1, step: 0, values: [{ tag: 'epoch_loss', tensor: { dtype: 'float', value: 0.5 } }] },
      ]),
      'logs/train/events.out.tfevents.2.a.v2': eventFile([
        { wallTime: 2, step: 1, values: [{ tag: 'epoch_loss', tensor: { dtype: 'float', value: 0.25 } }] },
      ]),
      'logs/validation/events.out.tfevents.1.a.v2': eventFile([
        { wallTime: 1, step: 0, values: [{ tag: 'epoch_loss', tensor: { dtype: 'float', value: 0.75 } }] },
      ]),
    });
    const run = await loadRun(dir);
    expect(finals(run)).toEqual({ 'train/epoch_loss': 0.25, 'validation/epoch_loss': 0.75 });
    expect(history(run, 'train/epoch_loss')).toEqual([
      [0, 0.5],
      [1, 0.25],
    ]);
    // The names do not depend on the folder pointed at.
    const fromLogs = await loadRun(join(dir, 'logs'));
    expect([...fromLogs.metrics.keys()]).toEqual(['train/epoch_loss', 'validation/epoch_loss']);
  });
});

describe('loadRun: Hugging Face merge', () => {
  it('leaves out the Trainer\'s own TensorBoard copy of its metrics unless TensorBoard is asked for', async () => {
    const dir = await folderWith({
      'all_results.json': '{"eval_loss": 0.4, "epoch": 3.0}',
      'runs/Jun10_14-33-54_gpu/events.out.tfevents.1718031230.gpu.1.0': eventFile([
        { wallTime: 1, step: 10, values: [{ tag: 'eval/loss', simple: 0.4 }] },
      ]),
    });
    expect(finals(await loadRun(dir))).toEqual({ eval_loss: 0.4 });
    expect(finals(await loadRun(dir, { format: 'tensorboard' }))).toEqual({ 'eval/loss': 0.4000000059604645 });
  });

  it('takes final values from the summary files and history from the log', async () => {
    const run = await loadRun(join(fixtures, 'huggingface'));
    // The last logged evaluation (epoch 3) said 0.8407; the best model's evaluation in all_results says 0.8480.
    expect(run.metrics.get('eval_accuracy')?.value).toBe(0.8480392156862745);
    expect(run.metrics.get('eval_accuracy')?.source).toEqual({ file: 'eval_results.json', key: 'eval_accuracy' });
    expect(run.metrics.get('loss')?.source).toEqual({ file: 'trainer_state.json', key: 'log_history[4].loss' });
  });

  it('drops Trainer bookkeeping: step, epoch, total_flos, runtimes and throughput', async () => {
    const run = await loadRun(join(fixtures, 'huggingface'));
    const names = [...run.metrics.keys()];
    expect(names.filter((name) => /^(step|epoch|total_flos)$|_runtime$|_per_second$/.test(name))).toEqual([]);
  });

  it('merges only its own files: a Trainer key in another tool\'s file is still a duplicate', async () => {
    const dir = await folderWith({
      'all_results.json': '{"eval_loss": 0.4}',
      'eval_results.json': '{"eval_loss": 0.4}',
      'extra/metrics.json': '{"eval_loss": 0.5}',
    });
    expect((await loadError(dir)).message).toBe(
      `Metric "eval_loss" appears in both ${join(dir, 'eval_results.json')} and ${join(dir, 'extra/metrics.json')}; ` +
        'a run must report each metric once. Point at one of the files, or pass a format to load only one kind.',
    );
  });
});

describe('loadRun: names', () => {
  it.each<[string, string, Record<string, number | string>]>([
    ['nested keys join with "."', '{"eval": {"acc": 0.9, "top": {"k5": 0.99}}}', { 'eval.acc': 0.9, 'eval.top.k5': 0.99 }],
    ['keys with "/" keep it', '{"eval/acc": 0.9, "train": {"loss/step": 0.1}}', { 'eval/acc': 0.9, 'train.loss/step': 0.1 }],
    ['lists of scalars by index', '{"per_class": [0.9, 0.8], "x": {"y": [1]}}', {
      'per_class.0': 0.9,
      'per_class.1': 0.8,
      'x.y.0': 1,
    }],
    ['lists of objects are skipped', '{"acc": 0.9, "table": [{"a": 1}, {"a": 2}], "grid": [[1, 2]]}', { acc: 0.9 }],
    ['empty objects add nothing', '{"acc": 0.9, "meta": {}}', { acc: 0.9 }],
  ])('%s', async (_label, json, expected) => {
    const dir = await folderWith({ 'metrics.json': json });
    expect(finals(await loadRun(join(dir, 'metrics.json')))).toEqual(expected);
  });

  it('refuses two keys that flatten to one name', async () => {
    const dir = await folderWith({ 'm.json': '{"eval.acc": 0.9, "eval": {"acc": 0.8}}' });
    expect((await loadError(join(dir, 'm.json'))).message).toBe(
      `${join(dir, 'm.json')}: key "eval.acc": two keys flatten to "eval.acc" (a key with a "." and a nested key); ` +
        'rename one of them.',
    );
  });

  it('flattens YAML and TOML the same way', async () => {
    const dir = await folderWith({
      'a.yaml': 'eval:\n  acc: 0.9\n  per_class: [0.5, 0.6]\n',
      'b.toml': '[train]\nloss = 0.25\n"loss/ema" = 0.3\n',
    });
    expect(finals(await loadRun(dir))).toEqual({
      'eval.acc': 0.9,
      'eval.per_class.0': 0.5,
      'eval.per_class.1': 0.6,
      'train.loss': 0.25,
      'train.loss/ema': 0.3,
    });
  });
});

describe('loadRun: values that are not numbers', () => {
  it.each<[string, string, string, Record<string, number | string>]>([
    [
      'JSON with Python\'s bare NaN and Infinity tokens',
      'metrics.json',
      '{\n  "loss": NaN,\n  "ppl": Infinity,\n  "neg": -Infinity,\n  "acc": 0.9,\n  "s": "NaN"\n}\n',
      { loss: 'raw:NaN', ppl: 'raw:Infinity', neg: 'raw:-Infinity', acc: 0.9, s: 'raw:NaN' },
    ],
    [
      'JSON strings, booleans and null',
      'metrics.json',
      '{"acc": "0.93", "f1": "n/a", "ok": true, "auc": null}',
      { acc: 'raw:0.93', f1: 'raw:n/a', ok: 'raw:true', auc: 'raw:null' },
    ],
    [
      'YAML .nan, .inf and strings',
      'metrics.yaml',
      'loss: .nan\nppl: .inf\nacc: n/a\nf1: 0.8\n',
      { loss: 'raw:NaN', ppl: 'raw:Infinity', acc: 'raw:n/a', f1: 0.8 },
    ],
    ['TOML nan, inf and dates', 'metrics.toml', 'loss = nan\nppl = -inf\nwhen = 1979-05-27\nacc = 1', {
      loss: 'raw:NaN',
      ppl: 'raw:-Infinity',
      when: 'raw:1979-05-27',
      acc: 1,
    }],
    [
      'CSV cells nan, inf and n/a, as the last value of their column',
      'log.csv',
      'step,loss,acc,f1\n1,0.5,0.7,0.1\n2,nan,n/a,inf\n',
      { loss: 'raw:nan', acc: 'raw:n/a', f1: 'raw:inf' },
    ],
  ])('%s are reported, never thrown', async (_label, name, text, expected) => {
    const dir = await folderWith({ [name]: text });
    expect(finals(await loadRun(join(dir, name)))).toEqual(expected);
  });

  it('leaves NaN inside a JSON string as it is', async () => {
    const dir = await folderWith({ 'm.json': '{"note": "NaN or Infinity", "loss": NaN, "acc": 0.5}' });
    expect(finals(await loadRun(join(dir, 'm.json')))).toEqual({
      note: 'raw:NaN or Infinity',
      loss: 'raw:NaN',
      acc: 0.5,
    });
  });

  it('keeps the NaN out of the history but in the final value', async () => {
    const dir = await folderWith({ 'log.csv': 'step,loss\n1,0.5\n2,nan\n' });
    const loss = (await loadRun(join(dir, 'log.csv'))).metrics.get('loss');
    expect(loss).toEqual({
      name: 'loss',
      value: null,
      raw: 'nan',
      history: [{ step: 1, value: 0.5 }],
      source: { file: join(dir, 'log.csv'), line: 3, key: 'loss' },
    });
  });

  it('skips W&B bookkeeping, histograms and tables', async () => {
    const run = await loadRun(join(fixtures, 'wandb'));
    const names = [...run.metrics.keys()];
    expect(names.some((name) => name.includes('_'))).toBe(false);
    expect(names).not.toContain('gradients/fc.weight');
  });
});

describe('loadRun: folders', () => {
  it('merges every recognised file of a folder into one run and lists what it read', async () => {
    const dir = await folderWith({
      'eval.json': '{"eval": {"acc": 0.9}}',
      'train/metrics.yaml': 'loss: 0.2\n',
      'curves.csv': 'step,lr\n1,0.1\n2,0.05\n',
      'notes.txt': 'not metrics',
      '.cache/x.json': '{"hidden": 1}',
      'node_modules/pkg/package.json': '{"version": 1}',
      'params.yaml': 'lr: 0.1\nlayers: [64, 32]\n',
    });
    const run = await loadRun(dir);
    expect(finals(run)).toEqual({ lr: 0.05, 'eval.acc': 0.9, loss: 0.2 });
    expect(run.files).toEqual(['curves.csv', 'eval.json', 'params.yaml', 'train/metrics.yaml']);
    expect(run.formats).toEqual(['csv', 'json', 'yaml']);
    expect(params(run)).toEqual({ lr: '0.1', 'layers.0': '64', 'layers.1': '32' });
    expect(run.path).toBe(dir);
  });

  it('names both files when one metric comes from two of them', async () => {
    const dir = await folderWith({ 'a.json': '{"eval": {"acc": 0.9}}', 'b.yaml': 'eval:\n  acc: 0.8\n' });
    const error = await loadError(dir);
    expect(error.message).toBe(
      `Metric "eval.acc" appears in both ${join(dir, 'a.json')} and ${join(dir, 'b.yaml')}; a run must report ` +
        'each metric once. Point at one of the files, or pass a format to load only one kind.',
    );
    expect(error.key).toBe('eval.acc');
  });

  it.each([
    ['an empty folder', {}],
    ['a folder of unrecognised files', { 'README.md': '# run', 'model.pt': 'weights' }],
  ])('says which formats and files it looked for in %s', async (_label, files) => {
    const dir = await folderWith(files);
    const error = await loadError(dir);
    expect(error.message).toMatch(new RegExp(`^${dir}: found no metrics files in the folder\\. Crucible looked for`));
    const names = ['*.json', '*.yaml', '*.toml', '*.csv', '*.tsv', 'training.log', 'dvclive/metrics.json'];
    names.push('metrics/<key>', 'trainer_state.json', 'all_results.json', 'eval_results.json');
    names.push('wandb-summary.json', 'events.out.tfevents.*');
    for (const name of names) expect(error.message).toContain(name);
  });

  it('refuses a folder whose recognised files hold no metrics', async () => {
    const dir = await folderWith({ 'metrics.json': '{}' });
    expect((await loadError(dir)).message).toBe(
      `${dir}: holds no metrics (read: ${join(dir, 'metrics.json')}). A run must report at least one metric; ` +
        'check that training wrote its metrics there.',
    );
  });

  it('detects an MLflow run by its layout, not a project whose metrics/ folder holds JSON', async () => {
    const dir = await folderWith({
      'metrics/eval.json': '{"acc": 0.9}',
      'params/train.yaml': 'lr: 0.1\n',
    });
    const run = await loadRun(dir);
    expect(run.formats).toEqual(['json', 'yaml']);
    expect(finals(run)).toEqual({ acc: 0.9, lr: 0.1 });
  });
});

describe('loadRun: format override', () => {
  it.each<[string, string, string, MetricsFormat, Record<string, number | string>]>([
    ['JSON in a .txt file', 'out.txt', '{"acc": 0.9}', 'json', { acc: 0.9 }],
    ['YAML in a .txt file', 'out.txt', 'acc: 0.9\n', 'yaml', { acc: 0.9 }],
    ['TOML in a .txt file', 'out.txt', 'acc = 0.9\n', 'toml', { acc: 0.9 }],
    ['TSV in a .txt file', 'out.txt', 'step\tacc\n1\t0.9\n', 'tsv', { acc: 0.9 }],
    ['Lightning read as plain CSV', 'metrics.csv', 'epoch,step,loss,val\n0,1,0.5,\n0,2,,0.7\n', 'csv', { loss: 0.5, val: 0.7 }],
    ['a Trainer state read as plain JSON', 'trainer_state.json', '{"global_step": 10, "log_history": [{}]}', 'json', {
      global_step: 10,
    }],
  ])('%s', async (_label, name, text, format, expected) => {
    const dir = await folderWith({ [name]: text });
    const run = await loadRun(join(dir, name), { format });
    expect(run.formats).toEqual([format]);
    expect(finals(run)).toEqual(expected);
  });

  it('reads only the forced format\'s files in a folder', async () => {
    const dir = await folderWith({ 'a.json': '{"acc": 0.9}', 'b.yaml': 'loss: 0.1\n' });
    expect(finals(await loadRun(dir, { format: 'yaml' }))).toEqual({ loss: 0.1 });
    expect(finals(await loadRun(dir, { format: 'auto' }))).toEqual({ acc: 0.9, loss: 0.1 });
    expect((await loadError(dir, { format: 'tensorboard' })).message).toBe(
      `${dir}: found no tensorboard metrics in the folder; the tensorboard format reads events.out.tfevents.* files.`,
    );
  });

  it('reads a folder of another name as DVCLive when asked', async () => {
    const dir = await folderWith({
      'results/metrics.json': '{"acc": 0.9}',
      'results/plots/metrics/acc.tsv': 'step\tacc\n0\t0.5\n1\t0.9\n',
    });
    const run = await loadRun(join(dir, 'results'), { format: 'dvclive' });
    expect(run.formats).toEqual(['dvclive']);
    expect(history(run, 'acc')).toEqual([
      [0, 0.5],
      [1, 0.9],
    ]);
  });

  it('detects by content a file whose name says nothing', async () => {
    const dir = await folderWith({ 'history': 'epoch,loss\n0,0.5\n1,0.25\n', 'blob.bin': 'PK\u0003\u0004' });
    const run = await loadRun(join(dir, 'history'));
    expect(run.formats).toEqual(['keras']);
    expect(finals(run)).toEqual({ loss: 0.25 });
    expect((await loadError(join(dir, 'blob.bin'))).message).toMatch(/cannot tell its format from its name or content/);
  });

  it.each<[string, string, MetricsFormat]>([
    ['epoch first and dense: Keras', 'epoch,acc\n0,0.5\n1,0.6\n', 'keras'],
    ['a step column and sparse rows: Lightning', 'epoch,step,loss,val\n0,1,0.5,\n0,2,,0.7\n', 'lightning'],
    ['a plain table: CSV', 'step,acc\n1,0.5\n', 'csv'],
  ])('tells CSV flavours apart: %s', async (_label, text, format) => {
    const dir = await folderWith({ 'log.csv': text });
    expect((await loadRun(join(dir, 'log.csv'))).formats).toEqual([format]);
  });
});

describe('loadRun: malformed files name the file and the line', () => {
  it.each<[string, string, string, string]>([
    ['JSON', 'm.json', '{\n  "acc": 0.9,\n  "loss" 0.1\n}\n', 'line 3: unexpected character "0"; expected \':\' after the key; fix the JSON.'],
    ['JSON cut short', 'm.json', '{\n  "acc": 0.9,\n', 'line 3: unexpected end of file; expected a "key"; fix the JSON.'],
    ['JSON trailing comma', 'm.json', '{\n  "acc": 0.9,\n}\n', "line 3: trailing comma before '}'; fix the JSON."],
    ['YAML', 'm.yaml', 'acc: 0.9\nloss: [0.1,\nf1: 0.2\n', 'line 3: Flow sequence in block collection must be ' +
      'sufficiently indented and end with a ]; fix the YAML.'],
    ['TOML', 'm.toml', 'acc = 0.9\nloss = \n', 'line 2: invalid value; fix the TOML.'],
    ['a ragged CSV row', 'm.csv', 'step,acc,loss\n1,0.9,0.1\n2,0.8\n', 'line 3: the row has 2 fields but the header has 3; ' +
      'fix the CSV.'],
    ['an unclosed CSV quote', 'm.csv', 'step,note\n1,"open\n2,x\n', 'line 2: a quoted field is never closed ' +
      '(a " without its closing "); fix the CSV.'],
    ['a JSON top level that is a list', 'm.json', '[0.9]', 'line 1: the top level is a list; expected a mapping of ' +
      'metric names to values, like {"accuracy": 0.93}.'],
    ['a bad MLflow metric line', 'mlflow-run/metrics/acc', '1700000000000 0.9 0\noops\n', 'line 2: expected ' +
      '"timestamp value step" (MLflow\'s metric line, e.g. "1700000000000 0.93 5"), got "oops"; fix the line or ' +
      'remove the file.'],
  ])('%s', async (_label, name, text, expected) => {
    const mlflowRun = { 'mlflow-run/params/lr': '0.1', 'mlflow-run/meta.yaml': 'run_id: x\n' };
    const dir = await folderWith({ [name]: text, ...mlflowRun });
    const error = await loadError(join(dir, name.startsWith('mlflow-run') ? 'mlflow-run' : name));
    expect(error.message).toBe(`${join(dir, name)}: ${expected}`);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.name).toBe('MetricsFileError');
  });

  it('names a path that does not exist', async () => {
    const dir = await folderWith({});
    expect((await loadError(join(dir, 'nope.json'))).message).toBe(
      `${join(dir, 'nope.json')}: no such file or folder; check the path.`,
    );
  });
});

describe('loadRun: limits on untrusted input', () => {
  it('refuses a metrics file over 256 MiB before reading it', async () => {
    const dir = await folderWith({});
    const path = join(dir, 'huge.json');
    const handle = await open(path, 'w');
    await handle.truncate(256 * 1024 * 1024 + 1); // sparse: no disk used
    await handle.close();
    expect((await loadError(path)).message).toBe(
      `${path}: 256 MiB is over the 256 MiB limit for a metrics file; write summary metrics to a smaller file.`,
    );
  });

  it.each([
    ['one file', { 'm.json': 100_001 }],
    ['several files', { 'a.json': 60_000, 'b.json': 60_000 }],
  ])('refuses a run of more than 100,000 metrics in %s', async (_label, sizes: Record<string, number>) => {
    const files: Record<string, string> = {};
    for (const [name, size] of Object.entries(sizes)) {
      files[name] = `{${Array.from({ length: size }, (_, i) => `"${name}${i}": ${i}`).join(',')}}`;
    }
    const dir = await folderWith(files);
    expect((await loadError(dir)).message).toMatch(
      /: the run holds more than 100,000 metrics, the most Crucible loads for one run; /,
    );
  });

  it('loads 10,000 metrics quickly enough for the comparison benchmark to have room', async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `"group${i % 100}/metric_${i}": ${i / 10_000}`);
    const dir = await folderWith({ 'm.json': `{${entries.join(',')}}` });
    const run = await loadRun(join(dir, 'm.json'));
    expect(run.metrics.size).toBe(10_000);
  });
});

describe('loadParams', () => {
  it.each<[string, Record<string, string>, string, Record<string, string>]>([
    ['a YAML params file', { 'params.yaml': 'lr: 0.001\nmodel:\n  layers: [64, 32]\n  name: mlp\n' }, 'params.yaml', {
      lr: '0.001',
      'model.layers.0': '64',
      'model.layers.1': '32',
      'model.name': 'mlp',
    }],
    ['a JSON params file', { 'p.json': '{"lr": 0.001, "aug": true, "note": null}' }, 'p.json', {
      lr: '0.001',
      aug: 'true',
      note: 'null',
    }],
    ['an MLflow params folder', { 'params/lr': '0.001', 'params/opt/name': 'adam\n' }, 'params', {
      lr: '0.001',
      'opt/name': 'adam',
    }],
    ['an MLflow run folder', { 'run/params/lr': '0.1', 'run/metrics/acc': '1 0.9 0\n' }, 'run', { lr: '0.1' }],
  ])('reads %s', async (_label, files, path, expected) => {
    const dir = await folderWith(files);
    expect(params(await loadParams(join(dir, path)))).toEqual(expected);
  });

  it('names the line of a malformed params file', async () => {
    const dir = await folderWith({ 'params.yaml': 'lr: 0.1\nopt: adam\nlr: 0.2\n' });
    const error = await loadParams(join(dir, 'params.yaml')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MetricsFileError);
    expect((error as MetricsFileError).message).toBe(
      `${join(dir, 'params.yaml')}: line 3: Map keys must be unique; fix the YAML.`,
    );
  });
});

describe('parseDelimited', () => {
  it('reads RFC 4180 quoting, CRLF and blank lines', () => {
    const rows = parseDelimited('a,"b,c"\r\n\r\n"x ""y""","multi\nline"\n', ',');
    expect(rows).toEqual([
      { fields: ['a', 'b,c'], line: 1 },
      { fields: ['x "y"', 'multi\nline'], line: 3 },
    ]);
  });

  it('reads 2 million lines with a quote only at the end in one pass (a search per line was quadratic: minutes)', () => {
    const text = `step,loss\n${'1,0.5\n'.repeat(2_000_000)}2,"0.25"\n`;
    const rows = parseDelimited(text, ',');
    expect(rows).toHaveLength(2_000_002);
    expect(rows.at(-1)).toEqual({ fields: ['2', '0.25'], line: 2_000_002 });
    expect(rows[500_000]).toEqual({ fields: ['1', '0.5'], line: 500_001 });
  });
});
