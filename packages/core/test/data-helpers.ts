/** Shared by the data engine's tests: temp files and a one-call validation. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';
import { parseDataSchema, validateData, type ValidateResult } from '../src/data/index.ts';
import type { CheckResult } from '../src/evidence/validation.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crucible-data-'));
  dirs.push(dir);
  return dir;
}

/** Writes `content` to a new temp file named `name`; returns its path. */
export function dataFile(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

export async function validate(
  data: string,
  schemaText = 'columns: {}',
  options: { reference?: string; threads?: number; forceSplit?: boolean; name?: string; keyMemory?: number; tempDir?: string } = {},
): Promise<ValidateResult> {
  const path = data.includes('/') && !data.includes('\n') ? data : dataFile(options.name ?? 'data.csv', data);
  return validateData({
    data: { path, label: basename(path) },
    schema: parseDataSchema(schemaText, 'schema.yml'),
    git: null,
    threads: options.threads ?? 1,
    ...(options.forceSplit === undefined ? {} : { forceSplit: options.forceSplit }),
    ...(options.keyMemory === undefined ? {} : { keyMemory: options.keyMemory }),
    ...(options.tempDir === undefined ? {} : { tempDir: options.tempDir }),
    ...(options.reference === undefined ? {} : { reference: { path: options.reference } }),
  });
}

/** The one check of a type (and column) in a result. */
export function check(result: ValidateResult, type: string, column?: string): CheckResult {
  const found = result.evidence.checks.filter((c) => c.type === type && (column === undefined || c.column === column));
  if (found.length !== 1) throw new Error(`expected one ${type} check${column ? ` on ${column}` : ''}, found ${found.length}: ${JSON.stringify(result.evidence.checks.map((c) => [c.type, c.column]))}`);
  return found[0] as CheckResult;
}
