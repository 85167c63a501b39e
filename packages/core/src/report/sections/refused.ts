import { escapeMarkdown, escapeName } from '../escape.ts';
import { plural, table } from '../markdown.ts';
import { type ReportContext, type Section, sectionMarkdown } from '../section.ts';
import type { RefusedEvidence } from '../types.ts';

/** A reason names the problem and the fix; beyond this it is noise (a zod dump of a hostile file). */
const REASON_LENGTH = 300;

/** Evidence that was offered but not used, and why: the report must not look complete when it is not. */
export function refusedSection(refused: readonly RefusedEvidence[], context: ReportContext): Section {
  const rows = refused.map((entry) => [escapeName(entry.source), escapeMarkdown(entry.reason, REASON_LENGTH)]);
  const omitted: Section['omitted'] = (shown) =>
    shown.refused < rows.length ? [{ lever: 'refused', sentence: `${plural(rows.length - shown.refused, 'more refused file')} ${rows.length - shown.refused === 1 ? 'is' : 'are'} not listed` }] : [];
  return {
    levers: [{ name: 'refused', total: rows.length }],
    omitted,
    render: (shown) => {
      if (rows.length === 0) return '';
      const intro = `⚠️ ${plural(rows.length, 'file was', 'files were')} refused and left out of this report:`;
      const shownRows = rows.slice(0, shown.refused);
      return sectionMarkdown('Refused evidence', [intro, shownRows.length === 0 ? '' : table(['File', 'Why'], shownRows)], omitted(shown), context);
    },
  };
}
