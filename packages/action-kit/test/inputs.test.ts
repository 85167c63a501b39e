import { InputError } from '@crucible/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  booleanInput,
  camelCase,
  choiceInput,
  integerInput,
  listInput,
  numberInput,
  readInputs,
  sharedInputs,
  textInput,
  throwOnRenamedInputs,
  withDefault,
} from '../src/index.ts';

/** The message of the first problem a schema finds with `text`, as readInputs would print it. */
function problem(schema: z.ZodMiniType, text: string): string | undefined {
  const result = schema.safeParse(text);
  return result.success ? undefined : result.error.issues[0]?.message;
}

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('booleanInput', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads %s', (text, expected) => {
    expect(booleanInput().parse(text)).toBe(expected);
  });

  it.each(['yes', '1', 'tRue', 'on'])('refuses %s', (text) => {
    expect(problem(booleanInput(), text)).toBe(`must be true or false, got "${text}"`);
  });
});

describe('integerInput, numberInput, choiceInput, listInput', () => {
  it.each([
    ['0', 0],
    ['20', 20],
  ])('integer %s', (text, expected) => expect(integerInput(0, 100).parse(text)).toBe(expected));

  it.each(['-1', '1.5', 'abc', '101', ''])('integer refuses %s', (text) => {
    expect(problem(integerInput(0, 100), text)).toBe(`must be a whole number from 0 to 100, got "${text}"`);
  });

  it('numbers are finite and within bounds', () => {
    expect(numberInput({ above: 0.5, below: 1 }).parse('0.95')).toBe(0.95);
    expect(problem(numberInput({ above: 0.5, below: 1 }), '1')).toBe('must be a number above 0.5 and below 1, got "1"');
    expect(problem(numberInput(), 'NaN')).toBe('must be a number, got "NaN"');
  });

  it('choices name the allowed words', () => {
    expect(choiceInput(['warn', 'fail']).parse('fail')).toBe('fail');
    expect(problem(choiceInput(['warn', 'fail']), 'Fail')).toBe('must be one of warn, fail, got "Fail"');
  });

  it('lists drop blank lines and trim', () => {
    expect(listInput().parse('a.json\n\n  b/  \r\nc\n')).toEqual(['a.json', 'b/', 'c']);
  });
});

describe('readInputs', () => {
  const shape = {
    ...sharedInputs,
    data: textInput(),
    'fail-on-regression': withDefault(booleanInput(), true),
    'baseline-max-depth': withDefault(integerInput(0, 1000), 20),
  };

  it('returns a camelCase config, treating "" as absent', () => {
    const config = readInputs(shape, from({ data: 'x.csv', 'fail-on-regression': '', token: 'ghs_1' }));
    expect(config).toEqual({
      token: 'ghs_1',
      config: 'crucible.yml',
      workingDirectory: '.',
      data: 'x.csv',
      failOnRegression: true,
      baselineMaxDepth: 20,
    });
  });

  it('reports every problem at once, one line each, naming the input', () => {
    const read = () => readInputs(shape, from({ 'fail-on-regression': 'yes', 'baseline-max-depth': 'deep' }));
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      [
        'Input "data" is required but was not set.',
        'Input "fail-on-regression" must be true or false, got "yes".',
        'Input "baseline-max-depth" must be a whole number from 0 to 1000, got "deep".',
      ].join('\n'),
    );
  });
});

describe('throwOnRenamedInputs', () => {
  it('names the new input when the old one is used', () => {
    expect(() => throwOnRenamedInputs({ threshold: 'tolerance' }, from({ threshold: '2%' }))).toThrow(
      'Input "threshold" was renamed to "tolerance"; use "tolerance" instead.',
    );
    expect(() => throwOnRenamedInputs({ threshold: 'tolerance' }, from({ tolerance: '2%' }))).not.toThrow();
  });
});

it.each([
  ['fail-on-regression', 'failOnRegression'],
  ['token', 'token'],
  ['gpus-per-node', 'gpusPerNode'],
])('camelCase(%s) is %s', (name, expected) => expect(camelCase(name)).toBe(expected));
