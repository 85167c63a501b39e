import { CrucibleError } from '@crucible/core';
import { type AlertKey, getAlertIssue, writeAlertRecord } from './alerts.ts';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { errorText, statusOf } from './response.ts';

/** A day: the default least time between two retraining dispatches of one alert. */
export const DEFAULT_DISPATCH_COOLDOWN_MS = 24 * 60 * 60 * 1000;

/**
 * How many inputs a dispatch sends: GitHub took at most 10 for years (and older GitHub Enterprise Server still does);
 * Crucible sends three and lets the caller add a few.
 */
export const MAX_DISPATCH_INPUTS = 10;
/** A reason is a line for the retraining run's log and title, not a report. */
const MAX_REASON_CHARS = 1000;

/** GitHub refused the dispatch for a reason the workflow's owner can fix: named, with the fix. */
export class RetrainingDispatchError extends CrucibleError {
  readonly status: number | undefined;
  constructor(message: string, options?: ErrorOptions & { status?: number }) {
    super(message, options);
    this.name = 'RetrainingDispatchError';
    this.status = options?.status;
  }
}

export type RetrainingRequest = AlertKey & {
  /** Login of the token's own identity: the alert issue must be its own. */
  author: string;
  /** The open alert issue the dispatch belongs to; its body records the dispatch. */
  issueNumber: number;
  /** The workflow to start: its file name (`retrain.yml`) or numeric id. */
  workflow: string | number;
  /** The branch or tag it runs on (usually the default branch). */
  ref: string;
  /** The deployed version that alerted. */
  version: string;
  /** Why, in one line (cut to 1,000 characters). */
  reason: string;
  /** More string inputs the workflow declares; `model`, `version` and `reason` are always sent. */
  extraInputs?: Record<string, string>;
  /** Least time between two dispatches of this alert; a day by default. */
  cooldownMs?: number;
  /** The clock; now by default. */
  now?: Date | number;
};

export type RetrainingResult =
  | { action: 'dispatched'; at: string; nextAllowedAt: string; inputs: Record<string, string> }
  | { action: 'cooldown'; lastAt: string; nextAllowedAt: string }
  | { action: 'no-alert' };

/** The inputs a retraining dispatch sends: `model`, `version`, `reason`, then the extra ones; all strings. */
export function retrainingInputs(request: Pick<RetrainingRequest, 'model' | 'version' | 'reason' | 'extraInputs'>): Record<string, string> {
  const reason = [...request.reason.replace(/\s+/g, ' ').trim()];
  const inputs: Record<string, string> = {
    model: request.model,
    version: request.version,
    reason: reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1).join('')}…` : reason.join(''),
  };
  for (const [key, value] of Object.entries(request.extraInputs ?? {})) {
    if (key in inputs) throw new RetrainingDispatchError(`Retraining input "${key}" is set by Crucible (model, version, reason); give the extra input another name.`);
    if (typeof value !== 'string') throw new RetrainingDispatchError(`Retraining input "${key}" must be a string, got ${typeof value}.`);
    inputs[key] = value;
  }
  if (Object.keys(inputs).length > MAX_DISPATCH_INPUTS) {
    throw new RetrainingDispatchError(`A retraining dispatch may send at most ${MAX_DISPATCH_INPUTS} inputs (GitHub's limit on many servers); it would send ${Object.keys(inputs).length}: ${Object.keys(inputs).join(', ')}.`);
  }
  return inputs;
}

function explain(error: unknown, repository: Repository, request: RetrainingRequest, inputs: Record<string, string>): unknown {
  const status = statusOf(error);
  const workflow = typeof request.workflow === 'number' ? `workflow ${request.workflow}` : `workflow "${request.workflow}"`;
  const where = `${repository.owner}/${repository.repo}`;
  const text = errorText(error);
  if (status === 404) {
    return new RetrainingDispatchError(
      `GitHub has no ${workflow} in ${where} (404). Name the workflow by its file name under .github/workflows (like retrain.yml) or its numeric id; the file must be on the default branch.`,
      { cause: error, status },
    );
  }
  if (status !== 422) return error;
  if (/no ref found/i.test(text)) {
    return new RetrainingDispatchError(`Cannot start ${workflow} on "${request.ref}": ${where} has no branch or tag of that name (422). Name an existing branch or tag (usually the default branch).`, { cause: error, status });
  }
  if (/workflow_dispatch/i.test(text)) {
    return new RetrainingDispatchError(`${workflow} in ${where} cannot be started from the API: it has no \`on: workflow_dispatch\` trigger on "${request.ref}" (422). Add the trigger, with inputs ${Object.keys(inputs).join(', ')}.`, { cause: error, status });
  }
  if (/unexpected inputs/i.test(text)) {
    return new RetrainingDispatchError(
      `${workflow} in ${where} does not declare every input the dispatch sends (422: ${text.slice(0, 200)}). Declare ${Object.keys(inputs).map((key) => `"${key}"`).join(', ')} under on.workflow_dispatch.inputs (type: string).`,
      { cause: error, status },
    );
  }
  return new RetrainingDispatchError(`GitHub refused to start ${workflow} on "${request.ref}" in ${where} (422: ${text.slice(0, 300)}).`, { cause: error, status });
}

/**
 * Starts the retraining workflow for an open alert (POST .../actions/workflows/{id}/dispatches with `model`,
 * `version` and `reason`), at most once per cooldown per alert. The last dispatch is recorded on the alert issue
 * itself (its hidden record), read fresh before deciding, so a re-run of the job or the next scheduled run sees it;
 * a new alert issue (a new incident) starts without one. The dispatch comes first and the record second: if the
 * record cannot be written the error says the dispatch was made. Needs `actions: write` (a 403 becomes the client's
 * PermissionError naming it) and `issues: write`.
 */
export async function dispatchRetraining(client: GitHubClient, repository: Repository, request: RetrainingRequest): Promise<RetrainingResult> {
  const now = request.now === undefined ? Date.now() : typeof request.now === 'number' ? request.now : request.now.getTime();
  const cooldown = request.cooldownMs ?? DEFAULT_DISPATCH_COOLDOWN_MS;
  if (!(Number.isFinite(cooldown) && cooldown >= 0)) throw new RetrainingDispatchError(`The dispatch cooldown must be a duration of 0 or more, got ${cooldown} ms.`);
  const inputs = retrainingInputs(request);
  const issue = await getAlertIssue(client, repository, request.issueNumber, request);
  if (issue === undefined || issue.state !== 'open') return { action: 'no-alert' };
  const last = issue.record.lastDispatch === undefined ? undefined : Date.parse(issue.record.lastDispatch.at);
  if (last !== undefined && !Number.isNaN(last) && now - last < cooldown) {
    return { action: 'cooldown', lastAt: new Date(last).toISOString(), nextAllowedAt: new Date(last + cooldown).toISOString() };
  }
  const workflow = String(request.workflow);
  try {
    await client.rest.actions.createWorkflowDispatch({ ...repository, workflow_id: request.workflow, ref: request.ref, inputs });
  } catch (error) {
    throw explain(error, repository, request, inputs);
  }
  const at = new Date(now).toISOString();
  try {
    await writeAlertRecord(client, repository, issue, { ...issue.record, lastDispatch: { at, workflow, ref: request.ref } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RetrainingDispatchError(
      `Retraining (${workflow} on ${request.ref}) was started, but recording it on issue #${issue.number} failed: ${reason} A re-run of this job may start it again.`,
      { cause: error, ...(statusOf(error) === undefined ? {} : { status: statusOf(error) }) },
    );
  }
  return { action: 'dispatched', at, nextAllowedAt: new Date(now + cooldown).toISOString(), inputs };
}
