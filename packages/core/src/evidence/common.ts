import { z } from 'zod';

/** The commit an evidence document is about: GITHUB_SHA / GITHUB_REF, else the local checkout, else null. */
export const GitInfoSchema = z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit sha'), ref: z.string().nullable() }).nullable();
export type GitInfo = z.infer<typeof GitInfoSchema>;

export const EVIDENCE_KINDS = ['validation', 'profile', 'run', 'comparison', 'promotion'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A metric name as it travels in evidence: any text, bounded so a hostile file cannot balloon a report. */
export const MetricNameSchema = z.string().min(1).max(512);

/** A history as [step, value] pairs, compact on the wire. */
export const HistorySchema = z.array(z.tuple([z.number(), z.number()])).max(100_000);
