/** Exact key counts in bounded memory: spilled runs, counting by page groups, confirming text keys. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ChangedFileError, KeyConfirmer, settleKeys, showTuple, tupleBytes } from '../src/data/key-confirm.ts';
import { buildPlan } from '../src/data/plan.ts';
import { parseDataSchema } from '../src/data/schema.ts';
import { TableAccumulator } from '../src/data/table.ts';
import { hashed, hashNumber, unhashNumber } from '../src/data/sketch/hash.ts';
import { KeyCounter, KeyCountPass } from '../src/data/sketch/key-counter.ts';
import { check, dataFile, tempDir, validate } from './data-helpers.ts';

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** What a count must find, from the values themselves: distinct values, repeated rows, their first 20 lines. */
function truth(rows: { value: number; line: number }[]): { distinct: number; duplicateRows: number; first: [number, number][] } {
  const counts = new Map<number, number>();
  for (const { value } of rows) counts.set(value, (counts.get(value) ?? 0) + 1);
  const repeated = rows.filter(({ value }) => (counts.get(value) as number) > 1);
  return {
    distinct: counts.size,
    duplicateRows: repeated.length,
    first: repeated
      .map(({ value, line }): [number, number] => [line, value])
      .sort((a, b) => a[0] - b[0])
      .slice(0, 20),
  };
}

describe('KeyCounter and KeyCountPass', () => {
  it.each([0, 1, -1, 0.1, -2.5e-310, 1e300, Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY, 19_782, 1.7e12])('reads the number back from the key of %d', (value) => {
    hashNumber(value);
    expect(unhashNumber(hashed.h1, hashed.h2)).toBe(value);
  });

  it.each([
    ['in memory, one part', 1, 30, 3000],
    ['spilling runs, one part', 1, 10, 20_000],
    ['spilling runs, three parts merged', 3, 10, 20_000],
    ['growing without a file, three parts', 3, 30, 20_000],
  ] as const)('counts exactly %s', (_, parts, maxBits, rows) => {
    const dir = tempDir();
    const next = random(parts * 7 + maxBits);
    const all: { value: number; line: number }[] = [];
    const counters: KeyCounter[] = [];
    let lineOffset = 0;
    for (let p = 0; p < parts; p++) {
      // Each part numbers its lines from 1; the merge shifts them.
      const counter = new KeyCounter({ maxBits, spillPath: maxBits === 30 ? null : join(dir, `p${p}.keys`) });
      const lines = Math.floor(rows / parts);
      for (let line = 1; line <= lines; line++) {
        // Mostly unique ids, a few repeated within a part and across parts.
        const value = next() < 0.995 ? p * 1e6 + line : Math.floor(next() * 300);
        hashNumber(value);
        counter.add(hashed.h1, hashed.h2, line);
        all.push({ value, line: line + lineOffset });
      }
      counter.finishPass(p > 0);
      counters.push(counter);
      lineOffset += lines;
    }
    if (maxBits === 10) expect(counters.every((counter) => counter.runs.length > 1)).toBe(true);
    const [first, ...rest] = counters as [KeyCounter, ...KeyCounter[]];
    let offset = Math.floor(rows / parts);
    for (const counter of rest) {
      first.merge(counter, offset);
      offset += Math.floor(rows / parts);
    }
    const pass = new KeyCountPass(first).run();
    const expected = truth(all);
    expect(pass.distinct).toBe(expected.distinct);
    expect(pass.duplicateRows).toBe(expected.duplicateRows);
    expect(pass.firstLines.lines.map(({ line, h1, h2 }) => [line, unhashNumber(h1, h2)])).toEqual(expected.first);
  });

  it('keeps every key when all of them crowd one page (probing past the end of the table)', () => {
    const counter = new KeyCounter({ maxBits: 10, spillPath: join(tempDir(), 'k.keys') });
    // Top bits all ones: every key's home is the last slots of the table.
    for (let i = 0; i < 5000; i++) counter.add(-1 - (i % 2500), i, i + 1);
    counter.finishPass(false);
    const pass = new KeyCountPass(counter).run();
    expect(pass.distinct).toBe(5000);
    expect(pass.duplicateRows).toBe(0);
  });
});

describe('KeyConfirmer', () => {
  it('splits a key shared by two texts into two values and counts only rows of repeated text', () => {
    const bytes = (text: string) => Buffer.from(text);
    const confirmer = new KeyConfirmer(Int32Array.from([1, 2, 3, 4]));
    const offer = (h1: number, h2: number, text: string, line: number) => confirmer.offer(h1, h2, bytes(text), 0, bytes(text).length, line);
    offer(1, 2, 'apple', 2);
    offer(1, 2, 'pear', 3); // same key, other text: a collision, seen once
    offer(9, 9, 'not wanted', 4);
    offer(1, 2, 'apple', 5);
    offer(3, 4, 'fig', 6);
    offer(3, 4, 'fig', 7);
    expect(confirmer.seen).toBe(5);
    expect(confirmer.result()).toEqual({
      duplicateRows: 4,
      extraDistinct: 1,
      examples: [
        { value: 'apple', line: 2 },
        { value: 'apple', line: 5 },
        { value: 'fig', line: 6 },
        { value: 'fig', line: 7 },
      ],
    });
  });

  it('shows a compound key as its cells joined', () => {
    const tuple = tupleBytes([Buffer.from('1'), Buffer.from('x, y'), Buffer.from('')]);
    expect(showTuple(tuple, 0, tuple.length)).toBe('1, x, y, ');
  });
});

describe('settleKeys', () => {
  it('confirms repeated text keys a batch at a time, reading the file once per batch', async () => {
    const plan = buildPlan({ names: ['code'], sample: [], schema: parseDataSchema('columns: {code: {type: string, unique: true}}', 's.yml') });
    // 5,000 texts twice each: more than the frequent-values table holds, so each needs confirming.
    const records = Array.from({ length: 10_000 }, (_, i) => [`t${i % 5000}`]);
    const table = new TableAccumulator(plan, 0, { dir: tempDir(), tag: 'm', memory: 16 << 10 });
    records.forEach((record, i) => table.addRecord(record, i + 1));
    table.finishPass(false);
    let readings = 0;
    await settleKeys(
      table,
      async (columns, compound) => {
        readings++;
        const again = TableAccumulator.confirming(plan, columns, compound);
        records.forEach((record, i) => again.addRecord(record, i + 1));
      },
      512,
    );
    // Each reading holds at most a round's keys and one more group of them: 5,000 keys in 5 to 10 readings.
    expect(readings).toBeGreaterThanOrEqual(5);
    expect(readings).toBeLessThanOrEqual(10);
    expect(table.columns[0]?.keyCount).toMatchObject({ distinct: 5000, duplicateRows: 10_000, overflowed: false });
    expect(table.columns[0]?.keyCount?.examples.slice(0, 3)).toEqual([
      { value: 't0', line: 1 },
      { value: 't1', line: 2 },
      { value: 't2', line: 3 },
    ]);
  });

  it('fails when the file read again holds other rows', async () => {
    const plan = buildPlan({ names: ['code'], sample: [], schema: parseDataSchema('columns: {code: {type: string, unique: true}}', 's.yml') });
    const table = new TableAccumulator(plan);
    for (let i = 0; i < 3000; i++) table.addRecord([`t${i % 2000}`], i + 1);
    table.finishPass(false);
    const changed = settleKeys(table, async (columns, compound) => TableAccumulator.confirming(plan, columns, compound).addRecord(['t1'], 1), 1 << 17);
    await expect(changed).rejects.toThrow(ChangedFileError);
  });
});

describe('exact checks in bounded memory', () => {
  /** 20,000 rows: integer ids, text codes and a compound key, with repeats spread over the file. */
  function file(): string {
    const next = random(5);
    const rows: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const id = next() < 0.002 ? Math.floor(next() * 20_000) : i;
      const code = next() < 0.002 ? `c-${Math.floor(next() * 20_000)}` : `c-${i}`;
      rows.push(`${id},${code},"${i % 3 === 0 ? 'say ""x""' : 'plain'}",${i % 4}`);
    }
    return `id,code,note,group\n${rows.join('\n')}\n`;
  }
  const schema = `columns:
  id: {type: integer, unique: true}
  code: {type: string, unique: true, distinct: {min: 1}}
  note: {type: string, distinct: {max: 2}}
table:
  unique: [[id, group]]
`;

  it('gives the same counts and the same first examples with tiny memory, split over threads, as in one piece', async () => {
    const path = dataFile('keys.csv', file());
    const whole = await validate(path, schema);
    const ids = new Map<number, number>();
    for (const line of file().split('\n').slice(1, -1)) ids.set(Number(line.split(',')[0]), (ids.get(Number(line.split(',')[0])) ?? 0) + 1);
    const repeated = [...ids.values()].filter((count) => count > 1).reduce((a, b) => a + b, 0);
    expect(check(whole, 'unique', 'id')).toMatchObject({ success: false, unexpectedCount: repeated });
    expect(check(whole, 'unique', 'id').examples).toHaveLength(20);
    for (const example of check(whole, 'unique', 'id').examples ?? []) expect(ids.get(example.value as number)).toBeGreaterThan(1);
    expect(check(whole, 'distinct', 'note')).toMatchObject({ success: true, observed: 2 });
    for (const options of [{ keyMemory: 16 << 10 }, { keyMemory: 16 << 10, threads: 3, forceSplit: true }, { threads: 2, forceSplit: true }]) {
      const other = await validate(path, schema, options);
      const keyed = (result: typeof whole) => result.evidence.checks.filter((c) => ['unique', 'distinct', 'compound-unique'].includes(c.type));
      expect(keyed(other)).toEqual(keyed(whole));
      expect(other.profile.columns.map((c) => c.distinct)).toEqual(whole.profile.columns.map((c) => c.distinct));
    }
  });

  it('names the first rows of repeated values in file order, the first occurrence included', async () => {
    const result = await validate('id,code\n1,a\n2,b\n3,c\n2,d\n4,b\n1,e\n', 'columns: {id: {type: integer, unique: true}, code: {unique: true}}');
    expect(check(result, 'unique', 'id').examples).toEqual([
      { value: 1, line: 2 },
      { value: 2, line: 3 },
      { value: 2, line: 5 },
      { value: 1, line: 7 },
    ]);
    expect(check(result, 'unique', 'code').examples).toEqual([
      { value: 'b', line: 3 },
      { value: 'b', line: 6 },
    ]);
  });

  it.each([
    ['JSON Lines', 'data.jsonl', (codes: string[]) => codes.map((code, i) => JSON.stringify({ i, code })).join('\n')],
    ['gzip CSV', 'data.csv.gz', (codes: string[]) => gzipSync(`i,code\n${codes.map((code, i) => `${i},${code}`).join('\n')}\n`)],
  ] as const)('confirms text keys by reading %s again', async (_, name, write) => {
    // More than 1024 distinct texts, so their frequent-values table cannot vouch for them: a second reading.
    const codes = Array.from({ length: 3000 }, (_, i) => `code-${i === 2999 ? 7 : i}`);
    const path = dataFile(name, write(codes));
    const result = await validate(path, 'columns: {code: {type: string, unique: true}}');
    expect(check(result, 'unique', 'code')).toMatchObject({ success: false, unexpectedCount: 2, examples: [{ value: 'code-7', line: name.endsWith('jsonl') ? 8 : 9 }, { value: 'code-7', line: name.endsWith('jsonl') ? 3000 : 3001 }] });
  });

  it('confirms text keys of a Parquet file by reading it again', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const codes = Array.from({ length: 3000 }, (_, i) => `code-${i === 2999 ? 7 : i}`);
    const path = dataFile('data.parquet', new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'code', data: codes, type: 'STRING' }] })));
    const result = await validate(path, 'columns: {code: {unique: true, distinct: {min: 2999, max: 2999}}}');
    expect(check(result, 'unique', 'code')).toMatchObject({ success: false, unexpectedCount: 2, examples: [{ value: 'code-7', line: 8 }, { value: 'code-7', line: 3000 }] });
    expect(check(result, 'distinct', 'code')).toMatchObject({ success: true, observed: 2999 });
  });

  it('confirms many repeated texts a batch at a time, each batch one more reading', async () => {
    // 10,000 texts twice each; 16 KiB of key memory confirms about 1024 keys per reading.
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},t${i % 10_000}`).join('\n');
    const result = await validate(`id,code\n${rows}\n`, 'columns: {id: {unique: true}, code: {unique: true, distinct: {max: 10000}}}', { keyMemory: 16 << 10, threads: 2, forceSplit: true });
    expect(check(result, 'unique', 'id')).toMatchObject({ success: true, unexpectedCount: 0, observed: { distinct: 20_000, duplicatedRows: 0 } });
    expect(check(result, 'unique', 'code')).toMatchObject({ success: false, unexpectedCount: 20_000, observed: { distinct: 10_000, duplicatedRows: 20_000 } });
    expect(check(result, 'unique', 'code').examples?.slice(0, 2)).toEqual([
      { value: 't0', line: 2 },
      { value: 't1', line: 3 },
    ]);
    expect(check(result, 'distinct', 'code')).toMatchObject({ success: true, observed: 10_000 });
  });

  it('leaves no temporary files behind', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},k${i}`).join('\n');
    await validate(`id,code\n${rows}\n`, 'columns: {id: {unique: true}, code: {unique: true}}', { keyMemory: 16 << 10, tempDir: dir });
    expect(readdirSync(dir)).toEqual([]);
  });
});
