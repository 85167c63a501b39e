import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationEvidenceSchema } from '@crucible/core/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
let dir: string;

function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8' });
}

const DATA = `id,age,country,email,joined
1,34,US,a@x.io,2024-01-02
2,40,DE,b@x.io,2024-01-03
3,51,FR,"c@x.io",2024-01-04
4,29,US,d@x.io,2024-01-05
5,62,DE,e@x.io,2024-01-06
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-validate-cli-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('data.csv', DATA);
  write('bad.csv', `${DATA}3,130,XX,not-an-email,2024-02-30\n`);
  write(
    'schema.yml',
    `columns:
  id: {type: integer, unique: true, nullable: false}
  age: {type: integer, nullable: false, min: 0, max: 120}
  country: {type: string, in: [US, DE, FR]}
  email: {type: string, regex: '^[^@\\s]+@[^@\\s]+$'}
  joined: {type: date}
table:
  rows: {min: 1}
`,
  );
  write('broken.yml', 'columns:\n  age: {type: int}\n');
  write('empty.csv', '');
  write('shifted.csv', `id,age,country,email,joined\n${Array.from({ length: 50 }, (_, i) => `${i},${90 + (i % 5)},JP,z${i}@x.io,2030-01-01`).join('\n')}\n`);
});

describe('crucible validate', () => {
  it('passes good data with exit 0 and writes evidence, markdown and the profile', () => {
    const result = crucible('validate', 'data.csv', '--schema', 'schema.yml', '--json', 'out/validation.json', '--markdown', 'out/validation.md', '--profile-out', 'out/profile.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^data\.csv: 5 rows, 5 columns/m);
    expect(result.stdout).toContain('result: pass');
    const evidence = ValidationEvidenceSchema.parse(JSON.parse(readFileSync(join(dir, 'out/validation.json'), 'utf8')));
    expect(evidence).toMatchObject({ schema: 'crucible/validation@1', success: true, rows: 5, data: { file: 'data.csv', format: 'csv' } });
    expect(evidence.data?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'out/validation.md'), 'utf8')).toContain('Data checks pass');
    expect(JSON.parse(readFileSync(join(dir, 'out/profile.json'), 'utf8')).schema).toBe('crucible/profile@1');
  });

  it('fails bad data with exit 1, naming each failed check with file:line examples', () => {
    const result = crucible('validate', 'bad.csv', '--schema', 'schema.yml');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAIL unique id: 2 unexpected .*\n\s+e\.g\. bad\.csv:4 3, bad\.csv:7 3/);
    expect(result.stdout).toMatch(/FAIL between age: 1 unexpected[\s\S]*bad\.csv:7 130/);
    expect(result.stdout).toMatch(/FAIL type joined[\s\S]*bad\.csv:7 "2024-02-30"/);
    expect(result.stdout).toContain('result: fail');
  });

  it('fails on dataset drift against a reference, with exit 1', () => {
    const result = crucible('validate', 'shifted.csv', '--schema', 'schema.yml', '--reference', 'data.csv');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/drift against data\.csv \(5 rows\): \d+ of 5 column\(s\) drifted/);
    expect(result.stdout).toMatch(/DRIFT age: ks/);
  });

  it('infers a starter schema that accepts the file it came from (infer, then validate: exit 0)', () => {
    const inferred = crucible('validate', '--infer', 'data.csv');
    expect(inferred.status).toBe(0);
    expect(inferred.stdout).toMatch(/^# Starter schema/);
    expect(inferred.stdout).toMatch(/age:\n\s+type: integer\n\s+nullable: false\n\s+min: 29\n\s+max: 62/);
    expect(inferred.stdout).toMatch(/country:\n\s+type: string\n\s+nullable: false\n\s+in:\n\s+- DE\n\s+- FR\n\s+- US/);
    expect(inferred.stdout).toMatch(/joined:\n\s+type: date/);
    writeFileSync(join(dir, 'inferred.yml'), inferred.stdout);
    const validated = crucible('validate', 'data.csv', '--schema', 'inferred.yml');
    expect(validated.stderr).toBe('');
    expect(validated.status).toBe(0);
  });

  it.each([
    [['validate', 'data.csv', '--schema', 'broken.yml'], /broken\.yml:2: columns\.age\.type: must be one of integer/],
    [['validate', 'empty.csv', '--schema', 'schema.yml'], /empty\.csv: the file is empty; a CSV file needs a header row/],
    [['validate', 'missing.csv', '--schema', 'schema.yml'], /missing\.csv: cannot read the data file \(no such file\)/],
    [['validate', 'data.csv', '--schema', 'nope.yml'], /nope\.yml: cannot read the schema file/],
    [['validate', 'data.csv'], /--schema <file> is required \(write a starter one with `crucible validate --infer data\.csv`\)/],
    [['validate', 'data.csv', '--schema', 'schema.yml', '--reference', 'schema.yml.json'], /schema\.yml\.json: cannot read the reference/],
    [['validate', 'data.csv', '--schema', 'schema.yml', '--format', 'xls'], /--format must be one of csv, tsv, jsonl, parquet/],
    [['validate', 'data.csv', '--schema', 'schema.yml', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j with exit 2 and one clear line, no stack trace', (args, message) => {
    const result = crucible(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('crucible validate on a terminal', () => {
  it('shows bidi overrides, zero-width characters and controls in column names and values visibly, never raw', () => {
    writeFileSync(join(dir, 'hostile.csv'), 'id,co\u202eyrtnu\n1,U\u200bS\n2,X\u001b[31mX\u2066\n');
    writeFileSync(join(dir, 'hostile.yml'), 'columns:\n  id: {type: integer}\n  "co\u202eyrtnu": {type: string, in: [US]}\n');
    const result = crucible('validate', 'hostile.csv', '--schema', 'hostile.yml');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('co\\u{202E}yrtnu');
    expect(result.stdout).toContain('U\\u{200B}S');
    // eslint-disable-next-line no-control-regex -- none may reach the terminal
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u);
  });
});
