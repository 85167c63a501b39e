import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCode, escapeMarkdown, escapeName } from '../src/report/escape.ts';
import { showInvisible, terminalText } from '../src/text/invisible.ts';
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
    'acc\u202e1.0=ssol',
    'a\u200bcc',
    '\ufeffloss',
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

/** Bidi controls, zero-width and other format characters (Cf), separators and fillers that render as nothing. */
const INVISIBLES = [
  ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e'],
  ...['\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\u200b', '\u200c', '\u200d', '\u200e', '\u200f'],
  ...['\u2028', '\u2029', '\ufeff', '\u00ad', '\u2060', '\u2061', '\u2064', '\u061c', '\u180e', '\u3164', '\u{e0041}', '\u{e0001}'],
];
const invisible = fc.constantFrom(...INVISIBLES);
/** Any text with invisible characters mixed in. */
const withInvisibles = fc.array(fc.oneof(invisible, fc.string({ unit: 'binary', maxLength: 4 }), hostileText), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const RAW_INVISIBLE = /[\p{Cf}\u2028\u2029\u3164]/u;
const hex = (char: string) => (char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');

describe('invisible characters', () => {
  it.each(INVISIBLES.map((char) => [hex(char), char]))('shows U+%s by its code point in names, prose and code', (code, char) => {
    const name = `acc${char}uracy`;
    const expected = `acc\\u{${code}}uracy`;
    expect(prose(escapeName(name)).dom.querySelector('code')?.textContent).toBe(expected);
    expect(githubDom(`${escapeCode(name)}\n`).querySelector('code')?.textContent).toBe(char === '\u2028' || char === '\u2029' ? 'acc uracy' : expected);
    expect(prose(escapeMarkdown(name)).text).toBe(`Before ${char === '\u2028' || char === '\u2029' ? 'acc uracy' : expected} after.`);
  });

  it('shows a name reversed by U+202E as written, not as it would display', () => {
    // "eval.acc" + RLO + "1.0 <= ssol": shown raw, the override would make it read as a different name.
    const name = 'eval.acc\u202e1.0 <= ssol';
    expect(prose(escapeName(name)).dom.querySelector('code')?.textContent).toBe('eval.acc\\u{202E}1.0 <= ssol');
  });

  it('keeps emoji drawn with joiners and subdivision flags whole', () => {
    for (const emoji of ['👩‍👩‍👧', '🏳️‍🌈', '👍🏽‍♂', '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}']) expect(showInvisible(emoji)).toBe(emoji);
    expect(showInvisible('a\u200db')).toBe('a\\u{200D}b');
    expect(showInvisible('😀\u200d')).toBe('😀\\u{200D}');
    expect(showInvisible('\u{e0067}\u{e0062}')).toBe('\\u{E0067}\\u{E0062}');
  });

  it('leaves no raw bidi, zero-width or other format character in names, prose or code (property)', () => {
    const emoji = /\p{Extended_Pictographic}|\u{1F3F4}/u;
    fc.assert(
      fc.property(withInvisibles, (text) => {
        // An emoji joined to the next keeps its joiner; everything else must be shown.
        if (emoji.test(text)) return;
        for (const escaped of [escapeName(text), escapeCode(text, 1000), escapeMarkdown(text, 1000).replaceAll('\u2060', '')]) {
          const rendered = githubDom(`${escaped}\n`).textContent ?? '';
          expect(rendered.replaceAll('\u2060', '')).not.toMatch(RAW_INVISIBLE);
        }
        expect(prose(escapeName(text)).dom.querySelector('code')?.textContent).toBe(shownAs(text));
      }),
      { numRuns: 300 },
    );
  });

  it('makes text safe for a terminal: controls as "?", invisible characters as code points', () => {
    expect(terminalText('loss\u001b[2J\u009b31m\u007f\u202eenilesab\u200b')).toBe('loss?[2J?31m?\\u{202E}enilesab\\u{200B}');
    expect(terminalText('eval/acc 👩‍👩‍👧 ünïcødé')).toBe('eval/acc 👩‍👩‍👧 ünïcødé');
    fc.assert(
      fc.property(fc.oneof(withInvisibles, fc.string({ unit: 'binary' })), (text) => {
        const shown = terminalText(text);
        // eslint-disable-next-line no-control-regex -- checking that none are left
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        if (!/\p{Extended_Pictographic}|\u{1F3F4}/u.test(text)) expect(shown).not.toMatch(RAW_INVISIBLE);
      }),
      { numRuns: 300 },
    );
  });
});
