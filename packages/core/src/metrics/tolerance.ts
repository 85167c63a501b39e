import { ConfigError } from '../errors.ts';

/** How far a metric may move the bad way before it counts: an absolute amount, or a share of the baseline. */
export type Tolerance = { kind: 'absolute'; amount: number } | { kind: 'relative'; fraction: number };

export const ZERO_TOLERANCE: Tolerance = { kind: 'absolute', amount: 0 };

/** "0.01" or 0.01 (absolute), "2%" (relative). `where` names the input or YAML path in the error. */
export function parseTolerance(value: string | number, where: string): Tolerance {
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?(?:e[+-]?\d+)?)(%?)$/i.exec(text);
  if (match === null) {
    throw new ConfigError(`${where} must be a number or a percentage like "2%", got "${text}".`);
  }
  const amount = Number(match[1]);
  return match[2] === '%' ? { kind: 'relative', fraction: amount / 100 } : { kind: 'absolute', amount };
}

/** The tolerance in the metric's own units, given the baseline value it is relative to. */
export function toleranceAmount(tolerance: Tolerance, baseline: number): number {
  return tolerance.kind === 'absolute' ? tolerance.amount : tolerance.fraction * Math.abs(baseline);
}

export function formatTolerance(tolerance: Tolerance): string {
  return tolerance.kind === 'absolute' ? String(tolerance.amount) : `${+(tolerance.fraction * 100).toPrecision(12)}%`;
}
