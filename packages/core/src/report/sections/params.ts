import type { ComparisonEvidence } from '../../evidence/comparison.ts';
import { escapeCode, escapeName } from '../escape.ts';
import { details, plural, table } from '../markdown.ts';
import { allotter, type ReportContext, type Section, sectionMarkdown } from '../section.ts';
import type { LabelledComparison } from './metrics.ts';

type Param = ComparisonEvidence['params'][number];
type Change = 'changed' | 'added' | 'removed' | 'same';

/** Changed params first: they are what a reviewer looks for, and the last to go when rows must be left out. */
const CHANGE_ORDER: Record<Change, number> = { changed: 0, added: 1, removed: 2, same: 3 };
const CHANGE_LABEL: Record<Change, string> = { changed: 'changed', added: 'new', removed: 'removed', same: '' };

/** Values can be long (a list, a path); the name is shown in full, the value up to this many characters. */
const VALUE_LENGTH = 120;
/** Up to this many params, the table shows unfolded. */
const OPEN_ROWS = 5;

function changeOf(param: Param): Change {
  if (param.baseline === param.current) return 'same';
  if (param.baseline === null) return 'added';
  return param.current === null ? 'removed' : 'changed';
}

type Row = { change: Change; cells: string[] };

function rowsOf(evidence: ComparisonEvidence): Row[] {
  const value = (text: string | null) => (text === null ? '—' : escapeCode(text, VALUE_LENGTH));
  return evidence.params
    .map((param) => ({ param, change: changeOf(param) }))
    .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || (a.param.name < b.param.name ? -1 : a.param.name > b.param.name ? 1 : 0))
    .map(({ param, change }) => ({ change, cells: [escapeName(param.name), value(param.baseline), value(param.current), CHANGE_LABEL[change]] }));
}

/** "2 changed, 1 new, 14 the same". */
function describeChanges(rows: readonly Row[]): string {
  const count = (change: Change) => rows.filter((row) => row.change === change).length;
  return (['changed', 'added', 'removed', 'same'] as const)
    .filter((change) => count(change) > 0)
    .map((change) => `${count(change).toLocaleString('en-US')} ${change === 'same' ? 'the same' : CHANGE_LABEL[change]}`)
    .join(', ');
}

/** The params diff of each comparison: baseline against PR, changed first; one lever, the number of rows. */
export function paramsSection(comparisons: readonly LabelledComparison[], context: ReportContext): Section {
  const groups = comparisons.map((source) => ({ source, rows: rowsOf(source.evidence) })).filter((entry) => entry.rows.length > 0);
  const allot = allotter(groups.map((entry) => entry.rows.map((row) => CHANGE_ORDER[row.change])));
  const total = groups.reduce((sum, entry) => sum + entry.rows.length, 0);
  const omitted: Section['omitted'] = (shown) => {
    const counts = allot(shown.params);
    const left = groups.flatMap((entry, i) => entry.rows.slice(counts[i]));
    return left.length === 0 ? [] : [{ lever: 'params', sentence: `${plural(left.length, 'param')} ${left.length === 1 ? 'is' : 'are'} not shown (${describeChanges(left)})` }];
  };
  return {
    levers: [{ name: 'params', total }],
    omitted,
    render: (shown) => {
      if (total === 0) return '';
      const counts = allot(shown.params);
      const body = groups.map((entry, i) => {
        const rows = entry.rows.slice(0, counts[i]).map((row) => row.cells);
        const label = groups.length > 1 ? `${escapeName(entry.source.label)}: ` : '';
        const summary = `${label}${plural(entry.rows.length, 'param')}: ${describeChanges(entry.rows)}`;
        if (rows.length === 0) return summary;
        const rendered = table(['Param', 'Baseline', 'This PR', 'Change'], rows);
        return entry.rows.length <= OPEN_ROWS ? `${summary}\n\n${rendered}` : details(summary, rendered);
      });
      return sectionMarkdown('Params', body, omitted(shown), context);
    },
  };
}
