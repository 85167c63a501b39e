import { RegistryError } from './errors.ts';

/*
 * The annotated tag's message: a first line for people (`git tag -n`, GitHub's tag page, GTO's history, which
 * shows the message as written) and, after a blank line, the audit record as JSON for machines. The record's shape
 * is the caller's (the promotion evidence defines it); here it is only carried.
 */

/** Bytes of message the record may take; GitHub stores tag messages whole, but a tag is no evidence store. */
export const MAX_TAG_MESSAGE_BYTES = 64 * 1024;

/** `summary`, a blank line, then the record as indented JSON. The summary is kept to one line. */
export function registryTagMessage(summary: string, record?: Record<string, unknown>): string {
  const line = summary.replace(/\s+/g, ' ').trim();
  const message = record === undefined ? `${line}\n` : `${line}\n\n${JSON.stringify(record, null, 2)}\n`;
  if (Buffer.byteLength(message, 'utf8') > MAX_TAG_MESSAGE_BYTES) {
    throw new RegistryError(`The registry tag message would take ${Buffer.byteLength(message, 'utf8')} bytes, over ${MAX_TAG_MESSAGE_BYTES}: keep the evidence in the release, and a reference to it in the tag.`);
  }
  return message;
}

/** The summary and, when the body is a JSON object, the record of a message written by registryTagMessage. */
export function parseRegistryTagMessage(message: string): { summary: string; record?: Record<string, unknown> } {
  const [first = '', ...rest] = message.split('\n');
  const body = rest.join('\n').trim();
  if (body === '' || Buffer.byteLength(body, 'utf8') > MAX_TAG_MESSAGE_BYTES) return { summary: first.trim() };
  try {
    const record: unknown = JSON.parse(body);
    return record !== null && typeof record === 'object' && !Array.isArray(record) ? { summary: first.trim(), record: record as Record<string, unknown> } : { summary: first.trim() };
  } catch {
    return { summary: first.trim() };
  }
}
