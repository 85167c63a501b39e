import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Variable names whose values are treated as secrets. */
const SECRET_NAME = /(TOKEN|SECRET|PASSW(OR)?D|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH)/i;
/** Shorter values would redact ordinary words and numbers everywhere. */
const MIN_SECRET_LENGTH = 6;

/**
 * The values to keep out of artifacts and evidence: those of environment variables whose names look secret
 * (HF_TOKEN, WANDB_API_KEY, AWS_SECRET_ACCESS_KEY, ...). The runner masks the job's secrets in its own log, but an
 * artifact (the raw log) and the evidence (the command) are files it never sees.
 */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH && SECRET_NAME.test(name)) values.add(value);
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...values].sort((a, b) => b.length - a.length);
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.replaceAll(secret, '***');
  return out;
}

/**
 * Copies a file with every secret replaced by ***, in blocks, keeping the bytes that could start a secret split
 * across two blocks until the next one. Returns how many were replaced.
 */
export function redactFile(source: string, target: string, secrets: readonly string[]): number {
  const patterns = secrets.map((secret) => Buffer.from(secret));
  const keep = Math.max(0, ...patterns.map((pattern) => pattern.length - 1));
  const mask = Buffer.from('***');
  const input = openSync(source, 'r');
  const output = openSync(target, 'w');
  let replaced = 0;
  try {
    let carry = Buffer.alloc(0);
    const block = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const read = readSync(input, block, 0, block.length, null);
      let data = Buffer.concat([carry, block.subarray(0, read)]);
      for (const pattern of patterns) {
        let at = data.indexOf(pattern);
        if (at === -1) continue;
        const parts: Buffer[] = [];
        let from = 0;
        while (at !== -1) {
          parts.push(data.subarray(from, at), mask);
          replaced += 1;
          from = at + pattern.length;
          at = data.indexOf(pattern, from);
        }
        parts.push(data.subarray(from));
        data = Buffer.concat(parts);
      }
      if (read === 0) {
        writeSync(output, data);
        break;
      }
      const cut = Math.max(0, data.length - keep);
      writeSync(output, data.subarray(0, cut));
      carry = Buffer.from(data.subarray(cut));
    }
  } finally {
    closeSync(input);
    closeSync(output);
  }
  return replaced;
}
