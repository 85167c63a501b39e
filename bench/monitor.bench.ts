/**
 * `crucible monitor` against the same job in pandas: 10 production batches of 1,000,000 rows each (8 columns: an id,
 * three numbers, two categories, the label and the model's prediction; about 38 MB a batch), against a reference
 * of 200,000 rows, written once into .bench/monitor/. The job, on both sides:
 *   - read the reference and profile its columns;
 *   - for each batch: drift of every column but the id against the reference (Wasserstein distance over the
 *     reference's standard deviation for numbers, Jensen-Shannon distance of the category shares, as Evidently
 *     does above 1000 reference rows) and the batch's share of drifted columns;
 *   - drift over all batches together, and the dataset-drift share;
 *   - live accuracy, precision, recall and F1 from the label and the prediction over all rows.
 * The pandas peer is what its users plainly write: read_csv per batch, scipy's wasserstein_distance and
 * jensenshannon per column, pd.concat of the batches for the overall drift, and the confusion counts with pandas.
 * Each side is its own process; median of BENCH_ROUNDS runs after one warm-up, with peak RSS and CPU time. Crucible
 * runs as users run it, bundled (the packed CLI, built into .bench/monitor/cli first; the action ships the same
 * engine bundled): the repository's bin strips TypeScript at start, which costs some 60 MB of memory by itself.
 *
 *   pnpm bench monitor            BENCH_ROUNDS=3 by default
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/actions.ts';
import { type Measured, measure, random, RSS_PRELOAD, rounds, writeGenerated } from './measure.ts';
import { textTable } from './stats.ts';

const BATCHES = Number(process.env.BENCH_BATCHES ?? 10);
const ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const folder = join(repoRoot, '.bench', 'monitor');
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const PLANS = ['basic', 'plus', 'pro'];
const REGIONS = ['north', 'south', 'east', 'west', 'central', 'coast', 'hills', 'islands'];

/** `shift` moves tenure and the plan mix (the later batches drift); the reference has no prediction column. */
async function generate(path: string, rows: number, seed: number, shift: number, prediction: boolean): Promise<void> {
  const next = random(seed);
  await writeGenerated(path, `id,tenure,charges,age,plan,region,churned${prediction ? ',prediction' : ''}`, rows, (i) => {
    const tenure = (next() + next() + next()) * 24 * (1 - shift * 0.3);
    const charges = 20 + next() * 100;
    const age = 18 + Math.floor(next() * 60);
    const plan = PLANS[Math.floor(next() ** (1 + shift) * 3)] as string;
    const region = REGIONS[Math.floor(next() * 8)] as string;
    const churned = tenure < 20 ? (next() < 0.6 ? 1 : 0) : next() < 0.08 ? 1 : 0;
    const predicted = next() < 0.88 ? churned : 1 - churned;
    return `${seed}-${i},${tenure.toFixed(2)},${charges.toFixed(2)},${age},${plan},${region},${churned}${prediction ? `,${predicted}` : ''}`;
  });
}

const PANDAS = String.raw`
import glob, json, resource, sys
import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance

reference_path, folder, share = sys.argv[1], sys.argv[2], 0.5
reference = pd.read_csv(reference_path)
numeric = ['tenure', 'charges', 'age']
categorical = ['plan', 'region', 'churned']

def drift(current):
    result = {}
    for column in numeric:
        ref = reference[column].dropna()
        result[column] = wasserstein_distance(ref, current[column].dropna()) / max(ref.std(ddof=0), 0.001) >= 0.1
    for column in categorical:
        ref = reference[column].value_counts(normalize=True)
        cur = current[column].value_counts(normalize=True)
        keys = ref.index.union(cur.index)
        p = ref.reindex(keys, fill_value=0.0001).values
        q = cur.reindex(keys, fill_value=0.0001).values
        result[column] = jensenshannon(p, q) >= 0.1
    return result

batches, frames = [], []
for path in sorted(glob.glob(folder + '/*.csv')):
    df = pd.read_csv(path)
    columns = drift(df)
    batches.append({'source': path, 'rows': len(df), 'driftedShare': sum(columns.values()) / len(columns)})
    frames.append(df)
everything = pd.concat(frames, ignore_index=True)
overall = drift(everything)
labelled = everything.dropna(subset=['churned', 'prediction'])
tp = int(((labelled.churned == 1) & (labelled.prediction == 1)).sum())
fp = int(((labelled.churned == 0) & (labelled.prediction == 1)).sum())
fn = int(((labelled.churned == 1) & (labelled.prediction == 0)).sum())
accuracy = float((labelled.churned == labelled.prediction).mean())
precision, recall = tp / (tp + fp), tp / (tp + fn)
f1 = 2 * precision * recall / (precision + recall)
drifted = [c for c, d in overall.items() if d]
print(json.dumps({'rows': len(everything), 'drifted': drifted, 'datasetDrift': len(drifted) / len(overall) >= share, 'accuracy': accuracy, 'f1': f1, 'batches': [b['driftedShare'] for b in batches]}))
usage = resource.getrusage(resource.RUSAGE_SELF)
print('BENCH_MAXRSS_KB=%d' % usage.ru_maxrss, file=sys.stderr)
print('BENCH_CPU_US=%d' % ((usage.ru_utime + usage.ru_stime) * 1e6), file=sys.stderr)
`;

export async function run(): Promise<void> {
  const reference = join(folder, 'reference.csv');
  const batches = join(folder, 'batches');
  await generate(reference, 200_000, 7, 0, false);
  for (let i = 0; i < BATCHES; i++) await generate(join(batches, `day-${String(i + 1).padStart(2, '0')}.csv`), ROWS, 100 + i, i < BATCHES / 2 ? 0 : 0.5, true);
  const config = join(folder, 'crucible.yml');
  writeFileSync(config, 'monitor:\n  skip: [id]\n');
  const expected = join(folder, 'expected.json');
  writeFileSync(expected, JSON.stringify({ accuracy: 0.88, f1: 0.75 }));
  const script = join(folder, 'pandas-peer.py');
  writeFileSync(script, PANDAS);
  const cli = join(folder, 'cli');
  const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.ts'), '--out', cli], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the CLI bundle failed:\n${built.stderr}`);
  const crucible = join(cli, 'index.js');
  const total = BATCHES * ROWS;

  const results: { name: string; m: Measured }[] = [];
  results.push({
    name: 'crucible monitor (drift per batch and overall, live quality)',
    m: rounds(ROUNDS, () =>
      measure(process.execPath, ['--import', RSS_PRELOAD, crucible, 'monitor', '--reference', reference, '--data', batches, '--config', config, '--target', 'churned', '--prediction', 'prediction', '--expected', expected, '--json', join(folder, 'monitoring.json')]),
    ),
  });
  if (spawnSync(PYTHON, ['-c', 'import pandas, scipy'], { encoding: 'utf8' }).status === 0) {
    results.push({ name: 'pandas + scipy (read_csv per batch, concat for overall)', m: rounds(ROUNDS, () => measure(PYTHON, [script, reference, batches])) });
  } else console.log('pandas or scipy is not installed: apt-get install -y python3-pandas python3-scipy');

  const own = results[0]?.m as Measured;
  const rows: string[][] = [['run', 'rows/s', 'median s', 'CPU s', 'peak RSS MB', 'Crucible is']];
  for (const { name, m } of results) {
    const ratio = m === own ? '' : `${(m.ms / own.ms).toFixed(2)}x faster, ${(m.rssMb / own.rssMb).toFixed(1)}x less memory`;
    rows.push([name, Math.round(total / (m.ms / 1000)).toLocaleString('en-US'), (m.ms / 1000).toFixed(2), m.cpuS.toFixed(2), m.rssMb.toFixed(0), ratio]);
  }
  console.log(`monitor: ${BATCHES} batches x ${ROWS.toLocaleString('en-US')} rows x 8 columns, reference 200,000 rows, ${availableParallelism()} cores, median of ${ROUNDS} (whole processes)`);
  console.log(textTable(rows));
  console.log(`targets: >= 3x pandas rows/s, peak RSS < 200 MB (crucible exit ${own.status})`);
  const peer = results[1]?.m.output.match(/\{.*\}/)?.[0];
  if (peer !== undefined) console.log(`pandas found: ${peer.slice(0, 300)}`);
}
