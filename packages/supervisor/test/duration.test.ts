import { describe, expect, it } from 'vitest';
import { formatSeconds, parseDuration } from '../src/duration.ts';
import { launcherPrefix } from '../src/launcher.ts';
import { commandText, shellQuote, splitWords } from '../src/shell.ts';

describe('parseDuration', () => {
  it.each([
    ['3600', 3600],
    ['90.5', 90.5],
    ['5h30m', 19_800],
    ['1h 30m', 5400],
    ['45m', 2700],
    ['1.5h', 5400],
    ['2d', 172_800],
    ['1m30s', 90],
    ['500ms', 0.5],
    [' 10s ', 10],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text, 'time-budget')).toBe(seconds);
  });

  it.each(['', '0', 'abc', '5x', '30m5h', '-5', '1h1h', '5 hours'])('refuses %j naming the input', (text) => {
    expect(() => parseDuration(text, 'time-budget')).toThrow(/^time-budget: /);
  });

  it('formats durations for logs', () => {
    expect([formatSeconds(3.21), formatSeconds(90), formatSeconds(19_800), formatSeconds(3600)]).toEqual(['3.2s', '1m30s', '5h30m', '1h']);
  });
});

describe('launchers', () => {
  const options = { nodes: 2, gpusPerNode: 4, nodeRank: 1, masterAddr: '10.0.0.1', masterPort: 29500 };
  it('builds the torchrun argv', () => {
    expect(launcherPrefix({ kind: 'torchrun', ...options })).toEqual([
      'torchrun',
      '--nnodes=2',
      '--nproc_per_node=4',
      '--node_rank=1',
      '--master_addr=10.0.0.1',
      '--master_port=29500',
    ]);
  });
  it('builds the accelerate argv, counting processes over all machines', () => {
    expect(launcherPrefix({ kind: 'accelerate', ...options })).toEqual([
      'accelerate',
      'launch',
      '--num_machines',
      '2',
      '--num_processes',
      '8',
      '--machine_rank',
      '1',
      '--main_process_ip',
      '10.0.0.1',
      '--main_process_port',
      '29500',
    ]);
  });
  it('adds nothing without a launcher', () => {
    expect(launcherPrefix({ kind: 'none', ...options })).toEqual([]);
  });
});

describe('shell quoting', () => {
  it('splits a shell template as the runner does, quotes keeping their words', () => {
    expect(splitWords(`bash -c "source env.sh && exec python {0}"`)).toEqual(['bash', '-c', 'source env.sh && exec python {0}']);
    expect(splitWords("python3 -u  {0} ''")).toEqual(['python3', '-u', '{0}', '']);
    expect(() => splitWords('bash -c "oops {0}')).toThrow(/unclosed "/);
  });

  it('quotes only what needs it', () => {
    expect(commandText(['python', 'train.py', '--name', "it's a run", '--lr=0.1'])).toBe(`python train.py --name 'it'\\''s a run' --lr=0.1`);
    expect(shellQuote('')).toBe("''");
  });
});
