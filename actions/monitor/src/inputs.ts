import { booleanInput, choiceInput, listInput, optional, patternInput, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  model: textInput(),
  stage: optional(textInput()),
  environment: optional(textInput()),
  version: optional(patternInput(/^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?$/, 'a version like v1.2.3')),
  data: listInput(),
  reference: optional(textInput()),
  expected: optional(textInput()),
  schema: optional(textInput()),
  target: optional(textInput()),
  prediction: optional(textInput()),
  issue: withDefault(booleanInput(), true),
  labels: withDefault(listInput(), ['crucible-monitor']),
  'dispatch-workflow': optional(textInput()),
  'dispatch-ref': optional(textInput()),
  'dispatch-cooldown': withDefault(textInput(), '24h'),
  'fail-on': withDefault(choiceInput(['alert', 'never']), 'alert'),
  'artifact-name': withDefault(textInput(), 'crucible-monitoring'),
};
