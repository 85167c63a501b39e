import { expect } from 'vitest';
import { githubDom, liveReferences, tablesOf } from './github-markdown.ts';

/** The only links a report may hold: into the repository it reports on. */
export const TRUSTED = 'https://github.com/acme/models/';

/** In the markdown itself: every <details> closed, every table line with as many cells as its heading. */
export function expectShape(markdown: string): void {
  expect(markdown.match(/<details[ >]/g)?.length ?? 0).toBe(markdown.match(/<\/details>/g)?.length ?? 0);
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    const cells = (line: string) => line.match(/\|/g)?.length ?? 0;
    const width = cells(lines[i] as string);
    for (let j = i; lines[j]?.startsWith('|'); j++) expect(cells(lines[j] as string), lines[j]).toBe(width);
  }
}

/** The structure GitHub relies on, in the markdown and in the HTML GitHub makes of it; no live links but ours. */
export function expectWellFormed(markdown: string): void {
  expectShape(markdown);
  const dom = githubDom(markdown);
  expect(dom.querySelectorAll('details')).toHaveLength(markdown.match(/<details[ >]/g)?.length ?? 0);
  expect(dom.querySelectorAll('img, script, iframe')).toHaveLength(0);
  for (const anchor of dom.querySelectorAll('a')) expect(anchor.getAttribute('href')).toMatch(new RegExp(`^${TRUSTED}`));
  expect(liveReferences(dom)).toEqual([]);
  for (const table of tablesOf(dom)) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
}
