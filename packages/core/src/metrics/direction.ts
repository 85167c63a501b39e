/** Which way is better for a metric. */
export type Direction = 'higher' | 'lower' | 'none';

const LOWER = new Set(['loss', 'error', 'err', 'mae', 'mse', 'rmse', 'perplexity', 'latency', 'time', 'duration']);
const HIGHER = new Set(['acc', 'accuracy', 'f1', 'auc', 'precision', 'recall', 'bleu', 'rouge', 'map', 'iou', 'r2']);

/**
 * The direction a metric's name implies (ARCHITECTURE.md): split on every non-alphanumeric character, lower-case
 * the tokens, and let the last token that is a known word decide. `eval/acc_top1` is higher (acc), `val_loss` is
 * lower, `onerror_count` is none (no token is a known word: "onerror" is not "error").
 */
export function inferDirection(name: string): Direction {
  const tokens = name.toLowerCase().split(/[^a-z0-9]+/);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as string;
    if (LOWER.has(token)) return 'lower';
    if (HIGHER.has(token)) return 'higher';
  }
  return 'none';
}
