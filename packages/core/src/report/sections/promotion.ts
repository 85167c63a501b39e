import type { EnvironmentNeeds } from '../../policy/needs.ts';
import { escapeMarkdown, escapeName } from '../escape.ts';
import { plural, table } from '../markdown.ts';
import { type ReportContext, type Section, sectionMarkdown } from '../section.ts';

const list = (needs: EnvironmentNeeds['unmet']) => needs.map((need) => escapeMarkdown(need.detail, 300)).join('; ');

/**
 * "What promotion still needs": per environment of crucible.yml, the rules this evidence does not meet and the
 * rules checked only when promoting. Omitted when crucible.yml names no environment. One lever, the rows.
 */
export function promotionSection(needs: readonly EnvironmentNeeds[], context: ReportContext): Section {
  const rows = needs.map((environment) => [
    escapeName(environment.environment),
    environment.unmet.length === 0 ? '✅ nothing' : `❌ ${list(environment.unmet)}`,
    environment.checkedWhenPromoting.length === 0 ? '—' : list(environment.checkedWhenPromoting),
  ]);
  const omitted: Section['omitted'] = (shown) =>
    shown.needs < rows.length ? [{ lever: 'needs', sentence: `${plural(rows.length - shown.needs, 'environment')} ${rows.length - shown.needs === 1 ? 'is' : 'are'} not shown` }] : [];
  return {
    levers: [{ name: 'needs', total: rows.length }],
    omitted,
    render: (shown) => {
      if (rows.length === 0) return '';
      const shownRows = rows.slice(0, shown.needs);
      const body = shownRows.length === 0 ? '' : table(['Environment', 'Not met by this evidence', 'Checked when promoting'], shownRows);
      return sectionMarkdown('What promotion still needs', [body], omitted(shown), context);
    },
  };
}
