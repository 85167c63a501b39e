import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici'].flatMap((name) => [
  name,
  `node:${name}`,
]);

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'actions/*/dist/**', 'coverage/**', '.bench/**'] },
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
    // Scripts, benchmarks and the CLI entry print for a person.
    files: ['scripts/**', 'bench/**', 'packages/cli/bin/**'],
    rules: { 'no-console': 'off' },
  },
);
