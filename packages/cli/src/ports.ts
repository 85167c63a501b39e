import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EvidenceStore, Log } from '@crucible/core';
import type { CliIo } from './io.ts';

/** Writes a file a flag named, making its folder. */
export function writeOut(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * Evidence on a laptop: a document is written only where a flag asks for it (`targets` maps the step's file name,
 * like comparison.json, to the path the user named); nothing is published and there are no earlier artifacts.
 */
export function localEvidenceStore(targets: Record<string, string | undefined>): EvidenceStore {
  return {
    write(file, content) {
      const path = targets[file];
      if (path !== undefined) writeOut(path, content());
      return path;
    },
    publish: async () => undefined,
    fetch: async () => new Map(),
  };
}

/**
 * The CLI's log: stdout belongs to the command's result, so progress is dropped and warnings go to stderr,
 * prefixed with the command.
 */
export function commandLog(io: CliIo, command: string): Log {
  return {
    info: () => {},
    debug: () => {},
    warning: (message) => io.stderr(`crucible ${command}: warning: ${message}\n`),
    group: (_title, body) => body(),
  };
}
