import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { type InputsOf, pullRequestOf, type RunContext } from '@crucible/action-kit';
import { uploadEvidence } from '@crucible/action-kit/artifacts';
import { githubClient } from '@crucible/action-kit/github';
import { gitInfo, renderValidationMarkdown } from '@crucible/core';
import {
  type DataInput,
  loadDataSchema,
  type ProfileEvidence,
  ProfileEvidenceSchema,
  validateData,
  type ValidationEvidence,
} from '@crucible/core/data';
import type { inputs } from './inputs.ts';
import { Outputs } from './outputs.ts';

export type ValidateConfig = InputsOf<typeof inputs>;

/**
 * The engine's worker threads, bundled beside the action (see "crucible.workers" in package.json), so that the
 * runner's cores share the scan; without them the engine reads on the main thread.
 */
function bundledWorkers(): { workerScripts?: { range: URL; digest: URL } } {
  const here = dirname(fileURLToPath(import.meta.url));
  const range = join(here, 'range-worker', 'index.js');
  const digest = join(here, 'digest-worker', 'index.js');
  return existsSync(range) && existsSync(digest) ? { workerScripts: { range: pathToFileURL(range), digest: pathToFileURL(digest) } } : {};
}

/** At most this many annotations a step: GitHub shows only the first ones anyway. */
const MAX_ANNOTATIONS = 50;

/**
 * The reference profile from the base branch: the profile in the `artifact-name` artifact of the latest
 * successful push run of this workflow at the merge-base (or the nearest ancestor), the same lookup as
 * compare-metrics. Undefined when there is none.
 */
async function baselineProfile(config: ValidateConfig, context: RunContext): Promise<{ path: string; sha: string } | undefined> {
  const client = await githubClient(config.token, context);
  const { findBaselineEvidence, firstParentOf, mergeBaseOf } = await import('@crucible/github');
  const repository = { owner: context.owner, repo: context.repo };
  const pull = pullRequestOf(context);
  let baseBranch: string;
  let mergeBase: string | undefined;
  if (pull !== undefined) {
    baseBranch = pull.baseRef;
    mergeBase = await mergeBaseOf(client, repository, pull.baseSha, pull.headSha);
  } else if (context.eventName === 'push' && context.ref.startsWith('refs/heads/')) {
    baseBranch = context.ref.slice('refs/heads/'.length);
    mergeBase = await firstParentOf(client, repository, context.sha);
  } else {
    baseBranch = (await client.rest.repos.get(repository)).data.default_branch;
    mergeBase = await mergeBaseOf(client, repository, baseBranch, context.sha);
  }
  if (mergeBase === undefined || context.workflowFile === '') return undefined;
  const extract = (files: Map<string, Buffer>, label: string): ProfileEvidence | undefined => {
    for (const [path, content] of files) {
      if (!path.endsWith('.json') || !content.subarray(0, 4096).toString('utf8').includes('crucible/profile@1')) continue;
      const parsed = ProfileEvidenceSchema.safeParse(JSON.parse(content.toString('utf8')));
      if (!parsed.success) throw new Error(`${label}/${path} is not a valid crucible/profile@1 document.`);
      return parsed.data;
    }
    return undefined;
  };
  const search = await findBaselineEvidence(
    client,
    { ...repository, workflow: context.workflowFile, baseBranch, mergeBase, artifactName: config.artifactName, maxDepth: 20, historyRuns: 1 },
    { warning: (message) => core.warning(message) },
    extract,
  );
  if (search.found === undefined) {
    const expired = search.expired.length > 0 ? ` ${search.expired.length} run(s) had it, but the artifact expired (retention).` : '';
    core.warning(`No reference profile: no "${config.artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at ${mergeBase.slice(0, 7)} or its ancestors.${expired} Drift is not checked.`, {
      title: 'validate-data: no baseline profile',
    });
    return undefined;
  }
  const folder = join(context.runnerTemp, 'crucible', 'baseline-profile');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'profile.json');
  writeFileSync(path, JSON.stringify(search.found.evidence));
  core.info(`Reference profile: run ${search.found.runId} at ${search.found.sha.slice(0, 7)}.`);
  return { path, sha: search.found.sha };
}

/** Error annotations at the first offending rows of each failed check, on the data file. */
function annotate(evidence: ValidationEvidence, dataLabel: string, schemaLabel: string): void {
  let budget = MAX_ANNOTATIONS;
  for (const check of evidence.checks) {
    if (check.success || budget <= 0) continue;
    const where = check.column === undefined ? check.type : `${check.column}: ${check.type}`;
    const detail = check.reason ?? (check.unexpectedCount === undefined ? '' : `${check.unexpectedCount} unexpected value(s)`);
    const examples = check.examples ?? [];
    if (examples.length === 0) {
      core.error(`${where} failed${detail === '' ? '' : `: ${detail}`}.`, { title: 'Data check failed', file: check.line === undefined ? schemaLabel : dataLabel, ...(check.line === undefined ? {} : { startLine: check.line }) });
      budget -= 1;
      continue;
    }
    for (const example of examples.slice(0, 3)) {
      core.error(`${where}: unexpected ${JSON.stringify(example.value)}${detail === '' ? '' : ` (${detail} in all)`}.`, { title: 'Data check failed', file: dataLabel, startLine: example.line });
      if (--budget <= 0) break;
    }
  }
}

export async function validate(config: ValidateConfig, context: RunContext): Promise<void> {
  const cwd = resolve(context.workspace, config.workingDirectory);
  const label = (path: string) => relative(context.workspace, resolve(cwd, path)) || path;
  const schemaPath = resolve(cwd, config.schema);
  const schema = loadDataSchema(schemaPath, label(config.schema));
  const data: DataInput = {
    path: resolve(cwd, config.data),
    label: label(config.data),
    ...(config.format === 'auto' ? {} : { format: config.format }),
    ...(config.delimiter === undefined ? {} : { delimiter: config.delimiter }),
  };
  let reference: DataInput | undefined;
  if (config.reference === 'baseline') {
    const found = await core.group('Finding the reference profile on the base branch', () => baselineProfile(config, context));
    if (found !== undefined) reference = { path: found.path, label: `base-branch profile at ${found.sha.slice(0, 7)}` };
  } else if (config.reference !== undefined) {
    reference = { path: resolve(cwd, config.reference), label: label(config.reference) };
  }
  if (config.driftMethod !== 'auto' || config.driftThreshold !== undefined) {
    schema.drift = { ...schema.drift, ...(config.driftMethod === 'auto' ? {} : { method: config.driftMethod }), ...(config.driftThreshold === undefined ? {} : { threshold: config.driftThreshold }) };
  }

  const { evidence, profile } = await core.group(`Checking ${data.label}`, () =>
    validateData({
      data,
      schema,
      schemaFile: { path: schemaPath, label: label(config.schema) },
      ...(reference === undefined ? {} : { reference }),
      git: gitInfo({ sha: context.sha, ref: context.ref }, cwd),
      createdAt: new Date().toISOString(),
      ...bundledWorkers(),
    }),
  );
  const folder = join(context.runnerTemp, 'crucible', 'validation');
  mkdirSync(folder, { recursive: true });
  const evidencePath = join(folder, 'validation.json');
  const profilePath = join(folder, 'profile.json');
  writeFileSync(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
  writeFileSync(profilePath, `${JSON.stringify(profile)}\n`);
  await uploadEvidence(context, config.artifactName, [evidencePath, profilePath], folder);

  const failed = evidence.checks.filter((check) => !check.success).length;
  const drifted = evidence.drift.filter((entry) => entry.drifted).length;
  core.setOutput(Outputs.passed, String(evidence.success));
  core.setOutput(Outputs.failedChecks, String(failed));
  core.setOutput(Outputs.driftedColumns, String(drifted));
  core.setOutput(Outputs.rows, String(evidence.rows));
  core.setOutput(Outputs.evidencePath, evidencePath);
  core.setOutput(Outputs.profilePath, profilePath);
  annotate(evidence, data.label ?? config.data, label(config.schema));
  await core.summary.addHeading('Data checks', 2).addRaw(renderValidationMarkdown(evidence), true).write();

  const line = `${data.label}: ${evidence.rows} rows, ${evidence.checks.length - failed} of ${evidence.checks.length} checks passed, ${drifted} of ${evidence.drift.length} columns drifted.`;
  const fail = (config.failOn === 'error' && failed > 0) || (config.failOn === 'drift' && (failed > 0 || drifted > 0));
  if (fail) core.setFailed(line);
  else core.info(line);
  if (!evidence.success && config.failOn === 'never') core.warning(line, { title: 'validate-data: checks failed' });
  if (reference === undefined && config.reference === 'baseline') core.info('No reference profile: drift was not checked.');
}
