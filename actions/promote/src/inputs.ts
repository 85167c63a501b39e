import { listInput, optional, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  environment: textInput(),
  model: textInput(),
  version: optional(textInput()),
  stage: optional(textInput()),
  evidence: withDefault(listInput(), []),
  'evidence-pattern': withDefault(textInput(), 'crucible-*'),
  'artifact-name': withDefault(textInput(), 'crucible-promotion'),
};
