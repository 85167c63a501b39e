import { describe, expect, it } from 'vitest';
import { renderGitHubMarkdown } from '../src/commands/demo/page.ts';

describe('the demo page\'s markdown', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['an event handler', '<img src="chart.png" onerror="alert(1)">', '<img src="chart.png">'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link spelt with entities', '<a href="javascript&colon;alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link spelt with a numeric entity', '<a href="java&#115;cript:alert(1)">x</a>', '<a>x</a>'],
    ['a style tag', '<style>body{display:none}</style>', '&lt;style>body{display:none}&lt;/style>'],
    ['a raw mermaid block', '<pre class="mermaid">graph TD</pre>', '<pre>graph TD</pre>'],
  ])('shows %s as GitHub would, never runs it', (_, markdown, expected) => {
    expect(renderGitHubMarkdown(markdown)).toContain(expected);
  });

  it('keeps the HTML the reports use, drops comments, and hands fenced mermaid blocks to mermaid', () => {
    const html = renderGitHubMarkdown(
      '<!-- crucible-report id="x" -->\n<details><summary>Drift</summary>\n\n| A | B |\n| :- | -: |\n| <code>a&#46;b</code> | 1<br>2 |\n\n</details>\n\n```mermaid\nxychart-beta\n  title "a < b"\n```\n',
    );
    expect(html).not.toContain('crucible-report');
    expect(html).toContain('<details><summary>Drift</summary>');
    expect(html).toContain('<td align="left"><code>a.b</code></td>');
    expect(html).toContain('<td align="right">1<br>2</td>');
    expect(html).toContain('<pre class="mermaid">xychart-beta\n  title &quot;a &lt; b&quot;\n</pre>');
  });
});
