/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  verdict: 'verdict',
  commentId: 'comment-id',
  commentUrl: 'comment-url',
  checkRunId: 'check-run-id',
  reportPath: 'report-path',
} as const;
