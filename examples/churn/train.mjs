// A small, real trainer for the demo: logistic regression by gradient descent on data/train.csv, written in plain
// JavaScript so the demo needs nothing but Node. It logs as DVCLive does (dvclive/metrics.json and
// dvclive/plots/metrics/**.tsv), which compare-metrics reads with the per-step history the report draws.
//   node train.mjs [--lr 0.1] [--epochs 60] [--seed 1] [--out dvclive] [--model model/churn.json]
// --model also writes the trained model (its features and weights) as JSON, for the demo to promote and deploy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { lr: { type: 'string', default: '0.1' }, epochs: { type: 'string', default: '60' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'dvclive' }, model: { type: 'string' } } });
const lr = Number(values.lr);
const epochs = Number(values.epochs);
/** A small linear congruential generator: the same seed draws the same numbers on every machine. */
const generator = (seed) => {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
};
// The evaluation split is the same for every seed (a fixed validation set, so seeds differ only in how training
// went); the seed draws the initial weights and the order the rows are visited in each epoch.
const splitRandom = generator(2024);
const random = generator(Number(values.seed));

const [header, ...lines] = readFileSync(new URL('data/train.csv', import.meta.url), 'utf8').trim().split('\n');
const columns = header.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
const features = (row) => [1, Number(row.tenure_months) / 72, Number(row.monthly_charges) / 120, row.contract === 'month-to-month' ? 1 : 0, row.contract === 'two-year' ? 1 : 0];
const shuffle = (set, draw) => set.map((row) => [draw(), row]).sort((a, b) => a[0] - b[0]).map(([, row]) => row);
const shuffled = shuffle(rows, splitRandom);
const split = Math.floor(shuffled.length * 0.8);
const [train, test] = [shuffled.slice(0, split), shuffled.slice(split)];
const weights = features(rows[0]).map(() => (random() - 0.5) * 0.1);
const predict = (row) => 1 / (1 + Math.exp(-features(row).reduce((sum, x, i) => sum + x * weights[i], 0)));
const evaluate = (set) => {
  let loss = 0;
  let correct = 0;
  for (const row of set) {
    const p = Math.min(Math.max(predict(row), 1e-9), 1 - 1e-9);
    const y = Number(row.churned);
    loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    correct += Number((p >= 0.5) === (y === 1));
  }
  return { loss: loss / set.length, accuracy: correct / set.length };
};

const history = { 'train/loss': [], 'eval/loss': [], 'eval/accuracy': [] };
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (const row of shuffle(train, random)) {
    const error = predict(row) - Number(row.churned);
    features(row).forEach((x, i) => (weights[i] -= lr * error * x));
  }
  const trainMetrics = evaluate(train);
  const evalMetrics = evaluate(test);
  history['train/loss'].push([epoch, trainMetrics.loss]);
  history['eval/loss'].push([epoch, evalMetrics.loss]);
  history['eval/accuracy'].push([epoch, evalMetrics.accuracy]);
}

const out = values.out;
const final = evaluate(test);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'metrics.json'), `${JSON.stringify({ train: { loss: evaluate(train).loss }, eval: { loss: final.loss, accuracy: final.accuracy }, step: epochs }, null, 2)}\n`);
writeFileSync(join(out, 'params.yaml'), `lr: ${lr}\nepochs: ${epochs}\nseed: ${values.seed}\n`);
for (const [name, points] of Object.entries(history)) {
  const [group, metric] = name.split('/');
  mkdirSync(join(out, 'plots', 'metrics', group), { recursive: true });
  writeFileSync(join(out, 'plots', 'metrics', group, `${metric}.tsv`), `step\t${metric}\n${points.map(([step, value]) => `${step}\t${value}`).join('\n')}\n`);
}
if (values.model !== undefined) {
  mkdirSync(dirname(values.model), { recursive: true });
  const model = { features: ['bias', 'tenure_months/72', 'monthly_charges/120', 'contract=month-to-month', 'contract=two-year'], weights, lr, epochs, seed: Number(values.seed) };
  writeFileSync(values.model, `${JSON.stringify(model, null, 2)}\n`);
}
process.stdout.write(`trained: lr=${lr} epochs=${epochs} eval accuracy=${final.accuracy.toFixed(4)} eval loss=${final.loss.toFixed(4)}\n`);
