/**
 * Keeps each action's README in step with its action.yml: everything above the marker is written by hand (what
 * the action is for, an example workflow), everything below is generated (inputs and outputs tables).
 *   node scripts/docs.ts          rewrite the generated part
 *   node scripts/docs.ts --check  fail when a README is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from 'markdown-table';
import { parse } from 'yaml';
import { actionNames, repoRoot } from './actions.ts';

export const MARKER = '<!-- Generated from action.yml by `pnpm build:docs`; edit action.yml, not the text below. -->';

type Manifest = {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
};

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
const code = (text: string) => (text === '' ? '' : `\`${text}\``);

export function generatedSection(manifestText: string): string {
  const manifest = parse(manifestText) as Manifest;
  const inputs = Object.entries(manifest.inputs ?? {}).map(([name, spec]) => [
    code(name),
    cell(spec.description ?? ''),
    spec.required === true ? 'yes' : 'no',
    code(cell(spec.default ?? '')),
  ]);
  const outputs = Object.entries(manifest.outputs ?? {}).map(([name, spec]) => [code(name), cell(spec.description ?? '')]);
  return [
    MARKER,
    '',
    '## Inputs',
    '',
    inputs.length === 0 ? 'None.' : markdownTable([['Input', 'Description', 'Required', 'Default'], ...inputs]),
    '',
    '## Outputs',
    '',
    outputs.length === 0 ? 'None.' : markdownTable([['Output', 'Description'], ...outputs]),
    '',
  ].join('\n');
}

/** The README as it should be: its hand-written part, then the tables generated from action.yml. */
export function renderReadme(readme: string, manifestText: string): string {
  const at = readme.indexOf(MARKER);
  const handWritten = (at === -1 ? readme : readme.slice(0, at)).trimEnd();
  return `${handWritten}\n\n${generatedSection(manifestText)}`;
}

/** README paths that are not what `renderReadme` makes of them. */
export function staleReadmes(): string[] {
  return actionNames().filter((name) => {
    const dir = join(repoRoot, 'actions', name);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    return readme !== renderReadme(readme, readFileSync(join(dir, 'action.yml'), 'utf8'));
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  if (values.check === true) {
    const stale = staleReadmes();
    if (stale.length > 0) {
      process.stderr.write(`Stale README for ${stale.map((name) => `actions/${name}`).join(', ')}: run \`pnpm docs\`.\n`);
      process.exit(1);
    }
    process.stdout.write('docs: every action README matches its action.yml.\n');
  } else {
    for (const name of actionNames()) {
      const dir = join(repoRoot, 'actions', name);
      const path = join(dir, 'README.md');
      writeFileSync(path, renderReadme(readFileSync(path, 'utf8'), readFileSync(join(dir, 'action.yml'), 'utf8')));
    }
    process.stdout.write(`docs: wrote ${actionNames().length} action READMEs.\n`);
  }
}
