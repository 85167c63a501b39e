import { readFileSync } from 'node:fs';
import { InputError } from '@crucible/core/errors';
import type { BaselineEvent } from '@crucible/github';

/** What the runner tells a step about the run it is part of, read once from the environment. */
export type RunContext = {
  owner: string;
  repo: string;
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  /** The workflow's file name (ml.yml), from GITHUB_WORKFLOW_REF. */
  workflowFile: string;
  runId: number;
  runAttempt: number;
  job: string;
  actor: string;
  triggeringActor: string;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  runnerTemp: string;
  /** GitHub Enterprise Server: the REST API works, artifacts and the cache do not (@actions/artifact 6 refuses). */
  ghes: boolean;
};

function isGhes(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (owner === '' || repo === '') {
    throw new InputError('GITHUB_REPOSITORY is not set: this step must run inside a GitHub Actions job (or set it as owner/name).');
  }
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath !== undefined && eventPath !== '') {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`Cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}.`);
    }
  }
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const workflowRef = env['GITHUB_WORKFLOW_REF'] ?? '';
  return {
    owner,
    repo,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    workflowFile: /\/([^/@]+)@/.exec(workflowRef)?.[1] ?? '',
    runId: Number(env['GITHUB_RUN_ID'] ?? 0),
    runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? 1),
    job: env['GITHUB_JOB'] ?? '',
    actor: env['GITHUB_ACTOR'] ?? '',
    triggeringActor: env['GITHUB_TRIGGERING_ACTOR'] ?? env['GITHUB_ACTOR'] ?? '',
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] || env['TMPDIR'] || '/tmp',
    ghes: isGhes(serverUrl),
  };
}

/** The pull request of a pull_request (or pull_request_target) event, as the payload gives it. */
export function pullRequestOf(context: RunContext): { number: number; baseRef: string; baseSha: string; headSha: string; headRepo: string } | undefined {
  const pull = context.payload['pull_request'] as
    | { number?: number; base?: { ref?: string; sha?: string }; head?: { sha?: string; repo?: { full_name?: string } } }
    | undefined;
  if (pull?.number === undefined || pull.base?.sha === undefined || pull.head?.sha === undefined) return undefined;
  return { number: pull.number, baseRef: pull.base.ref ?? '', baseSha: pull.base.sha, headSha: pull.head.sha, headRepo: pull.head.repo?.full_name ?? '' };
}

/**
 * The commit this run's evidence is about, for core's gitInfo: GITHUB_SHA and GITHUB_REF, and on a pull_request
 * event, where GITHUB_SHA is a merge commit that exists only in this run, the pull request's head commit beside it.
 * pull_request_target is left out on purpose: it runs the base branch's code, so its evidence is not the head's.
 */
export function commitOf(context: RunContext): { sha: string; ref: string; headSha?: string } {
  const headSha = context.eventName === 'pull_request' ? pullRequestOf(context)?.headSha : undefined;
  return { sha: context.sha, ref: context.ref, ...(headSha === undefined ? {} : { headSha }) };
}

/**
 * What the base-branch lookup (packages/github's baselinePoint) needs of this run: the event, its ref and commit,
 * the pull request, and the default branch when the payload names it (saving a call).
 */
export function baselineEventOf(context: RunContext): BaselineEvent {
  const pull = pullRequestOf(context);
  const repository = context.payload['repository'] as { default_branch?: string } | undefined;
  return {
    eventName: context.eventName,
    ref: context.ref,
    sha: context.sha,
    ...(pull === undefined ? {} : { pull }),
    ...(repository?.default_branch === undefined ? {} : { defaultBranch: repository.default_branch }),
  };
}
