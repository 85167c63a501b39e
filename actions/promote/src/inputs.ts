import { booleanInput, integerInput, listInput, optional, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  environment: textInput(),
  model: textInput(),
  version: withDefault(textInput(), ''),
  stage: optional(textInput()),
  evidence: withDefault(listInput(), []),
  'evidence-run-id': optional(integerInput(1)),
  'evidence-pattern': withDefault(textInput(), 'crucible-*'),
  'model-artifact': withDefault(textInput(), 'model-*'),
  deployment: withDefault(booleanInput(), true),
  'environment-url': optional(textInput()),
  'required-contexts': withDefault(listInput(), []),
  'artifact-name': withDefault(textInput(), ''),
  'teams-token': optional(textInput()),
  'attach-model': withDefault(booleanInput(), false),
};
