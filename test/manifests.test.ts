import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionNames, repoRoot } from '../scripts/actions.ts';

type Manifest = {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
};

function readManifest(name: string): { text: string; manifest: Manifest } {
  const text = readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8');
  return { text, manifest: parse(text) as Manifest };
}

describe.each(actionNames())('actions/%s', (name) => {
  const { text, manifest } = readManifest(name);

  it("passes GitHub's own action.yml schema", () => {
    const result = parseAction({ name: `actions/${name}/action.yml`, content: text }, new NoOperationTraceWriter());
    const errors = result.context.errors.getErrors().map((error) => error.message);
    expect(errors).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it('runs on node24 from its committed bundle, with a name, description and branding', () => {
    // train saves its checkpoint after the job's steps, also after a failure or a cancel: its post step is the
    // same bundle (main marks its state), as actions/checkout does.
    const post = name === 'train' ? { post: 'dist/index.js', 'post-if': 'always()' } : {};
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js', ...post });
    expect(manifest.name).toMatch(/^Crucible /);
    expect(manifest.description?.length).toBeGreaterThan(20);
    expect(manifest.branding?.icon).toBeTruthy();
    expect(manifest.branding?.color).toBeTruthy();
    expect(existsSync(join(repoRoot, 'actions', name, 'dist', 'index.js'))).toBe(true);
  });

  it('describes every input and output', () => {
    for (const [input, spec] of Object.entries(manifest.inputs ?? {})) expect(spec.description, input).toBeTruthy();
    for (const [output, spec] of Object.entries(manifest.outputs ?? {})) expect(spec.description, output).toBeTruthy();
  });

  it("has an inputs schema keyed exactly by action.yml's input names", async () => {
    const { inputs } = (await import(`../actions/${name}/src/inputs.ts`)) as { inputs: Record<string, unknown> };
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(manifest.inputs ?? {}).sort());
  });

  it('has a README titled by its folder name', () => {
    const readme = readFileSync(join(repoRoot, 'actions', name, 'README.md'), 'utf8');
    expect(readme.split('\n')[0]).toBe(`# ${name}`);
  });
});

describe('packages', () => {
  it.each(['core', 'action-kit', 'github', 'supervisor', 'cli', 'testkit'])(
    'packages/%s says in its README what it is for and what it must not import',
    (name) => {
      const readme = readFileSync(join(repoRoot, 'packages', name, 'README.md'), 'utf8');
      expect(readme.split('\n')[0]).toBe(`# packages/${name}`);
      expect(readme).toMatch(/must not import/i);
    },
  );

  it('share one version with the repository', () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const folders = [
      ...['core', 'action-kit', 'github', 'supervisor', 'cli', 'testkit'].map((name) => join('packages', name)),
      ...actionNames().map((name) => join('actions', name)),
    ];
    for (const folder of folders) {
      const manifest = JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8')) as { version: string };
      expect(manifest.version, folder).toBe(version);
    }
  });
});

describe("GitHub's action.yml schema check", () => {
  it('catches a malformed manifest, so a passing check means something', () => {
    const content = 'name: x\ndescription: y\ninputs:\n  a:\n    descripton: typo\nruns:\n  using: node99\n  main: dist/index.js\n';
    const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
