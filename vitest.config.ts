import { defineConfig } from 'vitest/config';

// Inlined dependencies ship source maps without their sources, and vite warns once per file, which buries the
// results; every other message goes through.
const quiet = (message: string) => message.includes('points to missing source files');
const warned = new Set<string>();
const logger = {
  hasWarned: false,
  info: (message: string) => void process.stdout.write(`${message}\n`),
  warn(message: string) {
    if (quiet(message)) return;
    logger.hasWarned = true;
    process.stderr.write(`${message}\n`);
  },
  warnOnce(message: string) {
    if (warned.has(message)) return;
    warned.add(message);
    logger.warn(message);
  },
  error: (message: string) => void process.stderr.write(`${message}\n`),
  clearScreen: () => {},
  hasErrorLogged: () => false,
};

export default defineConfig({
  customLogger: logger,
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // Bundle builds and child processes take seconds on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // @actions/workflow-parser imports its JSON schema without an import attribute, which plain Node rejects.
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});
