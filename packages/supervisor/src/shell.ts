import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@crucible/core/errors';

/**
 * The runner's shells for a `run:` step, so `run` behaves as it would there: the script goes into a file and the
 * shell runs the file. Anything else is a template with `{0}` for the file, as `shell:` allows.
 */
const SHELLS: Record<string, { template: string; extension: string }> = {
  bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
  sh: { template: 'sh -e {0}', extension: '.sh' },
  python: { template: 'python {0}', extension: '.py' },
  pwsh: { template: "pwsh -command . '{0}'", extension: '.ps1' },
};

/** The argv that runs `script` with `shell`, after writing the script to a file in `folder`. */
export function shellArgv(script: string, shell: string, folder: string): string[] {
  const known = SHELLS[shell];
  const template = known?.template ?? shell;
  if (!template.includes('{0}')) {
    throw new InputError(`shell: "${shell}" is not one of ${Object.keys(SHELLS).join(', ')} and has no {0} for the script file (like "bash -e {0}").`);
  }
  const words = splitWords(template.trim());
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `crucible-train-${process.pid}-${Date.now()}${known?.extension ?? ''}`);
  writeFileSync(file, script.endsWith('\n') ? script : `${script}\n`, { mode: 0o700 });
  return words.map((word) => word.replaceAll('{0}', file));
}

/**
 * Splits a `shell:` template into words as the runner does on Linux: on whitespace, with '...' and "..." keeping
 * theirs (`bash -c "source env.sh && exec python {0}"` is three words).
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  for (const char of text) {
    if (quote !== null) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started || word !== '') words.push(word);
      word = '';
      started = false;
    } else word += char;
  }
  if (quote !== null) throw new InputError(`shell: "${text}" has an unclosed ${quote}.`);
  if (started || word !== '') words.push(word);
  return words;
}

/** Quotes one argument for a POSIX shell, only when it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** How a command is shown in logs and evidence. */
export function commandText(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

/**
 * Runner variables that belong to the step, not to the training command (least privilege): the action's inputs and
 * state, the runtime token, the cache and results services, the OIDC token request. A Slurm job stores its
 * environment with the job, where the cluster's administrators can read it: these never go there.
 */
const RUNNER_PRIVATE_VARIABLES = /^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$|GITHUB_STATE$)/;

/** The environment less the runner's private variables. */
export function withoutRunnerPrivates(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!RUNNER_PRIVATE_VARIABLES.test(name)) kept[name] = value;
  return kept;
}
