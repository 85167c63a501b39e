/** The action's outputs, named as in action.yml; report.ts sets them all, in one place. */
export const Outputs = {
  verdict: 'verdict',
  commentId: 'comment-id',
  commentUrl: 'comment-url',
  checkRunId: 'check-run-id',
  reportPath: 'report-path',
} as const;
