/**
 * `regex:` of a column, run so that no pattern can take more than linear time on a value.
 *
 * JavaScript's engine backtracks: `^(a+)+$` takes seconds on a few dozen characters, and a schema comes from the
 * repository, so a pull request can bring one. Patterns are sorted before any value is read:
 *   - patterns the built-in engine provably runs in linear time keep it (it is about 3x faster): anchored at the
 *     start, a sequence of single characters, classes and escapes, with no groups or alternation, where every
 *     part of variable length is either last or followed by a required part it cannot match, so its end is fixed;
 *   - every other pattern runs on RE2 (re2js, the JavaScript port of Google's RE2), which matches in linear time;
 *   - what RE2 cannot run (backreferences, lookahead and lookbehind) is refused with the reason, because only a
 *     backtracking engine can run those.
 *
 * Both engines search (a match anywhere in the value) as JavaScript's `test` does; anchor with `^` and `$` to
 * match the whole value. Differences of RE2 worth knowing: `\s` is ASCII whitespace only, and `.` stops only at
 * `\n`.
 */

import { RE2JS } from 're2js';

export type Pattern = {
  readonly engine: 'built-in' | 're2';
  test(text: string): boolean;
};

/** A `regex:` that cannot be used; the message says why and what to write instead. */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

export function compilePattern(source: string): Pattern {
  let builtIn: RegExp;
  try {
    builtIn = new RegExp(source, 'u');
  } catch (error) {
    throw new PatternError(`is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
  }
  if (isLinear(source)) return { engine: 'built-in', test: (text) => builtIn.test(text) };
  if (needsBacktracking(source)) {
    throw new PatternError('uses a backreference or a lookaround, which only a backtracking engine runs, and such patterns can take exponential time on a value; write it without them');
  }
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch (error) {
    throw new PatternError(`cannot run on the linear-time engine (${(error as Error).message}); write it without that construct`);
  }
  return { engine: 're2', test: (text) => re2.test(text) };
}

/** Backreferences (`\1`, `\k<name>`) and lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) outside character classes. */
function needsBacktracking(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<'))) return true;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(' && /^\(\?(<?[=!])/.test(source.slice(i, i + 4))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Which patterns the built-in engine runs in linear time.

/** Characters an atom can match: ASCII as bits, everything above as one flag. */
type CharSet = { ascii: Uint32Array; other: boolean };
type Atom = { set: CharSet; min: number; max: number };

function emptySet(): CharSet {
  return { ascii: new Uint32Array(4), other: false };
}

function addRange(set: CharSet, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, 127); c++) set.ascii[c >> 5] = (set.ascii[c >> 5] as number) | (1 << (c & 31));
  if (to > 127) set.other = true;
}

function union(into: CharSet, from: CharSet): void {
  for (let i = 0; i < 4; i++) into.ascii[i] = (into.ascii[i] as number) | (from.ascii[i] as number);
  into.other ||= from.other;
}

function complement(set: CharSet): CharSet {
  return { ascii: set.ascii.map((word) => ~word >>> 0), other: true };
}

function disjoint(a: CharSet, b: CharSet): boolean {
  if (a.other && b.other) return false;
  for (let i = 0; i < 4; i++) if (((a.ascii[i] as number) & (b.ascii[i] as number)) !== 0) return false;
  return true;
}

function classEscape(letter: string): CharSet | undefined {
  const set = emptySet();
  switch (letter.toLowerCase()) {
    case 'd':
      addRange(set, 48, 57);
      break;
    case 'w':
      addRange(set, 48, 57);
      addRange(set, 65, 90);
      addRange(set, 97, 122);
      addRange(set, 95, 95);
      break;
    case 's':
      addRange(set, 9, 13);
      addRange(set, 32, 32);
      set.other = true; // Unicode spaces
      break;
    default:
      return undefined;
  }
  return letter === letter.toUpperCase() ? complement(set) : set;
}

const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/**
 * One escape at `source[i] === '\\'`: the set it matches and where it ends, or undefined for escapes that are not
 * one character (backreferences, \b, \p{..} is taken as "any character": conservative).
 */
function escapeAt(source: string, i: number): { set: CharSet; next: number } | undefined {
  const letter = source[i + 1];
  if (letter === undefined) return undefined;
  const shorthand = classEscape(letter);
  if (shorthand !== undefined) return { set: shorthand, next: i + 2 };
  const set = emptySet();
  if (letter in CONTROL_ESCAPES) {
    addRange(set, CONTROL_ESCAPES[letter] as number, CONTROL_ESCAPES[letter] as number);
    return { set, next: i + 2 };
  }
  if (letter === 'p' || letter === 'P') {
    const close = source.indexOf('}', i);
    if (source[i + 2] !== '{' || close === -1) return undefined;
    return { set: complement(emptySet()), next: close + 1 };
  }
  if (letter === 'x' || letter === 'u' || letter === 'c') {
    // A code point written in hex (or a control letter): take it as "anything" rather than decode every form.
    const match = /^(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|c[A-Za-z])/.exec(source.slice(i + 1));
    if (match === null) return undefined;
    return { set: complement(emptySet()), next: i + 1 + match[0].length };
  }
  if (/[0-9bBk]/.test(letter)) return undefined; // backreferences and word boundaries
  const code = letter.codePointAt(0) as number;
  addRange(set, code, code);
  return { set, next: i + 1 + (code > 0xffff ? 2 : 1) };
}

/** `[...]` at `source[i] === '['`. */
function classAt(source: string, i: number): { set: CharSet; next: number } | undefined {
  let j = i + 1;
  const negated = source[j] === '^';
  if (negated) j++;
  const set = emptySet();
  let first = true;
  while (j < source.length && (source[j] !== ']' || first)) {
    first = false;
    let from: number;
    if (source[j] === '\\') {
      const escaped = escapeAt(source, j);
      if (escaped === undefined) return undefined;
      j = escaped.next;
      // A single character escape can start a range; a class escape cannot.
      const single = singleCode(escaped.set);
      if (single === undefined || source[j] !== '-' || source[j + 1] === ']') {
        union(set, escaped.set);
        continue;
      }
      from = single;
    } else if (source[j] === '[') {
      return undefined; // nested classes (v flag syntax): not analysed
    } else {
      from = source.codePointAt(j) as number;
      j += from > 0xffff ? 2 : 1;
    }
    if (source[j] === '-' && source[j + 1] !== ']' && j + 1 < source.length) {
      j++;
      let to: number;
      if (source[j] === '\\') {
        const escaped = escapeAt(source, j);
        const single = escaped === undefined ? undefined : singleCode(escaped.set);
        if (escaped === undefined || single === undefined) return undefined;
        to = single;
        j = escaped.next;
      } else {
        to = source.codePointAt(j) as number;
        j += to > 0xffff ? 2 : 1;
      }
      addRange(set, from, to);
    } else addRange(set, from, from);
  }
  if (source[j] !== ']') return undefined;
  return { set: negated ? complement(set) : set, next: j + 1 };
}

function singleCode(set: CharSet): number | undefined {
  if (set.other) return undefined;
  let found: number | undefined;
  for (let c = 0; c < 128; c++) {
    if (((set.ascii[c >> 5] as number) & (1 << (c & 31))) !== 0) {
      if (found !== undefined) return undefined;
      found = c;
    }
  }
  return found;
}

/** A quantifier at `source[i]`: bounds and where it ends (a lazy `?` after it changes nothing here). */
function quantifierAt(source: string, i: number): { min: number; max: number; next: number } {
  const c = source[i];
  let result: { min: number; max: number; next: number };
  if (c === '*') result = { min: 0, max: Infinity, next: i + 1 };
  else if (c === '+') result = { min: 1, max: Infinity, next: i + 1 };
  else if (c === '?') result = { min: 0, max: 1, next: i + 1 };
  else {
    const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (braces === null) return { min: 1, max: 1, next: i };
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    result = { min, max, next: i + braces[0].length };
  }
  if (source[result.next] === '?') result.next++;
  return result;
}

/** True when the pattern is in the class the built-in engine matches in linear time (see the top of the file). */
export function isLinear(source: string): boolean {
  if (!source.startsWith('^')) return false;
  const atoms: Atom[] = [];
  let i = 1;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '$' && i === source.length - 1) break;
    let parsed: { set: CharSet; next: number } | undefined;
    if (c === '\\') parsed = escapeAt(source, i);
    else if (c === '[') parsed = classAt(source, i);
    else if (c === '.') parsed = { set: complement(emptySet()), next: i + 1 };
    else if ('()|^$*+?{}'.includes(c)) return false;
    else {
      const code = source.codePointAt(i) as number;
      const set = emptySet();
      addRange(set, code, code);
      parsed = { set, next: i + (code > 0xffff ? 2 : 1) };
    }
    if (parsed === undefined) return false;
    const quantifier = quantifierAt(source, parsed.next);
    atoms.push({ set: parsed.set, min: quantifier.min, max: quantifier.max });
    i = quantifier.next;
  }
  for (let a = 0; a < atoms.length; a++) {
    const atom = atoms[a] as Atom;
    if (atom.min === atom.max) continue;
    const next = atoms[a + 1];
    if (next === undefined) continue; // last: it runs to its longest, then at most shrinks once per character
    if (next.min === 0 || !disjoint(atom.set, next.set)) return false;
  }
  return true;
}
