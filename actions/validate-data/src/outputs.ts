/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  passed: 'passed',
  failedChecks: 'failed-checks',
  driftedColumns: 'drifted-columns',
  rows: 'rows',
  evidencePath: 'evidence-path',
  profilePath: 'profile-path',
} as const;
