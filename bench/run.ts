/**
 * Runs every benchmark in bench/ (files named *.bench.ts), or the ones named on the command line:
 *   pnpm bench [cold-start ...]
 * Each prints its own side-by-side table with ratios against its named peer.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n== ${name} ==`);
  const bench = (await import(join(here, `${name}.bench.ts`))) as { run: () => void | Promise<void> };
  await bench.run();
}
