import { lineAndColumnAt } from './lines.ts';

/**
 * JSON as Python writes it. `json.dump` writes bare `NaN`, `Infinity` and `-Infinity` for floats that are not
 * finite (allow_nan defaults to True), which `JSON.parse` rejects; a training run that diverged writes exactly
 * those. Here they parse to a marked string (see `nonFiniteToken`), so a caller can report the value instead of
 * failing on the file.
 *
 * `JSON.parse` does the parsing (it is several times faster than anything written in JavaScript): first on the
 * text as it is, then, if that fails, with the three tokens outside strings replaced by marked strings. Only when
 * both fail does the hand-written parser below run, to report the line and column of the first error, which
 * `JSON.parse` only sometimes says.
 */

/** Marks a non-finite token in parsed output; no real string in a metrics file starts with a NUL character. */
const MARK = '\u0000';

/** `NaN`, `Infinity` or `-Infinity` if `value` is what one of those tokens parsed to, else undefined. */
export function nonFiniteToken(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.charCodeAt(0) !== 0) return undefined;
  const token = value.slice(1);
  return token === 'NaN' || token === 'Infinity' || token === '-Infinity' ? token : undefined;
}

export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(line: number, column: number, message: string) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.line = line;
    this.column = column;
  }
}

/** Deeper than any metrics file; keeps the recursive parser off the end of the stack on hostile input. */
const MAX_DEPTH = 1000;

export function parseJsonAllowingNonFinite(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Strings are matched whole so that a "NaN" inside one stays as it is.
    let replaced = false;
    const marked = text.replace(TOKENS, (match: string) => {
      if (match.charCodeAt(0) === 34) return match;
      replaced = true;
      return `"\\u0000${match}"`;
    });
    if (replaced) {
      try {
        return JSON.parse(marked);
      } catch {
        // fall through to the parser that says where the error is
      }
    }
    return new LenientJsonParser(text).parseDocument();
  }
}

const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?Infinity|NaN/g;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class LenientJsonParser {
  private readonly text: string;
  private pos = 0;

  constructor(text: string) {
    this.text = text;
  }

  parseDocument(): unknown {
    this.skipSpace();
    const value = this.parseValue(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describeHere()} after the JSON value`);
    return value;
  }

  private parseValue(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    const text = this.text;
    const code = text.charCodeAt(this.pos);
    switch (code) {
      case 123: // {
        return this.parseObject(depth);
      case 91: // [
        return this.parseArray(depth);
      case 34: // "
        return this.parseString();
      case 116: // t
        return this.parseWord('true', true);
      case 102: // f
        return this.parseWord('false', false);
      case 110: // n
        return this.parseWord('null', null);
      case 78: // N
        return this.parseWord('NaN', `${MARK}NaN`);
      case 73: // I
        return this.parseWord('Infinity', `${MARK}Infinity`);
      default:
        if (code === 45 && text.startsWith('-Infinity', this.pos)) {
          this.pos += '-Infinity'.length;
          return `${MARK}-Infinity`;
        }
        if (code === 45 || (code >= 48 && code <= 57)) return this.parseNumber();
        return this.fail(`unexpected ${this.describeHere()}; expected a value`);
    }
  }

  private parseObject(depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.pos++; // {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return object;
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 34) this.fail(`unexpected ${this.describeHere()}; expected a "key"`);
      const key = this.parseString();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58) {
        this.fail(`unexpected ${this.describeHere()}; expected ':' after the key`);
      }
      this.pos++;
      this.skipSpace();
      const value = this.parseValue(depth + 1);
      // Like JSON.parse: a later duplicate key wins, and "__proto__" is an ordinary own key.
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const next = this.text.charCodeAt(this.pos);
      if (next === 44) {
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 125) this.fail("trailing comma before '}'");
        continue;
      }
      if (next === 125) {
        this.pos++;
        return object;
      }
      this.fail(`unexpected ${this.describeHere()}; expected ',' or '}' after a value`);
    }
  }

  private parseArray(depth: number): unknown[] {
    const array: unknown[] = [];
    this.pos++; // [
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return array;
    }
    for (;;) {
      array.push(this.parseValue(depth + 1));
      this.skipSpace();
      const next = this.text.charCodeAt(this.pos);
      if (next === 44) {
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 93) this.fail("trailing comma before ']'");
        continue;
      }
      if (next === 93) {
        this.pos++;
        return array;
      }
      this.fail(`unexpected ${this.describeHere()}; expected ',' or ']' after a value`);
    }
  }

  private parseString(): string {
    const text = this.text;
    const start = this.pos;
    let i = start + 1;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote === -1) {
        this.pos = start;
        return this.fail('a string is never closed');
      }
      // The quote closes the string unless an odd number of backslashes escapes it.
      let backslashes = 0;
      for (let j = quote - 1; j > start && text.charCodeAt(j) === 92; j--) backslashes++;
      if (backslashes % 2 === 0) {
        i = quote;
        break;
      }
      i = quote + 1;
    }
    const literal = text.slice(start, i + 1);
    try {
      // JSON.parse knows every escape and rejects raw control characters; the string alone is small.
      const value = JSON.parse(literal) as string;
      this.pos = i + 1;
      return value;
    } catch {
      this.pos = start;
      return this.fail('a string holds a bad escape or a raw control character (a tab or line break must be escaped)');
    }
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) return this.fail(`unexpected ${this.describeHere()}; expected a number`);
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private parseWord<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected ${this.describeHere()}; expected a value`);
    this.pos += word.length;
    return value;
  }

  private skipSpace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const code = text.charCodeAt(pos);
      if (code === 32 || code === 10 || code === 13 || code === 9) pos++;
      else break;
    }
    this.pos = pos;
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return 'end of file';
    // A short excerpt only: the text may be a secret a link pointed at.
    const token = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 40));
    if (token === null) return `character ${JSON.stringify(this.text[this.pos])}`;
    return `token "${token[0].length > 16 ? `${token[0].slice(0, 12)}...` : token[0]}"`;
  }

  private fail(message: string): never {
    const { line, column } = lineAndColumnAt(this.text, this.pos);
    throw new JsonSyntaxError(line, column, message);
  }
}
