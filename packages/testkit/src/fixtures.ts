import type { Seed } from './github/state.ts';

/**
 * A small, realistic world most tests start from:
 * - octo-org/models, default branch main: c1 <- c2 <- c3 (main), and feature/better-lr branching off c2 (f1 <- f2);
 * - pull request #7 from feature/better-lr (merge-base c2), pull request #8 from the fork mallory/models, whose
 *   branch is also called main (head m1);
 * - workflow "ML" (.github/workflows/ml.yml): successful push runs on c1 and c2 with a comparison artifact, and the
 *   fork's pull_request run;
 * - environments staging (no protection) and production (required reviewers alice and the ml-leads team,
 *   prevent_self_review, admins cannot bypass);
 * - tokens: ghs_loopback (all write, github-actions[bot]), ghs_readonly (a fork PR's read-only token),
 *   ghs_nopr (no pull-requests permission), ghp_alice (a person's token), ghs_app (a GitHub App's installation
 *   token: all write, commenting as crucible-reports[bot]).
 */
export function standardSeed(overrides: Partial<Seed> = {}): Seed {
  return {
    now: '2026-11-20T12:00:00Z',
    users: [{ login: 'alice' }, { login: 'bob' }, { login: 'mallory' }],
    tokens: {
      ghs_readonly: { login: 'github-actions[bot]', type: 'Bot', scopes: { contents: 'read', 'pull-requests': 'read', issues: 'read', actions: 'read', checks: 'read', deployments: 'read' } },
      ghs_nopr: { login: 'github-actions[bot]', type: 'Bot', scopes: { contents: 'read', actions: 'read', checks: 'write', issues: 'read' } },
      ghp_alice: { login: 'alice', type: 'User' },
      ghs_app: { login: 'crucible-reports[bot]', type: 'Bot' },
    },
    repos: [
      {
        owner: 'octo-org',
        name: 'models',
        commits: [
          { sha: 'c1', message: 'Train the first model', date: '2026-11-01T10:00:00Z', files: { 'metrics.json': '{"acc": 0.80, "loss": 0.50}' } },
          { sha: 'c2', parents: ['c1'], message: 'Tune the learning rate', date: '2026-11-05T10:00:00Z', files: { 'metrics.json': '{"acc": 0.82, "loss": 0.45}' } },
          { sha: 'c3', parents: ['c2'], message: 'Refresh the data', date: '2026-11-10T10:00:00Z' },
          { sha: 'f1', parents: ['c2'], message: 'Try a larger batch', date: '2026-11-12T10:00:00Z', author: 'bob' },
          { sha: 'f2', parents: ['f1'], message: 'Lower the learning rate', date: '2026-11-13T10:00:00Z', author: 'bob' },
          // The fork's head commit, reachable in the base repository as refs/pull/8/head, as on GitHub.
          { sha: 'm1', parents: ['c3'], message: 'Totally harmless change', date: '2026-11-14T08:00:00Z', author: 'mallory' },
        ],
        branches: { main: 'c3', 'feature/better-lr': 'f2' },
        workflows: [{ name: 'ML', path: '.github/workflows/ml.yml' }],
        environments: [
          { name: 'staging' },
          {
            name: 'production',
            reviewers: [
              { type: 'User', login: 'alice' },
              { type: 'Team', login: 'ml-leads' },
            ],
            preventSelfReview: true,
            canAdminsBypass: false,
            deploymentBranchPolicy: { protected_branches: true, custom_branch_policies: false },
          },
        ],
        pulls: [
          { number: 7, title: 'Lower the learning rate', user: 'bob', head: { ref: 'feature/better-lr', sha: 'f2' }, base: { ref: 'main' } },
          { number: 8, title: 'Totally harmless change', user: 'mallory', head: { ref: 'main', sha: 'm1', repo: 'mallory/models' }, base: { ref: 'main' } },
        ],
        runs: [
          {
            workflow: 'ML',
            event: 'push',
            headBranch: 'main',
            headSha: 'c1',
            createdAt: '2026-11-01T10:05:00Z',
            artifacts: [{ name: 'crucible-comparison', files: { 'comparison.json': '{"schema":"crucible/comparison@1"}' }, createdAt: '2026-11-01T10:20:00Z' }],
          },
          {
            workflow: 'ML',
            event: 'push',
            headBranch: 'main',
            headSha: 'c2',
            createdAt: '2026-11-05T10:05:00Z',
            artifacts: [{ name: 'crucible-comparison', files: { 'comparison.json': '{"schema":"crucible/comparison@1"}' }, createdAt: '2026-11-05T10:20:00Z' }],
          },
          {
            workflow: 'ML',
            event: 'pull_request',
            headBranch: 'main',
            headSha: 'm1',
            headRepository: 'mallory/models',
            createdAt: '2026-11-14T09:00:00Z',
          },
        ],
      },
      {
        owner: 'mallory',
        name: 'models',
        forkOf: 'octo-org/models',
        commits: [{ sha: 'm1', message: 'Totally harmless change', date: '2026-11-14T08:00:00Z', author: 'mallory' }],
        branches: { main: 'm1' },
      },
    ],
    ...overrides,
  };
}
