/** CSV as other programs write it: comment lines, title lines, short rows; and --infer finding what a file needs. */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.ts';
import { inferSchema, parseDataSchema } from '../src/data/index.ts';
import { detectDialect } from '../src/data/dialect.ts';
import { check, dataFile, validate } from './data-helpers.ts';

/** As matplotlib's sample data writes it: a comment before the header. */
const STOCKS = `# Data source: https://finance.yahoo.com
Date,IBM,AAPL
1990-01-01,10.97,0.24
1990-02-01,11.55,0.24
`;

/** As distro-info writes it: rows leave their trailing empty fields out. */
const RELEASES = `version,codename,series,created,release,eol,eol-lts
1.1,Buzz,buzz,1993-08-16,1996-06-17,1997-06-05
10,Buster,buster,2017-06-17,2019-07-06,2022-09-10,2024-06-30
11,Bullseye,bullseye,2019-07-06,2021-08-14
`;

async function inferred(path: string) {
  const { yaml } = await inferSchema({ path, label: 'data.csv' }, { git: null, threads: 1 });
  return { yaml, schema: parseDataSchema(yaml, 'inferred.yml') };
}

describe('the strict reading stays the default', () => {
  it('reads a comment line before the header as the header, and every row fails row-width', async () => {
    const result = await validate(STOCKS);
    expect(check(result, 'row-width')).toMatchObject({ success: false, unexpectedCount: 3, examples: [{ line: 2, value: '3 fields, the header has 1' }, { line: 3 }, { line: 4 }] });
  });

  it('fails short rows', async () => {
    const result = await validate(RELEASES);
    expect(check(result, 'row-width')).toMatchObject({ success: false, unexpectedCount: 2, examples: [{ line: 2 }, { line: 4 }] });
  });
});

describe('the schema names the dialect', () => {
  it('comment: skips # lines before the header and among the rows, keeping line numbers', async () => {
    const text = `${STOCKS}# a break in the series, "quoted", with commas
1990-03-01,bad,0.25
`;
    const result = await validate(text, 'comment: "#"\ncolumns:\n  IBM: {type: number}\n');
    expect(result.evidence.checks.filter((c) => !c.success).map((c) => c.type)).toEqual(['type']);
    expect(result.evidence.rows).toBe(3);
    expect(check(result, 'type', 'IBM')).toMatchObject({ success: false, examples: [{ value: 'bad', line: 6 }] });
  });

  it('skip-rows: a title line before the header; missing columns name the header line', async () => {
    const result = await validate('Quarterly results, 2024\n\nregion,q1\nEU,1\nUS,2\n', 'skip-rows: 1\ncolumns:\n  q2: {type: integer}\n');
    expect(result.evidence.data?.columns).toEqual(['region', 'q1']);
    expect(result.evidence.checks.filter((c) => !c.success).map((c) => c.type)).toEqual(['column-exists']);
    expect(check(result, 'column-exists', 'q2')).toMatchObject({ success: false, line: 3 });
  });

  it('short-rows: missing reads the left-out fields as missing values; longer rows still fail', async () => {
    const schema = 'short-rows: missing\ncolumns:\n  eol-lts: {not-null: true}\n';
    const result = await validate(`${RELEASES}12,Bookworm,bookworm,2021,2023,2026,2028,extra\n`, schema);
    expect(check(result, 'row-width')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ line: 5 }] });
    expect(check(result, 'not-null', 'eol-lts')).toMatchObject({ success: false, unexpectedCount: 2 });
  });

  it('holds across worker threads and inside gzip', async () => {
    const kinds = Array.from({ length: 30_000 }, (_, i) => (i % 1000 === 0 ? 'comment' : i % 7 === 0 ? 'short' : 'full'));
    const rows = kinds.map((kind, i) => (kind === 'comment' ? `# checkpoint ${i}` : kind === 'short' ? `${i},a` : `${i},a,${i * 2}`)).join('\n');
    const short = kinds.filter((kind) => kind === 'short').length;
    const text = `exported by a tool\nid,name,value\n${rows}\n`;
    const schema = 'comment: "#"\nskip-rows: 1\nshort-rows: missing\ncolumns:\n  id: {type: integer, unique: true}\n  value: {type: integer, not-null: {mostly: 0.5}}\n';
    for (const [path, options] of [
      [dataFile('data.csv', text), { threads: 2, forceSplit: true }],
      [dataFile('data.csv.gz', gzipSync(text)), {}],
    ] as const) {
      const result = await validate(path, schema, options);
      expect(result.evidence.rows).toBe(29_970);
      expect(result.evidence.success).toBe(true);
      expect(check(result, 'not-null', 'value')).toMatchObject({ success: true, missingCount: short });
    }
  });

  it.each([
    ['comment: "##"\n', /schema\.yml:1: comment: must be one character, like "#"/],
    ['comment: ","\n', /schema\.yml:1: comment: cannot be the delimiter/],
    ['skip-rows: -1\n', /schema\.yml:1: skip-rows/],
    ['short-rows: null-ish\n', /schema\.yml:1: short-rows: must be fail .* or missing/],
  ])('%j is refused with the path', (text, message) => {
    expect(() => parseDataSchema(text, 'schema.yml')).toThrow(ConfigError);
    expect(() => parseDataSchema(text, 'schema.yml')).toThrow(message);
  });
});

describe('--infer writes what the file needs, so its schema accepts the file', () => {
  it.each([
    ['a comment before the header', STOCKS, { comment: '#' }],
    ['a title line', 'Results of run 7\nmodel,acc\na,0.9\nb,0.8\n', { 'skip-rows': 1 }],
    ['short rows', RELEASES, { 'short-rows': 'missing' }],
    ['comments among the rows', 'id,v\n1,2\n# resumed\n3,4\n', { comment: '#' }],
    ['all three', `# exported\nTitle\nid,a,b\n1,2,3\n# note\n4,5\n`, { comment: '#', 'skip-rows': 2, 'short-rows': 'missing' }],
  ])('%s', async (_name, text, expected) => {
    const path = dataFile('data.csv', text);
    const { yaml, schema } = await inferred(path);
    expect({ comment: schema.comment, 'skip-rows': schema['skip-rows'], 'short-rows': schema['short-rows'] }).toEqual({ comment: undefined, 'skip-rows': undefined, 'short-rows': undefined, ...expected });
    expect(yaml).toMatch(/^# (comment|skip-rows|short-rows): /m);
    const result = await validate(path, yaml);
    expect(result.evidence.checks.filter((c) => !c.success)).toEqual([]);
  });

  it('leaves a plain file strict, and a # value in the first column is data', async () => {
    const path = dataFile('data.csv', 'color,name\n#ff0000,red\n#00ff00,green\n');
    const { schema } = await inferred(path);
    expect(schema.comment).toBeUndefined();
    expect(schema['skip-rows']).toBeUndefined();
    expect(schema['short-rows']).toBeUndefined();
  });

  it('says when rows are wider than the header, which no dialect fixes', async () => {
    const { yaml } = await inferred(dataFile('data.csv', 'a,b\n1,2\n3,4,5\n'));
    expect(yaml).toMatch(/# 1 row\(s\) have more fields than the header \(line 3\): the file itself needs fixing/);
  });

  it('detects from the start of the text only what it can see', () => {
    expect(detectDialect('a,b\n1,2\n', ',', true)).toEqual({});
    expect(detectDialect('\uFEFF# c\na,b\n', ',', true)).toEqual({ comment: '#' });
    expect(detectDialect('one\ntwo\nthree\n', ',', true)).toEqual({});
  });

  const debian = ['/usr/share/distro-info/debian.csv', '/usr/share/distro-info/ubuntu.csv', '/usr/share/matplotlib/mpl-data/sample_data/Stocks.csv'].filter((path) => existsSync(path));
  it.skipIf(debian.length === 0)('holds on the CSV files Debian packages ship (distro-info, matplotlib), where installed', async () => {
    for (const path of debian) {
      const { yaml } = await inferred(path);
      const result = await validate(path, yaml);
      expect(result.evidence.checks.filter((c) => !c.success), path).toEqual([]);
    }
  });
});
