import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** One posted markdown body on the page: the pull request's comment or the alert issue. */
export type PageSection = { title: string; markdown: string };

/** The page's file names inside its folder. */
export const PAGE_FILE = 'report.html';
const MERMAID_FILE = 'mermaid.min.js';

/**
 * The raw HTML that a posted body may carry, as GitHub lets it through (its sanitization filter, narrowed to what the
 * reports use and what micromark itself writes): any other tag is shown as text, never run.
 */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'ol', 'p', 'pre', 's', 'samp', 'section', 'span',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'ul', 'var',
]);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = {
  '*': new Set(['align', 'title', 'id', 'aria-label', 'aria-describedby', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes']),
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  input: new Set(['type', 'checked', 'disabled']),
  ol: new Set(['start']),
  details: new Set(['open']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan']),
};
/** Classes micromark's GFM output uses; `class="mermaid"` in a body's own HTML must not reach the chart renderer. */
const ALLOWED_CLASS = /^(language-[\w+#.-]+|footnotes|sr-only|data-footnote-backref|contains-task-list|task-list-item)$/;
const URL_ATTRIBUTES = new Set(['href', 'src']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /<!--[\s\S]*?-->/y;

/** An http(s), mailto, fragment or relative address; `javascript:` and friends (however encoded) are not. */
function isSafeUrl(value: string): boolean {
  // A named character reference other than &amp; could spell a scheme's colon (&colon;): refuse rather than decode.
  if (/&(?!amp;)[a-z]/i.test(value)) return false;
  const decoded = value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/gi, '&')
    // eslint-disable-next-line no-control-regex -- browsers drop these inside a scheme
    .replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([^/?#]*):/.exec(decoded)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function rebuildTag(closing: string, name: string, attributes: string, selfClosing: string): string | undefined {
  const tag = name.toLowerCase();
  if (!ALLOWED_TAGS.has(tag)) return undefined;
  if (closing !== '') return `</${tag}>`;
  const kept: string[] = [];
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const key = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4];
    const allowed = ALLOWED_ATTRIBUTES['*']?.has(key) === true || ALLOWED_ATTRIBUTES[tag]?.has(key) === true || key === 'class';
    if (!allowed) continue;
    if (key === 'class') {
      const classes = (value ?? '').split(/\s+/).filter((name) => ALLOWED_CLASS.test(name));
      if (classes.length > 0) kept.push(`class="${classes.join(' ')}"`);
      continue;
    }
    if (URL_ATTRIBUTES.has(key) && !isSafeUrl(value ?? '')) continue;
    kept.push(value === undefined ? key : `${key}="${value.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`);
  }
  return `<${[tag, ...kept].join(' ')}${selfClosing === '' ? '' : ' /'}>`;
}

/**
 * Keeps the allowed tags of micromark's output (rebuilt from their allowed attributes), drops comments, and turns
 * every other `<` into text: micromark escapes the text it writes, so any other `<` comes from a body's raw HTML.
 */
export function sanitizeHtml(html: string): string {
  let out = '';
  let at = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', at)) {
    out += html.slice(at, lt);
    COMMENT.lastIndex = lt;
    const comment = COMMENT.exec(html);
    if (comment !== null) {
      at = lt + comment[0].length;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    const rebuilt = tag === null ? undefined : rebuildTag(tag[1] ?? '', tag[2] ?? '', tag[3] ?? '', tag[4] ?? '');
    if (tag !== null && rebuilt !== undefined) {
      out += rebuilt;
      at = lt + tag[0].length;
    } else {
      out += '&lt;';
      at = lt + 1;
    }
  }
  return out + html.slice(at);
}

/** GitHub-flavoured markdown as GitHub shows it: tables, task lists, autolinks, its raw HTML, Mermaid blocks as charts. */
export function renderGitHubMarkdown(markdown: string): string {
  const html = sanitizeHtml(micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }));
  // Mermaid draws every <pre class="mermaid"> from its (escaped) text; only fenced blocks become one.
  return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(title: string, sections: PageSection[]): string {
  const body = sections.map((section) => `<article>\n<h2 class="page-section">${escapeText(section.title)}</h2>\n<div class="markdown-body">\n${renderGitHubMarkdown(section.markdown)}</div>\n</article>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<link rel="icon" href="data:,">
<style>
body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 920px; margin: 0 auto; padding: 24px 16px; }
article { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; margin: 0 0 24px; }
h2.page-section { margin: 0; padding: 8px 16px; font-size: 14px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body h4 { font-size: 16px; margin: 24px 0 16px; }
.markdown-body table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
.markdown-body pre.mermaid { background: #fff; text-align: center; }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
</style>
</head>
<body>
<main>
<h1>${escapeText(title)}</h1>
${body.join('\n')}
</main>
<script src="${MERMAID_FILE}"></script>
<script>
// Open every <details> so that the charts inside are drawn at their size and show in a screenshot.
for (const details of document.querySelectorAll('details')) details.open = true;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
mermaid.run({ querySelector: 'pre.mermaid' }).then(
  () => { document.body.dataset.mermaid = 'done'; },
  (error) => { document.body.dataset.mermaid = 'failed'; console.error(String(error)); },
);
</script>
</body>
</html>
`;
}

/** Writes `content` beside its final name first, so a reader (or a second demo) never sees half a file. */
function writeAtomically(path: string, write: (temporary: string) => void): void {
  const temporary = `${path}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, path);
}

/**
 * Writes the page of posted bodies into `folder`, with mermaid's browser bundle beside it (from this repository's
 * node_modules: the page needs no network), and returns the page's path.
 */
export function writeReportPage(folder: string, title: string, sections: PageSection[]): string {
  mkdirSync(folder, { recursive: true });
  const mermaid = createRequire(import.meta.url).resolve(`mermaid/dist/${MERMAID_FILE}`);
  writeAtomically(join(folder, MERMAID_FILE), (temporary) => copyFileSync(mermaid, temporary));
  const page = join(folder, PAGE_FILE);
  writeAtomically(page, (temporary) => writeFileSync(temporary, pageHtml(title, sections)));
  return page;
}
