/**
 * Delimited text (CSV, TSV) as RFC 4180 writes it: fields split by one delimiter character, double quotes around
 * fields that hold the delimiter, a quote or a line break, a doubled quote inside them for a quote. Lines end in
 * LF or CRLF. Blank lines are skipped, as pandas and Python's csv module do.
 *
 * Lines without a quote, which is nearly all of what trainers write, take a fast path (one split per line); the
 * rest go through a small state machine. Every character is looked at a bounded number of times: linear time. Every row keeps the line it starts on, for error messages.
 */

export type DelimitedRow = { fields: string[]; line: number };

/** Text that cannot be split into rows; `line` is where the problem starts (1-based). */
export class DelimitedTextError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'DelimitedTextError';
    this.line = line;
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseDelimited(text: string, delimiter: string): DelimitedRow[] {
  if (delimiter.length !== 1) throw new TypeError('parseDelimited: the delimiter must be one character');
  const delimiterCode = delimiter.charCodeAt(0);
  const rows: DelimitedRow[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;
  // The next quote at or after `pos`, searched again only once `pos` passes it (-1: none left), so a file without
  // quotes is searched once, not once per line.
  let quote = text.indexOf('"');
  while (pos < length) {
    let newline = text.indexOf('\n', pos);
    if (newline === -1) newline = length;
    if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
    if (quote === -1 || quote > newline) {
      let end = newline;
      if (end > pos && text.charCodeAt(end - 1) === CR) end--;
      const content = text.slice(pos, end);
      if (content.trim() !== '') rows.push({ fields: content.split(delimiter), line });
      pos = newline + 1;
      line++;
      continue;
    }
    // A row with quotes: walk it character by character; quoted fields may span lines.
    const rowLine = line;
    const fields: string[] = [];
    let field = '';
    let atFieldStart = true;
    let rowDone = false;
    while (!rowDone) {
      if (pos >= length) {
        fields.push(field);
        rowDone = true;
        break;
      }
      const code = text.charCodeAt(pos);
      if (atFieldStart && code === QUOTE) {
        // Quoted field: up to the closing quote, with "" standing for one quote.
        const opened = line;
        pos++;
        for (;;) {
          const next = text.indexOf('"', pos);
          if (next === -1) {
            throw new DelimitedTextError(opened, 'a quoted field is never closed (a " without its closing ")');
          }
          const chunk = text.slice(pos, next);
          for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) line++;
          field += chunk;
          if (text.charCodeAt(next + 1) === QUOTE) {
            field += '"';
            pos = next + 2;
            continue;
          }
          pos = next + 1;
          break;
        }
        atFieldStart = false;
        continue;
      }
      atFieldStart = false;
      if (code === delimiterCode) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        pos++;
      } else if (code === LF || (code === CR && text.charCodeAt(pos + 1) === LF)) {
        fields.push(field);
        pos += code === CR ? 2 : 1;
        line++;
        rowDone = true;
      } else {
        // Characters after a closing quote, or a quote inside an unquoted field: kept as written, as Python's
        // csv module does, rather than refusing the file.
        field += text[pos];
        pos++;
      }
    }
    rows.push({ fields, line: rowLine });
  }
  return rows;
}
