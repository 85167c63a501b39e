import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ReportGitHub, reportStep } from '@crucible/action-report/step';
import { InputError } from '@crucible/core';
import { type CliIo, ExitCode, gitOf } from '../io.ts';
import { commandLog, localEvidenceStore, outputTarget } from '../ports.ts';

/** A file or a terminal takes what the step summary takes: 1 MiB. */
const MIB = 1024 * 1024;

/** Offline there is no pull request, no check run and no other run to read: the report is only rendered. */
const none = () => Promise.reject(new Error('crucible report posts nothing'));
const offline: ReportGitHub = { target: async () => ({ headSha: null }), evidenceOfRun: none, comment: none, commitComment: none, checkRun: none, marker: () => '' };

/** crucible report --evidence <dir> [--markdown <out>] [--config <file>]: the report step, rendered locally. */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { evidence: { type: 'string' }, markdown: { type: 'string' }, config: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new InputError(`Unexpected argument "${positionals[0]}"; name the evidence folder with --evidence <dir>.`);
  if (values.evidence === undefined) throw new InputError('--evidence <dir> is required: the folder that holds the evidence JSON files.');
  const dir = resolve(io.cwd, values.evidence);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--evidence ${values.evidence}: no such folder.`);
  const outcome = await reportStep(
    {
      cwd: io.cwd,
      workspace: io.cwd,
      config: { path: values.config ?? 'crucible.yml', explicit: values.config !== undefined },
      evidence: [values.evidence],
      evidencePattern: '',
      reportId: 'model-report',
      commentMode: 'off',
      checkRun: false,
      commitComment: false,
      eventName: '',
      artifactName: '',
      links: { repository: '', serverUrl: 'https://github.com' },
      onBadEvidence: 'error',
      git: gitOf(io.cwd),
      limits: { comment: MIB, checkText: MIB },
    },
    {
      github: offline,
      evidence: localEvidenceStore({ 'report.md': outputTarget(io.cwd, '--markdown', values.markdown) }),
      log: commandLog(io, 'report'),
    },
  );
  if (values.markdown === undefined) io.stdout(`${outcome.result.markdown}\n`);
  else io.stdout(`Report written to ${values.markdown} (verdict: ${outcome.result.verdict}).\n`);
  return ExitCode.pass;
}
