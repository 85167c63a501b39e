import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataFileError, profileData } from '../src/data/index.ts';
import { check, dataFile, tempDir, validate } from './data-helpers.ts';

/** Rows of a CSV as the engine read them: the frequent values of a string column in their first-seen order. */
async function cells(csv: string, column: string, schema = `columns: {${column}: {type: string}}`): Promise<{ rows: number; values: [string | number, number][] }> {
  const result = await validate(csv, schema);
  const profile = result.profile.columns.find((c) => c.name === column);
  return { rows: result.evidence.rows, values: profile?.frequent?.items ?? [] };
}

describe('CSV reader (RFC 4180)', () => {
  it.each([
    ['a quoted field with the delimiter', 'x,y\n"a,b",1\n', 'a,b'],
    ['a doubled quote', 'x,y\n"say ""hi""",1\n', 'say "hi"'],
    ['a line break inside quotes', 'x,y\n"two\nlines",1\n', 'two\nlines'],
    ['CRLF line ends', 'x,y\r\nplain,1\r\n', 'plain'],
    ['a UTF-8 byte order mark', '\ufeffx,y\nbom,1\n', 'bom'],
    ['no line feed at the end', 'x,y\nlast,1', 'last'],
    ['CRLF inside and after quotes', 'x,y\r\n"in\r\nside",1\r\n', 'in\r\nside'],
    ['an empty quoted field is missing', 'x,y\n"",1\nv,2\n', 'v'],
    ['UTF-8 text', 'x,y\nnaïve 日本,1\n', 'naïve 日本'],
  ])('reads %s', async (_, csv, expected) => {
    const { values } = await cells(csv, 'x');
    expect(values.map(([value]) => value)).toEqual([expected]);
  });

  it('skips blank lines and keeps counting lines, so examples point at the real line', async () => {
    const result = await validate('id\n1\n\n\n2\nx\n', 'columns: {id: {type: integer}}');
    expect(result.evidence.rows).toBe(3);
    expect(check(result, 'type', 'id').examples).toEqual([{ value: 'x', line: 6 }]);
  });

  it('names the line a row starts on when an earlier row spans lines', async () => {
    const result = await validate('note,n\n"a\nb\nc",1\nplain,oops\n', 'columns: {n: {type: integer}}');
    expect(check(result, 'type', 'n').examples).toEqual([{ value: 'oops', line: 5 }]);
  });

  it('takes another delimiter from the schema, and tabs for .tsv files', async () => {
    expect((await cells('x;y\n"a;b";1\n', 'x', 'delimiter: ";"\ncolumns: {x: {type: string}}')).values).toEqual([['a;b', 1]]);
    const tsv = dataFile('data.tsv', 'x\ty\n"a\tb"\t1\n');
    expect((await cells(tsv, 'x')).values).toEqual([['a\tb', 1]]);
  });

  it('reads gzip input as a stream', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},"name ${i % 7}"`).join('\n');
    const path = dataFile('data.csv.gz', gzipSync(`id,name\n${rows}\n`));
    const result = await validate(path, 'columns: {id: {type: integer, unique: true}}');
    expect(result.evidence.rows).toBe(5000);
    expect(result.evidence.data?.gzip).toBe(true);
    expect(check(result, 'unique', 'id').success).toBe(true);
  });

  it('reads a file larger than its buffer, with a row across every buffer boundary', async () => {
    const long = 'x'.repeat(3000);
    const rows = Array.from({ length: 2000 }, (_, i) => `${i},"${long} ${i}"`).join('\n');
    const result = await validate(`id,text\n${rows}\n`, 'columns: {id: {type: integer, increasing: strictly}}');
    expect(result.evidence.rows).toBe(2000);
    expect(check(result, 'increasing', 'id').success).toBe(true);
  });
});

describe('JSON Lines and Parquet', () => {
  it('reads JSON Lines with typed values, missing keys as missing values', async () => {
    const path = dataFile('data.jsonl', '{"id": 1, "name": "a", "ok": true}\n{"id": 2, "ok": false}\n\n{"id": "x", "name": "c"}\n');
    const result = await validate(path, 'columns: {id: {type: integer}, name: {type: string, nullable: false}, ok: {type: boolean}}');
    expect(result.evidence.rows).toBe(3);
    expect(check(result, 'type', 'id').examples).toEqual([{ value: 'x', line: 4 }]);
    expect(check(result, 'not-null', 'name').examples).toEqual([{ value: null, line: 2 }]);
    expect(check(result, 'type', 'ok').success).toBe(true);
  });

  it('reports a line that is not JSON as a failed check with its line', async () => {
    const path = dataFile('data.jsonl', '{"id": 1}\n{"id": 2,\n{"id": 3}\n');
    const result = await validate(path);
    expect(check(result, 'json').examples?.[0]?.line).toBe(2);
    expect(result.evidence.rows).toBe(2);
  });

  it('reads a Parquet file written by hyparquet-writer, types from its schema', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: Int32Array.from([1, 2, 3, 3]), type: 'INT32' },
        { name: 'score', data: [0.5, 1.5, Number.NaN, 2], type: 'DOUBLE' },
        { name: 'city', data: ['Berlin', 'Paris', null, 'Paris'], type: 'STRING' },
      ],
    });
    const path = dataFile('data.parquet', new Uint8Array(buffer));
    const result = await validate(path, 'columns: {id: {unique: true}, score: {finite: true}, city: {nullable: false, in: [Berlin, Paris]}}');
    expect(result.evidence.data?.format).toBe('parquet');
    expect(result.evidence.rows).toBe(4);
    expect(check(result, 'unique', 'id')).toMatchObject({ success: false, unexpectedCount: 2, examples: [{ value: 3, line: 3 }, { value: 3, line: 4 }] });
    expect(check(result, 'finite', 'score').examples).toEqual([{ value: 'NaN', line: 3 }]);
    expect(check(result, 'not-null', 'city').examples).toEqual([{ value: null, line: 3 }]);
    expect(result.profile.columns.map((c) => c.type)).toEqual(['integer', 'number', 'string']);
  });
});

describe('bad input: reported with file and line, never a crash', () => {
  it.each([
    ['ragged rows', 'a,b\n1,2\n3\n4,5,6\n', 'row-width', [3, 4]],
    ['an unterminated quote', 'a,b\n1,2\n"open,3\n4,5\n', 'quotes', [3]],
  ])('%s are a failed check naming the lines', async (_, csv, type, lines) => {
    const result = await validate(csv);
    const found = check(result, type);
    expect(found.success).toBe(false);
    expect(found.examples?.map((example) => example.line)).toEqual(lines);
    expect(result.evidence.success).toBe(false);
  });

  it('invalid UTF-8 is a failed check naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,ok\n2,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n3,fine\n')]);
    const result = await validate(dataFile('data.csv', bytes));
    expect(check(result, 'utf8').examples?.map((example) => example.line)).toEqual([3]);
    expect(result.evidence.rows).toBe(3);
  });

  it('an empty file cannot be read at all: DataFileError (exit 2) naming the file', async () => {
    await expect(validate(dataFile('empty.csv', ''))).rejects.toThrow(DataFileError);
    await expect(validate(dataFile('empty.csv', '\n\n'))).rejects.toThrow(/empty\.csv: the file is empty; a CSV file needs a header row/);
  });

  it('a header-only file fails the row count at the header line', async () => {
    const result = await validate('a,b\n');
    expect(check(result, 'rows')).toMatchObject({ success: false, observed: 0, line: 1 });
  });

  it('a schema column the data lacks fails column-exists at the header, and its checks are not run', async () => {
    const result = await validate('a,b\n1,2\n', 'columns: {c: {type: integer, min: 0}}');
    expect(check(result, 'column-exists', 'c')).toMatchObject({ success: false, line: 1 });
    expect(result.evidence.checks.filter((c) => c.column === 'c')).toHaveLength(1);
  });

  it('a type mismatch is a failed type check with the values and their lines', async () => {
    const result = await validate('n\n1\n2.5\nabc\n\n4\n', 'columns: {n: {type: integer}}');
    expect(check(result, 'type', 'n')).toMatchObject({ success: false, unexpectedCount: 2, examples: [{ value: '2.5', line: 3 }, { value: 'abc', line: 4 }] });
  });

  it('a missing file and a bad gzip file are DataFileErrors naming the file', async () => {
    await expect(validate(join(tempDir(), 'nope.csv'))).rejects.toThrow(/nope\.csv: cannot read the data file \(no such file\)/);
    await expect(validate(dataFile('bad.csv.gz', 'not gzip at all'))).rejects.toThrow(/not a valid gzip file/);
  });
});

describe('worker threads', () => {
  it('splitting the file at record boundaries gives the single-thread result', async () => {
    const dir = tempDir();
    const rows: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Quoted line breaks everywhere, so some cut lands inside one and must be caught.
      const note = i % 3 === 0 ? `"line one\nline two, ${i % 11}"` : `plain ${i % 13}`;
      rows.push(`${i % 9_000},${(i * 7919) % 1000},${note},${i % 5 === 0 ? '' : (i % 97) / 7}`);
    }
    const path = join(dir, 'split.csv');
    writeFileSync(path, `id,value,note,score\n${rows.join('\n')}\n`);
    const schema = `columns:
  id: {type: integer, unique: true}
  value: {type: integer, min: 1, max: 998}
  note: {type: string, in: ['plain 1', 'plain 2']}
  score: {type: number, nullable: false, mean: {min: 0, max: 10}}
table:
  unique: [[id, value]]
`;
    const single = await validate(path, schema, { threads: 1 });
    for (const threads of [2, 3]) {
      const split = await validate(path, schema, { threads, forceSplit: true });
      expect(split.evidence.timings?.threads).toBeGreaterThan(1);
      expect(split.evidence.rows).toBe(single.evidence.rows);
      // Uniqueness examples too: the first repeated rows in file order, whichever thread read them.
      const strip = (checks: typeof single.evidence.checks) => checks.map((c) => ({ ...c, observed: JSON.stringify(c.observed, (_, v: unknown) => (typeof v === 'number' ? +v.toPrecision(10) : v)) }));
      expect(strip(split.evidence.checks)).toEqual(strip(single.evidence.checks));
      const ids = new Map<number, number>();
      rows.forEach((row, i) => ids.set(Number(row.split(',')[0]), (ids.get(Number(row.split(',')[0])) ?? 0) + 1 + 0 * i));
      for (const example of check(split, 'unique', 'id').examples ?? []) expect(ids.get(example.value as number)).toBeGreaterThan(1);
      const exact = (p: typeof single.profile) => p.columns.map((c) => [c.name, c.count, c.nulls, c.invalid, c.numeric?.count, c.numeric?.min, c.numeric?.max, c.numeric?.sum.toPrecision(12)]);
      expect(exact(split.profile)).toEqual(exact(single.profile));
    }
  });

  it('profiles without a schema sniff the types', async () => {
    const path = dataFile('types.csv', 'i,f,b,d,t,s\n1,1.5,true,2024-01-02,2024-01-02T03:04:05Z,x\n2,,false,2024-02-29,2024-01-02 03:04,y\n');
    const profile = await profileData({ path }, { git: null, threads: 1 });
    expect(profile.columns.map((c) => c.type)).toEqual(['integer', 'number', 'boolean', 'date', 'datetime', 'string']);
  });
});
