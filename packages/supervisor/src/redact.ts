import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Words that make a variable secret when one of its name's words (split on `_`, and between a lower-case letter
 * and a capital) is one of them: KAGGLE_KEY, OPENAI_KEY, GH_PAT, DB_PASS, SMTP_PWD, AWS_SECRET_ACCESS_KEY,
 * HF_TOKEN. Whole words only, so GIT_AUTHOR_NAME (AUTHOR is not AUTH) and KEYBOARD_LAYOUT do not count.
 */
const SECRET_WORDS = new Set([
  'TOKEN',
  'TOKENS',
  'SECRET',
  'SECRETS',
  'PASSWORD',
  'PASSWD',
  'PASS',
  'PWD',
  'PASSPHRASE',
  'KEY',
  'KEYS',
  'APIKEY',
  'ACCESSKEY',
  'SECRETKEY',
  'PRIVATEKEY',
  'AUTHKEY',
  'AUTHTOKEN',
  'ACCESSTOKEN',
  'PAT',
  'CREDENTIAL',
  'CREDENTIALS',
  'CREDS',
  'AUTH',
  'JWT',
  'COOKIE',
  'DSN',
]);
/**
 * A last word that says the value is about the secret, not the secret: HF_TOKEN_PATH, SECRET_NAME, KEY_FILE,
 * DB_PASS_USER, SSH_AUTH_SOCK, ACTIONS_ID_TOKEN_REQUEST_URL.
 */
const DESCRIBING_WORDS = new Set(['NAME', 'NAMES', 'USER', 'USERNAME', 'PATH', 'FILE', 'DIR', 'HOME', 'URL', 'HOST', 'PORT', 'TYPE', 'MODE', 'SOCK', 'LENGTH', 'SIZE', 'ENABLED', 'REGION']);
/** The shell's own variables that look like secret words: PWD is the working folder. */
const NOT_SECRET_NAMES = new Set(['PWD', 'OLDPWD', 'GIT_ASKPASS', 'SSH_ASKPASS', 'SUDO_ASKPASS']);
/** Shorter values would redact ordinary words and numbers everywhere (a "1" would mask every digit). */
const MIN_SECRET_LENGTH = 6;
/** Values that are settings, not secrets, however the variable is named (HF_TOKEN_DISABLED=true, GIT_AUTH=none). */
const NOT_SECRET_VALUES = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'none', 'null', 'undefined', 'enabled', 'disabled', 'default']);

const MASK = '***';

/** Whether a variable of this name holds a secret, judged by the words of its name. */
export function isSecretName(name: string): boolean {
  if (NOT_SECRET_NAMES.has(name.toUpperCase())) return false;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
  const last = words.at(-1);
  if (last === undefined || DESCRIBING_WORDS.has(last)) return false;
  return words.some((word) => SECRET_WORDS.has(word));
}

function isSecretValue(value: string): boolean {
  return value.trim().length >= MIN_SECRET_LENGTH && !NOT_SECRET_VALUES.has(value.trim().toLowerCase());
}

/**
 * The values to keep out of artifacts and evidence: those of environment variables whose names look secret
 * (HF_TOKEN, WANDB_API_KEY, KAGGLE_KEY, GH_PAT, DB_PASS, ...). The runner masks the job's secrets in its own log,
 * but an artifact (the raw log) and the evidence (the command, the params) are files it never sees. The action's
 * train step and `crucible train` both take them from here.
 */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && isSecretName(name) && isSecretValue(value)) values.add(value);
  }
  // Longest first: the order redaction looks for them in.
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * The base64 characters that depend on `bytes` alone when they start `shift` bytes into a longer encoded text
 * (a secret inside `user:token` of a Basic header encodes differently at each of the three offsets).
 */
function base64Inner(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
  return encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
}

/**
 * Every form a secret is likely to be written in: as is, base64 (standard and URL-safe, whole and at any
 * offset inside a longer encoding), URL-encoded (upper- and lower-case hex, `+` for spaces) and JSON-escaped.
 */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    forms.add(secret);
    const bytes = Buffer.from(secret);
    const base64 = [bytes.toString('base64'), ...[0, 1, 2].map((shift) => base64Inner(bytes, shift))];
    for (const encoded of base64) {
      forms.add(encoded);
      forms.add(encoded.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''));
    }
    const url = encodeURIComponent(secret);
    const strict = url.replace(/[!'()*]/g, (char) => `%${(char.codePointAt(0) as number).toString(16).toUpperCase()}`);
    for (const encoded of [url, strict]) {
      forms.add(encoded);
      forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
      forms.add(encoded.replaceAll('%20', '+'));
    }
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  // Forms shorter than a secret may be would mask ordinary text (a 2-byte secret's base64 core is 2 characters).
  return [...forms].filter((form) => form.length >= Math.min(MIN_SECRET_LENGTH, ...secrets.map((secret) => secret.length))).sort((a, b) => b.length - a.length);
}

type Searchable = { indexOf(pattern: never, from: number): number };

/**
 * Where any pattern occurs in the haystack, overlapping occurrences merged into one span, so that two secrets
 * that share characters are hidden together and no part of either shows.
 */
function maskedSpans<H extends Searchable, P>(haystack: H, patterns: readonly P[], lengthOf: (pattern: P) => number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of patterns) {
    const length = lengthOf(pattern);
    if (length === 0) continue;
    for (let at = haystack.indexOf(pattern as never, 0); at !== -1; at = haystack.indexOf(pattern as never, at + 1)) spans.push([at, at + length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** The text with every secret, in each of its likely encodings, replaced by ***. */
export function redactText(text: string, secrets: readonly string[]): string {
  const spans = maskedSpans(text, secretForms(secrets), (form) => form.length);
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + MASK;
    from = end;
  }
  return out + text.slice(from);
}

/**
 * Copies a file with every secret (in each of its likely encodings) replaced by ***, in blocks, keeping the bytes
 * that could start a secret split across two blocks until the next one. Returns how many were replaced.
 */
export function redactFile(source: string, target: string, secrets: readonly string[]): number {
  const patterns = secretForms(secrets).map((form) => Buffer.from(form));
  const keep = Math.max(0, ...patterns.map((pattern) => pattern.length - 1));
  const mask = Buffer.from(MASK);
  const input = openSync(source, 'r');
  const output = openSync(target, 'w');
  let replaced = 0;
  try {
    let carry = Buffer.alloc(0);
    const block = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const read = readSync(input, block, 0, block.length, null);
      const data = Buffer.concat([carry, block.subarray(0, read)]);
      const spans = patterns.length === 0 ? [] : maskedSpans(data, patterns, (pattern) => pattern.length);
      // Every match that starts before `cut` lies whole in this block; one still open at the cut waits, whole,
      // for the next block, where whatever overlaps it is found too.
      let cut = read === 0 ? data.length : Math.max(0, data.length - keep);
      const straddling = spans.find(([start, end]) => start < cut && end > cut);
      if (straddling !== undefined) cut = straddling[0];
      const parts: Buffer[] = [];
      let from = 0;
      for (const [start, end] of spans) {
        if (start >= cut) break;
        parts.push(data.subarray(from, start), mask);
        replaced += 1;
        from = end;
      }
      parts.push(data.subarray(from, cut));
      writeSync(output, Buffer.concat(parts));
      if (read === 0) break;
      carry = Buffer.from(data.subarray(cut));
    }
  } finally {
    closeSync(input);
    closeSync(output);
  }
  return replaced;
}
