/**
 * HyperLogLog distinct counter with 2^12 registers (lg_k 12, as whylogs), about 1.6% relative standard error,
 * estimated with Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches",
 * 2017), which needs no bias tables and is unbiased from 0 to billions. Registers merge by maximum. Written by hand:
 * 60 lines, and it hashes the bytes the CSV reader already has, where a library would want strings.
 */

export const HLL_LG_K = 12;
const M = 1 << HLL_LG_K;
const Q = 32 - HLL_LG_K;

export class HyperLogLog {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(M);
  }

  /** Adds a 32-bit hash (already well mixed). */
  add(hash: number): void {
    const index = hash >>> Q;
    const rank = Math.min(Math.clz32(hash << HLL_LG_K) + 1, Q + 1);
    if (rank > (this.registers[index] as number)) this.registers[index] = rank;
  }

  merge(other: HyperLogLog): void {
    const mine = this.registers;
    const theirs = other.registers;
    for (let i = 0; i < M; i++) if ((theirs[i] as number) > (mine[i] as number)) mine[i] = theirs[i] as number;
  }

  estimate(): number {
    const histogram = new Array<number>(Q + 2).fill(0);
    for (const register of this.registers) histogram[register] = (histogram[register] as number) + 1;
    let z = M * tau(1 - (histogram[Q + 1] as number) / M);
    for (let k = Q; k >= 1; k--) z = 0.5 * (z + (histogram[k] as number));
    z += M * sigma((histogram[0] as number) / M);
    return Math.round((M * M) / (2 * Math.LN2) / z);
  }
}

function sigma(x: number): number {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let y = 1;
  let z = x;
  for (;;) {
    x *= x;
    const previous = z;
    z += x * y;
    y += y;
    if (z === previous) return z;
  }
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  for (;;) {
    x = Math.sqrt(x);
    const previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
    if (z === previous) return z / 3;
  }
}
