import { choiceInput, numberInput, optional, sharedInputs, textInput, withDefault } from '@crucible/action-kit';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  data: textInput(),
  schema: textInput(),
  format: withDefault(choiceInput(['auto', 'csv', 'tsv', 'jsonl', 'parquet']), 'auto'),
  delimiter: optional(textInput()),
  reference: optional(textInput()),
  'drift-method': withDefault(choiceInput(['auto', 'psi', 'hellinger']), 'auto'),
  'drift-threshold': optional(numberInput({ above: 0 })),
  'fail-on': withDefault(choiceInput(['error', 'drift', 'never']), 'error'),
  'artifact-name': withDefault(textInput(), 'crucible-validation'),
};
