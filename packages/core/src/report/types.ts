import type { CrucibleConfig } from '../config.ts';
import type { FoundEvidence } from '../evidence/read.ts';

/** Evidence that was offered but refused (too large, unsafe archive, not valid for its schema), and why. */
export type RefusedEvidence = { source: string; reason: string };

/** Everything the report is rendered from; the renderer reads nothing else. */
export type ReportInput = {
  evidence: FoundEvidence[];
  refused: RefusedEvidence[];
  /** crucible.yml's environments, for "what promotion still needs". */
  environments: CrucibleConfig['environments'];
  context: {
    /** owner/name. */
    repository: string;
    /** The commit reported on. */
    sha: string | null;
    /** https://github.com (or the GHES host), for commit and run links. */
    serverUrl: string;
    /** This workflow run, when there is one. */
    runUrl?: string;
    /** The uploaded full report (markdown and JSON), when it was uploaded. */
    fullReportUrl?: string;
  };
};

export type RenderOptions = {
  /** Characters the markdown may take (a comment is 65,536; keep room for the marker the caller adds). */
  maxChars: number;
  /**
   * UTF-8 bytes it may take, where the limit is in bytes: the step summary's 1 MiB is a file size, and a report
   * of 1 Mi characters can be 4 MiB of UTF-8.
   */
  maxBytes?: number;
};

export type RenderedReport = {
  markdown: string;
  /** What was left out to fit the budget, in words, in the order it was dropped; empty when nothing was. */
  dropped: string[];
  /**
   * "fail" when a comparison fails, a training run failed, hit its time budget or was cancelled, data checks failed,
   * production monitoring alerts or could not judge, or evidence was refused; else "pass" when there is a
   * comparison, "none" when there is none.
   */
  verdict: 'pass' | 'fail' | 'none';
};
