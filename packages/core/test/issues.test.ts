import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dottedPath, formatIssues } from '../src/index.ts';

describe('dottedPath', () => {
  it.each([
    [[], '(root)'],
    [['metrics'], 'metrics'],
    [['metrics', 'rules', 2, 'tolerance'], 'metrics.rules[2].tolerance'],
    [[0, 'name'], '[0].name'],
  ])('%j is %s', (path, expected) => expect(dottedPath(path)).toBe(expected));
});

describe('formatIssues', () => {
  it('writes one line per problem, never JSON', () => {
    const schema = z.object({ rules: z.array(z.object({ tolerance: z.number(), name: z.string() })) });
    const result = schema.safeParse({ rules: [{ tolerance: 'x', name: 'acc' }, { tolerance: 1 }] });
    expect(result.success).toBe(false);
    const text = formatIssues(result.error?.issues ?? [], (path) => `crucible.yml: ${dottedPath(path)}`);
    expect(text.split('\n')).toEqual([
      'crucible.yml: rules[0].tolerance: Invalid input: expected number, received string',
      'crucible.yml: rules[1].name: Invalid input: expected string, received undefined',
    ]);
  });
});
