/**
 * How a cell's text becomes a typed value (README.md, "Type parsing rules"). Each parser works on the bytes of the
 * cell, so that a million numeric cells never become a million strings, and returns NaN when the text is not of
 * the type (a real "NaN" is recognised separately by `isNanToken`).
 */

export const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'datetime'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Types whose values are held as numbers: integers, numbers, dates (days since 1970-01-01), datetimes (epoch ms). */
export function isNumericType(type: ColumnType): boolean {
  return type === 'integer' || type === 'number' || type === 'date' || type === 'datetime';
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Set by parseNumberBytes: whether the text had a fraction or an exponent (so "1.0" is not an integer literal). */
export const lastNumber = { fraction: false };

const SPACE = 32;
const TAB = 9;

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number);
  return text;
}

/**
 * A decimal number: optional sign, digits with an optional fraction, an optional exponent (`-1.5e3`, `.5`, `1.`).
 * Spaces and tabs around it are ignored. No thousands separators, no hex, no `Infinity` (see isNanToken / infinity).
 * Up to 15 significant digits and |exponent| <= 22 take the exact fast path (one correctly rounded multiply or
 * divide); longer ones are converted by the engine's own `Number()`, also correctly rounded.
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  let i = start;
  let negative = false;
  const c = bytes[i];
  if (c === 45) {
    negative = true;
    i++;
  } else if (c === 43) i++;
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let exponent = 0;
  let fraction = false;
  for (; i < end; i++) {
    const d = (bytes[i] as number) - 48;
    if (d < 0 || d > 9) break;
    digits++;
    if (significant > 0 || d !== 0) {
      if (significant < 19) mantissa = mantissa * 10 + d;
      else exponent++;
      significant++;
    }
  }
  if (i < end && bytes[i] === 46) {
    fraction = true;
    i++;
    for (; i < end; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) break;
      digits++;
      if (significant > 0 || d !== 0) {
        if (significant < 19) {
          mantissa = mantissa * 10 + d;
          exponent--;
        }
        significant++;
      } else exponent--;
    }
  }
  if (digits === 0) return Number.NaN;
  if (i < end && (bytes[i] === 101 || bytes[i] === 69)) {
    fraction = true;
    i++;
    let expNegative = false;
    if (bytes[i] === 45) {
      expNegative = true;
      i++;
    } else if (bytes[i] === 43) i++;
    let written = 0;
    let expDigits = 0;
    for (; i < end; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) break;
      if (written < 100000) written = written * 10 + d;
      expDigits++;
    }
    if (expDigits === 0) return Number.NaN;
    exponent += expNegative ? -written : written;
  }
  if (i !== end) return Number.NaN;
  lastNumber.fraction = fraction;
  if (significant <= 15 && exponent >= -22 && exponent <= 22) {
    const value = exponent < 0 ? mantissa / (POW10[-exponent] as number) : exponent === 0 ? mantissa : mantissa * (POW10[exponent] as number);
    return negative ? -value : value;
  }
  // The syntax is already known to be a plain decimal, so Number() sees nothing it would read differently.
  return Number(latin1(bytes, start, end));
}

/** An integer literal: optional sign and digits only (`-12`, `+7`), spaces around ignored. */
export function parseIntegerBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  let i = start;
  let negative = false;
  const c = bytes[i];
  if (c === 45) {
    negative = true;
    i++;
  } else if (c === 43) i++;
  if (i >= end) return Number.NaN;
  let value = 0;
  const first = i;
  for (; i < end; i++) {
    const d = (bytes[i] as number) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  if (end - first > 15) value = Number(latin1(bytes, first, end));
  return negative ? -value : value;
}

/** NaN spelled as data: `nan`, `NaN`, `NAN` (any letter case), optionally signed. */
export function isNanToken(bytes: Uint8Array, start: number, end: number): boolean {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (bytes[start] === 45 || bytes[start] === 43) start++;
  return end - start === 3 && ((bytes[start] as number) | 32) === 110 && ((bytes[start + 1] as number) | 32) === 97 && ((bytes[start + 2] as number) | 32) === 110;
}

/** +1 or -1 for `inf`, `infinity` (any letter case, optional sign), 0 otherwise. */
export function infinitySign(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  let sign = 1;
  if (bytes[start] === 45) {
    sign = -1;
    start++;
  } else if (bytes[start] === 43) start++;
  const word = latin1(bytes, start, end).toLowerCase();
  return word === 'inf' || word === 'infinity' ? sign : 0;
}

/** `true`/`false` in any letter case, and `1`/`0`: 1 for true, 0 for false, NaN otherwise. */
export function parseBooleanBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  const length = end - start;
  if (length === 1) {
    if (bytes[start] === 49) return 1;
    if (bytes[start] === 48) return 0;
    return Number.NaN;
  }
  const lower = (i: number) => (bytes[start + i] as number) | 32;
  if (length === 4 && lower(0) === 116 && lower(1) === 114 && lower(2) === 117 && lower(3) === 101) return 1;
  if (length === 5 && lower(0) === 102 && lower(1) === 97 && lower(2) === 108 && lower(3) === 115 && lower(4) === 101) return 0;
  return Number.NaN;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digitsAt(bytes: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const d = (bytes[at + i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** An ISO 8601 calendar date `YYYY-MM-DD` that exists (no 2023-02-29) -> days since 1970-01-01. */
export function parseDateBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (end - start !== 10) return Number.NaN;
  return dateAt(bytes, start);
}

function dateAt(bytes: Uint8Array, at: number): number {
  if (bytes[at + 4] !== 45 || bytes[at + 7] !== 45) return Number.NaN;
  const year = digitsAt(bytes, at, 4);
  const month = digitsAt(bytes, at + 5, 2);
  const day = digitsAt(bytes, at + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/**
 * An ISO 8601 date and time -> milliseconds since 1970-01-01T00:00:00Z: `YYYY-MM-DD`, then optionally `T` or a
 * space, `HH:MM`, optionally `:SS` and a fraction of any length, then optionally `Z` or an offset `+HH:MM` / `+HHMM`
 * / `+HH`. Without an offset the time is taken as UTC. A date alone is midnight.
 */
export function parseDatetimeBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (end - start < 10) return Number.NaN;
  const days = dateAt(bytes, start);
  if (Number.isNaN(days)) return days;
  let i = start + 10;
  if (i === end) return days * 86_400_000;
  if (bytes[i] !== 84 && bytes[i] !== 116 && bytes[i] !== SPACE) return Number.NaN;
  i++;
  const hour = digitsAt(bytes, i, 2);
  if (bytes[i + 2] !== 58) return Number.NaN;
  const minute = digitsAt(bytes, i + 3, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || i + 5 > end) return Number.NaN;
  i += 5;
  let second = 0;
  let millis = 0;
  if (i < end && bytes[i] === 58) {
    second = digitsAt(bytes, i + 1, 2);
    if (second < 0 || second > 60 || i + 3 > end) return Number.NaN;
    i += 3;
    if (i < end && (bytes[i] === 46 || bytes[i] === 44)) {
      i++;
      let scale = 100;
      const first = i;
      for (; i < end; i++) {
        const d = (bytes[i] as number) - 48;
        if (d < 0 || d > 9) break;
        millis += d * scale;
        scale /= 10;
      }
      if (i === first) return Number.NaN;
    }
  }
  let offsetMinutes = 0;
  if (i < end) {
    const c = bytes[i];
    if ((c === 90 || c === 122) && i + 1 === end) i++;
    else if (c === 43 || c === 45) {
      const oh = digitsAt(bytes, i + 1, 2);
      let om = 0;
      let next = i + 3;
      if (next < end) {
        if (bytes[next] === 58) next++;
        om = digitsAt(bytes, next, 2);
        next += 2;
      }
      if (oh < 0 || oh > 23 || om < 0 || om > 59 || next !== end) return Number.NaN;
      offsetMinutes = (c === 45 ? -1 : 1) * (oh * 60 + om);
      i = end;
    } else return Number.NaN;
  }
  if (i !== end) return Number.NaN;
  return days * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

const encoder = new TextEncoder();

/** The same rules for a value that arrived as JavaScript text (JSON Lines, Parquet, YAML bounds). */
export function parseTypedText(type: ColumnType, text: string): number {
  const bytes = encoder.encode(text);
  return parseTypedBytes(type, bytes, 0, bytes.length);
}

export function parseTypedBytes(type: ColumnType, bytes: Uint8Array, start: number, end: number): number {
  switch (type) {
    case 'integer':
      return parseIntegerBytes(bytes, start, end);
    case 'number': {
      const value = parseNumberBytes(bytes, start, end);
      if (!Number.isNaN(value)) return value;
      const infinity = infinitySign(bytes, start, end);
      return infinity === 0 ? Number.NaN : infinity * Number.POSITIVE_INFINITY;
    }
    case 'boolean':
      return parseBooleanBytes(bytes, start, end);
    case 'date':
      return parseDateBytes(bytes, start, end);
    case 'datetime':
      return parseDatetimeBytes(bytes, start, end);
    default:
      return Number.NaN;
  }
}

/** A numeric value of a column back in the form a person wrote it: dates as YYYY-MM-DD, datetimes as ISO 8601. */
export function formatTypedValue(type: ColumnType, value: number): string | number {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  if (type === 'date') return new Date(Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  if (type === 'datetime') return new Date(value).toISOString();
  if (type === 'boolean') return value === 1 ? 'true' : 'false';
  return value;
}

/** Counts characters (code points) of UTF-8 bytes: every byte that is not a continuation byte starts one. */
export function utf8Length(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) count++;
  return count;
}
