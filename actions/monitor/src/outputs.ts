/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  status: 'status',
  healthy: 'healthy',
  driftedColumns: 'drifted-columns',
  rows: 'rows',
  evidencePath: 'evidence-path',
  version: 'version',
  issueNumber: 'issue-number',
  issueUrl: 'issue-url',
  dispatched: 'dispatched',
} as const;
