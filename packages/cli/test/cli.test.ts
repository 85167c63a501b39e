import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

// The shim that `pnpm install` links at the root, started from an unrelated folder as a user would.
const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
const elsewhere = mkdtempSync(join(tmpdir(), 'crucible-cli-'));

function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, args, { cwd: elsewhere, encoding: 'utf8' });
}

describe('crucible', () => {
  it('prints its version, the repository version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const result = crucible('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('lists every command of the contract in --help', () => {
    const result = crucible('--help');
    expect(result.status).toBe(0);
    for (const command of ['validate', 'compare', 'report', 'train', 'gate', 'demo']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\s+\\S`, 'm'));
    }
  });

  it('loads no command module for --help: only main.ts, the exit codes and the error classes', () => {
    // A resolve hook in a child Node lists every module the help imports.
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); loaded.push(found.url); return found; } });
      const { main } = await import(${JSON.stringify(pathToFileURL(join(repoRoot, 'packages', 'cli', 'src', 'main.ts')).href)});
      await main(['--help'], { stdout() {}, stderr() {}, cwd: process.cwd() });
      process.stdout.write(JSON.stringify(loaded));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const files = (JSON.parse(result.stdout) as string[]).filter((url) => url.startsWith('file:')).map((url) => relative(repoRoot, fileURLToPath(url)));
    expect(files.sort()).toEqual(['packages/cli/src/exit-code.ts', 'packages/cli/src/main.ts', 'packages/core/src/errors.ts']);
  });

  it('shows usage and exits 2 when called with nothing', () => {
    const result = crucible();
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('Usage: crucible <command>');
  });

  it('prints a command usage with <command> --help', () => {
    const result = crucible('compare', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('crucible compare --baseline <path> --current <path>');
  });

  it('names an unknown command and exits 2, without a stack trace', () => {
    const result = crucible('comapre');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('crucible: unknown command "comapre". Run `crucible --help` for the list of commands.\n');
  });
});
