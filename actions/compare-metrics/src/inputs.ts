import { booleanInput, choiceInput, integerInput, listInput, numberInput, sharedInputs } from '@crucible/action-kit';
import { z } from 'zod';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  current: listInput().default([]),
  format: z.string().default('auto'),
  'baseline-path': z.string().optional(),
  'baseline-max-depth': integerInput(0, 1000).default(20),
  'if-no-baseline': choiceInput(['warn', 'fail', 'ignore']).default('warn'),
  'fail-on-regression': booleanInput().default(true),
  confidence: numberInput({ above: 0.5, below: 1 }).default(0.95),
  'run-evidence-pattern': z.string().default('crucible-run-*'),
  'artifact-name': z.string().default('crucible-comparison'),
};
