#!/usr/bin/env node
// The CLI is TypeScript run by Node's own type stripping (Node 22.18 and newer), so there is no build step
// between editing a command and running it. The root's set-up installs Node 24 as node_modules/.bin/node and
// the package-manager shim for this file runs on it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `crucible needs Node 22.18 or newer (this is ${process.version}). ` +
      'Run it as node_modules/.bin/crucible or `pnpm crucible` from the repository root, which use the Node 24 ' +
      'that the set-up installs.\n',
  );
  process.exit(2);
}
// `crucible compare ... | head` closes the pipe early; that is the reader's choice, not an error to print.
// `crucible train` goes on supervising its command (whose output stays in train.log) and writes run.json.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  if (process.argv[2] !== 'train') process.exit(process.exitCode ?? 0);
});
// Node keeps the compiled (and type-stripped) modules in its compile cache, so every run after the first starts
// about 150 ms sooner; a cache it cannot write is skipped silently.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
