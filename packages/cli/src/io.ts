/** Where a command writes and what it works from; the bin passes the process's, tests pass their own. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
};

/** Exit codes of the contract in ARCHITECTURE.md. */
export const ExitCode = { pass: 0, failed: 1, usage: 2 } as const;
