import { listInput, sharedInputs } from '@crucible/action-kit';
import { z } from 'zod';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  environment: z.string(),
  model: z.string(),
  version: z.string().optional(),
  stage: z.string().optional(),
  evidence: listInput().default([]),
  'evidence-pattern': z.string().default('crucible-*'),
  'artifact-name': z.string().default('crucible-promotion'),
};
