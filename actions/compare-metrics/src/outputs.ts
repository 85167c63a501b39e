/** The action's outputs, named as in action.yml; run.ts sets them all, in one place. */
export const Outputs = {
  verdict: 'verdict',
  regressions: 'regressions',
  improvements: 'improvements',
  evidencePath: 'evidence-path',
  baselineSha: 'baseline-sha',
  baselineSource: 'baseline-source',
} as const;
