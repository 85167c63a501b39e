import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findEvidence, type FoundEvidence, InputError, loadConfig, renderReport } from '@crucible/core';
import { type CliIo, ExitCode, gitOf } from '../io.ts';

/** A file or a terminal takes what the step summary takes: 1 MiB. */
const MIB = 1024 * 1024;

/**
 * The commit the report is about: the one the evidence records (evidence downloaded from CI describes CI's commit,
 * not the local checkout's), else the checkout's.
 */
function reportedCommit(evidence: readonly FoundEvidence[], cwd: string): string | null {
  return evidence.find((found) => found.document.git !== null)?.document.git?.sha ?? gitOf(cwd)?.sha ?? null;
}

/** crucible report --evidence <dir> [--markdown <out>] [--config <file>] */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { evidence: { type: 'string' }, markdown: { type: 'string' }, config: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new InputError(`Unexpected argument "${positionals[0]}"; name the evidence folder with --evidence <dir>.`);
  if (values.evidence === undefined) throw new InputError('--evidence <dir> is required: the folder that holds the evidence JSON files.');
  const at = (path: string) => resolve(io.cwd, path);
  const dir = at(values.evidence);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--evidence ${values.evidence}: no such folder.`);
  const config = values.config === undefined ? loadConfig(at('crucible.yml'), { explicit: false }) : loadConfig(at(values.config), { explicit: true });
  const evidence = findEvidence(dir);
  if (evidence.length === 0) {
    throw new InputError(
      `${values.evidence}: no evidence below this folder (JSON files whose "schema" is crucible/comparison@1 or crucible/run@1). ` +
        'Write some with `crucible compare --json <out>` or `crucible train`.',
    );
  }
  const report = renderReport(
    // Offline there is no repository to link to and nothing was refused: a bad file is an input error here.
    { evidence, refused: [], environments: config.environments, context: { repository: '', sha: reportedCommit(evidence, io.cwd), serverUrl: 'https://github.com' } },
    { maxChars: MIB, maxBytes: MIB },
  );
  if (values.markdown === undefined) {
    io.stdout(`${report.markdown}\n`);
  } else {
    const out = at(values.markdown);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${report.markdown}\n`);
    io.stdout(`Report written to ${values.markdown} (verdict: ${report.verdict}).\n`);
  }
  return ExitCode.pass;
}
