/**
 * The one shape of every Crucible step: `(settings, ports) -> outcome`. A step is the whole job of an action
 * (compare-metrics, report, validate-data, train) written once; the action runs it with ports over the runner and
 * GitHub, the CLI with ports over local files, and tests with fakes. The outcome is plain data: the action-kit
 * applies it to the runner in one place, the CLI prints it. Nothing here touches the runner, the network or the
 * environment.
 */

import type { Severity } from './errors.ts';

export type { Severity };

/** A finding a person can act on, shown on a file and line where there is one. */
export type Annotation = {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** Relative to the workspace. */
  file?: string;
  line?: number;
};

export type StepFailure = { message: string; severity: Severity };

/**
 * What a step did, as data. `outputs` are keyed by the action.yml output names; `summary` is markdown for the job
 * summary; `evidence` lists the documents written; `result` is the step's own typed result for the CLI.
 */
export type Outcome<Output extends string = string, Result = unknown> = {
  outputs: Partial<Record<Output, string>>;
  summary: string;
  annotations: Annotation[];
  evidence: string[];
  failure?: StepFailure;
  result: Result;
};

/** Progress for a person: the runner's log in an action, stderr in the CLI, a list in tests. */
export interface Log {
  info(message: string): void;
  debug(message: string): void;
  /** A warning that is not tied to a file; findings on a file are annotations in the outcome. */
  warning(message: string, title?: string): void;
  /** A noisy phase, folded in the runner's log. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export interface Clock {
  now(): Date;
}

/**
 * Where a step's evidence goes. `write` puts a document where this edge keeps it and returns the path, or
 * undefined when this edge does not keep that document (the CLI writes only the files its flags name); the content
 * is rendered only for a document that is kept, since some are large (10,000 metrics).
 * `publish` makes written documents available to later jobs (a workflow artifact in an action; nothing locally)
 * and returns the artifact id when there is one. `fetch` brings this run's earlier evidence artifacts whose names
 * match a glob into folders, by artifact name.
 */
export interface EvidenceStore {
  write(file: string, content: () => string): string | undefined;
  publish(name: string, paths: string[]): Promise<number | undefined>;
  fetch(pattern: string): Promise<Map<string, string>>;
}

export const systemClock: Clock = { now: () => new Date() };

/** A log that drops everything: for steps run where nobody reads progress. */
export const silentLog: Log = { info: () => {}, debug: () => {}, warning: () => {}, group: (_title, body) => body() };

/** An outcome with nothing in it yet; steps fill it in. */
export function emptyOutcome<Output extends string, Result>(result: Result): Outcome<Output, Result> {
  return { outputs: {}, summary: '', annotations: [], evidence: [], result };
}
