import type { RunEvidence } from '../../evidence/run.ts';
import { escapeCode, escapeName } from '../escape.ts';
import { formatDuration } from '../format.ts';
import { details, plural, table } from '../markdown.ts';
import { type ReportContext, type Section, sectionMarkdown } from '../section.ts';

export type LabelledRun = { evidence: RunEvidence; label: string };

/** A command can be a whole script; the table shows its start. */
const COMMAND_LENGTH = 160;
/** Up to this many runs, the table shows unfolded. */
const OPEN_ROWS = 5;

/** How the run ended, for people: the exit code, the signal, or the time budget. */
export function runOutcome(run: RunEvidence): { ok: boolean; text: string } {
  if (run.timedOut) return { ok: false, text: `⏱️ stopped by the time budget${run.exitCode === null ? '' : ` (exit ${run.exitCode})`}` };
  if (run.exitCode === 0) return { ok: true, text: '✅ exit 0' };
  if (run.exitCode === null) return { ok: false, text: run.signal === null ? '❌ no exit code' : `❌ killed by ${escapeCode(run.signal, 20)}` };
  return { ok: false, text: `❌ exit ${run.exitCode}` };
}

/**
 * The training runs: command, how each ended, how long it took, how many GPUs it saw; failed runs first. The
 * train issue adds GPU memory, utilisation and GPU-hours from the telemetry. One lever, the number of rows.
 */
export function runsSection(runs: readonly LabelledRun[], context: ReportContext): Section {
  const rows = runs
    .map((run) => ({ run, outcome: runOutcome(run.evidence) }))
    .sort((a, b) => Number(a.outcome.ok) - Number(b.outcome.ok))
    .map(({ run, outcome }) => [
      escapeName(run.label),
      escapeCode(run.evidence.command, COMMAND_LENGTH),
      outcome.text,
      formatDuration(run.evidence.durationSeconds),
      String(run.evidence.gpus.length),
    ]);
  const omitted: Section['omitted'] = (shown) =>
    shown.runs < rows.length ? [{ lever: 'runs', sentence: `${plural(rows.length - shown.runs, 'training run')} ${rows.length - shown.runs === 1 ? 'is' : 'are'} not shown` }] : [];
  return {
    levers: [{ name: 'runs', total: rows.length }],
    omitted,
    render: (shown) => {
      if (rows.length === 0) return '';
      const failed = runs.filter((run) => !runOutcome(run.evidence).ok).length;
      const summary = `${plural(runs.length, 'training run')}${failed > 0 ? `, ${failed} failed` : ''}`;
      const shownRows = rows.slice(0, shown.runs);
      const rendered = shownRows.length === 0 ? '' : table(['Run', 'Command', 'Result', 'Duration', 'GPUs'], shownRows, ['l', 'l', 'l', 'r', 'r']);
      const body = rows.length <= OPEN_ROWS || rendered === '' ? [rendered] : [details(summary, rendered)];
      return sectionMarkdown(runs.length === 1 ? 'Training run' : 'Training runs', body, omitted(shown), context);
    },
  };
}
