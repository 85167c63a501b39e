import type { FoundEvidence } from '../evidence/read.ts';
import { promotionNeeds } from '../policy/needs.ts';
import { fitParts, type Part } from './budget.ts';
import { describeStatuses } from './comparison.ts';
import { link, plural } from './markdown.ts';
import { DROP_ORDER, evidenceLabels, type LeverName, type Omission, type ReportContext, type Section } from './section.ts';
import { comparedCurveNames, curvesSection } from './sections/curves.ts';
import { dataSection, type LabelledValidation } from './sections/data.ts';
import { type LabelledComparison, metricsSection } from './sections/metrics.ts';
import { type LabelledMonitoring, monitoringSection } from './sections/monitoring.ts';
import { paramsSection } from './sections/params.ts';
import { promotionSection } from './sections/promotion.ts';
import { provenanceSection } from './sections/provenance.ts';
import { refusedSection } from './sections/refused.ts';
import { type LabelledRun, runOutcome, runsSection } from './sections/runs.ts';
import type { RenderedReport, RenderOptions, ReportInput } from './types.ts';

const TITLE = '### Model report';

type Evidence = { comparisons: LabelledComparison[]; runs: LabelledRun[]; validations: LabelledValidation[]; monitorings: LabelledMonitoring[] };

function labelled(evidence: readonly FoundEvidence[]): Evidence {
  const labels = evidenceLabels(evidence.map((found) => found.path));
  const label = (found: FoundEvidence) => labels.get(found.path) as string;
  return {
    comparisons: evidence.flatMap((found) => (found.kind === 'comparison' ? [{ evidence: found.document, label: label(found) }] : [])),
    runs: evidence.flatMap((found) => (found.kind === 'run' ? [{ evidence: found.document, label: label(found) }] : [])),
    validations: evidence.flatMap((found) => (found.kind === 'validation' ? [{ evidence: found.document, label: label(found) }] : [])),
    monitorings: evidence.flatMap((found) => (found.kind === 'monitoring' ? [{ evidence: found.document, label: label(found) }] : [])),
  };
}

/**
 * The report's verdict: fail on a failing comparison, a failed run, failed data checks, production monitoring that
 * alerts or could not judge, or refused evidence; none without either.
 */
function verdictOf(input: ReportInput, evidence: Evidence): RenderedReport['verdict'] {
  const failing =
    input.refused.length > 0 ||
    evidence.comparisons.some((comparison) => comparison.evidence.verdict === 'fail') ||
    evidence.runs.some((run) => !runOutcome(run.evidence).ok) ||
    evidence.validations.some((validation) => !validation.evidence.success) ||
    evidence.monitorings.some((monitoring) => !monitoring.evidence.healthy);
  if (failing) return 'fail';
  return evidence.comparisons.length > 0 ? 'pass' : 'none';
}

/** The reasons of a fail verdict, as short phrases. */
function failureReasons(input: ReportInput, evidence: Evidence): string[] {
  const metrics = evidence.comparisons.flatMap((comparison) => comparison.evidence.metrics);
  const count = (status: string) => metrics.filter((metric) => metric.status === status).length;
  const missing = metrics.filter((metric) => metric.status === 'removed' && metric.required === true).length;
  const endings = evidence.runs.map((run) => runOutcome(run.evidence).ending);
  const runsThat = (ending: string, what: string) => {
    const count = endings.filter((each) => each === ending).length;
    return count > 0 ? `${plural(count, 'training run')} ${what}` : '';
  };
  const failedChecks = evidence.validations.reduce((sum, validation) => sum + validation.evidence.checks.filter((check) => !check.success).length, 0);
  const monitoring = (status: 'alert' | 'not-judged') => evidence.monitorings.filter((each) => !each.evidence.healthy && (each.evidence.status === 'not-judged') === (status === 'not-judged')).length;
  const reasons = [
    count('regressed') > 0 ? `${plural(count('regressed'), 'metric')} regressed` : '',
    count('invalid') > 0 ? `${plural(count('invalid'), 'metric')} not a number` : '',
    missing > 0 ? `${plural(missing, 'required metric')} missing` : '',
    runsThat('failed', 'failed'),
    runsThat('time-budget', 'stopped by the time budget'),
    runsThat('cancelled', 'cancelled'),
    failedChecks > 0 ? `${plural(failedChecks, 'data check')} failed` : '',
    monitoring('alert') > 0 ? `${plural(monitoring('alert'), 'monitoring alert')}` : '',
    monitoring('not-judged') > 0 ? `${plural(monitoring('not-judged'), 'monitoring result')} not judged` : '',
    input.refused.length > 0 ? `${plural(input.refused.length, 'evidence file')} refused` : '',
  ].filter((reason) => reason !== '');
  // A comparison can fail on a rule with no metric row of its own; say so rather than nothing.
  return reasons.length > 0 ? reasons : ['the metric comparison fails'];
}

/** One line a reviewer can stop at: pass, fail and why, or that there was nothing to compare. */
function verdictLine(input: ReportInput, evidence: Evidence, verdict: RenderedReport['verdict']): string {
  if (verdict === 'fail') return `❌ **Fail**: ${failureReasons(input, evidence).join(', ')}.`;
  if (verdict === 'pass') {
    const metrics = evidence.comparisons.flatMap((comparison) => comparison.evidence.metrics);
    return `✅ **Pass**: no metric regressed${metrics.length > 0 ? ` (${describeStatuses(metrics)})` : ''}.`;
  }
  const runs = evidence.runs.length > 0 ? `; ${plural(evidence.runs.length, 'training run')} finished` : '';
  const monitored = evidence.monitorings.length > 0 ? `; production monitoring healthy` : '';
  return `⚪ **No metric comparison** in the evidence${runs}${monitored}.`;
}

/** The title and verdict; once anything is left out, a line saying so, linking the full report. */
function headerPart(line: string, levers: ReadonlyMap<LeverName, number>, context: ReportContext): Part<LeverName> {
  return {
    levers: [...levers.keys()],
    render: (shown) => {
      const trimmed = [...levers].some(([name, total]) => shown[name] < total);
      const full = context.fullReportUrl === undefined ? '' : ` The ${link('full report', context.fullReportUrl)} has everything.`;
      return [TITLE, line, trimmed ? `✂️ Shortened to fit GitHub's size limit; the notes below say what is left out.${full}` : ''].filter((block) => block !== '').join('\n\n');
    },
  };
}

/**
 * The sections, top to bottom. Data checks and drift (validate-data), then production monitoring, go between the
 * metrics and the runs.
 */
function sections(input: ReportInput, evidence: Evidence): Section[] {
  const { context } = input;
  return [
    metricsSection(evidence.comparisons, context),
    dataSection(evidence.validations, context),
    monitoringSection(evidence.monitorings, context),
    runsSection(evidence.runs, context, { compared: comparedCurveNames(evidence.comparisons) }),
    curvesSection(evidence.comparisons, context),
    paramsSection(evidence.comparisons, context),
    provenanceSection(input.evidence, context),
    promotionSection(promotionNeeds(input.environments, input.evidence), context),
    refusedSection(input.refused, context),
  ];
}

/**
 * What is left when even the verdict with every section at its minimum is too long (a limit of a few hundred
 * characters): the verdict and the link.
 */
function minimalReport(line: string, context: ReportContext, maxChars: number): string {
  const full = context.fullReportUrl === undefined ? '' : ` See the ${link('full report', context.fullReportUrl)}.`;
  return `${TITLE}\n\n${line}\n\nThe report does not fit in ${maxChars.toLocaleString('en-US')} characters.${full}`;
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The longest start of `text` within the budget, cut between code points. */
function cut(text: string, budget: RenderOptions): string {
  let chars = 0;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Length(char.codePointAt(0) as number);
    if (++chars > budget.maxChars || (budget.maxBytes !== undefined && bytes > budget.maxBytes)) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * Renders the model report from evidence: a verdict line, then the metrics, data checks, production monitoring,
 * training runs, curves, params, provenance, what promotion still needs and refused evidence. Everything untrusted is escaped. When the markdown
 * would be longer than `maxChars` (or `maxBytes`), the least important content is left out first (curves, params,
 * unchanged and other metrics, ...; regressed, invalid and removed metrics last) and the report says what.
 */
export function renderReport(input: ReportInput, options: RenderOptions): RenderedReport {
  const evidence = labelled(input.evidence);
  const verdict = verdictOf(input, evidence);
  const line = verdictLine(input, evidence, verdict);
  const parts = sections(input, evidence);
  const totals = new Map(parts.flatMap((section) => section.levers).map((lever) => [lever.name, lever.total]));
  const levers = DROP_ORDER.filter((name) => totals.has(name)).map((name) => ({ name, total: totals.get(name) as number }));
  const body = parts.map((section): Part<LeverName> => ({ levers: section.levers.map((lever) => lever.name), render: section.render }));
  const fitted = fitParts([headerPart(line, totals, input.context), ...body], levers, options);
  const omissions: Omission[] = parts.flatMap((section) => section.omitted(fitted.shown));
  const dropped = DROP_ORDER.flatMap((name) => omissions.filter((omission) => omission.lever === name).map((omission) => omission.sentence));
  if (fitted.fits) return { markdown: fitted.markdown, dropped, verdict };
  const markdown = cut(minimalReport(line, input.context, options.maxChars), options);
  return { markdown, dropped: [`every section: even at their shortest they do not fit in ${options.maxChars} characters`], verdict };
}
