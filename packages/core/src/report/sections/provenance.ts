import type { FoundEvidence } from '../../evidence/read.ts';
import { recordsCommit } from '../../evidence/common.ts';
import { commitLink, link, plural } from '../markdown.ts';
import type { ReportContext, Section } from '../section.ts';

/** Listing every other commit could be thousands of lines; a few show the problem. */
const MAX_OTHER_COMMITS = 3;

/** "1 comparison, 3 runs". */
function describeKinds(evidence: readonly FoundEvidence[]): string {
  const counts = new Map<string, number>();
  for (const found of evidence) counts.set(found.kind, (counts.get(found.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => plural(count, kind)).join(', ');
}

/**
 * Evidence recorded for no commit or for another commit than the one reported on: the gate will refuse it. On a
 * pull request the report is about the head commit while the jobs ran on the merge commit, so evidence is about
 * this commit when either its `sha` or its `headSha` is; another commit is named by its head, the one people push.
 */
function otherCommits(evidence: readonly FoundEvidence[], context: ReportContext): string[] {
  const none = evidence.filter((found) => found.document.git === null).length;
  const reported = context.sha;
  const others = [
    ...new Set(
      evidence.flatMap(({ document: { git } }) => (git === null || reported === null || recordsCommit(git, reported) ? [] : [git.headSha ?? git.sha])),
    ),
  ];
  const lines: string[] = [];
  if (none > 0) lines.push(`⚠️ ${plural(none, 'evidence document')} ${none === 1 ? 'records' : 'record'} no commit.`);
  if (context.sha !== null && others.length > 0) {
    const shown = others.slice(0, MAX_OTHER_COMMITS).map((sha) => commitLink(sha, context));
    const more = others.length > MAX_OTHER_COMMITS ? ` and ${others.length - MAX_OTHER_COMMITS} more` : '';
    lines.push(`⚠️ Evidence records other commits than this one: ${shown.join(', ')}${more}.`);
  }
  return lines;
}

/** Where the report comes from: the commit, each baseline, the workflow run, the full report. Always short. */
export function provenanceSection(evidence: readonly FoundEvidence[], context: ReportContext): Section {
  const baselines = [
    ...new Set(evidence.flatMap((found) => (found.kind === 'comparison' && typeof found.document.baseline?.sha === 'string' ? [found.document.baseline.sha] : []))),
  ];
  const items = [
    `Commit: ${context.sha === null ? 'unknown' : commitLink(context.sha, context)}`,
    baselines.length === 0 ? '' : `Baseline: ${baselines.slice(0, MAX_OTHER_COMMITS).map((sha) => commitLink(sha, context)).join(', ')}`,
    evidence.length === 0 ? '' : `Evidence: ${describeKinds(evidence)}`,
    context.runUrl === undefined ? '' : `Workflow run: ${link('this run', context.runUrl)}`,
    context.fullReportUrl === undefined ? '' : `Full report: ${link('markdown and JSON', context.fullReportUrl)}`,
  ].filter((item) => item !== '');
  const markdown = ['#### Provenance', items.map((item) => `- ${item}`).join('\n'), ...otherCommits(evidence, context)].join('\n\n');
  return { levers: [], omitted: () => [], render: () => markdown };
}
