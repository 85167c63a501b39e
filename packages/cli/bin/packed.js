#!/usr/bin/env node
// The entry of the packed CLI: scripts/build-cli.ts bundles it with ncc into dist/crucible.js, which the packed
// package.json names as its bin (publishConfig). Bundled JavaScript, so Node 20 runs it.
import { start } from './start.js';

await start(() => import('../src/main.ts'));
