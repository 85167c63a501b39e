import { z } from 'zod';

const CommitShaSchema = z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit sha');

/**
 * The commit an evidence document is about: GITHUB_SHA / GITHUB_REF, else the local checkout, else null. `headSha`
 * is the pull request's head commit on pull_request events (where `sha` is the merge commit), else equal to `sha`;
 * optional so that evidence written before it existed still parses.
 */
export const GitInfoSchema = z.object({ sha: CommitShaSchema, ref: z.string().nullable(), headSha: CommitShaSchema.optional() }).nullable();
export type GitInfo = z.infer<typeof GitInfoSchema>;

/** Whether evidence recorded for `git` is about `sha`: its own commit, or the pull request head it was merged from. */
export function recordsCommit(git: GitInfo, sha: string): boolean {
  return git !== null && (git.sha === sha || git.headSha === sha);
}

export const EVIDENCE_KINDS = ['validation', 'profile', 'run', 'comparison', 'promotion', 'monitoring'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A metric name as it travels in evidence: any text, bounded so a hostile file cannot balloon a report. */
export const MetricNameSchema = z.string().min(1).max(512);

/** A history as [step, value] pairs, compact on the wire. */
export const HistorySchema = z.array(z.tuple([z.number(), z.number()])).max(100_000);
