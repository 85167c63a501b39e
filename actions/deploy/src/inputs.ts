import { booleanInput, sharedInputs } from '@crucible/action-kit';
import { z } from 'zod';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  environment: z.string(),
  run: z.string(),
  ref: z.string().optional(),
  'deployment-id': z.string().optional(),
  'environment-url': z.string().optional(),
  rollback: booleanInput().default(true),
};
