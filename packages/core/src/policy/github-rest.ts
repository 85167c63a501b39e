import { z } from 'zod';

/**
 * The parts of GitHub's REST bodies the gate reads, written from GitHub's REST reference (and checked against its
 * OpenAPI description's examples in test/gate.test.ts). Only the fields a decision uses are declared; the rest of
 * each body passes through (`loose`). A field the gate reads that is absent fails the parse, and the gate denies
 * naming it: it never assumes a safe default for a setting it could not see.
 */

const Login = z.string().min(1).max(100);

/** A user as GitHub's `simple-user` gives one; only the login is read. */
export const RestUserSchema = z.object({ login: Login }).loose();

/** A team as GitHub's `team` gives one; the org comes from its html_url (`https://github.com/orgs/<org>/teams/<slug>`). */
export const RestTeamSchema = z.object({ slug: z.string().min(1).max(100), html_url: z.string().max(2048).optional() }).loose();

/** One entry of a required_reviewers rule: `{type: "User" | "Team", reviewer}`. */
export const RestReviewerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('User'), reviewer: RestUserSchema }).loose(),
  z.object({ type: z.literal('Team'), reviewer: RestTeamSchema }).loose(),
]);

/** The protection rule types GitHub documents for GET /repos/{owner}/{repo}/environments/{name}. */
export const KNOWN_PROTECTION_RULE_TYPES = ['required_reviewers', 'wait_timer', 'branch_policy'] as const;

/**
 * A protection rule: any `type` parses here, so that an unknown one reaches the gate, which denies naming it,
 * instead of failing the whole body; the known types' own fields are checked by ProtectionRuleDetailSchemas.
 */
export const RestProtectionRuleSchema = z.object({ type: z.string().min(1).max(100) }).loose();

export const ProtectionRuleDetailSchemas = {
  required_reviewers: z.object({ type: z.literal('required_reviewers'), prevent_self_review: z.boolean().optional(), reviewers: z.array(RestReviewerSchema).max(100) }).loose(),
  wait_timer: z.object({ type: z.literal('wait_timer'), wait_timer: z.number().int().nonnegative().optional() }).loose(),
  branch_policy: z.object({ type: z.literal('branch_policy') }).loose(),
} as const;

/**
 * `deployment_branch_policy`: null when every branch may deploy; else exactly one of protected_branches (only
 * branches with branch protection) and custom_branch_policies (only names matching the environment's branch and
 * tag policies) is true.
 */
export const RestDeploymentBranchPolicySchema = z
  .object({ protected_branches: z.boolean(), custom_branch_policies: z.boolean() })
  .loose()
  .refine((policy) => policy.protected_branches !== policy.custom_branch_policies, {
    message: 'exactly one of protected_branches and custom_branch_policies must be true, as GitHub documents',
  })
  .nullable();

/**
 * GET /repos/{owner}/{repo}/environments/{environment_name} ("Get an environment"). `protection_rules` and
 * `deployment_branch_policy` are required here although GitHub's schema marks them optional: the gate cannot
 * judge a setting it cannot see. `can_admins_bypass` stays optional in the schema, and its absence is a denial
 * with its own reason (GitHub's documented example leaves it out).
 */
export const RestEnvironmentSchema = z
  .object({
    name: z.string().min(1).max(255),
    protection_rules: z.array(RestProtectionRuleSchema).max(100),
    deployment_branch_policy: RestDeploymentBranchPolicySchema,
    can_admins_bypass: z.boolean().optional(),
  })
  .loose();
export type RestEnvironment = z.infer<typeof RestEnvironmentSchema>;

/** One branch or tag policy; GitHub's list leaves `type` out for branch policies created before tags existed. */
export const RestBranchPolicySchema = z.object({ name: z.string().min(1).max(1024), type: z.enum(['branch', 'tag']).optional() }).loose();

/** GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies, or its `branch_policies` alone. */
export const RestBranchPoliciesSchema = z.union([
  z.object({ total_count: z.number().int().nonnegative().optional(), branch_policies: z.array(RestBranchPolicySchema).max(10_000) }).loose(),
  z.array(RestBranchPolicySchema).max(10_000),
]);

/**
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals ("Get the review history for a workflow run"): every
 * review of the run's deployments, for all its environments and attempts (an entry names no attempt).
 */
export const RestApprovalSchema = z
  .object({
    state: z.enum(['approved', 'rejected', 'pending']),
    comment: z.string().max(65_536).nullable().optional(),
    environments: z.array(z.object({ name: z.string().min(1).max(255) }).loose()).max(100),
    user: RestUserSchema,
  })
  .loose();
export const RestApprovalsSchema = z.array(RestApprovalSchema).max(10_000);
export type RestApproval = z.infer<typeof RestApprovalSchema>;
