/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  deploymentId: 'deployment-id',
  status: 'status',
  version: 'version',
  rolledBackTo: 'rolled-back-to',
} as const;

export type DeployOutput = (typeof Outputs)[keyof typeof Outputs];
