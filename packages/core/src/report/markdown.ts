import { markdownTable } from 'markdown-table';
import { escapeCode } from './escape.ts';

/**
 * Markdown building blocks the report's sections share. Their arguments are markdown already escaped by the
 * caller, except link targets, which are checked here.
 */

export type Align = 'l' | 'c' | 'r';

/**
 * A GFM table. Cells are not padded to a common width: a column of long names would pad every row to the longest,
 * which costs characters the budget needs for rows.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  return markdownTable([header, ...rows], { alignDelimiters: false, ...(align === undefined ? {} : { align }) });
}

/**
 * A folded block. The blank lines around the body let GitHub parse markdown inside it; `summary` is inline HTML
 * text, so it must not contain markdown that needs parsing.
 */
export function details(summary: string, body: string, open = false): string {
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}

/** An http(s) URL made safe for a markdown link target, or undefined for anything else (javascript:, data:). */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // URL.href percent-encodes spaces and quotes; brackets and parentheses would end the link target early.
  return parsed.href.replace(/[()<>[\]]/g, (char) => `%${(char.codePointAt(0) as number).toString(16).toUpperCase()}`);
}

/** A markdown link, or the label alone when the URL is not a safe http(s) URL. */
export function link(label: string, url: string | undefined): string {
  const target = safeUrl(url);
  return target === undefined ? label : `[${label}](${target})`;
}

/** A commit sha as short code, linked to the commit when it is a real sha and the repository is known. */
export function commitLink(sha: string, repository: { serverUrl: string; repository: string }): string {
  if (!/^[0-9a-f]{7,40}$/i.test(sha)) return escapeCode(sha, 40);
  const label = `<code>${sha.slice(0, 7)}</code>`;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository.repository)) return label;
  return link(label, `${repository.serverUrl.replace(/\/+$/, '')}/${repository.repository}/commit/${sha}`);
}

/** "1 metric", "3 metrics". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
