import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

/** Debian's chromium (`.ci/run` installs it with apt-get); no browser is downloaded. */
function findChromium(): string | undefined {
  const candidates = [...(process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'chromium')), '/usr/bin/chromium'];
  return candidates.find((path) => path !== 'chromium' && existsSync(path));
}

const executablePath = findChromium();
const outputDir = join(repoRoot, 'test-output', 'demo-browser');
const pageDir = join(repoRoot, '.demo');
if (executablePath === undefined) {
  process.stderr.write('demo-browser.test.ts: skipped: no chromium on PATH or at /usr/bin/chromium (apt-get install chromium; .ci/run does).\n');
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** The demo's page folder over http on 127.0.0.1, as a user's browser would open it from disk. */
async function serve(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)));
    if (!path.startsWith(folder) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.skipIf(executablePath === undefined)('the demo page in a browser', () => {
  let browser: Browser | undefined;
  let served: { server: Server; origin: string } | undefined;
  let demo: { stdout: string; stderr: string; status: number | null } | undefined;

  beforeAll(async () => {
    demo = spawnSync(join(repoRoot, 'node_modules', '.bin', 'crucible'), ['demo'], { encoding: 'utf8', timeout: 170_000 });
    served = await serve(pageDir);
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => served?.server.close(resolve));
  });

  it('draws the posted comment and the alert issue: the metric table, every Mermaid chart, nothing from the network', async () => {
    expect(demo?.status, demo?.stderr).toBe(0);
    expect(demo?.stdout).toContain(`no network needed): ${join(pageDir, 'report.html')}`);
    if (browser === undefined || served === undefined) throw new Error('the browser did not start');

    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
    // Every request goes through here: one to any host but 127.0.0.1 (a CDN, a font) is refused and fails the test.
    const offHost: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'file:' || (url.protocol === 'http:' && url.hostname === '127.0.0.1')) return route.continue();
      offHost.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${served.origin}/report.html`);
    await page.waitForSelector('body[data-mermaid]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-mermaid')).toBe('done');

    // The metric table of the pull request's report: a row per metric of the example.
    const metricRows = await page.locator('table:has(th:text-is("Metric")) >> nth=0 >> tbody tr').allInnerTexts();
    // Improvements first, then what stayed within noise, as the report orders them.
    expect(metricRows.map((row) => row.split('\t')[0])).toEqual(['eval.loss', 'train.loss', 'eval.accuracy']);

    // Every fenced mermaid block became an SVG; none is left as source, and mermaid reported no syntax error.
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('pre.mermaid')].map((pre) => ({ processed: pre.getAttribute('data-processed'), svg: pre.querySelector('svg') !== null, text: pre.querySelector('svg') === null ? pre.textContent : '' })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(charts).toEqual(charts.map(() => ({ processed: 'true', svg: true, text: '' })));
    const text = await page.innerText('body');
    expect(text).not.toMatch(/xychart-beta|Syntax error|Parse error|error in text/i);
    // The report's raw HTML came through as HTML: drift details, not tags shown as text.
    expect(await page.locator('details summary').count()).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('<code>');
    expect(text).toContain('Model alert: churn in production');

    expect(errors).toEqual([]);
    expect(offHost).toEqual([]);

    // The whole page, and its top down to the first chart (the report's tables), at a height a README can show.
    mkdirSync(outputDir, { recursive: true });
    const screenshot = join(outputDir, 'report.png');
    const top = join(outputDir, 'report-top.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    const firstChart = await page.locator('pre.mermaid').first().boundingBox();
    const height = Math.ceil((firstChart?.y ?? 1400) + (firstChart?.height ?? 0) + 16);
    await page.screenshot({ path: top, fullPage: true, clip: { x: 0, y: 0, width: 1000, height } });
    for (const path of [screenshot, top]) expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    // The README's picture is refreshed on request only, so a test run leaves the checkout as it was.
    if (process.env['CRUCIBLE_UPDATE_SCREENSHOT'] === '1') copyFileSync(top, join(repoRoot, 'docs', 'images', 'report.png'));
    await context.close();
  }, 120_000);
});
