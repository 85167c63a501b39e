/** Exit codes of the contract in ARCHITECTURE.md. A module of its own so that `crucible --help` loads nothing else. */
export const ExitCode = { pass: 0, failed: 1, usage: 2 } as const;
