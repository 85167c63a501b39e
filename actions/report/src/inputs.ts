import { booleanInput, choiceInput, listInput, sharedInputs } from '@crucible/action-kit';
import { z } from 'zod';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  evidence: listInput().default([]),
  'evidence-pattern': z.string().default('crucible-*'),
  'report-id': z.string().regex(/^[A-Za-z0-9._-]+$/, 'may hold only letters, digits, ".", "_" and "-"').default('model-report'),
  'comment-mode': choiceInput(['update', 'recreate', 'hide-old', 'off']).default('update'),
  'check-run': booleanInput().default(true),
  'commit-comment': booleanInput().default(false),
  'artifact-name': z.string().default('crucible-report'),
};
