import { booleanInput, choiceInput, listInput, patternInput, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  evidence: withDefault(listInput(), []),
  'evidence-pattern': withDefault(textInput(), 'crucible-*'),
  'report-id': withDefault(patternInput(/^[A-Za-z0-9._-]+$/, 'may hold only letters, digits, ".", "_" and "-"'), 'model-report'),
  'comment-mode': withDefault(choiceInput(['update', 'recreate', 'hide-old', 'off']), 'update'),
  'check-run': withDefault(booleanInput(), true),
  'commit-comment': withDefault(booleanInput(), false),
  'artifact-name': withDefault(textInput(), 'crucible-report'),
};
