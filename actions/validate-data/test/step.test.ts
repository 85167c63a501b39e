import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, type EvidenceStore, type Log } from '@crucible/core';
import { profileData } from '@crucible/core/data';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ReferenceProfiles, type ValidateSettings, validateStep } from '../src/step.ts';

// Edge tests of the validate-data step with fake ports, as actions/cache tests restoreImpl with a fake state
// provider: no runner, no GitHub; real CSV and YAML files in a temp folder, what the step decides read from its outcome.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-validate-step-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};

const SCHEMA = [
  'columns:',
  '  id: {type: integer, unique: true, nullable: false}',
  '  age: {type: integer, nullable: false, min: 0, max: 120}',
  '  country: {type: string, in: [US, DE, FR]}',
  'table:',
  '  rows: {min: 10}',
  '',
].join('\n');

/**
 * 40 rows; with `bad`, id 7 twice, an age of 150 and a country outside the set; `shift` moves every age, and
 * `everything` moves every column (ids up by 1000, every country US): the dataset drifts.
 */
function csv(options: { bad?: boolean; shift?: number; everything?: boolean } = {}): string {
  const rows = ['id,age,country'];
  for (let i = 1; i <= 40; i++) {
    const id = (options.bad === true && i === 8 ? 7 : i) + (options.everything === true ? 1000 : 0);
    const age = options.bad === true && i === 12 ? 150 : 20 + ((i * 7) % 40) + (options.shift ?? (options.everything === true ? 30 : 0));
    const country = options.bad === true && i === 20 ? 'XX' : options.everything === true ? 'US' : ['US', 'DE', 'FR'][i % 3];
    rows.push(`${id},${age},${country}`);
  }
  return `${rows.join('\n')}\n`;
}

/** A crucible/profile@1 of `content`, as the base branch's validate-data left it. */
async function profileOf(content: string): Promise<string> {
  write('reference-data/reference.csv', content);
  const path = join(dir, 'base-profile.json');
  writeFileSync(path, JSON.stringify(await profileData({ path: join(dir, 'reference-data/reference.csv'), label: 'reference.csv' }, { git: null })));
  return path;
}

/** Fake ports: a base-branch profile (or none), evidence kept in <dir>/out, a log that keeps what it is told. */
function ports(baseline?: { path: string; label: string }) {
  const seen = { baselineAsked: 0, published: [] as Array<{ name: string; paths: string[] }>, infos: [] as string[], warnings: [] as string[] };
  const references: ReferenceProfiles = {
    baseline: async () => {
      seen.baselineAsked++;
      return baseline;
    },
  };
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const evidence: EvidenceStore = {
    write: (file, content) => {
      writeFileSync(join(out, file), content());
      return join(out, file);
    },
    publish: async (name, paths) => {
      seen.published.push({ name, paths });
      return 3;
    },
    fetch: async () => new Map(),
  };
  const log: Log = { info: (message) => seen.infos.push(message), debug: () => {}, warning: (message) => seen.warnings.push(message), group: (_title, body) => body() };
  return { ports: { references, evidence, log, clock: { now: () => new Date('2026-12-01T00:00:00Z') } }, seen, out };
}

function settings(overrides: Partial<ValidateSettings> = {}): ValidateSettings {
  return {
    cwd: dir,
    workspace: dir,
    data: 'data.csv',
    schema: 'schema.yml',
    format: 'auto',
    delimiter: undefined,
    reference: undefined,
    driftMethod: 'auto',
    driftThreshold: undefined,
    failOn: 'error',
    artifactName: 'crucible-validation',
    git: { sha: 'c'.repeat(40), ref: 'refs/pull/7/merge' },
    // One thread: the scan runs in this process, not in workers (the shared machine has two cores).
    threads: 1,
    ...overrides,
  };
}

describe('validate-data step', () => {
  it('passes clean data, writes and publishes the validation and the profile, and sets every output', async () => {
    write('data.csv', csv());
    write('schema.yml', SCHEMA);
    const fake = ports();
    const outcome = await validateStep(settings(), fake.ports);
    const evidencePath = join(fake.out, 'validation.json');
    const profilePath = join(fake.out, 'profile.json');
    expect(outcome.outputs).toEqual({ passed: 'true', 'failed-checks': '0', 'drifted-columns': '0', rows: '40', 'evidence-path': evidencePath, 'profile-path': profilePath });
    expect(fake.seen.published).toEqual([{ name: 'crucible-validation', paths: [evidencePath, profilePath] }]);
    expect(outcome.evidence).toEqual([evidencePath, profilePath]);
    expect(JSON.parse(readFileSync(evidencePath, 'utf8'))).toMatchObject({
      schema: 'crucible/validation@1',
      createdAt: '2026-12-01T00:00:00.000Z',
      git: { sha: 'c'.repeat(40) },
      success: true,
      data: { file: 'data.csv' },
      schemaFile: { file: 'schema.yml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      reference: null,
    });
    expect(JSON.parse(readFileSync(profilePath, 'utf8'))).toMatchObject({ schema: 'crucible/profile@1', rows: 40 });
    expect(outcome.summary).toMatch(/^## Data checks\n\n/);
    expect(outcome.annotations).toEqual([]);
    expect(outcome.failure).toBeUndefined();
    expect(fake.seen.baselineAsked).toBe(0);
  });

  it.each([
    ['failed checks', 'error', 'false', { severity: 'fail' }],
    ['failed checks', 'drift', 'false', { severity: 'fail' }],
    ['failed checks', 'never', 'false', { severity: 'warning' }],
    // One column of three drifted: no dataset drift (the share is under 0.5), so the data passes.
    ['one drifted column', 'error', 'true', undefined],
    ['one drifted column', 'drift', 'true', { severity: 'fail' }],
    ['one drifted column', 'never', 'true', undefined],
    ['dataset drift', 'error', 'false', undefined],
    ['dataset drift', 'drift', 'false', { severity: 'fail' }],
    ['dataset drift', 'never', 'false', { severity: 'warning' }],
    ['nothing wrong', 'drift', 'true', undefined],
  ] as const)('with %s and fail-on %s, passed is %s and the failure %o', async (what, failOn, passed, failure) => {
    const data = csv({ bad: what === 'failed checks', ...(what === 'one drifted column' ? { shift: 30 } : {}), everything: what === 'dataset drift' });
    write('data.csv', data);
    write('reference.csv', what === 'failed checks' ? data : csv());
    write('schema.yml', SCHEMA);
    const fake = ports();
    const outcome = await validateStep(settings({ failOn, reference: 'reference.csv' }), fake.ports);
    expect(outcome.outputs.passed).toBe(passed);
    const drifted = { 'failed checks': 0, 'one drifted column': 1, 'dataset drift': 3, 'nothing wrong': 0 }[what];
    expect(outcome.outputs['drifted-columns']).toBe(String(drifted));
    const line = expect.stringMatching(new RegExp(`^data\\.csv: 40 rows, \\d+ of \\d+ checks passed, ${drifted} of 3 columns drifted\\.$`));
    if (failure === undefined) {
      expect(outcome.failure).toBeUndefined();
      expect(fake.seen.infos).toContainEqual(line);
    } else expect(outcome.failure).toEqual({ ...failure, message: line });
  });

  it('annotates the data file, relative to the workspace, at the lines of the values that failed', async () => {
    write('ml/data.csv', csv({ bad: true }));
    write('ml/schema.yml', SCHEMA);
    const outcome = await validateStep(settings({ cwd: join(dir, 'ml') }), ports().ports);
    expect(outcome.outputs).toMatchObject({ passed: 'false', 'failed-checks': '3' });
    // The header is line 1: id 7 again on line 9, the age of 150 on line 13, XX on line 21.
    expect(outcome.annotations).toEqual(
      expect.arrayContaining([
        { level: 'error', title: 'Data check failed', file: 'ml/data.csv', line: 8, message: expect.stringMatching(/^id: .*unique.*: unexpected 7 \(2 unexpected value\(s\) in all\)\.$/) },
        { level: 'error', title: 'Data check failed', file: 'ml/data.csv', line: 9, message: expect.stringMatching(/^id: .*unique.*: unexpected 7/) },
        { level: 'error', title: 'Data check failed', file: 'ml/data.csv', line: 13, message: expect.stringMatching(/^age: .*: unexpected 150/) },
        { level: 'error', title: 'Data check failed', file: 'ml/data.csv', line: 21, message: expect.stringMatching(/^country: .*: unexpected "XX"/) },
      ]),
    );
    expect(outcome.annotations).toHaveLength(4);
  });

  it('annotates a missing column at the header line, and a failed table check on the schema file', async () => {
    write('data.csv', csv());
    write('schema.yml', 'columns:\n  label: {type: string}\ntable:\n  rows: {min: 100}\n');
    const outcome = await validateStep(settings(), ports().ports);
    expect(outcome.annotations).toEqual([
      { level: 'error', title: 'Data check failed', file: 'schema.yml', message: 'rows failed.' },
      { level: 'error', title: 'Data check failed', file: 'data.csv', line: 1, message: expect.stringMatching(/^label: column-exists failed: the data has no column "label"/) },
    ]);
  });

  it('puts at most 50 annotations on a file where every value fails', async () => {
    const columns = Array.from({ length: 30 }, (_, i) => `c${i}`);
    write('data.csv', `${columns.join(',')}\n${Array.from({ length: 10 }, () => columns.map(() => '1').join(',')).join('\n')}\n`);
    write('schema.yml', `columns:\n${columns.map((name) => `  ${name}: {type: integer, min: 5}`).join('\n')}\n`);
    const outcome = await validateStep(settings(), ports().ports);
    expect(outcome.outputs['failed-checks']).toBe('30');
    expect(outcome.annotations).toHaveLength(50);
    expect(outcome.annotations.every((annotation) => annotation.file === 'data.csv' && annotation.level === 'error')).toBe(true);
  });

  it('without a schema, profiles the data and checks only that it has rows', async () => {
    write('data.csv', csv());
    write('empty.csv', 'id,age,country\n');
    const fake = ports();
    const outcome = await validateStep(settings({ schema: undefined }), fake.ports);
    expect(outcome.outputs).toMatchObject({ passed: 'true', rows: '40' });
    expect(outcome.result.evidence).toMatchObject({ schemaFile: null, checks: [{ type: 'rows', success: true }] });
    expect(outcome.result.profile.columns.map((column) => column.name)).toEqual(['id', 'age', 'country']);
    const empty = await validateStep(settings({ schema: undefined, data: 'empty.csv' }), ports().ports);
    expect(empty.failure).toMatchObject({ severity: 'fail' });
    expect(empty.annotations).toEqual([expect.objectContaining({ file: 'empty.csv', line: 1, message: expect.stringContaining('the file has a header and no data rows') })]);
  });

  it("with reference baseline, asks for the base branch's profile and measures drift against it", async () => {
    write('data.csv', csv());
    write('schema.yml', SCHEMA);
    const fake = ports({ path: await profileOf(csv({ shift: 30 })), label: 'base-branch profile at c2c2c2c' });
    const outcome = await validateStep(settings({ reference: 'baseline' }), fake.ports);
    expect(fake.seen.baselineAsked).toBe(1);
    expect(outcome.result.evidence.reference).toMatchObject({ file: 'base-branch profile at c2c2c2c', kind: 'profile', rows: 40 });
    expect(outcome.result.evidence.drift.find((entry) => entry.column === 'age')).toMatchObject({ statistic: 'ks', drifted: true });
    expect(Number(outcome.outputs['drifted-columns'])).toBeGreaterThanOrEqual(1);
  });

  it('with reference baseline and no profile on the base branch, leaves drift unchecked and says so', async () => {
    write('data.csv', csv());
    write('schema.yml', SCHEMA);
    const fake = ports(undefined);
    const outcome = await validateStep(settings({ reference: 'baseline', failOn: 'drift' }), fake.ports);
    expect(fake.seen.baselineAsked).toBe(1);
    expect(outcome.result.evidence).toMatchObject({ reference: null, drift: [], driftSummary: null, success: true });
    expect(outcome.outputs['drifted-columns']).toBe('0');
    expect(outcome.failure).toBeUndefined();
    expect(fake.seen.infos).toContain('No reference profile: drift was not checked.');
  });

  it('profiles a reference data file given by path, relative to the working directory, without asking for the baseline', async () => {
    write('ml/data.csv', csv());
    write('ml/reference/last-month.csv', csv({ shift: 30 }));
    write('ml/schema.yml', SCHEMA);
    const fake = ports();
    const outcome = await validateStep(settings({ cwd: join(dir, 'ml'), reference: 'reference/last-month.csv' }), fake.ports);
    expect(fake.seen.baselineAsked).toBe(0);
    expect(outcome.result.evidence.reference).toMatchObject({ file: 'ml/reference/last-month.csv', kind: 'data', rows: 40 });
    expect(outcome.result.evidence.drift.map((entry) => entry.column)).toEqual(['id', 'age', 'country']);
  });

  it.each([
    ['psi at its default threshold', 'psi', undefined, 0.1, true],
    ['psi at a threshold of 50', 'psi', 50, 50, false],
    ['hellinger at its default threshold', 'hellinger', undefined, 0.4, true],
    ["the schema's method at a threshold of 0.9", 'auto', 0.9, 0.9, true],
    ["the schema's method at the schema's threshold", 'auto', undefined, 100, false],
  ] as const)('takes the drift method and threshold inputs over the schema: %s', async (_case, driftMethod, driftThreshold, threshold, drifted) => {
    write('data.csv', csv());
    write('reference.csv', csv({ shift: 30 }));
    // The schema's threshold is for its own method: a distance of 100 standard deviations never drifts.
    write('schema.yml', `${SCHEMA}drift: {method: wasserstein, threshold: 100}\n`);
    const outcome = await validateStep(settings({ reference: 'reference.csv', driftMethod, driftThreshold }), ports().ports);
    const age = outcome.result.evidence.drift.find((entry) => entry.column === 'age');
    expect(age).toMatchObject({ statistic: driftMethod === 'auto' ? 'wasserstein' : driftMethod, threshold, drifted });
  });

  it("keeps the schema's threshold when the input names the schema's own method", async () => {
    write('data.csv', csv());
    write('reference.csv', csv({ shift: 30 }));
    write('schema.yml', `${SCHEMA}drift: {method: psi, threshold: 50}\n`);
    const outcome = await validateStep(settings({ reference: 'reference.csv', driftMethod: 'psi' }), ports().ports);
    expect(outcome.result.evidence.drift.find((entry) => entry.column === 'age')).toMatchObject({ statistic: 'psi', threshold: 50, drifted: false });
  });

  it('gives empty evidence paths and publishes nothing where the evidence store keeps nothing (the CLI without flags)', async () => {
    write('data.csv', csv({ bad: true }));
    write('schema.yml', SCHEMA);
    const fake = ports();
    let published = 0;
    const keepsNothing: EvidenceStore = { write: () => undefined, publish: async () => ++published, fetch: async () => new Map() };
    const outcome = await validateStep(settings(), { ...fake.ports, evidence: keepsNothing });
    expect(outcome.outputs).toMatchObject({ 'evidence-path': '', 'profile-path': '', passed: 'false' });
    expect(outcome.evidence).toEqual([]);
    expect(published).toBe(0);
    expect(outcome.result.evidence.success).toBe(false);
  });

  it('names the schema file and line of a schema mistake, and writes nothing', async () => {
    write('data.csv', csv());
    write('schema.yml', 'columns:\n  age: {type: integr}\n');
    const fake = ports();
    const error = await validateStep(settings(), fake.ports).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^schema\.yml:2: columns\.age\.type/);
    expect(fake.seen.published).toEqual([]);
  });
});
