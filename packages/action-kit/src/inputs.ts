import { InputError } from '@crucible/core/errors';
// zod/mini: the same schemas with a smaller start-up cost, which every action pays before it reads an input.
import * as z from 'zod/mini';

/** How an action reads one raw input; `@actions/core`'s getInput in production, a record in tests. */
export type InputSource = (name: string) => string;

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

/** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput accepts, and nothing else. */
export function booleanInput() {
  return parsed((text) => {
    if (TRUE_WORDS.includes(text)) return true;
    if (FALSE_WORDS.includes(text)) return false;
    return problem(`must be true or false, got "${text}"`);
  });
}

/** A problem found while parsing an input, carried out of the transform as zod's custom issue. */
class Problem {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}
const problem = (message: string) => new Problem(message);

/** A string input turned into a value by `parse`, which returns a Problem for a bad one. */
function parsed<T>(parse: (text: string) => T | Problem) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const value = parse(text);
      if (!(value instanceof Problem)) return value as T;
      ctx.issues.push({ code: 'custom', message: value.message, input: text });
      return z.NEVER;
    }),
  );
}

/** A whole number within [min, max]. */
export function integerInput(min: number, max = Number.MAX_SAFE_INTEGER) {
  return parsed((text) => {
    const value = Number(text);
    if (!/^-?\d+$/.test(text) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
      return problem(`must be a whole number ${range}, got "${text}"`);
    }
    return value;
  });
}

/** A finite number strictly between `above` and `below` (either may be omitted). */
export function numberInput(bounds: { above?: number; below?: number } = {}) {
  return parsed((text) => {
    const value = Number(text);
    const { above, below } = bounds;
    if (text.trim() === '' || !Number.isFinite(value) || (above !== undefined && value <= above) || (below !== undefined && value >= below)) {
      const range = [above !== undefined ? `above ${above}` : '', below !== undefined ? `below ${below}` : '']
        .filter((part) => part !== '')
        .join(' and ');
      return problem(`must be a number${range === '' ? '' : ` ${range}`}, got "${text}"`);
    }
    return value;
  });
}

/** One of a fixed set of words. */
export function choiceInput<const T extends readonly [string, ...string[]]>(choices: T) {
  return parsed((text) => ((choices as readonly string[]).includes(text) ? (text as T[number]) : problem(`must be one of ${choices.join(', ')}, got "${text}"`)));
}

/** A multi-line input: one entry per non-empty line, trimmed (paths, globs, KEY=value pairs). */
export function listInput() {
  return parsed((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/** Text that must match `pattern`; `rule` says what it may hold, for the message. */
export function patternInput(pattern: RegExp, rule: string) {
  return parsed((text) => (pattern.test(text) ? text : problem(`${rule}, got "${text}"`)));
}

/** A free-text input. */
export const textInput = () => z.string();
/** An input that may be absent. */
export const optional = z.optional;
/** An input with a default, used where the runner did not fill in action.yml's (tests, local runs). */
export const withDefault = z._default;

/** Inputs every Crucible action takes. */
export const sharedInputs = {
  token: z.optional(z.string()),
  config: z._default(z.string(), 'crucible.yml'),
  'working-directory': z._default(z.string(), '.'),
};

/** What an input schema is built from: zod/mini schemas keyed by input name. */
export type InputShape = Record<string, z.ZodMiniType>;

/** The camelCase config `readInputs` returns for a shape. */
export type InputsOf<Shape extends InputShape> = CamelKeys<z.output<z.ZodMiniObject<Shape>>>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
export type CamelKeys<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** `fail-on-regression` -> `failOnRegression`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Reads every input the schema names (its keys are the action.yml input names), treating '' as absent, and
 * returns a camelCase config. Every problem becomes one line naming the input and the fix.
 */
export function readInputs<Shape extends InputShape>(shape: Shape, source: InputSource): InputsOf<Shape> {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(shape)) raw[name] = source(name) || undefined;
  const result = z.object(shape).safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(inputs)');
      const message = raw[name] === undefined && issue.code === 'invalid_type' ? 'is required but was not set' : issue.message;
      return `Input "${name}" ${message}.`;
    });
    throw new InputError(lines.join('\n'));
  }
  const config: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(result.data as Record<string, unknown>)) config[camelCase(name)] = value;
  return config as InputsOf<Shape>;
}

/**
 * Inputs that were renamed fail loudly with the new name instead of being silently ignored.
 * `renamed` maps the old name to the new one.
 */
export function throwOnRenamedInputs(renamed: Record<string, string>, source: InputSource): void {
  const used = Object.entries(renamed).filter(([oldName]) => source(oldName) !== '');
  if (used.length > 0) {
    throw new InputError(
      used.map(([oldName, newName]) => `Input "${oldName}" was renamed to "${newName}"; use "${newName}" instead.`).join('\n'),
    );
  }
}
