import { choiceInput, numberInput, sharedInputs } from '@crucible/action-kit';
import { z } from 'zod';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  data: z.string(),
  schema: z.string(),
  format: choiceInput(['auto', 'csv', 'tsv', 'jsonl', 'parquet']).default('auto'),
  delimiter: z.string().optional(),
  reference: z.string().optional(),
  'drift-method': choiceInput(['auto', 'psi', 'hellinger']).default('auto'),
  'drift-threshold': numberInput({ above: 0 }).optional(),
  'fail-on': choiceInput(['error', 'drift', 'never']).default('error'),
  'artifact-name': z.string().default('crucible-validation'),
};
