import { JSDOM } from 'jsdom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { showInvisible } from '../../src/text/invisible.ts';

/**
 * Markdown as GitHub shows it, for tests: GFM parsed by micromark (tables, autolinks of bare URLs, strikethrough,
 * footnotes), raw HTML passed through as GitHub lets <code>, <details> and <sub> through, then parsed into a DOM.
 */
export function githubDom(markdown: string): DocumentFragment {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return JSDOM.fragment(html);
}

export type Table = { header: string[]; rows: string[][] };

/** Every table's heading and body cells, as text. */
export function tablesOf(dom: DocumentFragment): Table[] {
  return [...dom.querySelectorAll('table')].map((table) => ({
    header: [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
  }));
}

/**
 * Text that GitHub would turn into a mention or an issue link. GitHub finds them in the rendered HTML's text,
 * skipping <code>, <pre> and <a>; what such a filter would match elsewhere is returned.
 */
export function liveReferences(dom: DocumentFragment): string[] {
  const found: string[] = [];
  const walker = dom.ownerDocument.createTreeWalker(dom, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node.parentElement?.closest('code, pre, a') ?? null) !== null) continue;
    found.push(...(node.textContent ?? '').match(/(?<![\w`])@[a-z0-9]|#\d|\bGH-\d/gi) ?? []);
  }
  return found;
}

/**
 * What a name reads as in the report: control characters as their control pictures, lone surrogates as U+FFFD,
 * invisible format characters (bidi overrides, zero-width) as their code points.
 */
export function shownAs(name: string): string {
  return [...showInvisible(name)]
    .map((char) => {
      const code = char.codePointAt(0) as number;
      if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
      if (code < 0x20) return String.fromCodePoint(0x2400 + code);
      return code === 0x7f ? '\u2421' : char;
    })
    .join('');
}
