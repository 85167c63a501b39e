import { booleanInput, optional, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  environment: textInput(),
  run: textInput(),
  ref: optional(textInput()),
  'deployment-id': optional(textInput()),
  'environment-url': optional(textInput()),
  rollback: withDefault(booleanInput(), true),
};
