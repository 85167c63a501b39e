import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // @actions/workflow-parser ships source maps without their sources, and vite warns once per file when it
      // inlines them, which buries the results. Its maps are of no use here, so they are dropped on load.
      name: 'drop-workflow-parser-source-maps',
      enforce: 'pre',
      load(id) {
        if (!id.includes('@actions/workflow-parser/dist/') || !id.endsWith('.js')) return null;
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
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
