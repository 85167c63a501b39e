import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { redactFile, redactText, secretValues } from '../src/redact.ts';

const dir = mkdtempSync(join(tmpdir(), 'crucible-redact-'));
afterEach(() => rmSync(join(dir, 'out.log'), { force: true }));

describe('redaction', () => {
  const secrets = secretValues({ HF_TOKEN: 'hf_abcdefghij', WANDB_API_KEY: 'wandb-0123456789', EPOCHS: '100000', SHORT_TOKEN: 'abc', PATH: '/usr/bin' });

  it('takes the values of secret-looking variables, long enough to be secrets', () => {
    expect(secrets).toEqual(['wandb-0123456789', 'hf_abcdefghij']);
    expect(redactText('python train.py --token hf_abcdefghij --epochs 100000', secrets)).toBe('python train.py --token *** --epochs 100000');
  });

  it('redacts a file in blocks, including a secret split across two blocks', () => {
    const before = `${'x'.repeat((1 << 20) - 5)}hf_abcdefghij and wandb-0123456789\nend\n`;
    writeFileSync(join(dir, 'in.log'), before);
    expect(redactFile(join(dir, 'in.log'), join(dir, 'out.log'), secrets)).toBe(2);
    expect(readFileSync(join(dir, 'out.log'), 'utf8')).toBe(`${'x'.repeat((1 << 20) - 5)}*** and ***\nend\n`);
  });

  it('copies a file unchanged when there is nothing to hide', () => {
    writeFileSync(join(dir, 'in.log'), 'epoch 1\n\repoch 2\n');
    expect(redactFile(join(dir, 'in.log'), join(dir, 'out.log'), [])).toBe(0);
    expect(readFileSync(join(dir, 'out.log'), 'utf8')).toBe('epoch 1\n\repoch 2\n');
  });
});
