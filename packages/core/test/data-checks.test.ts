import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.ts';
import { compileDateFormat, parseDataSchema } from '../src/data/index.ts';
import { parseTypedText } from '../src/data/values.ts';
import { ValidationEvidenceSchema } from '../src/evidence/validation.ts';
import { check, validate } from './data-helpers.ts';

/** 10 rows: line 2 holds row 1. */
const CSV = `id,age,country,email,score,day,code,seq
1,34,US,a@x.io,0.5,2024-01-01,A-1,1
2,40,DE,b@x.io,1.5,2024-01-02,B-22,2
3,,FR,c@x.io,2.5,2024-01-03,C-3,3
3,130,XX,not an email,NaN,2024-13-01,D-4,2
5,22,US,e@x.io,inf,01/02/2024,E-5,5
6,58,DE,f@x.io,3.5,2024-01-06,F-6,6
7,61,US,g@x.io,4.5,2024-01-07,G-7,7
8,19,FR,h@x.io,5.5,2024-01-08,H-8,8
9,45,US,i@x.io,6.5,2024-01-09,I-9,9
10,33,DE,j@x.io,7.5,2024-01-10,J-10,10
`;

describe('the minimal schema of the issue', () => {
  it('runs every check and reports each with Great Expectations fields', async () => {
    const result = await validate(
      CSV,
      `columns:
  id: {type: integer, unique: true, nullable: false}
  age: {type: integer, nullable: false, min: 0, max: 120}
  country: {type: string, in: [US, DE, FR]}
  email: {type: string, regex: '^[^@\\s]+@[^@\\s]+$'}
table:
  rows: {min: 10}
`,
    );
    const unique = check(result, 'unique', 'id');
    // Great Expectations counts every row of a repeated value: one duplicated pair is 2.
    expect(unique).toMatchObject({ success: false, elementCount: 10, missingCount: 0, unexpectedCount: 2, unexpectedPercent: 20, examples: [{ value: 3, line: 4 }, { value: 3, line: 5 }] });
    expect(check(result, 'not-null', 'age')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ value: null, line: 4 }] });
    expect(check(result, 'between', 'age')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ value: 130, line: 5 }], observed: { min: 19, max: 130 } });
    // Unexpected percent is of the non-missing values, as Great Expectations reports it.
    expect(check(result, 'between', 'age').unexpectedPercent).toBeCloseTo(100 / 9, 10);
    expect(check(result, 'in', 'country')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ value: 'XX', line: 5 }] });
    expect(check(result, 'regex', 'email')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ value: 'not an email', line: 5 }] });
    expect(check(result, 'rows')).toMatchObject({ success: true, observed: 10 });
    expect(result.evidence.success).toBe(false);
    expect(() => ValidationEvidenceSchema.parse(JSON.parse(JSON.stringify(result.evidence)))).not.toThrow();
  });
});

type Case = [string, string, string, string | undefined, Record<string, unknown>];

describe('column checks', () => {
  it.each<Case>([
    ['type integer', 'age: {type: integer}', 'type', 'age', { success: true, unexpectedCount: 0 }],
    ['type date', 'day: {type: date}', 'type', 'day', { success: false, unexpectedCount: 2, examples: [{ value: '2024-13-01', line: 5 }, { value: '01/02/2024', line: 6 }] }],
    ['date format', "day: {type: string, format: '%Y-%m-%d'}", 'format', 'day', { success: false, unexpectedCount: 2 }],
    ['date format, another pattern', "day: {type: string, format: '%m/%d/%Y'}", 'format', 'day', { success: false, unexpectedCount: 9 }],
    ['not-null with mostly', 'age: {not-null: {mostly: 0.9}}', 'not-null', 'age', { success: true, unexpectedCount: 1, mostly: 0.9 }],
    ['not-null strict', 'age: {not-null: true}', 'not-null', 'age', { success: false, unexpectedCount: 1 }],
    ['between with mostly', 'age: {type: integer, min: 18, max: 100, mostly: 0.85}', 'between', 'age', { success: true, unexpectedCount: 1 }],
    ['not in set', 'country: {not-in: [XX, YY]}', 'not-in', 'country', { success: false, unexpectedCount: 1, examples: [{ value: 'XX', line: 5 }] }],
    ['in set of numbers', 'seq: {type: integer, in: [1, 2, 3, 5, 6, 7, 8, 9, 10]}', 'in', 'seq', { success: true }],
    ['string length', 'code: {length: {min: 3, max: 3}}', 'length', 'code', { success: false, unexpectedCount: 2, examples: [{ value: 'B-22', line: 3 }, { value: 'J-10', line: 11 }] }],
    ['distinct count', 'country: {distinct: {min: 3, max: 3}}', 'distinct', 'country', { success: false, observed: 4 }],
    ['unique passes', 'seq: {unique: false}\n  email: {unique: true}', 'unique', 'email', { success: true, unexpectedCount: 0 }],
    ['no NaN or Infinity', 'score: {type: number, finite: true}', 'finite', 'score', { success: false, unexpectedCount: 2, examples: [{ value: 'NaN', line: 5 }, { value: 'Infinity', line: 6 }] }],
    ['increasing', 'seq: {type: integer, increasing: true}', 'increasing', 'seq', { success: false, unexpectedCount: 1, examples: [{ value: 2, line: 5 }] }],
    ['strictly increasing', 'id: {type: integer, increasing: strictly}', 'increasing', 'id', { success: false, unexpectedCount: 1, examples: [{ value: 3, line: 5 }] }],
    ['decreasing', 'seq: {type: integer, decreasing: true}', 'decreasing', 'seq', { success: false, unexpectedCount: 8 }],
    ['mean', 'age: {type: integer, mean: {min: 40, max: 50}}', 'mean', 'age', { success: true, observed: 442 / 9 }],
    ['median (exact below 1000 values)', 'age: {type: integer, median: {min: 40, max: 40}}', 'median', 'age', { success: true, observed: 40 }],
    ['std', 'age: {type: integer, std: {max: 10}}', 'std', 'age', { success: false }],
    ['quantile', "age: {type: integer, quantiles: {'0.25': {min: 30, max: 35}}}", 'quantile', 'age', { success: true, observed: 33 }],
    ['column min', 'age: {type: integer, column-min: {min: 18}}', 'column-min', 'age', { success: true, observed: 19 }],
    ['column max', 'age: {type: integer, column-max: {max: 120}}', 'column-max', 'age', { success: false, observed: 130 }],
    ['sum', 'seq: {type: integer, sum: {min: 53, max: 53}}', 'sum', 'seq', { success: true, observed: 53 }],
    ['date bounds per value', "day: {type: date, min: '2024-01-02'}", 'between', 'day', { success: false, unexpectedCount: 1, examples: [{ value: '2024-01-01', line: 2 }] }],
  ])('%s', async (_, columns, type, column, expected) => {
    const result = await validate(CSV, `columns:\n  ${columns}\n`);
    expect(check(result, type, column)).toMatchObject(expected);
  });

  it('every check runs even when earlier ones fail (collect all)', async () => {
    const result = await validate(CSV, 'columns:\n  id: {unique: true}\n  age: {min: 0, max: 100, not-null: true}\n  country: {in: [US]}\ntable: {rows: {min: 100}}\n');
    expect(result.evidence.checks.filter((c) => !c.success).map((c) => c.type)).toEqual(['rows', 'unique', 'not-null', 'between', 'in']);
  });

  it('keeps at most 20 examples, in file order, while counting all', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i % 2 === 0 ? 'bad' : 'ok'}`).join('\n');
    const result = await validate(`v\n${rows}\n`, 'columns: {v: {in: [ok]}}');
    const found = check(result, 'in', 'v');
    expect(found.unexpectedCount).toBe(25);
    expect(found.examples).toHaveLength(20);
    expect(found.examples?.[0]).toEqual({ value: 'bad', line: 2 });
    expect(found.examples?.[19]?.line).toBe(40);
  });
});

describe('table checks', () => {
  it.each([
    ['exact', 'a: {}\n  b: {}', true],
    ['exact', 'a: {}', false],
    ['subset', 'a: {}', true],
    ['subset', 'a: {}\n  z: {}', false],
    ['ordered', 'a: {}\n  b: {}', true],
    ['ordered', 'b: {}\n  a: {}', false],
  ])('column set %s with %j: %s', async (match, columns, success) => {
    const result = await validate('a,b\n1,2\n', `columns:\n  ${columns}\ntable: {columns: ${match}}\n`);
    expect(check(result, 'columns').success).toBe(success);
  });

  it('row count between', async () => {
    expect(check(await validate(CSV, 'table: {rows: {min: 1, max: 5}}'), 'rows')).toMatchObject({ success: false, observed: 10 });
  });

  it('compound keys count every row of a repeated combination', async () => {
    const result = await validate('a,b,c\n1,x,1\n1,y,2\n1,x,3\n2,x,4\n', 'table: {unique: [[a, b], [a, c]]}');
    const [ab, ac] = result.evidence.checks.filter((c) => c.type === 'compound-unique');
    expect(ab).toMatchObject({ columns: ['a', 'b'], success: false, unexpectedCount: 2, examples: [{ value: '1, x', line: 2 }, { value: '1, x', line: 4 }] });
    expect(ac).toMatchObject({ success: true, unexpectedCount: 0 });
  });

  it('fails uniqueness with the reason past the distinct-value limit, never a silent pass', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => i).join('\n');
    const result = await validate(`id\n${rows}\n`, 'columns: {id: {unique: true}}\nlimits: {max-distinct: 50}');
    expect(check(result, 'unique', 'id')).toMatchObject({ success: false, reason: expect.stringMatching(/could not check exactly: more than 50 distinct values/) });
  });
});

describe('schema file errors name the YAML path and line', () => {
  it.each([
    ['columns:\n  age: {type: int}\n', /schema\.yml:2: columns\.age\.type: must be one of integer, number/],
    ['columns:\n  age:\n    min: abc\n', /schema\.yml:3: columns\.age\.min: "abc" is not a number bound/],
    ['columns:\n  email: {regex: "(unclosed"}\n', /schema\.yml:2: columns\.email\.regex: is not a valid regular expression/],
    ['columns:\n  d: {type: date, min: 5}\n', /columns\.d\.min: 5 is not a date bound/],
    ['columns:\n  s: {type: string, mean: {min: 1}}\n', /columns\.s\.mean: needs a numeric, date or datetime column/],
    ['columns:\n  a: {unkown: 1}\n', /schema\.yml:2: columns\.a: Unrecognized key: "unkown"/],
    ['columns:\n  a: {not-null: {mostly: 1.5}}\n', /columns\.a\.not-null.*share up to 1/],
    ['columns:\n  d: {format: "%Q"}\n', /columns\.d\.format: unsupported directive %Q/],
    ['table:\n  rows: {min: -1}\n', /table\.rows\.min/],
    ['drift: {method: magic}\n', /drift\.method/],
    ['columns: [\n', /schema\.yml:\d+: [\s\S]*Fix the YAML syntax/],
  ])('%j', (text, message) => {
    expect(() => parseDataSchema(text, 'schema.yml')).toThrow(ConfigError);
    expect(() => parseDataSchema(text, 'schema.yml')).toThrow(message);
  });
});

describe('type parsing rules (README.md)', () => {
  it.each([
    ['integer', '42', 42],
    ['integer', ' -7 ', -7],
    ['integer', '+3', 3],
    ['integer', '1.0', Number.NaN],
    ['integer', '1e3', Number.NaN],
    ['integer', '', Number.NaN],
    ['number', '1.5e3', 1500],
    ['number', '.5', 0.5],
    ['number', '1.', 1],
    ['number', '-0.1', -0.1],
    ['number', '0.1', 0.1],
    ['number', '123456789012345678901', 1.2345678901234568e20],
    ['number', 'inf', Number.POSITIVE_INFINITY],
    ['number', '-Infinity', Number.NEGATIVE_INFINITY],
    ['number', '1,5', Number.NaN],
    ['number', '0x10', Number.NaN],
    ['boolean', 'TRUE', 1],
    ['boolean', 'false', 0],
    ['boolean', '0', 0],
    ['boolean', 'yes', Number.NaN],
    ['date', '2024-02-29', 19782],
    ['date', '2023-02-29', Number.NaN],
    ['date', '2024-1-02', Number.NaN],
    ['datetime', '2024-01-02T03:04:05Z', Date.UTC(2024, 0, 2, 3, 4, 5)],
    ['datetime', '2024-01-02 03:04', Date.UTC(2024, 0, 2, 3, 4)],
    ['datetime', '2024-01-02T03:04:05.250+02:00', Date.UTC(2024, 0, 2, 1, 4, 5, 250)],
    ['datetime', '2024-01-02', Date.UTC(2024, 0, 2)],
    ['datetime', '2024-01-02T25:00', Number.NaN],
  ] as const)('%s %j -> %s', (type, text, expected) => {
    const value = parseTypedText(type, text);
    if (Number.isNaN(expected)) expect(value).toBeNaN();
    else expect(value).toBe(expected);
  });

  it.each([
    ['%Y-%m-%d', '2024-02-29', true],
    ['%Y-%m-%d', '2023-02-29', false],
    ['%d/%m/%Y', '31/12/2024', true],
    ['%d/%m/%Y', '31/04/2024', false],
    ['%d %b %Y', '05 Mar 2024', true],
    ['%Y-%m-%dT%H:%M:%S%z', '2024-03-05T10:00:00+0100', true],
    ['%H:%M', '24:00', false],
  ])('format %s matches %s: %s', (format, text, expected) => {
    expect(compileDateFormat(format)(text)).toBe(expected);
  });
});
