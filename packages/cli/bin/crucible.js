#!/usr/bin/env node
// The bin in this repository: it runs the TypeScript sources through Node's own type stripping (Node 22.18 and
// newer), so what runs is always what is checked out; there is no bundle to go stale. The root's set-up installs
// Node 24 as node_modules/.bin/node and the package manager's shim for this file runs on it. The packed package
// runs dist/crucible.js instead (see publishConfig in package.json and scripts/build-cli.ts).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `crucible needs Node 22.18 or newer to run from the repository (this is ${process.version}). ` +
      'Run it as node_modules/.bin/crucible or `pnpm crucible` from the repository root, which use the Node 24 ' +
      'that the set-up installs, or install the packed CLI (`pnpm pack` in packages/cli), which runs on Node 20.\n',
  );
  process.exit(2);
}
const { start } = await import('./start.js');
await start(() => import('../src/main.ts'));
