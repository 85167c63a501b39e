/**
 * The loopback GitHub as a process, for the demo and for poking at it by hand:
 *   node packages/testkit/bin/loopback-github.ts [--seed <seed.json>] [--standard] [--ghes] [--repo owner/name]
 * Prints one JSON line on stdout, `{"urls": {...}, "env": {...}}`, with the runner environment for a job of a new
 * run in --repo, then serves until SIGINT, SIGTERM or the end of its standard input (so it stops with its parent).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Seed, standardSeed, startLoopbackGitHub } from '../src/index.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    standard: { type: 'boolean' },
    ghes: { type: 'boolean' },
    repo: { type: 'string' },
  },
});
let seed: Seed = {};
if (values.standard === true) seed = standardSeed();
if (values.seed !== undefined) {
  try {
    seed = { ...seed, ...(JSON.parse(readFileSync(values.seed, 'utf8')) as Seed) };
  } catch (error) {
    process.stderr.write(`loopback-github: cannot read the seed ${values.seed}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
const github = await startLoopbackGitHub({ seed, ghes: values.ghes === true, validate: false });
const first = seed.repos?.find((candidate) => (candidate.commits?.length ?? 0) > 0);
const repo = values.repo ?? (first === undefined ? undefined : `${first.owner}/${first.name}`);
const env = repo === undefined ? {} : github.runnerEnv({ repo });
process.stdout.write(`${JSON.stringify({ urls: github.urls, env })}\n`);

const stop = () => void github.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
// The server is unref'd for tests; here it is what the process is for.
setInterval(() => {}, 1 << 30);
