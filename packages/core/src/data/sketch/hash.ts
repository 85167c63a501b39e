/**
 * 64-bit keys for values, as two 32-bit halves written to `hashed`: bytes of text (FNV-1a and a second
 * multiplicative hash, both finished with MurmurHash3's fmix32), and numbers (a two-round Feistel mix of the IEEE 754
 * bits, which is a bijection: two numbers share a key only when they are the same number, so numeric uniqueness is
 * exact). Results go to a shared object, not a new array, because this runs once per cell.
 */

export const hashed = { h1: 0, h2: 0 };

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export function hashBytes(bytes: Uint8Array, start: number, end: number): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x27d4eb2f ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  hashed.h1 = fmix32(a ^ (end - start));
  hashed.h2 = fmix32(b);
}

const float = new Float64Array(1);
const words = new Int32Array(float.buffer);

export function hashNumber(value: number): void {
  float[0] = value === 0 ? 0 : value; // -0 and 0 are one value
  let lo = words[0] as number;
  let hi = words[1] as number;
  lo ^= fmix32(hi ^ 0x9e3779b9);
  hi ^= fmix32(lo ^ 0x7f4a7c15);
  hashed.h1 = fmix32(lo);
  hashed.h2 = fmix32(hi);
}

const encoder = new TextEncoder();

export function hashText(text: string): void {
  const bytes = encoder.encode(text);
  hashBytes(bytes, 0, bytes.length);
}
