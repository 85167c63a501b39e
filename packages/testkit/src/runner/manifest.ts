/**
 * The runner simulator's manifest half: reading an action's action.yml as the runner does (runs.using, the scripts,
 * `pre-if`/`post-if`), whether a phase's condition holds, and the step's inputs as INPUT_* variables, with the
 * defaults' `${{ }}` expressions evaluated from the environment and the event. No processes here: process.ts
 * starts them, simulator.ts puts the two together.
 */

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CrucibleError } from '@crucible/core';
import { parse } from 'yaml';
import type { GitHubEvent } from './events.ts';

/** action.yml is missing, malformed, or asks for something the simulator does not do. */
export class ActionManifestError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'ActionManifestError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// action.yml

export type StatusCondition = 'always' | 'success' | 'failure' | 'cancelled';

export interface ActionManifest {
  file: string;
  directory: string;
  inputs: Array<{ name: string; default: string | undefined }>;
  main: string;
  pre: string | undefined;
  post: string | undefined;
  preIf: StatusCondition;
  postIf: StatusCondition;
}

export async function readActionManifest(directory: string): Promise<ActionManifest> {
  // The runner accepts either name and prefers action.yml.
  const file = ['action.yml', 'action.yaml'].map((name) => join(directory, name)).find((path) => existsSync(path));
  if (file === undefined) {
    throw new ActionManifestError(
      `${join(directory, 'action.yml')} does not exist. Pass as "action" the folder that holds the action's ` +
        'action.yml (like actions/report), not its bundle.',
    );
  }
  const document = parseYaml(file, await readFile(file, 'utf8'));
  const runs = document['runs'];
  if (!isRecord(runs)) {
    throw new ActionManifestError(
      `${file}: "runs" is missing. A JavaScript action needs runs.using (node20 or node24) and runs.main.`,
    );
  }
  const using = runs['using'];
  if (using !== 'node20' && using !== 'node24') {
    throw new ActionManifestError(
      `${file}: runs.using is ${JSON.stringify(using ?? null)}; the runner simulator starts JavaScript actions only, ` +
        'so set it to node20 or node24.',
    );
  }
  return {
    file,
    directory,
    inputs: readInputs(file, document['inputs']),
    main: readScript(file, directory, runs, 'main'),
    pre: runs['pre'] === undefined ? undefined : readScript(file, directory, runs, 'pre'),
    post: runs['post'] === undefined ? undefined : readScript(file, directory, runs, 'post'),
    preIf: readCondition(file, runs, 'pre-if'),
    postIf: readCondition(file, runs, 'post-if'),
  };
}

function parseYaml(file: string, text: string): Record<string, unknown> {
  let document: unknown;
  try {
    // The failsafe schema keeps every scalar as written, as the runner reads `default: 1.10` as "1.10".
    document = parse(text, { schema: 'failsafe' });
  } catch (error) {
    throw new ActionManifestError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(document)) {
    throw new ActionManifestError(`${file} must be a YAML mapping with "name", "inputs" and "runs"; fix the file.`);
  }
  return document;
}

function readInputs(file: string, inputs: unknown): ActionManifest['inputs'] {
  if (inputs === undefined || inputs === '') return [];
  if (!isRecord(inputs)) {
    throw new ActionManifestError(`${file}: "inputs" must map each input name to its description and default.`);
  }
  return Object.entries(inputs).map(([name, spec]) => {
    const value = isRecord(spec) ? spec['default'] : undefined;
    if (value !== undefined && typeof value !== 'string') {
      throw new ActionManifestError(`${file}: inputs.${name}.default must be a single value, not a list or a mapping.`);
    }
    return { name, default: value };
  });
}

function readScript(
  file: string,
  directory: string,
  runs: Record<string, unknown>,
  key: 'main' | 'pre' | 'post',
): string {
  const value = runs[key];
  if (typeof value !== 'string' || value === '') {
    throw new ActionManifestError(`${file}: runs.${key} must name the script to start, like dist/index.js.`);
  }
  const script = resolve(directory, value);
  if (!existsSync(script)) {
    throw new ActionManifestError(
      `${file}: runs.${key} is "${value}", but ${script} does not exist. ` +
        'Build the action (pnpm run build) or fix the path.',
    );
  }
  return script;
}

function readCondition(file: string, runs: Record<string, unknown>, key: 'pre-if' | 'post-if'): StatusCondition {
  const value = runs[key];
  if (value === undefined) return 'always';
  const match = /^(?:\$\{\{\s*)?(always|success|failure|cancelled)\(\)(?:\s*\}\})?$/.exec(String(value).trim());
  if (typeof value !== 'string' || match?.[1] === undefined) {
    throw new ActionManifestError(
      `${file}: runs.${key} is ${JSON.stringify(value)}; the runner simulator understands only always(), success(), ` +
        'failure() and cancelled(). Use one of them, or test this condition on a real runner.',
    );
  }
  return match[1] as StatusCondition;
}

/** Whether a phase runs: its pre-if or post-if against how the run has gone so far. */
export function conditionHolds(
  condition: StatusCondition,
  { failed, cancelled }: { failed: boolean; cancelled: boolean },
): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'success':
      return !failed && !cancelled;
    case 'failure':
      return failed && !cancelled;
    case 'cancelled':
      return cancelled;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs and the expressions their defaults may hold

/** github.* properties the runner exports as GITHUB_<NAME>, so a default can be evaluated from the environment. */
const GITHUB_PROPERTIES = new Set([
  'action', 'action_path', 'action_ref', 'action_repository', 'actor', 'actor_id', 'api_url', 'base_ref',
  'event_name', 'event_path', 'graphql_url', 'head_ref', 'job', 'ref', 'ref_name', 'ref_protected', 'ref_type',
  'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'retention_days', 'run_attempt',
  'run_id', 'run_number', 'server_url', 'sha', 'token', 'triggering_actor', 'workflow', 'workflow_ref',
  'workflow_sha', 'workspace',
]);
const RUNNER_PROPERTIES = new Set(['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment']);

export interface ExpressionContext {
  /** Runner variables with options.env on top, where github.* and runner.* values come from. */
  env: Record<string, string>;
  event: GitHubEvent;
  matrix: Record<string, unknown> | null;
}

/** The runner's environment name for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/** The step's INPUT_* variables, and the names given that action.yml does not declare (the runner warns of them). */
export type ResolvedInputs = { env: Record<string, string>; unexpected: string[] };

/**
 * INPUT_* for every declared input (given value, else evaluated default, else empty) and for every given one,
 * declared or not, plus the names given that action.yml does not declare.
 */
export function resolveInputs(
  manifest: ActionManifest,
  given: Record<string, string>,
  context: ExpressionContext,
): ResolvedInputs {
  const env: Record<string, string> = {};
  for (const input of manifest.inputs) {
    env[inputVariable(input.name)] = evaluateDefault(manifest.file, input.name, input.default ?? '', context);
  }
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value;
  const declared = new Set(manifest.inputs.map((input) => input.name.toLowerCase()));
  return { env, unexpected: Object.keys(given).filter((name) => !declared.has(name.toLowerCase())) };
}

function evaluateDefault(file: string, input: string, template: string, context: ExpressionContext): string {
  return template.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => {
    const value = evaluateReference(expression.trim(), context);
    if (value === undefined) {
      throw new ActionManifestError(
        `${file}: the default of input "${input}" is "${template}", and the runner simulator cannot evaluate ` +
          `"${expression.trim()}". It knows github.<property>, github.event.<path> and runner.<property>; pass the ` +
          'input in "inputs" instead.',
      );
    }
    return value;
  });
}

/** A plain context reference evaluated as the runner would, or undefined when it is anything else. */
function evaluateReference(expression: string, context: ExpressionContext): string | undefined {
  // The runner's toJSON(matrix) is pretty-printed JSON, and "null" outside a matrix job.
  if (/^toJSON\(\s*matrix\s*\)$/i.test(expression)) return JSON.stringify(context.matrix, null, 2);
  const match = /^(github|runner)((?:\.[A-Za-z_][\w-]*)+)$/i.exec(expression);
  if (match === null) return undefined;
  const scope = (match[1] ?? '').toLowerCase();
  const [property = '', ...path] = (match[2] ?? '').slice(1).split('.');
  const name = property.toLowerCase();
  if (scope === 'github' && name === 'event') return stringifyValue(lookupPath(context.event.payload, path));
  if (path.length > 0) return undefined;
  if (scope === 'github' && GITHUB_PROPERTIES.has(name)) return context.env[`GITHUB_${name.toUpperCase()}`] ?? '';
  if (scope === 'runner' && RUNNER_PROPERTIES.has(name)) return context.env[`RUNNER_${name.toUpperCase()}`] ?? '';
  return undefined;
}

/** Context lookups in the runner ignore case. */
function lookupPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!isRecord(current)) return undefined;
    const key = Object.keys(current).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : current[key];
  }
  return current;
}

function stringifyValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
