import { choiceInput, integerInput, listInput, sharedInputs } from '@crucible/action-kit';
import { z } from 'zod';

/** Keyed by the action.yml input names; a test keeps the two in step. */
export const inputs = {
  ...sharedInputs,
  run: z.string(),
  shell: z.string().default('bash'),
  env: listInput().default([]),
  gpu: choiceInput(['required', 'optional', 'none']).default('required'),
  'min-gpus': integerInput(0).default(1),
  'min-gpu-memory': z.string().optional(),
  'busy-gpu': choiceInput(['warn', 'fail', 'ignore']).default('warn'),
  'min-free-disk': z.string().optional(),
  'time-budget': z.string().optional(),
  grace: integerInput(0, 3600).default(10),
  launcher: choiceInput(['none', 'torchrun', 'accelerate']).default('none'),
  nodes: integerInput(1).default(1),
  'gpus-per-node': integerInput(1).optional(),
  'node-rank': integerInput(0).default(0),
  'master-addr': z.string().default('127.0.0.1'),
  'master-port': integerInput(1, 65535).default(29500),
  'checkpoint-path': z.string().optional(),
  'checkpoint-key': z.string().default('default'),
  'checkpoint-max-size': z.string().default('5GB'),
  'metrics-path': z.string().optional(),
  'params-path': z.string().optional(),
  'data-paths': listInput().default([]),
  outputs: listInput().default([]),
  'telemetry-interval': integerInput(1, 3600).default(5),
  'artifact-name': z.string().optional(),
};
