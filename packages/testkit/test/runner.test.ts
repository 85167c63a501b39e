import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionManifestError,
  pullRequestEvent,
  runAction,
  workflowRunEvent,
  type ActionRun,
} from '../src/runner/index.ts';
import { FileCommandError, parseKeyValueFile } from '../src/runner/file-commands.ts';
import { parseWorkflowCommand, SecretMasker } from '../src/runner/workflow-commands.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const fixture = (name: string) => join(here, 'fixtures', name);

const scratch = mkdtempSync(join(tmpdir(), 'crucible-runner-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let workspaces = 0;
const newWorkspace = () => mkdtempSync(join(scratch, `workspace-${workspaces++}-`));

/** The JSON lines a fixture printed, by the phase that printed them when it says so. */
function printed(run: ActionRun): Array<Record<string, unknown>> {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('inputs', () => {
  it('arrive as INPUT_<NAME> with defaults applied, hyphens kept and spaces turned into _', async () => {
    const run = await runAction({
      action: fixture('inputs'),
      inputs: { 'model name': 'vit-b16' },
      env: { GITHUB_TOKEN: 'ghs_loopback', GITHUB_SHA: 'c0ffee' },
      event: pullRequestEvent({ number: 42 }),
    });

    expect(run.exitCode).toBe(0);
    expect(printed(run)[0]).toEqual({
      'INPUT_FAIL-ON-REGRESSION': 'true',
      INPUT_MODEL_NAME: 'vit-b16',
      INPUT_TOKEN: 'ghs_loopback',
      INPUT_SHA: 'c0ffee',
      'INPUT_PR-NUMBER': '42',
      INPUT_THRESHOLD: '',
    });
  });

  it('warns about an input action.yml does not declare, and still passes it, as the runner does', async () => {
    const run = await runAction({ action: fixture('inputs'), inputs: { bogus: 'x' } });

    expect(printed(run)[0]).toMatchObject({ INPUT_BOGUS: 'x', INPUT_TOKEN: '' });
    expect(run.annotations).toContainEqual({
      level: 'warning',
      message:
        "Unexpected input(s) 'bogus', valid inputs are " +
        "['fail-on-regression', 'model name', 'token', 'sha', 'pr-number', 'threshold']",
      phase: 'main',
    });
  });
});

describe('what an action reports through @actions/core', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ action: fixture('commands') });
  });

  it('comes back as outputs, including a multi-line one written as a heredoc', () => {
    expect(run.outputs).toEqual({ accuracy: '0.91', report: 'line one\nline two\n' });
  });

  it('comes back as the step summary', () => {
    expect(run.summary).toBe(
      '<h1>Model report</h1>\n' +
        '<table><tr><th>metric</th><th>value</th></tr><tr><td>accuracy</td><td>0.91</td></tr></table>\n',
    );
  });

  it('comes back as annotations with their file, lines, column and title', () => {
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message: 'accuracy dropped by 2%\nsee the table',
        title: 'Regression: eval, acc',
        file: 'metrics/eval.json',
        line: 3,
        endLine: 4,
        col: 1,
        phase: 'main',
      },
      // An absolute path inside the workspace becomes a repository path, as on the runner.
      { level: 'warning', message: 'drift in column age', file: 'data/train.csv', line: 10, phase: 'main' },
      { level: 'notice', message: 'baseline from run 41', phase: 'main' },
    ]);
  });

  it('masks a secret in the log but not in the raw output', () => {
    expect(run.masks).toEqual(['hunter2-secret']);
    expect(run.log).toContain('connecting with ***');
    expect(run.log).not.toContain('hunter2-secret');
    expect(run.stdout).toContain('connecting with hunter2-secret');
  });

  it('comes back as groups and debug lines', () => {
    expect(run.groups).toEqual(['Load metrics']);
    expect(run.debug).toEqual(['parsed 3 files']);
    expect(run.log).toContain('##[group]Load metrics\ninside the group\n##[endgroup]\n##[debug]parsed 3 files');
  });
});

describe('file and workflow commands written by hand', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runAction({ action: fixture('raw-files') });
  });

  it('parses NAME=value and heredoc outputs, and the legacy set-output, flagged as deprecated', () => {
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ plain: 'a=b', notes: 'first\n\nthird', empty: '', legacy: 'from stdout' });
    expect(run.state).toEqual({ phase: 'main', 'legacy-state': 'kept' });
    expect(run.deprecatedCommands).toEqual(['set-output', 'save-state']);
    expect(run.summary).toBe('# Raw\n');
  });

  it("unescapes data and properties by the runner's rules", () => {
    expect(run.annotations[0]).toEqual({
      level: 'warning',
      message: '50% of rows\nnext line',
      file: 'data/a,b.csv',
      line: 3,
      col: 2,
      endColumn: 9,
      title: 'Drift: age, income',
      phase: 'main',
    });
  });

  it('ignores commands between stop-commands and its token, and reads commands on stderr', () => {
    expect(run.annotations.filter((annotation) => annotation.level !== 'warning')).toEqual([
      { level: 'notice', message: 'commands again', phase: 'main' },
    ]);
    expect(run.log).toContain('::error::not a command while paused');
    expect(run.log).toContain('::unknown-thing::stays verbatim');
    expect(run.debug).toEqual(['from stderr']);
  });
});

describe('commands the runner rejects', () => {
  it('fail the step although the process exits 0, and NODE_OPTIONS is not exported', async () => {
    const run = await runAction({ action: fixture('bad-commands') });

    expect(run.exitCode).toBe(0);
    expect(run.conclusion).toBe('failure');
    expect(run.outputs).toEqual({});
    expect(run.exportedEnv).toEqual({ KEPT: 'yes' });
    expect(run.annotations.map((annotation) => [annotation.level, annotation.message.split('.')[0]])).toEqual([
      ['error', expect.stringMatching(/^You cannot use a endToken that is .* another workflow command$/)],
      ['error', "Unable to process file command 'output' successfully"],
      ['error', 'Invalid value'],
      ['error', "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command"],
    ]);
  });
});

describe('pre, main and post', () => {
  it('run in order, and env, PATH and state set by one phase reach the next', async () => {
    const workspace = newWorkspace();
    const run = await runAction({ action: fixture('lifecycle'), workspace });

    expect(readFileSync(join(workspace, 'order.txt'), 'utf8')).toBe('pre\nmain\npost\n');
    expect(run.phases.map((phase) => [phase.phase, phase.exitCode])).toEqual([
      ['pre', 0],
      ['main', 0],
      ['post', 0],
    ]);
    expect(printed(run)).toEqual([
      { phase: 'main', fromPre: 'set in pre', path: '/opt/from-pre/bin' },
      {
        phase: 'post',
        state: '2024-05-01T12:00:00Z',
        fromPre: 'set in pre',
        fromMain: 'set in main',
        path: ['/opt/from-main/bin', '/opt/from-pre/bin'],
      },
    ]);
    expect(run.exportedEnv).toEqual({ FROM_PRE: 'set in pre', FROM_MAIN: 'set in main' });
    expect(run.addedPath).toEqual(['/opt/from-pre/bin', '/opt/from-main/bin']);
    expect(run.conclusion).toBe('success');
  });

  it('still runs post, with the state main saved, after main fails', async () => {
    const run = await runAction({ action: fixture('lifecycle'), workspace: newWorkspace(), inputs: { fail: 'true' } });

    expect(run.exitCode).toBe(1);
    expect(run.conclusion).toBe('failure');
    expect(run.annotations).toContainEqual({ level: 'error', message: 'training diverged', phase: 'main' });
    expect(run.phases.map((phase) => phase.phase)).toEqual(['pre', 'main', 'post']);
    expect(printed(run)[1]).toMatchObject({ phase: 'post', state: '2024-05-01T12:00:00Z' });
  });
  it('skips pre when its pre-if does not hold', async () => {
    const folder = mkdtempSync(join(scratch, 'action-'));
    const manifest = 'runs:\n  using: node24\n  pre: main.js\n  pre-if: failure()\n  main: main.js\n';
    writeFileSync(join(folder, 'action.yml'), manifest);
    writeFileSync(join(folder, 'main.js'), '');
    const run = await runAction({ action: folder });

    expect(run.phases.map((phase) => phase.phase)).toEqual(['main']);
  });
});

describe('the event', () => {
  it('is readable from GITHUB_EVENT_PATH, with GITHUB_EVENT_NAME set, for a pull request from a fork', async () => {
    const event = pullRequestEvent({ repository: 'octo-org/models', fork: 'contributor/models', number: 9 });
    // The payload decides the name, so an env built for another event cannot make the two disagree.
    const run = await runAction({ action: fixture('event'), event, env: { GITHUB_EVENT_NAME: 'push' } });

    expect(printed(run)[0]).toEqual({
      eventName: 'pull_request',
      number: 9,
      head: 'contributor/models',
      base: 'octo-org/models',
      fork: true,
    });
  });

  it("defaults to a payload of the env's event name and repository", async () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo-org/models' };
    const run = await runAction({ action: fixture('event'), env });

    expect(printed(run)[0]).toMatchObject({ eventName: 'pull_request', head: 'octo-org/models', fork: false });
  });

  it('of a workflow_run from a fork carries no pull requests, as GitHub sends it', () => {
    const { payload } = workflowRunEvent({ fork: 'contributor/models', pullRequest: { number: 9 } });
    const workflowRun = payload['workflow_run'] as Record<string, unknown>;
    expect(workflowRun['pull_requests']).toEqual([]);
    expect(workflowRun['head_repository']).toMatchObject({ full_name: 'contributor/models', fork: true });
    const sameRepository = workflowRunEvent({ pullRequest: { number: 9 } }).payload['workflow_run'];
    expect(sameRepository).toMatchObject({ pull_requests: [{ number: 9 }] });
  });
});

/** Gone, or a zombie waiting for init to reap it: either way it no longer runs. */
function isRunning(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await delay(20)) if (condition()) return true;
  return condition();
}

describe('a timeout', () => {
  it('kills the whole process group, the grandchild too', async () => {
    const run = await runAction({ action: fixture('grandchild'), timeoutMs: 1_500 });

    expect(run.timedOut).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(run.conclusion).toBe('failure');
    const pid = Number(/grandchild=(\d+)/.exec(run.stdout)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(await waitFor(() => !isRunning(pid), 2_000)).toBe(true);
  });
});

describe('cancellation', () => {
  it('sends SIGINT, then SIGTERM, then SIGKILL with the configured waits, and still runs post', async () => {
    const workspace = newWorkspace();
    const signals = join(workspace, 'signals.txt');
    const controller = new AbortController();
    const running = runAction({
      action: fixture('stubborn'),
      workspace,
      signal: controller.signal,
      sigintTimeoutMs: 300,
      sigtermTimeoutMs: 300,
    });
    const ready = () => existsSync(signals) && readFileSync(signals, 'utf8').includes('ready');
    expect(await waitFor(ready, 5_000)).toBe(true);
    controller.abort();
    const run = await running;

    expect(run.cancelled).toBe(true);
    expect(run.conclusion).toBe('cancelled');
    expect(run.signal).toBe('SIGKILL');
    const lines = readFileSync(signals, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['ready', 'SIGINT', 'SIGTERM', 'post']);
    const [sigintAt, sigtermAt] = lines.slice(1, 3).map((line) => Number(line.split(' ')[1]));
    expect((sigtermAt ?? 0) - (sigintAt ?? 0)).toBeGreaterThanOrEqual(250);
    expect(run.phases.map((phase) => phase.phase)).toEqual(['main', 'post']);
  });

  it('after cancelAfterMs stops a process that honours SIGINT at the first signal', async () => {
    const run = await runAction({
      action: fixture('stubborn'),
      inputs: { 'ignore-signals': 'false' },
      cancelAfterMs: 300,
    });

    expect(run.cancelled).toBe(true);
    expect(run.signal).toBe('SIGINT');
  });
});

describe('a real Crucible bundle', () => {
  it('runs under the simulator and fails with one error annotation when the job names no repository', async () => {
    const run = await runAction({ action: join(repoRoot, 'actions', 'report') });

    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('GITHUB_REPOSITORY is not set'),
        phase: 'main',
      }),
    ]);
  });
});

describe('a broken action.yml', () => {
  const actionWith = (manifest: string | undefined) => {
    const folder = mkdtempSync(join(scratch, 'action-'));
    if (manifest !== undefined) writeFileSync(join(folder, 'action.yml'), manifest);
    writeFileSync(join(folder, 'main.js'), '');
    return folder;
  };

  it.each([
    ['missing', undefined, /action\.yml does not exist\. Pass as "action" the folder that holds/],
    ['not YAML', 'runs: [unclosed', /action\.yml is not valid YAML/],
    ['without runs', 'name: x\n', /"runs" is missing/],
    ['a docker action', 'runs:\n  using: docker\n  image: x\n', /runs\.using is "docker"; .* node20 or node24/],
    [
      'pointing at no bundle',
      'runs:\n  using: node24\n  main: dist/index.js\n',
      /runs\.main is "dist\/index\.js", but .* does not exist\. Build the action/,
    ],
    [
      'with a post-if it cannot evaluate',
      "runs:\n  using: node24\n  main: main.js\n  post: main.js\n  post-if: runner.os == 'Linux'\n",
      /runs\.post-if .* only always\(\), success\(\), failure\(\) and cancelled\(\)/,
    ],
    [
      'with a default it cannot evaluate',
      'inputs:\n  x:\n    default: ${{ secrets.TOKEN }}\nruns:\n  using: node24\n  main: main.js\n',
      /default of input "x" .* cannot evaluate "secrets\.TOKEN"/,
    ],
  ])('that is %s fails with one message naming the file and the fix', async (_, manifest, message) => {
    const run = runAction({ action: actionWith(manifest) });
    await expect(run).rejects.toThrow(ActionManifestError);
    await expect(run).rejects.toThrow(message);
  });
});

describe('parseKeyValueFile', () => {
  it.each([
    ['NAME=value lines, splitting at the first =', 'a=1\nb=x=y\n', [['a', '1'], ['b', 'x=y']]],
    ['a heredoc, keeping blank lines', 'notes<<EOF\none\n\nthree\nEOF\n', [['notes', 'one\n\nthree']]],
    ['an empty heredoc', 'empty<<EOF\nEOF\n', [['empty', '']]],
    ['whichever of = and << comes first', 'a=b<<c\nd<<=\nx\n=\n', [['a', 'b<<c'], ['d', 'x']]],
    ['a delimiter on the last line without a newline', 'n<<EOF\nv\nEOF', [['n', 'v']]],
  ])('reads %s', (_, text, pairs) => {
    expect(parseKeyValueFile(text)).toEqual(pairs);
  });

  it.each([
    ['no delimiter', 'n<<EOF\nv\n', "Invalid value. Matching delimiter not found 'EOF'"],
    ['a last line that is not the delimiter', 'n<<EOF\nv', 'Invalid value. EOF marker missing new line.'],
    ['a line with neither form', 'just text\n', "Invalid format 'just text'"],
    ['an empty delimiter', 'n<<\n', "Invalid format 'n<<'. Name must not be empty and delimiter must not be empty"],
  ])('rejects %s as the runner does', (_, text, message) => {
    expect(() => parseKeyValueFile(text)).toThrow(new FileCommandError(message));
  });
});

describe('parseWorkflowCommand', () => {
  it.each([
    ['::debug::a%25b%0Dc%0Ad', 'debug', {}, 'a%b\rc\nd'],
    ['  ::ERROR file=x.csv,line=3::m', 'error', { file: 'x.csv', line: '3' }, 'm'],
    ['::notice title=%3A%2C%25%0A,empty=,=novalue::', 'notice', { title: ':,%\n' }, ''],
    // %25 is unescaped last, so an escaped escape stays text.
    ['::warning::%250A', 'warning', {}, '%0A'],
  ])('parses %j', (line, name, properties, data) => {
    const command = parseWorkflowCommand(line);
    expect(command?.name).toBe(name);
    expect(Object.fromEntries(command?.properties ?? [])).toEqual(properties);
    expect(command?.data).toBe(data);
  });

  it.each(['plain text', '::no-such-command::x', ':: error::x', '::error x'])('leaves %j alone', (line) => {
    expect(parseWorkflowCommand(line)).toBeUndefined();
  });
});

describe('SecretMasker', () => {
  it('masks every occurrence and merges overlapping secrets into one ***', () => {
    const masker = new SecretMasker();
    masker.add('abcd');
    masker.add('cdef');
    masker.add('');
    expect(masker.mask('x abcdef y abcd')).toBe('x *** y ***');
    expect(masker.values).toEqual(['abcd', 'cdef']);
  });
});
