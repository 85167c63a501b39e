import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { EvidenceStore, Log } from '@crucible/core';
import { downloadRunArtifacts, uploadEvidence } from './artifacts.ts';
import type { RunContext } from './context.ts';

/** The runner's log: progress lines, debug lines, warnings and folded groups. */
export const runnerLog: Log = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message, title) => core.warning(message, title === undefined ? {} : { title }),
  group: (title, body) => core.group(title, body),
};

/**
 * Evidence in an action: documents go to `<RUNNER_TEMP>/crucible/<folder>/`, are published as an artifact of this
 * run (not on GHES, which @actions/artifact 6 does not support: a notice says so and evidence moves by path), and
 * this run's earlier artifacts are fetched into `<RUNNER_TEMP>/crucible/<folder>-downloads/<name>/`.
 */
export function artifactEvidenceStore(context: RunContext, folder: string): EvidenceStore {
  const root = join(context.runnerTemp, 'crucible', folder);
  return {
    write(file, content) {
      mkdirSync(root, { recursive: true });
      const path = join(root, file);
      writeFileSync(path, content());
      return path;
    },
    publish: (name, paths) => uploadEvidence(context, name, paths, root),
    fetch: (pattern) => downloadRunArtifacts(context, pattern, `${root}-downloads`),
  };
}
