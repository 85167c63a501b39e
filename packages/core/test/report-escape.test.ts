import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCode, escapeMarkdown, escapeName } from '../src/report/escape.ts';
import { githubDom, liveReferences, shownAs } from './helpers/github-markdown.ts';
import { hostileText } from './helpers/report-arbitraries.ts';

/** The text escaped, placed in a paragraph of prose, rendered as GitHub would. */
function prose(escaped: string) {
  const dom = githubDom(`Before ${escaped} after.\n`);
  return { dom, paragraphs: dom.querySelectorAll('p').length, text: (dom.textContent ?? '').trim() };
}

describe('escapeName', () => {
  it.each([
    'plain/name',
    'a|b|c',
    '`code` and ``more``',
    '<script>alert(1)</script>',
    '@octocat and @github/team',
    'fixes #123 and GH-45 and acme/models#7',
    '[click](https://evil.example) ![img](https://evil.example/x.png)',
    'https://evil.example www.evil.example evil@example.com',
    '</details><details open><summary>x',
    '<!-- hidden',
    '**bold** _em_ ~~strike~~ $x^2$ :smile:',
    '# heading',
    '> quote',
    '- item',
    '1. item',
    'line\nbreak\r\nand\ttab',
    '\\| backslash pipe',
    '&amp; &#124; &lt;',
    '[^1]: footnote',
    '😀 👩‍👩‍👧 \u202e reversed',
  ])('shows %j exactly, with no link, image, mention or markup', (name) => {
    const { dom, paragraphs } = prose(escapeName(name));
    expect(paragraphs).toBe(1);
    expect(dom.querySelectorAll('a, img, script, details, em, strong, del, h1, blockquote, li, sup').length).toBe(0);
    expect(dom.querySelectorAll('code')).toHaveLength(1);
    expect(dom.querySelector('code')?.textContent).toBe(shownAs(name));
  });

  it('keeps any text inert and exact (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileText), (name) => {
        const { dom, paragraphs } = prose(escapeName(name));
        expect(paragraphs).toBe(1);
        expect(dom.querySelectorAll('a, img, details, em, strong, del').length).toBe(0);
        expect(dom.querySelector('code')?.textContent).toBe(shownAs(name));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['@octocat please look', /@\u2060octocat/],
    ['see #123 and GH-45', /#\u2060123 and GH\u2060-45/],
    ['- starts a list', /^Before - starts a list after\.$/],
    ['1. starts a list', /^Before 1\. starts a list after\.$/],
    ['https://evil.example/x?a=1', /https:\/\/evil\.example\/x\?a=1/],
  ])('keeps %j as prose without live references', (text, shown) => {
    const { dom, paragraphs, text: rendered } = prose(escapeMarkdown(text));
    expect(paragraphs).toBe(1);
    expect(dom.querySelectorAll('a, img, li').length).toBe(0);
    expect(liveReferences(dom)).toEqual([]);
    expect(rendered).toMatch(shown);
  });

  it('starts no block when it begins a line', () => {
    for (const text of ['- item', '+ item', '1. item', '# heading', '> quote', '    code', '===']) {
      const dom = githubDom(`${escapeMarkdown(text)}\n`);
      expect(dom.querySelectorAll('p')).toHaveLength(1);
      expect(dom.textContent?.trim()).toBe(text.trim());
    }
  });

  it('turns line breaks into spaces and clips long text with an ellipsis, counting code points', () => {
    expect(prose(escapeMarkdown('a\nb\r\nc')).text).toBe('Before a b c after.');
    expect(prose(escapeMarkdown('😀'.repeat(10), 5)).text).toBe(`Before ${'😀'.repeat(4)}… after.`);
  });

  it('never leaves a live reference or link in prose (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileText), (text) => {
        const { dom, paragraphs } = prose(escapeMarkdown(text, 1000));
        expect(paragraphs).toBe(1);
        expect(dom.querySelectorAll('a, img, details, em, strong, del').length).toBe(0);
        expect(liveReferences(dom)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeCode', () => {
  it('shows a message monospaced on one line', () => {
    const dom = githubDom(`${escapeCode('exit 1:\n  see <log> | tail')}\n`);
    expect(dom.querySelector('code')?.textContent).toBe('exit 1:   see <log> | tail');
  });
});
