import { InputError } from '@crucible/core';
import { z } from 'zod';

/** How an action reads one raw input; `@actions/core`'s getInput in production, a record in tests. */
export type InputSource = (name: string) => string;

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

/** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput accepts, and nothing else. */
export function booleanInput() {
  return z.string().transform((text, ctx) => {
    if (TRUE_WORDS.includes(text)) return true;
    if (FALSE_WORDS.includes(text)) return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false, got "${text}"` });
    return z.NEVER;
  });
}

/** A whole number within [min, max]. */
export function integerInput(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z.string().transform((text, ctx) => {
    const value = Number(text);
    if (!/^-?\d+$/.test(text) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
      ctx.addIssue({ code: 'custom', message: `must be a whole number ${range}, got "${text}"` });
      return z.NEVER;
    }
    return value;
  });
}

/** A finite number strictly between `above` and `below` (either may be omitted). */
export function numberInput(bounds: { above?: number; below?: number } = {}) {
  return z.string().transform((text, ctx) => {
    const value = Number(text);
    const { above, below } = bounds;
    if (!Number.isFinite(value) || (above !== undefined && value <= above) || (below !== undefined && value >= below)) {
      const range = [above !== undefined ? `above ${above}` : '', below !== undefined ? `below ${below}` : '']
        .filter((part) => part !== '')
        .join(' and ');
      ctx.addIssue({ code: 'custom', message: `must be a number${range === '' ? '' : ` ${range}`}, got "${text}"` });
      return z.NEVER;
    }
    return value;
  });
}

/** One of a fixed set of words. */
export function choiceInput<const T extends readonly [string, ...string[]]>(choices: T) {
  return z.string().transform((text, ctx) => {
    if ((choices as readonly string[]).includes(text)) return text as T[number];
    ctx.addIssue({ code: 'custom', message: `must be one of ${choices.join(', ')}, got "${text}"` });
    return z.NEVER;
  });
}

/** A multi-line input: one entry per non-empty line, trimmed (paths, globs, KEY=value pairs). */
export function listInput() {
  return z.string().transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/** Inputs every Crucible action takes. */
export const sharedInputs = {
  token: z.string().optional(),
  config: z.string().default('crucible.yml'),
  'working-directory': z.string().default('.'),
};

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
export function readInputs<Shape extends z.ZodRawShape>(
  shape: Shape,
  source: InputSource,
): CamelKeys<z.output<z.ZodObject<Shape>>> {
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
  return config as CamelKeys<z.output<z.ZodObject<Shape>>>;
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
