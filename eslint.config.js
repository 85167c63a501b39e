import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici'].flatMap((name) => [
  name,
  `node:${name}`,
]);

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'actions/*/dist/**', 'packages/cli/dist/**', 'coverage/**', '.bench/**', '.demo/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain stays free of the runner, the network and the environment (ARCHITECTURE.md, "Layers").
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: networkModules.map((name) => ({ name, message: 'packages/core does no network I/O; do it in packages/github.' })),
          patterns: [
            { group: ['@actions/*'], message: 'packages/core must not import @actions/*; put runner code in packages/action-kit.' },
            { group: ['@octokit/*'], message: 'packages/core must not talk to GitHub; put API code in packages/github.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'packages/core takes configuration as arguments, not from process.env.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'packages/core does no network I/O; do it in packages/github.' },
        { name: 'WebSocket', message: 'packages/core does no network I/O.' },
      ],
    },
  },
  {
    // A step is shared by the action and the CLI: it reaches the runner, GitHub and the process only through its
    // ports (docs/adr/0003-steps-and-ports.md).
    files: ['actions/*/src/step.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'A step reaches the runner through its ports; @actions/* belongs in run.ts and the action-kit.' },
            { group: ['@octokit/*'], message: 'A step reaches GitHub through its ports.' },
            { group: ['@crucible/action-kit', '@crucible/action-kit/*'], message: 'A step is shared with the CLI: the action-kit belongs in run.ts.' },
            { group: ['@crucible/github'], allowTypeImports: true, message: 'A step reaches GitHub through its ports (type imports are fine).' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'A step takes its environment in its settings.' }],
    },
  },
  {
    // Scripts, benchmarks and the CLI entry print for a person.
    files: ['scripts/**', 'bench/**', 'packages/cli/bin/**'],
    rules: { 'no-console': 'off' },
  },
);
