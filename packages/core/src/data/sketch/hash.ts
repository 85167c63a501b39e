/**
 * 64-bit keys for values, as two 32-bit halves written to `hashed`: bytes of text (FNV-1a and a second
 * multiplicative hash, both finished with MurmurHash3's fmix32), and numbers (a two-round Feistel mix of the IEEE 754
 * bits, which is a bijection: two numbers share a key only when they are the same number, so numeric uniqueness is
 * exact). Results go to a shared object, not a new array, because this runs once per cell.
 */

export const hashed = { h1: 0, h2: 0, chars: 0 };

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Also counts the text's characters (`hashed.chars`: UTF-8 bytes that are not continuation bytes) in the same
 * pass, off the hash's chain of multiplies, so a text cell's bytes are read once.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x27d4eb2f ^ (end - start);
  let continuations = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
    continuations += (c & 0xc0) === 0x80 ? 1 : 0;
  }
  hashed.h1 = fmix32(a ^ (end - start));
  hashed.h2 = fmix32(b);
  hashed.chars = end - start - continuations;
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

/** fmix32 backwards: each of its steps is a bijection (xor-shifts, products with odd constants). */
function unfmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7ed1b41d); // the inverse of 0xc2b2ae35 modulo 2^32
  h ^= (h >>> 13) ^ (h >>> 26);
  h = Math.imul(h, 0xa5cb9243); // the inverse of 0x85ebca6b
  h ^= h >>> 16;
  return h | 0;
}

/** The number whose hashNumber is (h1, h2): a numeric key names its value, so no value need be kept beside it. */
export function unhashNumber(h1: number, h2: number): number {
  const lo = unfmix32(h1);
  const hi = unfmix32(h2) ^ fmix32(lo ^ 0x7f4a7c15);
  words[0] = lo ^ fmix32(hi ^ 0x9e3779b9);
  words[1] = hi;
  return float[0] as number;
}

const encoder = new TextEncoder();

export function hashText(text: string): void {
  const bytes = encoder.encode(text);
  hashBytes(bytes, 0, bytes.length);
}
