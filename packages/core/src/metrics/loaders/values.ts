import { nonFiniteToken } from '../../text/json.ts';
import { MetricsFileError } from './errors.ts';

/**
 * A value read from a metrics file: a finite number, or null with the text that was there (NaN, Infinity, "n/a",
 * true, null, a date). Loaders never throw for such values; comparison marks them invalid.
 */
export type Reading = { value: number; raw?: undefined } | { value: null; raw: string };

/**
 * The most characters of a value that is not a metric (or of a param) kept for evidence and messages. Such text
 * is whatever the file held, possibly a whole secrets file a link pointed at: it is cut where it is read, so the
 * evidence written from it always fits its schema and the report never carries more than a glimpse of it.
 */
export const MAX_RAW_CHARS = 200;
export const MAX_PARAM_CHARS = 1000;

/** `text` cut to `max` characters, saying how long it was. */
export function boundText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length} characters)`;
}

/** Nested deeper than this is not a metrics file; the cap keeps flattening off the end of the stack. */
const MAX_DEPTH = 100;

/** A reading for a scalar, or undefined for an object or a list (which flattening walks into). */
export function readScalar(value: unknown): Reading | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? { value } : { value: null, raw: String(value) };
    case 'string':
      // A number written as a string ("0.93") stays invalid, as in DVC: the file should hold a number.
      return { value: null, raw: nonFiniteToken(value) ?? boundText(value, MAX_RAW_CHARS) };
    case 'boolean':
      return { value: null, raw: String(value) };
    case 'bigint': {
      const number = Number(value);
      return Number.isSafeInteger(number) ? { value: number } : { value: null, raw: String(value) };
    }
    case 'object':
      if (value === null) return { value: null, raw: 'null' };
      if (value instanceof Date) return { value: null, raw: dateText(value) };
      return undefined;
    default:
      return { value: null, raw: String(value) };
  }
}

function dateText(date: Date): string {
  // TOML dates subclass Date and print themselves as written ("1979-05-27" stays a local date).
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}

/**
 * A number from text as trainers write it ("0.93", "-1e-05", " 42 "), or null with the text for anything else:
 * "nan", "inf", "Infinity", "n/a", "0x10". `Number()` alone would take "" and " " as 0 and "0x10" as 16.
 */
export function readNumberText(text: string): Reading {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return { value };
  }
  return { value: null, raw: boundText(trimmed, MAX_RAW_CHARS) };
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A param's value as text: strings as written, numbers and booleans as JSON would print them. */
export function paramText(value: unknown): string {
  if (typeof value === 'string') return nonFiniteToken(value) ?? boundText(value, MAX_PARAM_CHARS);
  if (value instanceof Date) return dateText(value);
  return boundText(String(value), MAX_PARAM_CHARS);
}

export type LeafVisitor = (name: string, value: unknown, path: readonly string[]) => void;

/**
 * Flattened names, shared by every document read in this process. Runs of one trainer repeat the same names; built
 * once, a name is the same string in every run, so comparing runs matches names by identity rather than character
 * by character, its hash is computed once, and no run allocates its names again. Dropped when it grows past the
 * limit, so a process that reads many unrelated documents does not keep all their names.
 */
type NameNode = { name: string; children: Map<string, NameNode> | undefined };
const NAME_CACHE_LIMIT = 250_000;
let nameRoot: NameNode = { name: '', children: undefined };
let cachedNames = 0;

function childName(node: NameNode, key: string): NameNode {
  let children = node.children;
  if (children === undefined) {
    children = new Map();
    node.children = children;
  }
  let child = children.get(key);
  if (child === undefined) {
    child = { name: node.name === '' ? key : `${node.name}.${key}`, children: undefined };
    children.set(key, child);
    cachedNames++;
  }
  return child;
}

/**
 * Walks a parsed document and calls `visit` for every scalar, named as DVC names them: nested keys joined with "."
 * (`{"eval": {"acc": 1}}` is `eval.acc`), keys that hold "/" kept as they are (`eval/acc`), and list items by
 * index (`{"acc": [1, 2]}` is `acc.0`, `acc.1`). Lists of objects (or of lists) are tables or media, not metrics:
 * their items are skipped. `path` is the key path (valid during the call only), for formats that match names by
 * path. Two keys can flatten to one name (`{"a.b": 1, "a": {"b": 2}}`): the visitor, which keeps the names,
 * refuses that with `flattenedTwiceError`.
 */
export function flattenDocument(
  document: Record<string, unknown>,
  file: string,
  visit: LeafVisitor,
  skipObject?: (value: Record<string, unknown>, path: readonly string[]) => boolean,
): void {
  if (cachedNames > NAME_CACHE_LIMIT) {
    nameRoot = { name: '', children: undefined };
    cachedNames = 0;
  }
  const path: string[] = [];
  const walk = (object: Record<string, unknown>, node: NameNode): void => {
    if (path.length > MAX_DEPTH) {
      throw MetricsFileError.at({ file, key: node.name }, `nested deeper than ${MAX_DEPTH} levels; flatten the file.`);
    }
    for (const key of Object.keys(object)) {
      const value = object[key];
      const child = childName(node, key);
      path.push(key);
      if (typeof value !== 'object' || value === null || value instanceof Date) {
        visit(child.name, value, path);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (readScalar(item) === undefined) continue;
          const index = String(i);
          path.push(index);
          visit(childName(child, index).name, item, path);
          path.pop();
        }
      } else if (skipObject === undefined || !skipObject(value as Record<string, unknown>, path)) {
        walk(value as Record<string, unknown>, child);
      }
      path.pop();
    }
  };
  walk(document, nameRoot);
}

export function flattenedTwiceError(file: string, name: string): MetricsFileError {
  return MetricsFileError.at(
    { file, key: name },
    `two keys flatten to "${name}" (a key with a "." and a nested key); rename one of them.`,
  );
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}
