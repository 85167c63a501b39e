import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CrucibleError, isCrucibleError, NotImplementedError } from '@crucible/core/errors';
import { ExitCode } from './exit-code.ts';
import type { CliIo } from './io.ts';

export type { CliIo } from './io.ts';
export { ExitCode };

type Command = {
  usage: string;
  summary: string;
  run?: (args: string[], io: CliIo) => Promise<number>;
};

// Each command's module loads only when that command runs: `crucible --help` loads this file and no more, and
// `crucible compare` none of the data engine, the supervisor or the demo's loopback GitHub.

/**
 * The demo needs this repository around it (the loopback GitHub of packages/testkit, the action bundles, examples/),
 * so the packed CLI leaves it out: webpackIgnore keeps the bundler from following the import, which then finds no
 * file beside the bundle.
 */
async function loadDemo(): Promise<typeof import('./commands/demo.ts')> {
  try {
    return await import(/* webpackIgnore: true */ './commands/demo.ts');
  } catch (error) {
    // The bundler writes the specifier as demo.js; a module missing deeper down is another error, reported as such.
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && /commands[\\/]demo\.[jt]s'/.test((error as Error).message);
    if (!missing) throw error;
    throw new CrucibleError(
      'the demo runs from a clone of the Crucible repository, not from the installed package: clone it and run ' +
        '`npx --yes pnpm@10.34.9 install && npx --yes pnpm@10.34.9 crucible demo` there.',
    );
  }
}

/** Every command of the contract; one without `run` has not been built yet and says so. */
const COMMANDS: Record<string, Command> = {
  validate: {
    usage:
      'crucible validate <data> --schema <file> [--reference <profile.json|data>] [--json <out>] [--markdown <out>] [--profile-out <out>]\n' +
      'crucible validate --infer <data>',
    summary: 'check a data file against a schema and for drift against a reference',
    run: async (args, io) => (await import('./commands/validate.ts')).validateCommand(args, io),
  },
  compare: {
    usage: 'crucible compare --baseline <path> --current <path> [--config <file>] [--json <out>] [--markdown <out>]',
    summary: 'compare metrics of the current runs with the baseline runs and give a verdict',
    run: async (args, io) => (await import('./commands/compare.ts')).compareCommand(args, io),
  },
  report: {
    usage: 'crucible report --evidence <dir> [--markdown <out>] [--config <file>]',
    summary: 'render the model report from evidence documents',
    run: async (args, io) => (await import('./commands/report.ts')).reportCommand(args, io),
  },
  train: {
    usage:
      'crucible train [--metrics <path>] [--out <dir>] [--time-budget <seconds>] [--grace <seconds>] [--gpu optional|required|none] [--backend local|slurm] [--slurm-partition <p>] [--slurm-account <a>] [--slurm-qos <q>] [--nodes <n>] [--gpus-per-node <g>] [--cpus-per-task <c>] [--mem <size>] [--sbatch-option <opt>]... -- <command...>',
    summary: 'run a training command and record what happened as run evidence',
    run: async (args, io) => (await import('./commands/train.ts')).trainCommand(args, io),
  },
  gate: {
    usage:
      'crucible gate --policy <file> --evidence <dir> [--environment <env.json>] [--approvals <approvals.json>] [--context <ctx.json>] [--branch-policies <file>]',
    summary: 'decide whether evidence and approvals meet the promotion policy',
    run: async (args, io) => (await import('./commands/gate.ts')).gateCommand(args, io),
  },
  registry: {
    usage: 'crucible registry show [--json] | deregister <model> <version> | unassign <model> <stage> | deprecate <model>',
    summary: "list each model's versions, latest version and stages from the git tags (GTO's grammar) of the checkout",
    run: async (args, io) => (await import('./commands/registry.ts')).registryCommand(args, io),
  },
  monitor: {
    usage:
      'crucible monitor --reference <profile.json|data> --data <path> [--data <path>]... [--schema <file>] [--config <file>]\n' +
      '                 [--target <column> --prediction <column> --expected <metrics|evidence>] [--json <out>] [--markdown <out>]',
    summary: 'check production batches for drift, failed checks and live quality against the model reference; exit 1 on alert',
    run: async (args, io) => (await import('./commands/monitor.ts')).monitorCommand(args, io),
  },
  demo: {
    usage: 'crucible demo',
    summary: 'run the whole pipeline on the bundled example against a loopback GitHub',
    run: async (args, io) => (await loadDemo()).demoCommand(args, io),
  },
};

export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: crucible <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     show this help, or a command\'s usage with `crucible <command> --help`',
    '  --version, -v  print the version',
    '',
    'Exit codes: 0 pass, 1 checks failed / regression / gate denied, 2 usage or input error.',
    '',
  ].join('\n');
}

/** Runs one invocation and returns its exit code; never throws, never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? ExitCode.usage : ExitCode.pass;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return ExitCode.pass;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`crucible: unknown command "${name}". Run \`crucible --help\` for the list of commands.\n`);
    return ExitCode.usage;
  }
  try {
    const { values } = parseArgs({
      args: rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest,
      options: { help: { type: 'boolean', short: 'h' } },
      strict: false,
      allowPositionals: true,
    });
    if (values.help === true) {
      io.stdout(`Usage: ${command.usage}\n\n${command.summary}.\n`);
      return ExitCode.pass;
    }
    if (command.run === undefined) throw new NotImplementedError(`crucible ${name}`);
    return await command.run(rest, io);
  } catch (error) {
    // node:util's parseArgs reports unknown or malformed flags with ERR_PARSE_ARGS_* codes: a usage error.
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`crucible ${name}: ${(error as Error).message}. Usage: ${command.usage}\n`);
      return ExitCode.usage;
    }
    if (isCrucibleError(error)) {
      io.stderr(`crucible ${name}: ${error.message}\n`);
      return ExitCode.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`crucible ${name}: unexpected error; this is a bug in Crucible, please report it.\n${detail}\n`);
    return ExitCode.usage;
  }
}
