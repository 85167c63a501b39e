/**
 * A model's live quality, counted during the data pass from two columns of each row: the target (the label that
 * arrived later) and the model's prediction. Rows whose target is missing are unlabelled and count for nothing here.
 *
 * Both readings are kept, since the task is decided only at the end (monitor/quality.ts): labels as text for a
 * classifier's confusion counts, and numbers for a regressor's error sums (|e|, e², e⁴ and |e/y|, with their squares
 * where a confidence bound needs them). Everything is a count or a sum, so a worker's part of the file merges
 * exactly, and the state is small: at most MAX_LABEL_PAIRS (target, prediction) pairs, then only the overall hit
 * count stays exact and the per-class counts are marked incomplete.
 */

import type { CellBlock } from './records.ts';

/** Distinct (target, prediction) label pairs counted before per-class counts give up (accuracy stays exact). */
export const MAX_LABEL_PAIRS = 10_000;
/** Longest label kept as text; a longer one is cut (it is a free-text column, not a class). */
const MAX_LABEL_CHARS = 200;

export type QualityPlan = {
  /** Column indexes of the target and the prediction in the file's header. -1 when the file lacks the column. */
  target: number;
  prediction: number;
  /** Spellings of a missing value (the schema's null-values). */
  nullValues: string[];
};

export type QualityState = {
  labelled: number;
  /** Labelled rows with no prediction. */
  unpredicted: number;
  /** Rows (labelled, predicted) whose target and prediction read as the same class. */
  hits: number;
  /** Predictions read as scores in (0, 1) and turned into the class 0 or 1 at 0.5. */
  scores: number;
  /** `target \u0000 prediction` -> rows. */
  pairs: [string, number][];
  overflow: boolean;
  /** Regression sums over rows where both read as finite numbers. */
  n: number;
  sumAbs: number;
  /** Σe², which is also Σ|e|² for the spread of |e|. */
  sumSq: number;
  sumSq2: number;
  /** Over rows with a non-zero target: |e / y| and its square. */
  nPct: number;
  sumPct: number;
  sumPct2: number;
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The class a cell's text names: numbers by value ("1.0" is "1"), true/false/yes/no in lower case, else the trimmed text. */
export function labelOf(text: string): string {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return String(value);
  }
  const lower = trimmed.toLowerCase();
  if (lower === 'true' || lower === 'false' || lower === 'yes' || lower === 'no') return lower;
  return trimmed.length > MAX_LABEL_CHARS ? trimmed.slice(0, MAX_LABEL_CHARS) : trimmed;
}

function numberOf(text: string): number {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) {
    const lower = trimmed.toLowerCase();
    return lower === 'true' ? 1 : lower === 'false' ? 0 : Number.NaN;
  }
  return Number(trimmed);
}

export class QualityAccumulator {
  readonly plan: QualityPlan;
  labelled = 0;
  unpredicted = 0;
  hits = 0;
  scores = 0;
  pairs = new Map<string, number>();
  overflow = false;
  n = 0;
  sumAbs = 0;
  sumSq = 0;
  sumSq2 = 0;
  nPct = 0;
  sumPct = 0;
  sumPct2 = 0;
  private readonly nulls: Set<string>;

  constructor(plan: QualityPlan) {
    this.plan = plan;
    this.nulls = new Set(plan.nullValues);
  }

  private missing(text: string | null): boolean {
    return text === null || this.nulls.has(text) || text.trim() === '';
  }

  /** One row's target and prediction as text (null: absent). */
  add(target: string | null, prediction: string | null): void {
    if (this.missing(target)) return;
    this.labelled++;
    if (this.missing(prediction)) {
      this.unpredicted++;
      return;
    }
    const t = target as string;
    const p = prediction as string;
    const y = numberOf(t);
    const yHat = numberOf(p);
    if (Number.isFinite(y) && Number.isFinite(yHat)) {
      const e = yHat - y;
      const abs = Math.abs(e);
      const sq = e * e;
      this.n++;
      this.sumAbs += abs;
      this.sumSq += sq;
      this.sumSq2 += sq * sq;
      if (y !== 0) {
        const pct = abs / Math.abs(y);
        this.nPct++;
        this.sumPct += pct;
        this.sumPct2 += pct * pct;
      }
    }
    const truth = labelOf(t);
    let predicted: string;
    // A probability for a 0/1 target is the class 1 at 0.5 or more, as scikit-learn's predict does.
    if (Number.isFinite(yHat) && yHat > 0 && yHat < 1 && (truth === '0' || truth === '1')) {
      predicted = yHat >= 0.5 ? '1' : '0';
      this.scores++;
    } else predicted = labelOf(p);
    if (truth === predicted) this.hits++;
    if (this.overflow) return;
    const key = `${truth}\u0000${predicted}`;
    const count = this.pairs.get(key);
    if (count !== undefined) this.pairs.set(key, count + 1);
    else if (this.pairs.size >= MAX_LABEL_PAIRS) this.overflow = true;
    else this.pairs.set(key, 1);
  }

  private text(block: CellBlock, row: number, column: number): string | null {
    if (column < 0 || column >= block.width) return null;
    const i = row * block.width + column;
    const text = block.bytes.toString('utf8', block.starts[i] as number, block.ends[i] as number);
    return block.escaped[i] === 1 ? text.replaceAll('""', '"') : text;
  }

  consumeBlock(block: CellBlock): void {
    const { target, prediction } = this.plan;
    for (let r = 0; r < block.rows; r++) this.add(this.text(block, r, target), this.text(block, r, prediction));
  }

  /** One record of JavaScript values (JSON Lines, Parquet), in the header's column order. */
  addRecord(values: unknown[]): void {
    const text = (value: unknown): string | null =>
      value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);
    this.add(this.plan.target < 0 ? null : text(values[this.plan.target]), this.plan.prediction < 0 ? null : text(values[this.plan.prediction]));
  }

  merge(other: QualityAccumulator): void {
    this.labelled += other.labelled;
    this.unpredicted += other.unpredicted;
    this.hits += other.hits;
    this.scores += other.scores;
    this.n += other.n;
    this.sumAbs += other.sumAbs;
    this.sumSq += other.sumSq;
    this.sumSq2 += other.sumSq2;
    this.nPct += other.nPct;
    this.sumPct += other.sumPct;
    this.sumPct2 += other.sumPct2;
    this.overflow ||= other.overflow;
    if (this.overflow) {
      this.pairs.clear();
      return;
    }
    for (const [key, count] of other.pairs) {
      const mine = this.pairs.get(key);
      if (mine !== undefined) this.pairs.set(key, mine + count);
      else if (this.pairs.size >= MAX_LABEL_PAIRS) {
        this.overflow = true;
        this.pairs.clear();
        return;
      } else this.pairs.set(key, count);
    }
  }

  save(): QualityState {
    const { labelled, unpredicted, hits, scores, overflow, n, sumAbs, sumSq, sumSq2, nPct, sumPct, sumPct2 } = this;
    return { labelled, unpredicted, hits, scores, pairs: [...this.pairs], overflow, n, sumAbs, sumSq, sumSq2, nPct, sumPct, sumPct2 };
  }

  static load(plan: QualityPlan, state: QualityState): QualityAccumulator {
    const quality = new QualityAccumulator(plan);
    Object.assign(quality, { ...state, pairs: new Map(state.pairs) });
    return quality;
  }
}
