import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exitCodeOf, supervise, type SupervisorEvent } from '../src/process.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'crucible-supervise-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function sh(script: string, extra: Partial<Parameters<typeof supervise>[0]> = {}) {
  const out = sink();
  const events: SupervisorEvent[] = [];
  const run = supervise({
    argv: ['sh', '-c', script],
    cwd: folder,
    env: process.env,
    stdout: out.stream,
    rawLogPath: join(folder, 'raw.log'),
    onEvent: (event) => events.push(event),
    ...extra,
  });
  return { run, out, events };
}

/** Running, not a zombie waiting for PID 1 to reap it (a container's PID 1 may never do so). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

describe('supervise', () => {
  it('passes the exit code through and keeps stdout and stderr in the order written', async () => {
    const { run, out } = sh('echo out; echo err >&2; echo out again; exit 3');
    const result = await run;
    expect(result).toMatchObject({ exitCode: 3, signal: null, timedOut: false, cancelled: null, spawnError: null });
    expect(exitCodeOf(result)).toBe(3);
    expect(out.text()).toBe('out\nerr\nout again\n');
    expect(readFileSync(join(folder, 'raw.log'), 'utf8')).toBe('out\nerr\nout again\n');
  });

  it('streams output live, while the child still runs', async () => {
    const { run, out } = sh('echo first; sleep 1; echo second', { pollMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(out.text()).toBe('first\n');
    await run;
    expect(out.text()).toBe('first\nsecond\n');
  });

  it('keeps every byte of a chatty child, in order', async () => {
    const { run, out } = sh('i=0; while [ $i -lt 20000 ]; do echo "line $i"; i=$((i + 1)); done');
    await run;
    const lines = out.text().split('\n');
    expect(lines).toHaveLength(20_001);
    expect(lines[19_999]).toBe('line 19999');
  });

  it('reports a child killed by a signal as 128+N', async () => {
    const result = await sh('kill -KILL $$').run;
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL' });
    expect(exitCodeOf(result)).toBe(137);
  });

  it('says why a command could not start, as exit 2', async () => {
    const result = await supervise({ argv: [join(folder, 'no-such-program')], cwd: folder, env: process.env, stdout: sink().stream, rawLogPath: join(folder, 'raw.log') });
    expect(result.spawnError).toMatch(/ENOENT/);
    expect(exitCodeOf(result)).toBe(2);
  });

  it('collapses progress bars in the live log and keeps them whole in the raw log', async () => {
    const { run, out } = sh(`printf 'epoch 1\\n'; for i in 1 2 3; do printf '\\r%s%%' $i; done; printf '\\n'; printf 'done\\n'`, { progressIntervalMs: 0 });
    await run;
    expect(out.text()).toBe('epoch 1\n3%\ndone\n');
    expect(readFileSync(join(folder, 'raw.log'), 'utf8')).toBe('epoch 1\n\r1%\r2%\r3%\ndone\n');
  });

  it('stops on the time budget with SIGINT first, so the child can save', async () => {
    const { run, out, events } = sh(`trap 'echo saving; exit 0' INT; echo started; while :; do sleep 0.05; done`, { timeBudgetMs: 300, graceMs: 5_000 });
    const result = await run;
    expect(result).toMatchObject({ timedOut: true, exitCode: 0 });
    expect(exitCodeOf(result)).toBe(124);
    expect(out.text()).toBe('started\nsaving\n');
    expect(events.filter((event) => event.kind === 'budget').map((event) => (event as { step: string }).step)).toEqual(['SIGINT']);
    expect(result.durationSeconds).toBeLessThan(4);
  });

  it('escalates to SIGTERM and SIGKILL when the child ignores SIGINT and SIGTERM', async () => {
    const { run, events } = sh(`trap '' INT TERM; while :; do sleep 0.05; done`, { timeBudgetMs: 200, graceMs: 300 });
    const result = await run;
    expect(result).toMatchObject({ timedOut: true, signal: 'SIGKILL', exitCode: null });
    expect(events.filter((event) => event.kind === 'budget').map((event) => (event as { step: string }).step)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    expect(exitCodeOf(result)).toBe(124);
  });

  it('waits out a time budget longer than a timer can hold, in steps', async () => {
    const { run } = sh('exit 0', { timeBudgetMs: 30 * 86_400_000 });
    expect(await run).toMatchObject({ timedOut: false, exitCode: 0 });
  });

  it('stops grandchildren with the child', async () => {
    const pidFile = join(folder, 'grandchild.pid');
    const { run, events } = sh(`sleep 30 & echo $! > ${pidFile}; echo parent done`);
    const result = await run;
    expect(result.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(false);
    expect(events.some((event) => event.kind === 'leftovers')).toBe(true);
  });

  const hasSetsid = spawnSync('sh', ['-c', 'command -v setsid'], { encoding: 'utf8' }).status === 0;
  if (!hasSetsid) process.stderr.write('skipping the setsid tests: no setsid on this machine (it comes with util-linux)\n');

  it.skipIf(!hasSetsid || process.platform !== 'linux')('warns about a descendant that escaped the group with setsid, by pid and command, and stops it', async () => {
    const pidFile = join(folder, 'escaped.pid');
    // setsid runs `sleep` in a new session: no signal to the command's group reaches it.
    const { run, events } = sh(`setsid sh -c 'echo $$ > ${pidFile}; exec sleep 30' & sleep 0.3; exit 0`);
    const result = await run;
    expect(result.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const escaped = events.filter((event) => event.kind === 'escaped');
    expect(escaped[0]).toMatchObject({ kind: 'escaped', signal: 'SIGTERM', processes: [{ pid, command: 'sleep 30' }] });
    expect(alive(pid)).toBe(false);
  });

  it.skipIf(!hasSetsid || process.platform !== 'linux')("finds the escaped process of the issue's example: sh -c 'setsid sleep 30 & exit 0'", async () => {
    const { run, events } = sh('setsid sleep 30 & exit 0');
    await run;
    const escaped = events.find((event) => event.kind === 'escaped');
    expect(escaped).toBeDefined();
    if (escaped?.kind !== 'escaped') return;
    expect(escaped.processes).toHaveLength(1);
    expect(escaped.processes[0]?.command).toBe('sleep 30');
    expect(alive(escaped.processes[0]?.pid as number)).toBe(false);
  });

  it.skipIf(!hasSetsid || process.platform !== 'linux')('SIGKILLs an escaped process that ignores SIGTERM, and finds it after a double fork too', async () => {
    const pidFile = join(folder, 'stubborn.pid');
    const { run, events } = sh(`(setsid sh -c 'trap "" TERM; echo $$ > ${pidFile}; while :; do sleep 0.05; done' &) ; sleep 0.3`, { graceMs: 300 });
    await run;
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(events.filter((event) => event.kind === 'escaped').map((event) => (event.kind === 'escaped' ? event.signal : null))).toEqual(['SIGTERM', 'SIGKILL']);
    expect(alive(pid)).toBe(false);
  });

  it.skipIf(!hasSetsid || process.platform !== 'linux')('leaves a process started with CRUCIBLE_TRACKING_ID=0 running, and says nothing of it', async () => {
    const pidFile = join(folder, 'kept.pid');
    const { run, events } = sh(`CRUCIBLE_TRACKING_ID=0 setsid sh -c 'echo $$ > ${pidFile}; exec sleep 30' & sleep 0.3; exit 0`);
    await run;
    const pid = Number(readFileSync(pidFile, 'utf8'));
    try {
      expect(events.some((event) => event.kind === 'escaped')).toBe(false);
      expect(alive(pid)).toBe(true);
    } finally {
      process.kill(pid, 'SIGKILL');
    }
  });

  it('says nothing of escaped processes when none left the group', async () => {
    const { run, events } = sh('sleep 0.1 & wait; exit 0');
    await run;
    expect(events.some((event) => event.kind === 'escaped')).toBe(false);
  });

  it('forwards SIGINT and SIGTERM to the group and SIGKILLs it before the runner would', async () => {
    const marker = join(folder, 'got-int');
    const { run, out, events } = sh(`trap 'touch ${marker}' INT; trap '' TERM; echo ready; while :; do sleep 0.05; done`, {
      forwardSignals: true,
      killAfterTermMs: 200,
      pollMs: 10,
    });
    // The trap is set once "ready" is out.
    while (!out.text().includes('ready')) await new Promise((resolve) => setTimeout(resolve, 20));
    process.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.emit('SIGTERM', 'SIGTERM');
    const result = await run;
    expect(existsSync(marker)).toBe(true);
    expect(result).toMatchObject({ cancelled: 'SIGTERM', signal: 'SIGKILL', timedOut: false });
    // Cancelled is not a success, whatever the command exited with.
    expect(exitCodeOf(result)).toBe(143);
    expect(events.map((event) => event.kind).slice(0, 3)).toEqual(['forwarded', 'forwarded', 'escalated']);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});
