import type { CheckResult, DriftResult, ValidationEvidence } from '../../evidence/validation.ts';
import { escapeCode, escapeMarkdown, escapeName } from '../escape.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { details, plural, table } from '../markdown.ts';
import type { Shown } from '../budget.ts';
import { allotter, DROP_ORDER, type LeverName, type ReportContext, type Section, sectionMarkdown } from '../section.ts';

export type LabelledValidation = { evidence: ValidationEvidence; label: string };

/** Examples shown per failed check: enough to see the pattern, few enough to keep rows short. */
const EXAMPLES = 3;

/** "`abc` (line 12), `-3` (line 40)": unexpected values as written, each with the line to look at. */
function examples(check: CheckResult): string {
  return (check.examples ?? [])
    .slice(0, EXAMPLES)
    .map((example) => `${escapeCode(example.value === null ? 'null' : String(example.value), 60)} (line ${example.line})`)
    .join(', ');
}

function observed(check: CheckResult): string {
  if (check.reason !== undefined) return escapeMarkdown(check.reason, 200);
  if (check.observed === undefined || check.observed === null) return '';
  if (typeof check.observed === 'number') return formatNumber(check.observed);
  return escapeMarkdown(typeof check.observed === 'string' ? check.observed : JSON.stringify(check.observed), 120);
}

/** A failed check's table row; the monitoring section puts the batch before it. */
export function checkRow(check: CheckResult): string[] {
  const unexpected =
    check.unexpectedCount === undefined ? '' : `${check.unexpectedCount.toLocaleString('en-US')}${check.unexpectedPercent === undefined || check.unexpectedPercent === null ? '' : ` (${formatPercent(check.unexpectedPercent).replace('+', '')})`}`;
  const column = check.column !== undefined ? escapeName(check.column) : (check.columns ?? []).map((name) => escapeName(name)).join(', ') || 'table';
  return [column, escapeMarkdown(check.type, 64), unexpected, examples(check), observed(check)];
}

function statisticName(entry: DriftResult): string {
  return { ks: 'KS p-value', 'chi-square': 'χ² p-value', z: 'Z-test p-value', wasserstein: 'Wasserstein / std', 'jensen-shannon': 'Jensen-Shannon', psi: 'PSI', hellinger: 'Hellinger' }[entry.statistic];
}

/** A column's drift as a table row, the same for validate-data and monitor. */
export function driftRow(entry: DriftResult): string[] {
  const pValue = entry.statistic === 'ks' || entry.statistic === 'chi-square' || entry.statistic === 'z';
  return [escapeName(entry.column), statisticName(entry), formatNumber(entry.value), `${pValue ? '<' : '≥'} ${formatNumber(entry.threshold)}`, entry.drifted ? '🔴 drifted' : '🟢 stable'];
}

/** One line per data file: what was checked against what, and how it went. */
function headline(validation: LabelledValidation): string {
  const evidence = validation.evidence;
  const failed = evidence.checks.filter((check) => !check.success).length;
  const drifted = evidence.drift.filter((entry) => entry.drifted).length;
  const file = escapeName(evidence.data?.file ?? validation.label);
  const schemaFile = evidence.schemaFile === undefined || evidence.schemaFile === null ? '' : ` against ${escapeName(evidence.schemaFile.file)}`;
  const reference = evidence.reference === undefined || evidence.reference === null ? '' : `; drift against ${escapeName(evidence.reference.file)} (${plural(evidence.reference.rows, 'row')})`;
  const verdict = failed > 0 ? `❌ ${failed} of ${plural(evidence.checks.length, 'check')} failed` : `✅ ${plural(evidence.checks.length, 'check')} passed`;
  const drift = evidence.drift.length === 0 ? '' : `, ${drifted} of ${plural(evidence.drift.length, 'column')} drifted${evidence.driftSummary?.datasetDrift === true ? ' (dataset drift)' : ''}`;
  return `${file}${schemaFile}: ${plural(evidence.rows, 'row')}; ${verdict}${drift}${reference}.`;
}

/**
 * Data checks and drift from validate-data's evidence: a line per file, the failed checks with example values and
 * their lines, and the drift table, drifted columns first. Two levers: failed-check rows and drift rows.
 */
export function dataSection(validations: readonly LabelledValidation[], context: ReportContext): Section {
  const failedChecks = validations.map((validation) => validation.evidence.checks.filter((check) => !check.success));
  const driftRows = validations.map((validation) => [...validation.evidence.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted)));
  const checksFor = allotter(failedChecks.map((checks) => checks.map(() => 0)));
  const driftFor = allotter(driftRows.map((rows) => rows.map((entry) => (entry.drifted ? 0 : 1))));
  const totalChecks = failedChecks.reduce((sum, checks) => sum + checks.length, 0);
  const totalDrift = driftRows.reduce((sum, rows) => sum + rows.length, 0);
  const omitted: Section['omitted'] = (shown) => [
    ...(shown.checks < totalChecks ? [{ lever: 'checks' as const, sentence: `${plural(totalChecks - shown.checks, 'failed check')} ${totalChecks - shown.checks === 1 ? 'is' : 'are'} not shown` }] : []),
    ...(shown.drift < totalDrift ? [{ lever: 'drift' as const, sentence: `${plural(totalDrift - shown.drift, 'drift row')} ${totalDrift - shown.drift === 1 ? 'is' : 'are'} not shown` }] : []),
  ];
  return {
    levers: [
      { name: 'checks', total: totalChecks },
      { name: 'drift', total: totalDrift },
    ],
    omitted,
    render: (shown) => {
      if (validations.length === 0) return '';
      const checkCounts = checksFor(shown.checks);
      const driftCounts = driftFor(shown.drift);
      const body = validations.flatMap((validation, i) => {
        const checks = (failedChecks[i] ?? []).slice(0, checkCounts[i]);
        const drift = (driftRows[i] ?? []).slice(0, driftCounts[i]);
        const driftTable = drift.length === 0 ? '' : table(['Column', 'Statistic', 'Value', 'Drift when', 'Result'], drift.map(driftRow), ['l', 'l', 'r', 'r', 'l']);
        return [
          headline(validation),
          checks.length === 0 ? '' : table(['Column', 'Check', 'Unexpected', 'Examples', 'Observed'], checks.map(checkRow), ['l', 'l', 'r', 'l', 'l']),
          driftTable === '' ? '' : drift.some((entry) => entry.drifted) ? driftTable : details(`Drift: ${plural(drift.length, 'column')}, none drifted`, driftTable),
        ];
      });
      return sectionMarkdown('Data checks', body, omitted(shown), context);
    },
  };
}

/** The data-checks section on its own, every row shown: validate-data's job summary. */
export function renderValidationMarkdown(evidence: ValidationEvidence, label = 'data'): string {
  const section = dataSection([{ evidence, label }], { repository: '', sha: null, serverUrl: '' });
  const everything = Object.fromEntries(DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER])) as Shown<LeverName>;
  return section.render(everything);
}
