import { booleanInput, listInput, optional, patternInput, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  model: textInput(),
  environment: textInput(),
  stage: optional(textInput()),
  version: optional(textInput()),
  run: textInput(),
  shell: withDefault(textInput(), 'bash'),
  'time-budget': optional(textInput()),
  'environment-url': optional(textInput()),
  rollback: withDefault(booleanInput(), true),
  'deployment-id': optional(patternInput(/^[1-9][0-9]{0,15}$/, 'must be the number of a deployment, like 1234567')),
  'required-contexts': withDefault(listInput(), []),
  production: optional(booleanInput()),
  transient: withDefault(booleanInput(), false),
};

/** Inputs of earlier versions, named with what replaced them. */
export const renamedInputs = { ref: 'version' } as const;
