import * as z from 'zod/mini';
import type { Repository } from './baseline.ts';
import type { GitHubClient } from './octokit.ts';
import { checked, statusOf } from './response.ts';

/** A reviewer of a required_reviewers rule: a user's login or a team's slug. */
export type EnvironmentReviewer = { type: string; name: string };

/** One protection rule as GitHub lists it; the fields beyond `type` are there only for the rule types that have them. */
export type ProtectionRule = { type: string; preventSelfReview?: boolean; reviewers?: EnvironmentReviewer[]; waitTimer?: number };

/** A name pattern of a custom deployment branch (or tag) policy. */
export type BranchPolicy = { name: string; type: 'branch' | 'tag' };

/**
 * A GitHub environment as the promote step reads it. `raw` is GitHub's body unchanged, for the gate, which parses
 * it itself; the other fields are what Crucible checked was there. `canAdminsBypass` is undefined when GitHub did not
 * say (older GitHub Enterprise Server), which is not the same as false.
 */
export type EnvironmentInfo = {
  id: number;
  name: string;
  protectionRules: ProtectionRule[];
  deploymentBranchPolicy: { protectedBranches: boolean; customBranchPolicies: boolean } | null;
  canAdminsBypass: boolean | undefined;
  /** The custom branch policies, all pages; null unless `deploymentBranchPolicy.customBranchPolicies`. */
  branchPolicies: BranchPolicy[] | null;
  raw: unknown;
  /** GET .../deployment-branch-policies' `branch_policies`, all pages concatenated, when it was read. */
  rawBranchPolicies: unknown[] | null;
};

const reviewerSchema = z.object({
  type: z.string(),
  reviewer: z.nullable(z.looseObject({ login: z.optional(z.string()), slug: z.optional(z.string()), name: z.optional(z.string()) })),
});

const environmentSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  // GitHub omits the field where an environment has no rules on some versions; no rules is then what it means.
  protection_rules: z.optional(
    z.array(
      z.looseObject({
        type: z.string(),
        prevent_self_review: z.optional(z.boolean()),
        reviewers: z.optional(z.array(reviewerSchema)),
        wait_timer: z.optional(z.number()),
      }),
    ),
  ),
  deployment_branch_policy: z.optional(z.nullable(z.object({ protected_branches: z.boolean(), custom_branch_policies: z.boolean() }))),
  can_admins_bypass: z.optional(z.boolean()),
});

const branchPoliciesSchema = z.array(z.looseObject({ name: z.string(), type: z.optional(z.enum(['branch', 'tag'])) }));

const approvalSchema = z.array(
  z.looseObject({
    state: z.enum(['approved', 'rejected', 'pending']),
    comment: z.nullable(z.optional(z.string())),
    user: z.looseObject({ login: z.string() }),
    environments: z.array(z.looseObject({ name: z.string() })),
  }),
);

/**
 * Reads an environment with its protection rules (GET /repos/{o}/{r}/environments/{name}), and its custom deployment
 * branch policies (all pages) when it has them. Undefined when GitHub answers 404: no such environment. Needs
 * `actions: read`.
 */
export async function getEnvironment(client: GitHubClient, repository: Repository, name: string): Promise<EnvironmentInfo | undefined> {
  const call = `GET /repos/${repository.owner}/${repository.repo}/environments/${name}`;
  let raw: unknown;
  try {
    raw = (await client.rest.repos.getEnvironment({ ...repository, environment_name: name })).data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  const body = checked(environmentSchema, raw, call);
  const policy = body.deployment_branch_policy ?? null;
  let rawBranchPolicies: unknown[] | null = null;
  let branchPolicies: BranchPolicy[] | null = null;
  if (policy?.custom_branch_policies === true) {
    // paginate gathers the `branch_policies` of every page (it unwraps `{total_count, <list>}` bodies itself).
    rawBranchPolicies = (await client.paginate('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
      ...repository,
      environment_name: name,
      per_page: 100,
    })) as unknown[];
    branchPolicies = checked(branchPoliciesSchema, rawBranchPolicies, `${call}/deployment-branch-policies`).map((entry) => ({
      name: entry.name,
      // Policies made before tag policies existed carry no type: they are branch policies.
      type: entry.type ?? 'branch',
    }));
  }
  return {
    id: body.id,
    name: body.name,
    protectionRules: (body.protection_rules ?? []).map((rule) => ({
      type: rule.type,
      ...(rule.prevent_self_review === undefined ? {} : { preventSelfReview: rule.prevent_self_review }),
      ...(rule.reviewers === undefined
        ? {}
        : { reviewers: rule.reviewers.map((entry) => ({ type: entry.type, name: entry.reviewer?.login ?? entry.reviewer?.slug ?? entry.reviewer?.name ?? '' })) }),
      ...(rule.wait_timer === undefined ? {} : { waitTimer: rule.wait_timer }),
    })),
    deploymentBranchPolicy: policy === null ? null : { protectedBranches: policy.protected_branches, customBranchPolicies: policy.custom_branch_policies },
    canAdminsBypass: body.can_admins_bypass,
    branchPolicies,
    raw,
    rawBranchPolicies,
  };
}

/** One review of a run's deployment: who approved or rejected which environments, with their comment. */
export type RunApproval = { state: 'approved' | 'rejected' | 'pending'; user: string; comment: string; environments: string[] };

/**
 * The reviews of a workflow run's deployments (GET /repos/{o}/{r}/actions/runs/{run_id}/approvals), every page.
 * GitHub records no time and no run attempt on them: a review of an earlier attempt is listed too. `raw` is GitHub's
 * body for the gate. Needs `actions: read`.
 */
export async function listRunApprovals(client: GitHubClient, repository: Repository, runId: number): Promise<{ approvals: RunApproval[]; raw: unknown[] }> {
  const raw: unknown[] = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...repository, run_id: runId, per_page: 100 });
  const body = checked(approvalSchema, raw, `GET /repos/${repository.owner}/${repository.repo}/actions/runs/${runId}/approvals`);
  return {
    approvals: body.map((entry) => ({
      state: entry.state,
      user: entry.user.login,
      comment: entry.comment ?? '',
      environments: entry.environments.map((environment) => environment.name),
    })),
    raw,
  };
}
