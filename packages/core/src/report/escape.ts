/**
 * Untrusted text (metric and column names, values, file names, messages) made inert for GitHub-flavoured
 * markdown and HTML: it renders as the characters written, never as markup, a mention, an issue link, an image or
 * a live URL, and it cannot break a table row or close a <details>.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '#': '&#35;',
  '[': '&#91;',
  ']': '&#93;',
  '!': '&#33;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
  ':': '&#58;',
  '$': '&#36;',
};

/** Escapes text for a markdown table cell or a line of prose; newlines become spaces. */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
  const clipped = [...flat].length > maxLength ? `${[...flat].slice(0, maxLength - 1).join('')}…` : flat;
  // `.` only matters inside a bare domain (example.com becomes a link), so it is escaped where a letter follows.
  return clipped.replace(/[&<>"|`@#[\]!*_~\\:$]/g, (char) => ENTITIES[char] as string).replace(/\.(?=[A-Za-z0-9])/g, '&#46;');
}

/** Text shown as inline code, for names that read better monospaced: escaped, never a real code span. */
export function escapeCode(text: string, maxLength = 200): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}
