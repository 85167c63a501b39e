import { isAbsolute, relative, sep } from 'node:path';

/** The part of an action's life a line or a finding came from. */
export type Phase = 'pre' | 'main' | 'post';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  phase: Phase;
}

export interface WorkflowCommand {
  /** Lower-cased: the runner matches command names case-insensitively. */
  name: string;
  /** Keys lower-cased for the same reason; values unescaped. */
  properties: ReadonlyMap<string, string>;
  data: string;
}

/**
 * The commands the runner registers. A line naming any other command is not a command at all and is printed as
 * it is, which is why `::foo::bar` shows up verbatim in a real log.
 */
const REGISTERED_COMMANDS: ReadonlySet<string> = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'stop-commands',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'echo',
  'add-matcher',
  'remove-matcher',
]);

// Applied in this order, as the runner does, so that "%250A" comes out as the text "%0A" and not as a newline.
const DATA_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescape(text: string, escapes: ReadonlyArray<readonly [string, string]>): string {
  return escapes.reduce((result, [escaped, plain]) => result.replaceAll(escaped, plain), text);
}

function unescapeData(text: string): string {
  return unescape(text, DATA_ESCAPES);
}

function unescapeProperty(text: string): string {
  return unescape(text, PROPERTY_ESCAPES);
}

/**
 * Parses `::name key=value,key=value::data` the way the runner's ActionCommand.TryParseV2 does: leading
 * whitespace is ignored, properties without a key or a value are dropped, and only registered names count.
 */
export function parseWorkflowCommand(
  line: string,
  names: ReadonlySet<string> = REGISTERED_COMMANDS,
): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!names.has(name)) return undefined;
  return {
    name,
    properties: space > 0 ? parseProperties(info.slice(space + 1)) : new Map(),
    data: unescapeData(text.slice(end + 2)),
  };
}

function parseProperties(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const pair of text.trim().split(',')) {
    const equals = pair.indexOf('=');
    if (equals <= 0 || equals === pair.length - 1) continue;
    properties.set(pair.slice(0, equals).toLowerCase(), unescapeProperty(pair.slice(equals + 1)));
  }
  return properties;
}

/**
 * Replaces every registered value with `***`, merging overlapping matches the way the runner's SecretMasker does,
 * so that two secrets sharing characters never leave a fragment of either in the log.
 */
export class SecretMasker {
  readonly #values = new Set<string>();

  add(value: string): void {
    if (value !== '') this.#values.add(value);
  }

  get values(): string[] {
    return [...this.#values];
  }

  mask(text: string): string {
    const ranges = this.#matches(text);
    if (ranges.length === 0) return text;
    let masked = '';
    let from = 0;
    for (const [start, end] of ranges) {
      masked += `${text.slice(from, start)}***`;
      from = end;
    }
    return masked + text.slice(from);
  }

  #matches(text: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    for (const value of this.#values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) found.push([at, at + value.length]);
    }
    found.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const range of found) {
      const last = merged.at(-1);
      if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([...range]);
    }
    return merged;
  }
}

/** What the commands of a whole run produce; shared by its phases, as the runner's masker is job-wide. */
export interface CommandLog {
  masker: SecretMasker;
  annotations: Annotation[];
  debug: string[];
  groups: string[];
  deprecatedCommands: string[];
  /** Masked, in arrival order, the way the runner writes the step log. */
  lines: string[];
}

/** What the commands of one phase set for that phase alone. */
export interface PhaseCommandValues {
  outputs: Record<string, string>;
  state: Record<string, string>;
  /** A command the runner could not process fails the step even when the process exits 0. */
  failed: boolean;
}

export function createCommandLog(): CommandLog {
  return { masker: new SecretMasker(), annotations: [], debug: [], groups: [], deprecatedCommands: [], lines: [] };
}

/** Records a finding the runner itself reports, and writes it to the log as the runner does. */
export function addAnnotation(log: CommandLog, annotation: Annotation): void {
  const masked = { ...annotation, message: log.masker.mask(annotation.message) };
  if (masked.title !== undefined) masked.title = log.masker.mask(masked.title);
  log.annotations.push(masked);
  log.lines.push(`##[${masked.level}]${masked.message}`);
}

// The runner's own wording, so that a test reads what a user would read on github.com.
const DEPRECATED_COMMAND = (name: string) =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. ` +
  'For more information see: ' +
  'https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/';
const DISABLED_COMMAND = (name: string) =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command ` +
  'execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more ' +
  'information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/';
const INVALID_STOP_TOKEN =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. " +
  'For more information see: ' +
  'https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ' +
  'or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` ' +
  'environment variable to `true`.';

/**
 * Returns a function that takes each line a phase prints (stdout or stderr: the runner reads both for commands)
 * and applies it: a command changes the record, anything else goes to the log, masked.
 */
export function createCommandProcessor(
  phase: Phase,
  workspace: string,
  log: CommandLog,
  values: PhaseCommandValues,
): (line: string) => void {
  // Command processing pauses per phase: the runner keeps this state in each step's command manager.
  let stopToken: string | undefined;
  const fail = (message: string) => {
    addAnnotation(log, { level: 'error', message, phase });
    values.failed = true;
  };

  return (line) => {
    const command = parseWorkflowCommand(line, stopToken === undefined ? REGISTERED_COMMANDS : new Set([stopToken]));
    if (command === undefined) {
      log.lines.push(log.masker.mask(line));
    } else if (stopToken !== undefined) {
      stopToken = undefined;
      log.lines.push(log.masker.mask(line));
    } else if (command.name === 'stop-commands') {
      const token = command.data.toLowerCase();
      if (token === '' || token === 'pause-logging' || REGISTERED_COMMANDS.has(token)) fail(INVALID_STOP_TOKEN);
      else stopToken = token;
      log.lines.push(log.masker.mask(line));
    } else {
      applyCommand(command, { phase, workspace, log, values, fail });
    }
  };
}

interface CommandScope {
  phase: Phase;
  workspace: string;
  log: CommandLog;
  values: PhaseCommandValues;
  fail: (message: string) => void;
}

function applyCommand(command: WorkflowCommand, scope: CommandScope): void {
  const { log, values } = scope;
  switch (command.name) {
    case 'error':
    case 'warning':
    case 'notice':
      addAnnotation(log, toAnnotation(command.name, command, scope));
      return;
    case 'debug':
      log.debug.push(log.masker.mask(command.data));
      log.lines.push(`##[debug]${log.masker.mask(command.data)}`);
      return;
    case 'group':
      log.groups.push(log.masker.mask(command.data));
      log.lines.push(`##[group]${log.masker.mask(command.data)}`);
      return;
    case 'endgroup':
      log.lines.push('##[endgroup]');
      return;
    case 'add-mask':
      addMask(command.data, scope);
      return;
    case 'set-output':
    case 'save-state':
      setLegacyValue(command, scope, command.name === 'set-output' ? values.outputs : values.state);
      return;
    case 'set-env':
    case 'add-path':
      scope.fail(DISABLED_COMMAND(command.name));
      return;
    default:
      // echo, add-matcher and remove-matcher: accepted, as the runner does, with no effect on what a test sees.
      return;
  }
}

function toAnnotation(level: AnnotationLevel, command: WorkflowCommand, scope: CommandScope): Annotation {
  const { properties } = command;
  const annotation: Annotation = { level, message: command.data, phase: scope.phase };
  const file = properties.get('file');
  if (file !== undefined) annotation.file = relativeToWorkspace(file, scope.workspace);
  const numbers = [
    ['line', 'line'],
    ['endline', 'endLine'],
    ['col', 'col'],
    ['endcolumn', 'endColumn'],
  ] as const;
  for (const [property, field] of numbers) {
    const value = Number.parseInt(properties.get(property) ?? '', 10);
    if (Number.isInteger(value)) annotation[field] = value;
  }
  const title = properties.get('title');
  if (title !== undefined) annotation.title = title;
  return annotation;
}

/** The runner turns an absolute path inside the workspace into a repository path, so annotations land on the diff. */
function relativeToWorkspace(file: string, workspace: string): string {
  if (!isAbsolute(file)) return file;
  const path = relative(workspace, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
}

function addMask(value: string, scope: CommandScope): void {
  if (value.trim() === '') {
    addAnnotation(scope.log, {
      level: 'warning',
      message: "Can't add secret mask for empty string in ##[add-mask] command.",
      phase: scope.phase,
    });
    return;
  }
  // The log is masked a line at a time, so each line of a multi-line secret is a secret of its own.
  scope.log.masker.add(value);
  for (const line of value.split(/[\r\n]/)) scope.log.masker.add(line.trim());
}

function setLegacyValue(command: WorkflowCommand, scope: CommandScope, target: Record<string, string>): void {
  const name = command.properties.get('name');
  if (name === undefined) {
    scope.fail(`Unable to process command '::${command.name}::' successfully. Required field 'name' is missing.`);
    return;
  }
  target[name] = command.data;
  scope.log.deprecatedCommands.push(command.name);
  addAnnotation(scope.log, { level: 'warning', message: DEPRECATED_COMMAND(command.name), phase: scope.phase });
}
