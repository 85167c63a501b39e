import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfig, parseConfig } from '../src/index.ts';

describe('crucible.yml', () => {
  it('reads metric rules and environments with defaults filled in', () => {
    const config = parseConfig(
      [
        'metrics:',
        '  tolerance: 1%',
        '  rules:',
        '    - name: eval/acc',
        '      direction: higher',
        '      tolerance: "0.005"',
        '      required: true',
        '    - name: "debug/*"',
        '      ignore: true',
        'environments:',
        '  production:',
        '    require:',
        '      approvals: 2',
      ].join('\n'),
      'crucible.yml',
    );
    expect(config.metrics).toEqual({
      rules: [
        { name: 'eval/acc', direction: 'higher', tolerance: { kind: 'absolute', amount: 0.005 }, required: true, ignore: false, line: 4 },
        { name: 'debug/*', direction: undefined, tolerance: undefined, required: false, ignore: true, line: 8 },
      ],
      tolerance: { kind: 'relative', fraction: 0.01 },
      confidence: 0.95,
    });
    expect(config.environments['production']?.require).toEqual({ 'protected-environment': true, approvals: 2, evidence: ['validation', 'comparison', 'run'] });
  });

  it('names the file, line and YAML path of every mistake at once', () => {
    const text = ['metrics:', '  rules:', '    - name: acc', '      tolerance: abc', '    - name: loss', '      direction: down', '  confidance: 0.9'].join('\n');
    let message = '';
    try {
      parseConfig(text, 'crucible.yml');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain('crucible.yml:4: metrics.rules[0].tolerance: must be a number or a percentage like "2%", got "abc"');
    expect(lines.find((line) => line.includes('metrics.rules[1].direction'))).toMatch(/^crucible\.yml:6: metrics\.rules\[1\]\.direction: /);
    expect(lines.find((line) => line.includes('confidance'))).toMatch(/^crucible\.yml:\d+: metrics: Unrecognized key: "confidance"/);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(() => parseConfig('metrics:\n  rules: [\n', 'crucible.yml')).toThrow(/^crucible\.yml:\d+: .+\nFix the YAML syntax\.$/);
  });

  it('uses the defaults when the default file is absent, and refuses a named file that is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crucible-config-'));
    expect(loadConfig(join(dir, 'crucible.yml'), { explicit: false })).toBe(DEFAULT_CONFIG);
    expect(() => loadConfig(join(dir, 'custom.yml'), { explicit: true })).toThrow(/custom\.yml does not exist/);
    writeFileSync(join(dir, 'crucible.yml'), 'metrics:\n  confidence: 0.99\n');
    expect(loadConfig(join(dir, 'crucible.yml'), { explicit: false }).metrics.confidence).toBe(0.99);
  });

  it('reads the gate policy of each environment, filling in its defaults', () => {
    const config = parseConfig(
      [
        'environments:',
        '  staging: {}',
        '  production:',
        '    require:',
        '      approvals: 2',
        '      reviewers: [octocat, "@acme/ml-leads"]',
        '      evidence: [validation, run]',
        '    refs: [main, "v*"]',
        '    allow-rerun: true',
        '    require-stage: staging',
      ].join('\n'),
      'crucible.yml',
    );
    expect(config.environments['staging']).toEqual({ require: { 'protected-environment': true, approvals: 1, evidence: ['validation', 'comparison', 'run'] }, 'allow-rerun': false });
    expect(config.environments['production']).toEqual({
      require: { 'protected-environment': true, approvals: 2, reviewers: ['octocat', '@acme/ml-leads'], evidence: ['validation', 'run'] },
      refs: ['main', 'v*'],
      'allow-rerun': true,
      'require-stage': 'staging',
    });
  });

  it('names the file, line and YAML path of every mistake in a gate policy', () => {
    const text = [
      'environments:',
      '  production:',
      '    require:',
      '      approvals: -1',
      '      reviewers: ["not a login"]',
      '    refs: []',
      '    allow-rerun: sometimes',
      '    requires-stage: staging',
    ].join('\n');
    let message = '';
    try {
      parseConfig(text, 'crucible.yml');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines).toContain('crucible.yml:4: environments.production.require.approvals: Too small: expected number to be >=0');
    expect(lines).toContain('crucible.yml:5: environments.production.require.reviewers[0]: must be a GitHub login like "octocat" or a team like "acme/ml-leads"');
    expect(lines).toContain('crucible.yml:6: environments.production.refs: must name at least one ref; leave it out to allow any ref');
    expect(lines.find((line) => line.includes('allow-rerun'))).toMatch(/^crucible\.yml:7: environments\.production\.allow-rerun: /);
    expect(lines.find((line) => line.includes('requires-stage'))).toMatch(/^crucible\.yml:\d+: environments\.production: Unrecognized key: "requires-stage"/);
  });
});
