import { z } from 'zod';
import { EVIDENCE_KINDS, GitInfoSchema } from './common.ts';

/**
 * crucible/promotion@1: what the gate decided for one version and environment, and on what. Written by the promote
 * action and kept with the version's GitHub Release, so an audit finds who approved what long after the workflow
 * artifacts expire. The gate's decision is `allowed` and `reasons` (the contract's {rule, ok, detail}); what only
 * the promotion itself learns (the tag it pushed, the release, the deployment, the version it replaced) is
 * optional, so a denied promotion is recorded with the same schema.
 */

const text = (max: number) => z.string().max(max);
const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex (64 characters)');

export const GateReasonSchema = z.object({ rule: text(64), ok: z.boolean(), detail: text(4000) });

export const PromotionEvidenceSchema = z
  .object({
    schema: z.literal('crucible/promotion@1'),
    createdAt: text(64).optional(),
    git: GitInfoSchema,
    /** The GitHub environment the job ran in. */
    environment: text(255),
    /** The model as the registry names it (GTO's `path:name` for a model in a folder). */
    model: text(512),
    /** The version promoted, as `v1.2.3`. */
    version: text(256),
    /** The stage assigned (usually the environment's name). */
    stage: text(256),
    allowed: z.boolean(),
    reasons: z.array(GateReasonSchema).max(1000),
    /** The approvals that counted, with what each reviewer wrote. */
    approvers: z.array(z.object({ login: text(100), comment: text(65_536).nullable() })).max(1000),
    run: z.object({
      id: z.number().int().nonnegative(),
      attempt: z.number().int().positive(),
      actor: text(100),
      triggeringActor: text(100),
    }),
    /** sha256 of the environment's policy as JSON (policyDigest), so an audit can tell which rules were applied. */
    policyDigest: Sha256Schema,
    /** The evidence the decision read, by file and content digest. */
    evidence: z.array(z.object({ file: text(4096), kind: z.enum(EVIDENCE_KINDS), sha256: Sha256Schema })).max(10_000),
    /** The version that held the stage before, or null when none did. */
    previousVersion: text(256).nullable().optional(),
    tag: text(1024).optional(),
    releaseUrl: text(4096).nullable().optional(),
    deploymentId: z.number().int().nonnegative().nullable().optional(),
  })
  .loose();
export type PromotionEvidence = z.infer<typeof PromotionEvidenceSchema>;
