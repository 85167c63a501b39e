import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionNames, repoRoot } from '../scripts/actions.ts';
import { MARKER, renderActionPage, renderReadme, staleDocs, tokenPermissions, writeDocs } from '../scripts/docs.ts';

type Manifest = { inputs?: Record<string, { required?: boolean }> };

const manifestOf = (name: string) =>
  parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as Manifest;

/** Every markdown file under docs/, as a path relative to the repository root. */
function docsMarkdown(dir = join(repoRoot, 'docs')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return docsMarkdown(path);
    return entry.name.endsWith('.md') ? [relative(repoRoot, path)] : [];
  });
}

/** Every `uses: .../crucible/actions/<name>@...` step in a parsed workflow (or fragment), with its `with:`. */
function crucibleSteps(node: unknown): { action: string; with: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(crucibleSteps);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const match = typeof record.uses === 'string' ? /crucible\/actions\/([a-z-]+)@/.exec(record.uses) : null;
  const own = match ? [{ action: match[1] as string, with: (record.with ?? {}) as Record<string, unknown> }] : [];
  return [...own, ...Object.values(record).flatMap(crucibleSteps)];
}

describe('generated docs', () => {
  it('match every action.yml and example (run `pnpm build:docs` after editing one)', () => {
    expect(staleDocs()).toEqual([]);
  });

  it('keep the hand-written part of a README and regenerate the tables', () => {
    const manifest = 'inputs:\n  data:\n    description: A | piped value\n    required: true\noutputs:\n  rows:\n    description: Rows.\n';
    const readme = renderReadme(`# x\n\nHand-written.\n\n${MARKER}\nold tables\n`, manifest);
    expect(readme).toContain('# x\n\nHand-written.\n\n');
    expect(readme).not.toContain('old tables');
    expect(readme).toContain('| `data` | A \\| piped value | yes      |');
    expect(readme).toContain('| `rows` | Rows.       |');
  });

  it('take the permissions from the token input and merge the hand-written example in verbatim', () => {
    const manifest = [
      'description: Does a thing.',
      'inputs:',
      '  token:',
      "    description: 'Needs `actions: read`, and `issues: write` for the issue; `actions: read` again.'",
      "    default: ${{ github.token }}",
      '  mode:',
      '    description: How.',
      "    default: 'fast'",
      '',
    ].join('\n');
    expect(tokenPermissions(manifest)).toEqual(['actions: read', 'issues: write']);
    const example = 'steps:\n  - uses: <owner>/crucible/actions/x@v1   # a comment the page keeps\n';
    const page = renderActionPage('x', manifest, example);
    expect(page).toContain('# x\n\nDoes a thing.');
    expect(page).toContain('- `actions: read`\n- `issues: write`\n');
    expect(page).toContain(`\`\`\`yaml\n${example}\`\`\``);
    expect(page).toContain('| `mode`  | How.');
    expect(page).toContain('`fast`');
  });
});

describe('docs --check on a copy of the repository', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function copyOf(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'crucible-docs-'));
    for (const path of [`actions/${name}/action.yml`, `actions/${name}/README.md`, `docs/actions/examples/${name}.yml`, `docs/actions/${name}.md`]) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      cpSync(join(repoRoot, path), join(dir, path));
    }
    return dir;
  }

  const check = (dir: string) =>
    spawnSync(process.execPath, [join(repoRoot, 'scripts', 'docs.ts'), '--check', '--root', dir], { encoding: 'utf8' });

  it('fails when an action.yml changed and the page was not regenerated, and passes once it is', () => {
    root = copyOf('train');
    expect(check(root).status).toBe(0);

    const manifestPath = join(root, 'actions/train/action.yml');
    const changed = readFileSync(manifestPath, 'utf8').replace(
      /\ninputs:\n/,
      "\ninputs:\n  new-input:\n    description: An input added without regenerating the docs.\n    default: 'x'\n",
    );
    writeFileSync(manifestPath, changed);
    expect(staleDocs(root)).toEqual(['actions/train/README.md is stale', 'docs/actions/train.md is stale']);
    const result = check(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('docs/actions/train.md is stale');
    expect(result.stderr).toContain('pnpm build:docs');

    const example = readFileSync(join(root, 'docs/actions/examples/train.yml'), 'utf8');
    writeDocs(root);
    expect(check(root).status).toBe(0);
    const page = readFileSync(join(root, 'docs/actions/train.md'), 'utf8');
    expect(page).toContain('`new-input`');
    expect(page).toContain(example.trimEnd());
  });

  it('fails when a page was edited by hand, an example is missing, or a page has no action', () => {
    root = copyOf('report');
    const pagePath = join(root, 'docs/actions/report.md');
    writeFileSync(pagePath, `${readFileSync(pagePath, 'utf8')}\nA hand edit.\n`);
    expect(staleDocs(root)).toEqual(['docs/actions/report.md is stale']);

    rmSync(join(root, 'docs/actions/examples/report.yml'));
    writeFileSync(join(root, 'docs/actions/retired.md'), '# retired\n');
    expect(staleDocs(root)).toEqual([
      'docs/actions/examples/report.yml is missing: write an example',
      'docs/actions/retired.md has no action (remove it)',
    ]);
    expect(check(root).status).toBe(1);
  });
});

describe('docs/', () => {
  it.each(actionNames())('docs/actions/%s.md exists, with an example that uses the action', (name) => {
    expect(existsSync(join(repoRoot, 'docs/actions', `${name}.md`))).toBe(true);
    const example = parse(readFileSync(join(repoRoot, 'docs/actions/examples', `${name}.yml`), 'utf8')) as unknown;
    expect(crucibleSteps(example).map((step) => step.action)).toContain(name);
  });

  // Every YAML example in the docs that uses a Crucible action passes only inputs the action declares, and every
  // input it requires: an example is copied, so it must work as written.
  it.each(docsMarkdown())('%s: its YAML examples parse and give Crucible actions only real inputs', (path) => {
    const text = readFileSync(join(repoRoot, path), 'utf8');
    const blocks = [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((match) => match[1] as string);
    for (const block of blocks) {
      const steps = crucibleSteps(parse(block) as unknown);
      for (const step of steps) {
        expect(actionNames(), `${path}: ${step.action}`).toContain(step.action);
        const inputs = manifestOf(step.action).inputs ?? {};
        for (const key of Object.keys(step.with)) expect(Object.keys(inputs), `${path}: ${step.action} with ${key}`).toContain(key);
        for (const [input, spec] of Object.entries(inputs)) {
          if (spec.required === true) expect(Object.keys(step.with), `${path}: ${step.action} needs ${input}`).toContain(input);
        }
      }
    }
  });

  it.each(docsMarkdown())('%s: its relative links lead to files that exist', (path) => {
    const text = readFileSync(join(repoRoot, path), 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
    for (const link of links.filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#'))) {
      const target = resolve(dirname(join(repoRoot, path)), link.split('#')[0] as string);
      expect(existsSync(target), `${path} links to ${link}`).toBe(true);
    }
  });

  it('docs/README.md links every page under docs/', () => {
    const index = readFileSync(join(repoRoot, 'docs/README.md'), 'utf8');
    for (const path of docsMarkdown().filter((page) => page !== 'docs/README.md' && !page.startsWith('docs/adr/'))) {
      expect(index, path).toContain(`(${relative('docs', path)})`);
    }
  });
});

describe('docs/guides/arc-gpu-values.yaml', () => {
  type Values = {
    githubConfigUrl?: string;
    githubConfigSecret?: unknown;
    runnerScaleSetName?: string;
    template?: {
      spec?: {
        nodeSelector?: Record<string, string>;
        tolerations?: { key?: string; operator?: string; effect?: string }[];
        containers?: { name?: string; resources?: { limits?: Record<string, unknown> } }[];
      };
    };
  };
  const values = parse(readFileSync(join(repoRoot, 'docs/guides/arc-gpu-values.yaml'), 'utf8')) as Values;

  it('is a gha-runner-scale-set values file with the scale set name a workflow uses as its label', () => {
    expect(values.githubConfigUrl).toMatch(/^https:\/\//);
    expect(values.githubConfigSecret).toBeTruthy();
    expect(values.runnerScaleSetName).toBeTruthy();
    const guide = readFileSync(join(repoRoot, 'docs/guides/gpu-runners.md'), 'utf8');
    expect(guide).toContain(`runs-on: ${values.runnerScaleSetName}`);
  });

  it('puts the runner on a GPU node pool: nodeSelector, a toleration of the GPU taint, nvidia.com/gpu limits', () => {
    const spec = values.template?.spec;
    expect(Object.keys(spec?.nodeSelector ?? {}).length).toBeGreaterThan(0);
    expect(spec?.tolerations?.some((toleration) => toleration.key === 'nvidia.com/gpu')).toBe(true);
    const runner = spec?.containers?.find((container) => container.name === 'runner');
    expect(Number(runner?.resources?.limits?.['nvidia.com/gpu'])).toBeGreaterThanOrEqual(1);
  });
});
