/**
 * Seeded fault injection: per route (its OpenAPI template or Twirp method path) or for every route, answer some
 * requests with a server error, a secondary rate limit, a 429, a reset connection, or added latency. The same seed
 * gives the same faults in the same order, so a failing test can be replayed.
 */

export type FaultKind =
  | { type: 'status'; status: 500 | 502 | 503 | 504 }
  | { type: 'secondary-rate-limit'; retryAfterSeconds?: number }
  | { type: 'rate-limit-429'; retryAfterSeconds?: number }
  | { type: 'reset' }
  | { type: 'latency'; ms: number };

export type FaultRule = FaultKind & {
  /** A route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`), or '*' for every route. */
  route: string;
  /** Fail this many matching requests, then let them through. */
  times?: number;
  /** Or fail each matching request with this probability (from the seeded generator). */
  probability?: number;
};

/** A small seeded generator (mulberry32): enough randomness for faults and test data, the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults {
  #rules: Array<FaultRule & { left: number }> = [];
  #random: () => number;
  /** Faults that fired, in order: `route -> kind`. */
  readonly fired: string[] = [];

  constructor(seed = 1) {
    this.#random = seededRandom(seed);
  }

  add(rule: FaultRule): this {
    this.#rules.push({ ...rule, left: rule.times ?? (rule.probability === undefined ? 1 : Number.POSITIVE_INFINITY) });
    return this;
  }

  clear(): void {
    this.#rules = [];
  }

  /** The faults that apply to one request of `route`; latency adds to whichever other fault fires. */
  next(route: string): FaultKind[] {
    const hits: FaultKind[] = [];
    for (const rule of this.#rules) {
      if (rule.left <= 0 || (rule.route !== '*' && rule.route !== route)) continue;
      if (rule.probability !== undefined && this.#random() >= rule.probability) continue;
      rule.left -= 1;
      hits.push(rule);
      this.fired.push(`${route} -> ${rule.type}`);
    }
    return hits;
  }
}
