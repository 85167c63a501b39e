import { booleanInput, choiceInput, integerInput, listInput, numberInput, optional, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  current: withDefault(listInput(), []),
  format: withDefault(textInput(), 'auto'),
  'baseline-path': optional(textInput()),
  'baseline-max-depth': withDefault(integerInput(0, 1000), 20),
  'if-no-baseline': withDefault(choiceInput(['warn', 'fail', 'ignore']), 'warn'),
  'fail-on-regression': withDefault(booleanInput(), true),
  // No default here: an empty input leaves metrics.confidence in crucible.yml (0.95 when unset) in charge.
  confidence: optional(numberInput({ above: 0.5, below: 1 })),
  'run-evidence-pattern': withDefault(textInput(), 'crucible-run-*'),
  'artifact-name': withDefault(textInput(), 'crucible-comparison'),
};
