/** Slurm's client commands run as child processes, with their output gathered; never rejects. */
import { spawn, spawnSync } from 'node:child_process';

export type CommandResult = {
  /** Exit code; null when killed or when it could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why it could not start (not on PATH), or that it ran past its time. */
  error: string | null;
};

const DEFAULT_TIMEOUT_MS = 60_000;

export function runCommand(
  program: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { input?: string; timeoutMs?: number; cwd?: string; detached?: boolean } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let error: string | null = null;
    let child;
    try {
      child = spawn(program, args, {
        env,
        cwd: options.cwd,
        // A detached scancel finishes even when the runner kills this process's group right after sending it.
        detached: options.detached === true,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
    } catch (caught) {
      resolve({ code: null, stdout, stderr, error: (caught as Error).message });
      return;
    }
    const timer = setTimeout(() => {
      error = `${program} did not answer within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin?.on('error', () => {});
    if (options.input !== undefined) child.stdin?.end(options.input);
    child.once('error', (caught) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, error: caught.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, error });
    });
  });
}

/** Whether `program` is on the PATH of `env`. */
export function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { env, stdio: 'ignore' }).status === 0;
}
