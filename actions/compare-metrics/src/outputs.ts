/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  verdict: 'verdict',
  regressions: 'regressions',
  improvements: 'improvements',
  evidencePath: 'evidence-path',
  baselineSha: 'baseline-sha',
  baselineSource: 'baseline-source',
} as const;
