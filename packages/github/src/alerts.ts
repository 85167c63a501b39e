import { CrucibleError, escapeMarkdown } from '@crucible/core';
import * as z from 'zod/mini';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { checked, statusOf } from './response.ts';

/**
 * One alert issue per model and environment, as the monitor keeps it:
 *
 * - The issue is found by a hidden marker (`alertMarker`) in the body of an issue whose author is the token's own
 *   identity; the same marker pasted by anyone else is ignored, so nobody can make the monitor edit their issue.
 * - While the alert lasts, every alerting run adds a comment with its table and rewrites the body to the current
 *   table: one issue, a timeline of comments, never a new issue a night.
 * - Recovery comments and closes it (state_reason `completed`). A later alert is a new incident and opens a new
 *   issue, which links the previous one: a closed issue keeps the history of the incident it was about, and reopening
 *   it would mix two incidents in one timeline.
 * - A person who closes the open alert as "not planned" (or as a duplicate) mutes it: while the model stays unhealthy no new issue is
 *   opened (the run says so instead). The mute lasts until the model recovers: a healthy run records the recovery
 *   on the muted issue (a silent body edit), and the next alert opens a new issue.
 * - The issue body also carries the monitor's own record (`AlertRecord`): the last retraining dispatch, so a re-run
 *   of the job reads it and the cooldown holds across runs.
 *
 * Needs `issues: write` (and `issues: read` to find the issue). Two jobs that alert at the same moment can open two
 * issues; the oldest is the alert from then on, and the others are listed as `duplicates`. A concurrency group per
 * model and environment avoids it.
 */

/** GitHub's limits on an issue's title and body and a comment's body, in characters. */
export const ISSUE_TITLE_LIMIT = 256;
export const ISSUE_BODY_LIMIT = 65_536;

/**
 * Issues read to find the alert, newest first: 10 pages of 100 open ones, 3 of closed ones (to find a muted one). A
 * repository that opens more than a thousand issues while one alert lasts would see a second alert issue.
 */
const MAX_OPEN_PAGES = 10;
const MAX_CLOSED_PAGES = 3;

export type AlertKey = { model: string; environment: string };

/** What the monitor records on its own issue, in a hidden block at the end of the body. */
export type AlertRecord = {
  /** The last retraining dispatch made for this alert. */
  lastDispatch?: { at: string; workflow: string; ref: string; runUrl?: string };
  /** When a healthy run found this issue muted (closed as not planned): the mute is over. */
  recoveredAt?: string;
  /** The workflow run that last commented: a re-run of it updates the body without a second comment. */
  lastRun?: number;
};

export type AlertIssue = {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  /** The body without the record block: the marker and the table. */
  body: string;
  record: AlertRecord;
  createdAt: string;
};

export type AlertLookup = {
  /** The open alert issue (the oldest, when a race left several). */
  open: AlertIssue | undefined;
  /** Further open alert issues of the same key, newest last: left alone, for the caller to mention. */
  duplicates: number[];
  /** The newest closed alert issue, looked up only when none is open. */
  latestClosed: AlertIssue | undefined;
};

/** An alert the caller could not make into an issue: a body too large even when cut, a title that is blank. */
export class AlertIssueError extends CrucibleError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AlertIssueError';
  }
}

/**
 * A value made safe for the marker: letters, digits and `._/:@=-` as written, anything else percent-encoded (so two
 * different names never share a marker and nothing can close the HTML comment).
 */
function markerValue(text: string): string {
  return [...text.slice(0, 200)]
    .map((char) => (/[A-Za-z0-9._/:@=-]/.test(char) ? char : [...Buffer.from(char, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')))
    .join('');
}

/** The hidden marker of the alert issue for a model in an environment: an HTML comment GitHub does not show. */
export function alertMarker(key: AlertKey): string {
  return `<!-- crucible-monitor model="${markerValue(key.model)}" environment="${markerValue(key.environment)}" -->`;
}

const RECORD_OPEN = '<!-- crucible-monitor-record ';
/** The record block is small; a longer one was not written by the monitor and is not read. */
const MAX_RECORD_CHARS = 4000;

const recordSchema = z.object({
  lastDispatch: z.optional(
    z.object({
      at: z.iso.datetime(),
      workflow: z.string().check(z.maxLength(300)),
      ref: z.string().check(z.maxLength(300)),
      runUrl: z.optional(z.string().check(z.maxLength(1000))),
    }),
  ),
  recoveredAt: z.optional(z.iso.datetime()),
  lastRun: z.optional(z.number().check(z.int(), z.nonnegative())),
});

/** Splits an issue body into what is shown and the record (empty when it has none or an unreadable one). */
export function readAlertBody(body: string): { shown: string; record: AlertRecord } {
  const at = body.lastIndexOf(`\n\n${RECORD_OPEN}`);
  if (at === -1) return { shown: body, record: {} };
  const shown = body.slice(0, at);
  const rest = body.slice(at + 2 + RECORD_OPEN.length);
  const end = rest.indexOf(' -->');
  if (end === -1 || end > MAX_RECORD_CHARS) return { shown, record: {} };
  try {
    const parsed = recordSchema.safeParse(JSON.parse(rest.slice(0, end)));
    return { shown, record: parsed.success ? parsed.data : {} };
  } catch {
    return { shown, record: {} };
  }
}

/** The record as a hidden block, and a visible line for what a reader should know (the last dispatch). */
function recordBlock(record: AlertRecord): string {
  // `<` and `>` escaped: nothing in the JSON can end the comment (`-->` and `--!>` both need a `>`).
  const json = JSON.stringify(record).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lines = [`${RECORD_OPEN}${json} -->`];
  if (record.lastDispatch !== undefined) {
    const { at, workflow, ref, runUrl } = record.lastDispatch;
    const run = runUrl === undefined ? '' : ` ([run](${encodeURI(runUrl).replace(/[()]/g, (char) => (char === '(' ? '%28' : '%29'))}))`;
    lines.push(`_Retraining: ${escapeMarkdown(workflow)} on ${escapeMarkdown(ref)} was started at ${at}${run}._`);
  }
  return lines.join('\n');
}

/** The body GitHub keeps: the shown part, cut to fit with the record, then the record block. */
export function composeAlertBody(shown: string, record: AlertRecord): string {
  const block = `\n\n${recordBlock(record)}`;
  return `${fitText(shown, ISSUE_BODY_LIMIT - [...block].length)}${block}`;
}

const CUT_NOTE = '\n\n_(cut to fit GitHub\'s limit on an issue; the job summary has all of it)_';

/** `text` within `limit` characters (code points, as GitHub counts), with a note where it was cut. */
export function fitText(text: string, limit: number): string {
  const points = [...text];
  if (points.length <= limit) return text;
  const room = limit - [...CUT_NOTE].length;
  if (room < 100) throw new AlertIssueError(`The alert text leaves no room within GitHub's ${ISSUE_BODY_LIMIT}-character limit.`);
  let cut = points.slice(0, room).join('');
  // An HTML comment or a code fence cut in half would swallow the rest of the page.
  const comment = cut.lastIndexOf('<!--');
  if (comment > cut.lastIndexOf('-->')) cut = cut.slice(0, comment);
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut = `${cut}\n\`\`\``;
  return `${cut}${CUT_NOTE}`;
}

const issueSchema = z.looseObject({
  number: z.number(),
  html_url: z.string(),
  title: z.string(),
  state: z.enum(['open', 'closed']),
  state_reason: z.optional(z.nullable(z.string())),
  body: z.optional(z.nullable(z.string())),
  user: z.nullable(z.looseObject({ login: z.string() })),
  created_at: z.string(),
  pull_request: z.optional(z.unknown()),
});

function alertIssueOf(data: unknown, call: string): AlertIssue {
  const issue = checked(issueSchema, data, call);
  const { shown, record } = readAlertBody(issue.body ?? '');
  return {
    number: issue.number,
    url: issue.html_url,
    title: issue.title,
    state: issue.state,
    stateReason: issue.state_reason ?? null,
    body: shown,
    record,
    createdAt: issue.created_at,
  };
}

/** An issue (not a pull request) written by `author` whose body carries `marker`. */
function isOwnAlert(item: unknown, marker: string, author: string): boolean {
  const candidate = item as { pull_request?: unknown; user?: { login?: unknown } | null; body?: unknown };
  if (candidate.pull_request !== undefined && candidate.pull_request !== null) return false;
  // Someone else can paste the marker into their own issue; only the token's own are ever touched.
  if (candidate.user?.login !== author) return false;
  return typeof candidate.body === 'string' && candidate.body.includes(marker);
}

type Target = AlertKey & {
  /** Login of the token's own identity (`tokenIdentity(client)`); only its issues are candidates. */
  author: string;
};

/**
 * The alert issue of a model and environment: the open one written by `author` with the marker (the oldest, where a
 * race left several), and, when none is open, the newest closed one. Reads at most the newest 1,000 open and 300
 * closed issues. Needs `issues: read`.
 */
export async function findAlertIssue(client: GitHubClient, repository: Repository, target: Target): Promise<AlertLookup> {
  const marker = alertMarker(target);
  const call = `GET /repos/${repository.owner}/${repository.repo}/issues`;
  const open: AlertIssue[] = [];
  let pages = 0;
  for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repository, state: 'open', sort: 'created', direction: 'desc', per_page: 100 })) {
    for (const item of page.data) if (isOwnAlert(item, marker, target.author)) open.push(alertIssueOf(item, call));
    if (++pages >= MAX_OPEN_PAGES) break;
  }
  open.sort((a, b) => a.number - b.number);
  const [first, ...rest] = open;
  if (first !== undefined) return { open: first, duplicates: rest.map((issue) => issue.number), latestClosed: undefined };
  pages = 0;
  for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repository, state: 'closed', sort: 'created', direction: 'desc', per_page: 100 })) {
    const found = page.data.find((item) => isOwnAlert(item, marker, target.author));
    if (found !== undefined) return { open: undefined, duplicates: [], latestClosed: alertIssueOf(found, call) };
    if (++pages >= MAX_CLOSED_PAGES) break;
  }
  return { open: undefined, duplicates: [], latestClosed: undefined };
}

export type AlertReport = Target & {
  /** The issue's title; `Model alert: <model> in <environment>` by default. Control characters are dropped. */
  title?: string;
  /** The current state as markdown (the table), rendered with untrusted names escaped; becomes the issue body. */
  body: string;
  /** The comment an update adds; the body by default. */
  comment?: string;
  /** Labels of a new issue (GitHub creates the ones the repository lacks). */
  labels?: string[];
  /** The workflow run raising it: a re-run of the same run rewrites the body but does not comment again. */
  runId?: number;
};

export type AlertResult = {
  /**
   * `opened`: a new issue; `updated`: a comment on the open one and its body rewritten; `muted`: a person closed
   * the alert as not planned and the model has not recovered since, so nothing was written.
   */
  action: 'opened' | 'updated' | 'muted';
  issue: AlertIssue;
  /** The closed alert issue a new one follows, linked from its body. */
  previous?: number;
  duplicates: number[];
};

function titleOf(report: AlertReport): string {
  // eslint-disable-next-line no-control-regex -- a title is one line of text
  const title = (report.title ?? `Model alert: ${report.model} in ${report.environment}`).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (title === '') throw new AlertIssueError('The alert issue title is blank; give a title with some text, or none for the default.');
  const points = [...title];
  return points.length > ISSUE_TITLE_LIMIT ? `${points.slice(0, ISSUE_TITLE_LIMIT - 1).join('')}…` : title;
}

/**
 * A closed alert a person muted: closed as not planned (or as a duplicate of another issue) and not recovered since.
 * The monitor itself only ever closes as completed.
 */
function isMuted(issue: AlertIssue): boolean {
  return (issue.stateReason === 'not_planned' || issue.stateReason === 'duplicate') && issue.record.recoveredAt === undefined;
}

/** The body shown on the issue: the marker first, then the caller's text. */
function shownBody(marker: string, text: string, previous?: number): string {
  const link = previous === undefined ? '' : `\n\n_The previous alert was #${previous}._`;
  return `${marker}\n${text}${link}`;
}

/**
 * Raises the alert: comments on the open alert issue and rewrites its body to the current table, or opens the issue
 * (title, body, labels) when none is open, or does nothing when a person muted it (see the top of this file).
 * Needs `issues: write`.
 */
export async function openOrUpdateAlert(client: GitHubClient, repository: Repository, report: AlertReport): Promise<AlertResult> {
  const marker = alertMarker(report);
  const base = `/repos/${repository.owner}/${repository.repo}/issues`;
  const lookup = await findAlertIssue(client, repository, report);
  if (lookup.open !== undefined) {
    const issue = lookup.open;
    const again = report.runId !== undefined && issue.record.lastRun === report.runId;
    if (!again) await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: fitText(report.comment ?? report.body, ISSUE_BODY_LIMIT) });
    const record = report.runId === undefined ? issue.record : { ...issue.record, lastRun: report.runId };
    const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, body: composeAlertBody(shownBody(marker, report.body), record) });
    return { action: 'updated', issue: alertIssueOf(data, `PATCH ${base}/${issue.number}`), duplicates: lookup.duplicates };
  }
  const closed = lookup.latestClosed;
  if (closed !== undefined && isMuted(closed)) {
    return { action: 'muted', issue: closed, duplicates: [] };
  }
  const { data } = await client.rest.issues.create({
    ...repository,
    title: titleOf(report),
    body: composeAlertBody(shownBody(marker, report.body, closed?.number), report.runId === undefined ? {} : { lastRun: report.runId }),
    ...(report.labels === undefined || report.labels.length === 0 ? {} : { labels: report.labels }),
  });
  return { action: 'opened', issue: alertIssueOf(data, `POST ${base}`), ...(closed === undefined ? {} : { previous: closed.number }), duplicates: [] };
}

export type RecoveryResult = {
  /**
   * `closed`: the open alert got the comment and was closed as completed; `unmuted`: the muted alert was marked
   * recovered, so the next alert opens a new issue; `none`: there was no alert to recover from.
   */
  action: 'closed' | 'unmuted' | 'none';
  issue?: AlertIssue;
};

/**
 * The model is healthy again: comments on the open alert issue and closes it (state_reason completed); records the
 * recovery on a muted one; does nothing when there is no alert. Needs `issues: write`.
 */
export async function recoverAlert(
  client: GitHubClient,
  repository: Repository,
  recovery: Target & {
    /** The closing comment (the healthy table, say); a plain sentence by default. */
    comment?: string;
    /** The clock, for the recovery recorded on a muted alert; now by default. */
    now?: Date | number;
  },
): Promise<RecoveryResult> {
  const base = `/repos/${repository.owner}/${repository.repo}/issues`;
  const lookup = await findAlertIssue(client, repository, recovery);
  const now = new Date(recovery.now ?? Date.now()).toISOString();
  if (lookup.open !== undefined) {
    const issue = lookup.open;
    const comment = recovery.comment === undefined || recovery.comment.trim() === '' ? `${escapeMarkdown(recovery.model)} is healthy again in ${escapeMarkdown(recovery.environment)}; closing this alert.` : recovery.comment;
    await client.rest.issues.createComment({ ...repository, issue_number: issue.number, body: fitText(comment, ISSUE_BODY_LIMIT) });
    const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', issue: alertIssueOf(data, `PATCH ${base}/${issue.number}`) };
  }
  const muted = lookup.latestClosed;
  if (muted !== undefined && isMuted(muted)) {
    const { data } = await client.rest.issues.update({ ...repository, issue_number: muted.number, body: composeAlertBody(muted.body, { ...muted.record, recoveredAt: now }) });
    return { action: 'unmuted', issue: alertIssueOf(data, `PATCH ${base}/${muted.number}`) };
  }
  return { action: 'none' };
}

/** Rewrites the record block of an alert issue, keeping what is shown. Needs `issues: write`. */
export async function writeAlertRecord(client: GitHubClient, repository: Repository, issue: Pick<AlertIssue, 'number' | 'body'>, record: AlertRecord): Promise<AlertIssue> {
  const { data } = await client.rest.issues.update({ ...repository, issue_number: issue.number, body: composeAlertBody(issue.body, record) });
  return alertIssueOf(data, `PATCH /repos/${repository.owner}/${repository.repo}/issues/${issue.number}`);
}

/** The alert issue by number, as it is now, when it is still an alert of `target` written by `author`. */
export async function getAlertIssue(client: GitHubClient, repository: Repository, number: number, target: Target): Promise<AlertIssue | undefined> {
  let data: unknown;
  try {
    data = (await client.rest.issues.get({ ...repository, issue_number: number })).data;
  } catch (error) {
    // Deleted or transferred: no alert there any more.
    if (statusOf(error) === 404 || statusOf(error) === 410) return undefined;
    throw error;
  }
  if (!isOwnAlert(data, alertMarker(target), target.author)) return undefined;
  return alertIssueOf(data, `GET /repos/${repository.owner}/${repository.repo}/issues/${number}`);
}
