/**
 * What `crucible validate --infer` reads off the start of a CSV/TSV file before the header is taken: comment lines
 * (`#` first on the line, before the header or among the rows, as matplotlib's sample data and many exports write
 * them) and title lines (a line with no delimiter right before a header that has several fields). Short rows are
 * found by the full pass instead (validate.ts), since they may be anywhere in the file.
 */

import { splitRecord } from './csv.ts';

export type DetectedDialect = { comment?: string; skipRows?: number };

/** Lines of the head looked at; a title or comment block longer than this is not guessed. */
const LINES = 200;
const MAX_TITLE_LINES = 10;
const COMMENT = '#';

export function detectDialect(head: string, delimiter: string, complete: boolean): DetectedDialect {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const lines = text.split('\n', LINES + 1).map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (!complete || lines.length > LINES) lines.pop(); // the last one may be cut off
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return {};
  const width = (line: string) => splitRecord(line, delimiter).length;

  // Comments: the first line that holds anything starts with #, or a # line among the rows is not as wide as the
  // header (a value like "#ff0000" in the first column is data: its row has the header's width).
  let comment = content[0]?.startsWith(COMMENT) === true;
  if (!comment) {
    const headerWidth = width(content[0] as string);
    comment = content.slice(1).some((line) => line.startsWith(COMMENT) && width(line) !== headerWidth);
  }

  // Title lines: from the file's start (skip-rows counts lines as written), lines with no delimiter that come right
  // before a line with several fields.
  let skipRows = 0;
  let index = 0;
  const isSkippedAnyway = (line: string) => line.trim() === '' || (comment && line.startsWith(COMMENT));
  while (index < lines.length && skipRows < MAX_TITLE_LINES) {
    const line = lines[index] as string;
    if (isSkippedAnyway(line)) {
      index++;
      continue;
    }
    let next = index + 1;
    while (next < lines.length && isSkippedAnyway(lines[next] as string)) next++;
    const following = lines[next];
    if (following === undefined || width(line) !== 1 || width(following) < 2) break;
    index = next;
    skipRows = next;
  }
  return { ...(comment ? { comment: COMMENT } : {}), ...(skipRows > 0 ? { skipRows } : {}) };
}
