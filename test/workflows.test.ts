import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../scripts/actions.ts';

/**
 * The repository's workflows against the actions and reusable workflows they call. actionlint checks the syntax and
 * expressions but not the inputs of local actions: a `with:` key that an action.yml does not declare only warns at
 * run time, and the value is lost. Here each one is an error.
 */

type Inputs = Record<string, { required?: boolean; default?: unknown } | null>;
type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | 'inherit'; steps?: Step[]; permissions?: unknown };
type Workflow = {
  on?: Record<string, { inputs?: Inputs; secrets?: Inputs } | null>;
  permissions?: unknown;
  jobs?: Record<string, Job>;
};

const workflowsFolder = join(repoRoot, '.github', 'workflows');
const workflowFiles = readdirSync(workflowsFolder).filter((name) => /\.ya?ml$/.test(name)).sort();

function readWorkflow(file: string): Workflow {
  return parse(readFileSync(join(workflowsFolder, file), 'utf8')) as Workflow;
}

function actionInputs(name: string): Inputs | undefined {
  const file = join(repoRoot, 'actions', name, 'action.yml');
  if (!existsSync(file)) return undefined;
  return (parse(readFileSync(file, 'utf8')) as { inputs?: Inputs }).inputs ?? {};
}

/** Problems with one call: keys the callee does not declare, and required inputs (without a default) left out. */
function checkCall(where: string, given: Record<string, unknown> | undefined, declared: Inputs, kind: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(given ?? {})) {
    if (!(key in declared)) problems.push(`${where}: with.${key} is not an input of ${kind} (it has ${Object.keys(declared).join(', ')})`);
  }
  for (const [key, spec] of Object.entries(declared)) {
    if (spec?.required === true && spec.default === undefined && !(key in (given ?? {}))) problems.push(`${where}: required input ${key} of ${kind} is not given`);
  }
  return problems;
}

/** Every problem in a workflow's calls of ./actions/<name> and ./.github/workflows/<file>. */
function checkWorkflow(file: string, workflow: Workflow): string[] {
  const problems: string[] = [];
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const reusable = job.uses?.match(/^\.\/\.github\/workflows\/(.+)$/)?.[1];
    if (reusable !== undefined) {
      const where = `${file}: jobs.${jobName}`;
      if (!existsSync(join(workflowsFolder, reusable))) {
        problems.push(`${where}: uses ${job.uses}, which does not exist`);
        continue;
      }
      const call = readWorkflow(reusable).on?.workflow_call;
      if (call === undefined) {
        problems.push(`${where}: ${reusable} has no on.workflow_call`);
        continue;
      }
      problems.push(...checkCall(where, job.with, call?.inputs ?? {}, reusable));
      if (job.secrets !== undefined && job.secrets !== 'inherit') {
        for (const secret of Object.keys(job.secrets)) {
          if (!(secret in (call?.secrets ?? {}))) problems.push(`${where}: secret ${secret} is not declared by ${reusable}`);
        }
      }
    }
    for (const [index, step] of (job.steps ?? []).entries()) {
      const action = step.uses?.match(/^\.\/actions\/([^/@]+)\/?$/)?.[1];
      if (action === undefined) continue;
      const where = `${file}: jobs.${jobName}.steps[${index}]`;
      const inputs = actionInputs(action);
      if (inputs === undefined) problems.push(`${where}: uses ${step.uses}, which has no action.yml`);
      else problems.push(...checkCall(where, step.with, inputs, `actions/${action}`));
    }
  }
  return problems;
}

describe.each(workflowFiles)('.github/workflows/%s', (file) => {
  const workflow = readWorkflow(file);

  it("gives the repository's own actions and reusable workflows only inputs they declare, and every required one", () => {
    expect(checkWorkflow(file, workflow)).toEqual([]);
  });

  it('sets permissions for the workflow or for every job', () => {
    const jobs = Object.entries(workflow.jobs ?? {});
    expect(jobs.length).toBeGreaterThan(0);
    if (workflow.permissions === undefined) {
      for (const [name, job] of jobs) expect(job.permissions, `jobs.${name}.permissions`).toBeDefined();
    }
  });
});

describe('the pipeline workflows', () => {
  it('call each action of the pipeline at least once', () => {
    const used = new Set<string>();
    for (const file of workflowFiles) {
      for (const job of Object.values(readWorkflow(file).jobs ?? {})) {
        for (const step of job.steps ?? []) {
          const action = step.uses?.match(/^\.\/actions\/([^/@]+)/)?.[1];
          if (action !== undefined) used.add(action);
        }
      }
    }
    expect([...used].sort()).toEqual(['compare-metrics', 'deploy', 'monitor', 'promote', 'report', 'train', 'validate-data']);
  });

  it('dispatch retraining to a workflow that takes the inputs monitor sends (model, version, reason)', () => {
    const monitorSteps = Object.values(readWorkflow('ml-monitor.yml').jobs ?? {}).flatMap((job) => job.steps ?? []).filter((step) => step.uses === './actions/monitor');
    expect(monitorSteps).toHaveLength(1);
    const target = monitorSteps[0]?.with?.['dispatch-workflow'] as string;
    const dispatch = readWorkflow(target).on?.workflow_dispatch;
    expect(Object.keys(dispatch?.inputs ?? {}).sort()).toEqual(['model', 'reason', 'version']);
  });

  it('report forks from a workflow_run of the workflow that calls the pipeline', () => {
    const report = readWorkflow('ml-report.yml') as Workflow & { on: { workflow_run: { workflows: string[] } } };
    const names = workflowFiles.filter((file) => Object.values(readWorkflow(file).jobs ?? {}).some((job) => job.uses === './.github/workflows/ml-pipeline.yml')).map((file) => (parse(readFileSync(join(workflowsFolder, file), 'utf8')) as { name: string }).name);
    expect(names.length).toBeGreaterThan(0);
    expect(report.on.workflow_run.workflows).toEqual(names);
  });
});

describe('the workflow input check', () => {
  it('catches an undeclared input, a missing required one and a missing action, so a pass means something', () => {
    const workflow = parse(`
jobs:
  a:
    steps:
      - uses: ./actions/compare-metrics
        with: {if-no-baselin: warn}
      - uses: ./actions/deploy
        with: {model: m, environment: production}
      - uses: ./actions/no-such-action
`) as Workflow;
    expect(checkWorkflow('bad.yml', workflow)).toEqual([
      expect.stringMatching(/^bad\.yml: jobs\.a\.steps\[0\]: with\.if-no-baselin is not an input of actions\/compare-metrics/),
      'bad.yml: jobs.a.steps[1]: required input run of actions/deploy is not given',
      'bad.yml: jobs.a.steps[2]: uses ./actions/no-such-action, which has no action.yml',
    ]);
  });
});
