/**
 * Hash collisions, forced: text hashes here depend on the length alone, so every two texts of one length collide.
 * A collision may only cost a second reading of the file; no count, example or verdict may change.
 */
import { describe, expect, it, vi } from 'vitest';
import { check, validate } from './data-helpers.ts';

vi.mock(import('../src/data/sketch/hash.ts'), async (original) => {
  const hash = await original();
  return {
    ...hash,
    hashBytes: (_bytes: Uint8Array, start: number, end: number) => {
      hash.hashed.h1 = hash.fmix32(end - start);
      hash.hashed.h2 = 0x5bd1e995;
    },
  };
});

describe('with colliding text hashes', () => {
  it('passes unique text that only collides, and counts its distinct values exactly', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `k${String(i).padStart(5, '0')}`).join('\n');
    const result = await validate(`code\n${rows}\n`, 'columns: {code: {type: string, unique: true, distinct: {min: 3000, max: 3000}}}');
    expect(check(result, 'unique', 'code')).toMatchObject({ success: true, unexpectedCount: 0, examples: [], observed: { distinct: 3000, duplicatedRows: 0 } });
    expect(check(result, 'distinct', 'code')).toMatchObject({ success: true, observed: 3000 });
  });

  it.each([
    ['in one piece', {}],
    ['with tiny memory', { keyMemory: 16 << 10 }],
  ])('counts only the rows of really repeated text, %s', async (_, options) => {
    // Every code has 6 characters (one hash); b and d repeat.
    const result = await validate('code\naaaaaa\nbbbbbb\ncccccc\nbbbbbb\ndddddd\ndddddd\nbbbbbb\n', 'columns: {code: {unique: true, distinct: {max: 3}}}', options);
    expect(check(result, 'unique', 'code')).toMatchObject({
      success: false,
      unexpectedCount: 5,
      observed: { distinct: 4, duplicatedRows: 5 },
      examples: [
        { value: 'bbbbbb', line: 3 },
        { value: 'bbbbbb', line: 5 },
        { value: 'dddddd', line: 6 },
        { value: 'dddddd', line: 7 },
        { value: 'bbbbbb', line: 8 },
      ],
    });
    // 4 distinct values, not the 1 the hashes alone would say: the failing check stays failing.
    expect(check(result, 'distinct', 'code')).toMatchObject({ success: false, observed: 4 });
    expect(result.profile.columns[0]?.distinct).toBe(4);
  });

  it('confirms compound keys against their cells', async () => {
    const result = await validate('a,b\nxx,1\nyy,1\nxx,1\nzz,2\n', 'table: {unique: [[a, b]]}');
    const [key] = result.evidence.checks.filter((c) => c.type === 'compound-unique');
    expect(key).toMatchObject({ success: false, unexpectedCount: 2, observed: { distinct: 3 }, examples: [{ value: 'xx, 1', line: 2 }, { value: 'xx, 1', line: 4 }] });
  });

  it('lets a unique check with mostly pass when only collisions look repeated', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `v${String(i).padStart(3, '0')}`);
    rows.push('v000');
    const result = await validate(`code\n${rows.join('\n')}\n`, 'columns: {code: {unique: true, mostly: 0.98}}');
    expect(check(result, 'unique', 'code')).toMatchObject({ success: true, unexpectedCount: 2 });
  });
});
