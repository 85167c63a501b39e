import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { curveChart, mermaidLabel, runsChart, sparkline } from '../src/report/chart.ts';
import { renderReport } from '../src/report/render.ts';
import { renderRunMarkdown } from '../src/report/sections/runs.ts';
import { example } from './fixtures/report/example.ts';
import { history, hostileText, reportInputArbitrary, runArbitrary } from './helpers/report-arbitraries.ts';

// mermaid.parse runs under Node once a DOM window is global (DOMPurify and the config code read it); the real
// parser is the point, since GitHub shows a chart it rejects as an error box.
let mermaid: Mermaid;
beforeAll(async () => {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import('mermaid')).default;
});

/** Every fenced Mermaid block of a markdown text, without its fences. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1] as string);
}

/** The numbers of each `line [...]` of a chart. */
function lines(chart: string): number[][] {
  return [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map((match) => (match[1] as string).split(', ').map(Number));
}

describe('curve charts', () => {
  it('parses every chart of the example report with the real Mermaid parser', async () => {
    const blocks = mermaidBlocks(renderReport(example, { maxChars: 65_536 }).markdown);
    // The runs' own curves (train/loss, lr: a line per seed), then baseline against PR (eval/acc, eval/loss).
    const palettes = ['#4e79a7, #f28e2b, #59a14f', '#4e79a7, #f28e2b, #59a14f', '#f28e2b, #4e79a7', '#f28e2b, #4e79a7'];
    expect(blocks).toHaveLength(palettes.length);
    // The init directive is what colours the lines, since xychart-beta has no legend: Mermaid must read it.
    for (const [i, block] of blocks.entries()) {
      const config = { themeVariables: { xyChart: { plotColorPalette: palettes[i] } } };
      await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart', config });
    }
  });

  it('resamples baseline and PR onto one evenly spaced step grid, holding a shorter history flat', () => {
    const chart = curveChart('loss', [[0, 1], [10, 2], [20, 3]], [[0, 4], [15, 5], [30, 6], [45, 7]]);
    expect(chart?.mermaid).toContain('x-axis "step" 0 --> 45');
    expect(lines(chart?.mermaid ?? '')).toEqual([
      [1, 2.5, 3, 3],
      [4, 5, 6, 7],
    ]);
    expect(chart?.colours).toEqual([
      { label: '🟠 orange', side: 'baseline' },
      { label: '🔵 blue', side: 'current' },
    ]);
    expect(chart?.notes).toEqual(['the baseline logged steps 0 to 20 only; its line is flat outside them']);
  });

  it('colours the PR line blue when it is the only line', () => {
    const chart = curveChart('acc', [], [[1, 0.5], [2, 0.6]]);
    expect(chart?.mermaid).toContain('"plotColorPalette": "#4e79a7"');
    expect(chart?.colours).toEqual([{ label: '🔵 blue', side: 'current' }]);
  });

  it.each([
    ['a single point each', [[0, 1]], [[0, 2]]],
    ['no points', [], []],
    ['values that are not finite', [[0, Number.NaN], [1, Number.POSITIVE_INFINITY]], []],
  ] as const)('draws nothing for %s', (_, baseline, current) => {
    expect(curveChart('x', baseline as unknown as [number, number][], current as unknown as [number, number][])).toBeUndefined();
  });

  it('writes plain decimals Mermaid accepts for tiny, huge and negative values', async () => {
    for (const scale of [1e-12, 1e-5, 1, 1e6, 1e14, 1e300]) {
      const chart = curveChart('m', [[0, -scale], [1, scale * 3]], [[0, scale], [2, -scale * 2]]);
      expect(chart?.mermaid).not.toMatch(/\d[eE][-+]?\d(?![^\n]*")/);
      await expect(mermaid.parse((chart?.mermaid ?? '').replace(/^```mermaid\n|\n```$/g, ''))).resolves.toBeTruthy();
    }
  });

  it('accepts every chart the renderer draws, whatever the histories and names (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), hostileText), history, history, async (name, baseline, current) => {
        const chart = curveChart(name, baseline, current);
        if (chart === undefined) return;
        await expect(mermaid.parse(chart.mermaid.replace(/^```mermaid\n|\n```$/g, ''))).resolves.toBeTruthy();
        const [first, second] = lines(chart.mermaid);
        if (second !== undefined) expect(second).toHaveLength(first?.length ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('parses the charts of whole reports with hostile names (property)', async () => {
    await fc.assert(
      fc.asyncProperty(reportInputArbitrary(), async (input) => {
        for (const block of mermaidBlocks(renderReport(input, { maxChars: 1024 * 1024 }).markdown)) await expect(mermaid.parse(block)).resolves.toBeTruthy();
      }),
      { numRuns: 40 },
    );
  });

  it('draws a line per run on one step grid, noting a run that logged fewer steps', () => {
    const chart = runsChart('loss', [[[0, 3], [10, 2], [20, 1]], [], [[0, 4], [10, 3]]]);
    expect(chart?.mermaid).toContain('"plotColorPalette": "#4e79a7, #f28e2b"');
    expect(lines(chart?.mermaid ?? '')).toEqual([
      [3, 2, 1],
      [4, 3, 3],
    ]);
    // The run with no history is skipped: the colours go to the runs drawn.
    expect(chart?.lines).toEqual([
      { run: 0, colour: '🔵 blue' },
      { run: 2, colour: '🟠 orange', partial: 'steps 0 to 10' },
    ]);
    expect(chart?.more).toBe(0);
  });

  it('draws at most eight runs, in distinct colours, and counts the rest', async () => {
    const histories = Array.from({ length: 11 }, (_, run): [number, number][] => [[0, run], [1, run + 1]]);
    const chart = runsChart('loss', histories);
    expect(chart?.lines.map((line) => line.run)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(chart?.lines.map((line) => line.colour)).size).toBe(8);
    expect(chart?.more).toBe(3);
    expect(lines(chart?.mermaid ?? '')).toHaveLength(8);
    await expect(mermaid.parse((chart?.mermaid ?? '').replace(/^```mermaid\n|\n```$/g, ''))).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  it('parses the charts of a run summary, whatever the run evidence (property)', async () => {
    await fc.assert(
      fc.asyncProperty(runArbitrary, async (run) => {
        for (const block of mermaidBlocks(renderRunMarkdown(run))) await expect(mermaid.parse(block)).resolves.toBeTruthy();
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['eval/loss', 'eval/loss'],
    ['val "acc" %%{init}%%', 'val _acc_ _init_'],
    ['<b>x</b>', '_b_x_/b_'],
    ['日本語', 'metric'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('makes %j safe for a chart title', (name, label) => {
    expect(mermaidLabel(name)).toBe(label);
  });
});

describe('sparkline', () => {
  it.each([
    [[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8]], '▁▂▃▄▅▆▇█'],
    [[[0, 5], [1, 5], [2, 5]], '▄▄▄'],
    [[[0, 1]], ''],
    [[], ''],
  ] as const)('draws %j as %j', (points, line) => {
    expect(sparkline(points as unknown as [number, number][])).toBe(line);
  });

  it('resamples a long history to the width', () => {
    const points = Array.from({ length: 500 }, (_, i): [number, number] => [i, Math.sin(i / 50)]);
    expect([...sparkline(points)]).toHaveLength(16);
  });
});
