/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  allowed: 'allowed',
  version: 'version',
  tag: 'tag',
  deploymentId: 'deployment-id',
  releaseUrl: 'release-url',
  evidencePath: 'evidence-path',
} as const;

export type PromoteOutput = (typeof Outputs)[keyof typeof Outputs];
