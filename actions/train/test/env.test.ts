import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepSecrets } from '../src/env.ts';

afterEach(() => vi.unstubAllEnvs());

describe('stepSecrets', () => {
  it('takes secret-looking variables of the step and of the env input, by the words of their names', () => {
    vi.stubEnv('KAGGLE_KEY', 'kaggle-0123456789abcdef');
    vi.stubEnv('GIT_AUTHOR_NAME', 'Octo Cat Developer');
    vi.stubEnv('FEATURE_TOKEN_ENABLED', 'true');
    const secrets = stepSecrets(['OPENAI_KEY=sk-proj-abcdefghijkl', 'GH_PAT=ghp_0123456789abcdefghij', 'DB_PASS=hunter2-hunter2', 'HF_TOKEN_PATH=/home/runner/.cache/hf/token', 'EPOCHS=100000']);
    expect(secrets).toEqual(expect.arrayContaining(['kaggle-0123456789abcdef', 'sk-proj-abcdefghijkl', 'ghp_0123456789abcdefghij', 'hunter2-hunter2']));
    for (const plain of ['Octo Cat Developer', 'true', '/home/runner/.cache/hf/token', '100000']) expect(secrets).not.toContain(plain);
  });
});
