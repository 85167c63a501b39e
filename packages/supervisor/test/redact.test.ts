import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSecretName, redactFile, redactText, secretValues } from '../src/redact.ts';

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

describe('secret names', () => {
  it.each([
    'KAGGLE_KEY',
    'OPENAI_KEY',
    'GH_PAT',
    'DB_PASS',
    'SMTP_PWD',
    'MYSQL_PASSWORD',
    'REDIS_PASSWD',
    'SERVICE_APIKEY',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'SSH_PRIVATE_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'HF_TOKEN',
    'WANDB_API_KEY',
    'AZURE_CLIENT_SECRET',
    'NPM_AUTH',
    'SENTRY_DSN',
    'GPG_PASSPHRASE',
    'INPUT_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'hfToken',
    'openai_api_key',
  ])('%s is secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each([
    'GIT_AUTHOR_NAME',
    'GIT_AUTHOR_EMAIL',
    'GIT_COMMITTER_NAME',
    'PATH',
    'HOME',
    'USER',
    'PWD',
    'OLDPWD',
    'GIT_ASKPASS',
    'SSH_AUTH_SOCK',
    'HF_TOKEN_PATH',
    'SECRET_NAME',
    'KEY_FILE',
    'DB_PASS_USER',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'KEYBOARD_LAYOUT',
    'PASSENGER_COUNT',
    'MONKEY_PATCH',
    'AUTHOR',
    'EPOCHS',
  ])('%s is not secret', (name) => {
    expect(isSecretName(name)).toBe(false);
  });

  it('takes KAGGLE_KEY, OPENAI_KEY, GH_PAT and *_PASS, and leaves GIT_AUTHOR_NAME, short values and flags alone', () => {
    const found = secretValues({
      KAGGLE_KEY: 'kaggle-0123456789abcdef',
      OPENAI_KEY: 'sk-proj-abcdefghijkl',
      GH_PAT: 'ghp_0123456789abcdefghij',
      DB_PASS: 'hunter2-hunter2',
      GIT_AUTHOR_NAME: 'Octo Cat Developer',
      HOME: '/home/runner',
      PIN_PASS: '1',
      API_TOKEN_SHORT: 'abc',
      HF_TOKEN_DISABLED: 'true',
      SOME_SECRET: 'false ',
      EMPTY_TOKEN: '',
    });
    expect(found.sort()).toEqual(['ghp_0123456789abcdefghij', 'hunter2-hunter2', 'kaggle-0123456789abcdef', 'sk-proj-abcdefghijkl']);
    expect(redactText('by Octo Cat Developer in /home/runner: epoch 1 of 10, true', found)).toBe('by Octo Cat Developer in /home/runner: epoch 1 of 10, true');
  });
});

describe('redacting text', () => {
  it.each([
    ['one secret inside another, the longer first', ['abcdef', 'xxabcdefyy'], 'a xxabcdefyy b abcdef', 'a *** b ***'],
    ['two secrets that overlap', ['abcdef123', '123xyz789'], 'key=abcdef123xyz789.', 'key=***.'],
    ['two secrets that overlap, the other way round', ['123xyz789', 'abcdef123'], 'key=abcdef123xyz789.', 'key=***.'],
    ['a chain of three overlapping secrets', ['aaaa11', '11bbbb22', '22cccc'], '<aaaa11bbbb22cccc>', '<***>'],
    ['a secret that overlaps itself', ['abab-abab'], 'abab-abab-abab', '***'],
  ])('hides %s whole', (_case, given, text, expected) => {
    expect(redactText(text, given)).toBe(expected);
  });

  const secret = 's3cr3t+/value="with"&odd chars\\';
  it.each([
    ['base64', Buffer.from(secret).toString('base64')],
    ['URL-safe base64', Buffer.from(secret).toString('base64url')],
    ['URL-encoded', encodeURIComponent(secret)],
    ['URL-encoded, lower-case hex', encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
    ['form-encoded', encodeURIComponent(secret).replaceAll('%20', '+')],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
  ])('hides the %s form', (_form, encoded) => {
    const text = `before ${encoded} after`;
    const redacted = redactText(text, [secret]);
    expect(redacted).toMatch(/^before .*\*\*\*.* after$/);
    expect(redacted).not.toContain(encoded);
    // What is left of the encoded form is at most its padding or a partial last character.
    expect(redacted.length).toBeLessThanOrEqual('before *** after'.length + 3);
  });

  it.each(['user:', 'me:', 'root:', 'x'])('hides a secret inside a longer base64 text (Basic auth, prefix %j)', (prefix) => {
    const token = 'ghp_0123456789abcdefghij';
    const header = `Authorization: Basic ${Buffer.from(`${prefix}${token}`).toString('base64')}`;
    const redacted = redactText(header, [token]);
    expect(redacted).toContain('***');
    // Whatever base64 is left decodes to at most the prefix and a byte of the token's edges.
    const left = redacted.replace('Authorization: Basic ', '').split('***').join('').length;
    expect(left).toBeLessThanOrEqual(Math.ceil((prefix.length * 4) / 3) + 4);
  });

  it('redacts base64 and overlapping secrets in a file, across blocks', () => {
    const encoded = Buffer.from('hf_abcdefghij').toString('base64');
    writeFileSync(join(dir, 'in.log'), `${'x'.repeat((1 << 20) - 7)}abcdef123xyz789 ${encoded}\n`);
    expect(redactFile(join(dir, 'in.log'), join(dir, 'out.log'), ['abcdef123', '123xyz789', 'hf_abcdefghij'])).toBe(2);
    expect(readFileSync(join(dir, 'out.log'), 'utf8')).toBe(`${'x'.repeat((1 << 20) - 7)}*** ***\n`);
  });
});
