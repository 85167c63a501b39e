import { describe, expect, it } from 'vitest';
import type { CrucibleConfig } from '../src/config.ts';
import type { FoundEvidence } from '../src/evidence/read.ts';
import { promotionNeeds } from '../src/policy/needs.ts';
import { comparison, run } from './fixtures/report/example.ts';

type Require = CrucibleConfig['environments'][string]['require'];

const policy = (require: Partial<Require> = {}): CrucibleConfig['environments'][string] => ({
  require: { 'protected-environment': true, approvals: 1, evidence: ['validation', 'comparison', 'run'], ...require },
});
const passing: FoundEvidence = { ...comparison, document: { ...comparison.document, verdict: 'pass' } };
const failing: FoundEvidence = comparison;
const cleanRun: FoundEvidence = run;
const runWith = (fields: Partial<typeof run.document>): FoundEvidence => ({ ...run, document: { ...run.document, ...fields } });

const AT_PROMOTION = [
  { rule: 'approvals', detail: '1 approval from someone other than the actor who promotes' },
  { rule: 'protected-environment', detail: 'required reviewers on the GitHub environment' },
];

describe('promotionNeeds', () => {
  it('is empty when crucible.yml names no environment', () => {
    expect(promotionNeeds({}, [passing, cleanRun])).toEqual([]);
  });

  it.each([
    ['everything required is present and passing', { evidence: ['comparison', 'run'] }, [passing, cleanRun], []],
    ['required kinds are missing', {}, [passing], [{ rule: 'evidence', detail: 'no validation evidence' }, { rule: 'evidence', detail: 'no run evidence' }]],
    ['the comparison fails', { evidence: ['comparison'] }, [failing], [{ rule: 'comparison', detail: 'the metric comparison fails' }]],
    ['two comparisons fail', { evidence: ['comparison'] }, [failing, failing], [{ rule: 'comparison', detail: '2 metric comparisons fail' }]],
    ['a failing comparison is not required', { evidence: ['run'] }, [failing, cleanRun], []],
    ['the run exited non-zero', { evidence: ['run'] }, [runWith({ exitCode: 1 })], [{ rule: 'run', detail: 'the training run exited with code 1' }]],
    ['the run hit its time budget', { evidence: ['run'] }, [runWith({ exitCode: 124, timedOut: true })], [{ rule: 'run', detail: 'the training run was stopped by its time budget' }]],
    ['the run was killed', { evidence: ['run'] }, [runWith({ exitCode: null, signal: 'SIGKILL' })], [{ rule: 'run', detail: 'the training run was killed by SIGKILL' }]],
    [
      'two of three runs failed',
      { evidence: ['run'] },
      [cleanRun, runWith({ exitCode: 1 }), runWith({ exitCode: 2 })],
      [{ rule: 'run', detail: '2 of 3 training runs failed (exited with code 1; exited with code 2)' }],
    ],
  ] as const)('lists what is unmet when %s', (_, require, evidence, unmet) => {
    const [needs] = promotionNeeds({ production: policy(require as Partial<Require>) }, evidence as readonly FoundEvidence[]);
    expect(needs).toEqual({ environment: 'production', unmet, checkedWhenPromoting: AT_PROMOTION });
  });

  it.each([
    [{ approvals: 0, 'protected-environment': false }, []],
    [{ approvals: 2, 'protected-environment': false }, [{ rule: 'approvals', detail: '2 approvals from someone other than the actor who promotes' }]],
    [{ approvals: 0, 'protected-environment': true }, [AT_PROMOTION[1]]],
  ] as const)('leaves %j to the promotion itself', (require, checked) => {
    const [needs] = promotionNeeds({ staging: policy({ ...require, evidence: [] }) }, []);
    expect(needs).toEqual({ environment: 'staging', unmet: [], checkedWhenPromoting: checked });
  });

  it('lists a failed data validation as unmet, as the gate refuses it', () => {
    const validation: FoundEvidence = {
      path: 'evidence/validation.json',
      kind: 'validation',
      document: { schema: 'crucible/validation@1', git: null, success: false, rows: 3, checks: [{ type: 'not_null', column: 'id', success: false }], drift: [] },
    };
    const [needs] = promotionNeeds({ production: policy({ evidence: ['validation'] }) }, [validation]);
    expect(needs?.unmet).toEqual([{ rule: 'validation', detail: 'the data validation fails' }]);
  });

  it('leaves the reviewers, the refs and the stage to the promotion itself', () => {
    const production = { ...policy({ approvals: 2, reviewers: ['octocat', '@acme/ml-leads'] }), refs: ['main', 'v*'], 'require-stage': 'staging' };
    const [needs] = promotionNeeds({ production }, []);
    expect(needs?.checkedWhenPromoting).toEqual([
      { rule: 'approvals', detail: '2 approvals from someone other than the actor who promotes among octocat, acme/ml-leads' },
      { rule: 'protected-environment', detail: 'required reviewers on the GitHub environment' },
      { rule: 'refs', detail: 'promoted from main, v*' },
      { rule: 'stage', detail: 'the version holds staging first' },
    ]);
  });

  it('keeps the environments in file order', () => {
    const needs = promotionNeeds({ staging: policy(), production: policy(), canary: policy() }, []);
    expect(needs.map((entry) => entry.environment)).toEqual(['staging', 'production', 'canary']);
  });
});
