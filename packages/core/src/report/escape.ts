import { showInvisible } from '../text/invisible.ts';

/**
 * Untrusted text (metric and column names, values, file names, messages) made inert for GitHub-flavoured
 * markdown and HTML: it renders as the characters written, never as markup, a mention, an issue link, an image or
 * a live URL, and it cannot break a table row or close a <details>.
 *
 * Two layers, because GitHub works in two passes. cmark-gfm parses the markdown (tables, emphasis, links, HTML,
 * bare URLs); every character that could start a construct there becomes a numeric character reference, which
 * the parser never reads as syntax. GitHub then links @mentions, #123 and GH-123 in the text of the HTML it
 * produced, after those references were decoded, skipping text inside <code>: so untrusted text either goes inside
 * <code> (escapeCode, escapeName) or has an invisible word joiner put after the `@`, `#` or `GH` (escapeMarkdown).
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '#': '&#35;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
  ':': '&#58;',
  '$': '&#36;',
  '^': '&#94;',
};

/** A word joiner (U+2060): invisible, and no mention or reference pattern matches across it. */
const JOINER = '\u2060';

/** Lone surrogates cannot be written as UTF-8; they become U+FFFD as any UTF-8 writer would make them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * C0 controls and DEL as their Unicode control pictures (U+2400 block): HTML cannot carry most of them (a
 * reference to U+0001 decodes to U+FFFD), and a newline or a tab shown as a blank would hide that it is there.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const showControl = (char: string) => String.fromCodePoint(char === '\u007f' ? 0x2421 : 0x2400 + (char.codePointAt(0) as number));

// eslint-disable-next-line no-control-regex -- line breaks in a message read as spaces
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u2028\u2029]+/g;

/** The first `maxLength` code points of `text`, with an ellipsis when some were cut. */
function clip(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const points = [...text];
  return points.length > maxLength ? `${points.slice(0, Math.max(0, maxLength - 1)).join('')}…` : text;
}

/**
 * Every markdown-active character as a character reference. `.` only matters inside a bare domain
 * (evil.example becomes a link), so it is escaped where a letter or digit follows.
 */
function escapeCharacters(text: string): string {
  return text
    .replace(/[&<>"'|`@#[\]()!*_~\\:$^]/g, (char) => ENTITIES[char] as string)
    .replace(/\.(?=[\p{L}\p{N}])/gu, '&#46;');
}

/**
 * Exact text inside <code>: controls shown as pictures, bidi overrides, zero-width and other invisible format
 * characters as their code points (a name reversed by U+202E must not read as another), everything else as written.
 */
function inert(text: string): string {
  return escapeCharacters(showInvisible(text.replace(LONE_SURROGATE, '\uFFFD')).replace(CONTROL, showControl));
}

/** A message on one line: line breaks read as one space. */
function flatten(text: string, maxLength: number): string {
  return clip(text.replace(LINE_BREAKS, ' '), maxLength);
}

/**
 * Escapes text for a markdown table cell or a line of prose; line breaks become spaces, long text is clipped.
 * Mentions and references are broken with an invisible word joiner, so the text reads the same.
 */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const escaped = inert(flatten(text, maxLength))
    .replace(/&#64;(?=[\p{L}\p{N}])|&#35;(?=\p{N})/gu, (reference) => `${reference}${JOINER}`)
    .replace(/\bGH(?=-\d)/gi, (prefix) => `${prefix}${JOINER}`);
  // A list item, a setext underline or an indented code block starts at the beginning of a line ("1. " too).
  return escaped.replace(/^[-+=\s]/u, (char) => `&#${char.codePointAt(0)};`).replace(/^(\d+)\./, '$1&#46;');
}

/** Text shown as inline code, for values and messages that read better monospaced: escaped, never a code span. */
export function escapeCode(text: string, maxLength = 200): string {
  return `<code>${inert(flatten(text, maxLength))}</code>`;
}

/**
 * A name (metric, param, column, file) exactly as written, monospaced: never clipped (schemas bound names), line
 * breaks and other controls shown as control pictures, so the rendered text is the name itself.
 */
export function escapeName(name: string): string {
  return `<code>${inert(name)}</code>`;
}

