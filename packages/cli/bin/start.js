// The process edge of the `crucible` command, shared by the repository's bin (crucible.js, which runs the
// TypeScript sources) and the packed package's bundle (packed.js): plain JavaScript, so it runs on Node 20 too.

/**
 * Runs one invocation of `main` on this process's argv and streams, and leaves the exit code on the process.
 * @param {() => Promise<typeof import('../src/main.ts')>} loadMain
 */
export async function start(loadMain) {
  // `crucible compare ... | head` closes the pipe early; that is the reader's choice, not an error to print.
  // `crucible train` goes on supervising its command (whose output stays in train.log) and writes run.json.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    if (process.argv[2] !== 'train') process.exit(process.exitCode ?? 0);
  });
  // Node keeps compiled modules in its compile cache (Node 22.1 and newer), so every run after the first starts
  // sooner; a cache it cannot write is skipped silently.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache?.();
  const { main } = await loadMain();
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  });
}
