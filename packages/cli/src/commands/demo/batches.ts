import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The model examples/churn/train.mjs writes with --model: logistic regression weights over its five features. */
type ChurnModel = { weights: number[] };
type Customer = { tenure: number; charges: number; contract: string; churned: number };

/** The same features train.mjs computes, so the demo's predictions are the deployed model's. */
function features(customer: Customer): number[] {
  return [1, customer.tenure / 72, customer.charges / 120, customer.contract === 'month-to-month' ? 1 : 0, customer.contract === 'two-year' ? 1 : 0];
}

function predict(model: ChurnModel, customer: Customer): number {
  const score = features(customer).reduce((sum, x, i) => sum + x * (model.weights[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-score)) >= 0.5 ? 1 : 0;
}

/** train.mjs's generator (a linear congruential one), so a day's batch is the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export type Day = { drifted: boolean };

/**
 * Writes one day of production traffic as the serving side would log it: the churn columns, the label once known,
 * and the deployed model's prediction. A healthy day draws customers like the training data's; a drifted day is a
 * price rise that brought in new, short-tenure customers on monthly contracts, whom the model was not trained on.
 */
export function writeProductionDay(path: string, options: { trainCsv: string; modelJson: string; day: Day; rows: number; seed: number }): void {
  const model = JSON.parse(readFileSync(options.modelJson, 'utf8')) as ChurnModel;
  const [header = '', ...lines] = readFileSync(options.trainCsv, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  const population: Customer[] = lines.map((line) => {
    const cells = line.split(',');
    return { tenure: Number(at(cells, 'tenure_months')), charges: Number(at(cells, 'monthly_charges')), contract: at(cells, 'contract'), churned: Number(at(cells, 'churned')) };
  });
  const random = seeded(options.seed);
  const out = ['customer_id,tenure_months,monthly_charges,contract,churned,predicted'];
  for (let i = 0; i < options.rows; i++) {
    const drawn = population[Math.floor(random() * population.length)] as Customer;
    let customer = drawn;
    if (options.day.drifted) {
      const newcomer = random() < 0.7;
      customer = {
        tenure: newcomer ? Math.floor(random() * 6) : drawn.tenure,
        charges: Math.min(500, Math.round(drawn.charges * 135) / 100),
        contract: newcomer ? 'month-to-month' : drawn.contract,
        churned: newcomer ? Number(random() < 0.35) : drawn.churned,
      };
    }
    out.push(`${90_000 + options.seed * 1000 + i},${customer.tenure},${customer.charges.toFixed(2)},${customer.contract},${customer.churned},${predict(model, customer)}`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${out.join('\n')}\n`);
}
