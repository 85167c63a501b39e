import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, type CrucibleConfig, decide, EvidenceError, InputError, parseConfig, readJsonInput, readYamlText, scanEvidence, type UnreadableEvidence } from '@crucible/core';
import { type CliIo, ExitCode } from '../io.ts';

const USAGE = 'crucible gate --policy <file> --evidence <dir> [--environment <env.json>] [--approvals <approvals.json>] [--context <ctx.json>] [--branch-policies <file>]';

/** The CLI names its flags as the fix wherever a denial says an input was missing. */
const SOURCES = {
  context: '--context <ctx.json>',
  environment: '--environment <env.json> (the body of GET /repos/{owner}/{repo}/environments/{name})',
  approvals: '--approvals <approvals.json> (the body of GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals)',
  branchPolicies: '--branch-policies <file> (the body of GET /repos/{owner}/{repo}/environments/{name}/deployment-branch-policies)',
};

/**
 * The policy file, named as the user wrote it in every message. A config error is one line per problem; the
 * contract wants one line on stderr, so the problems are joined.
 */
function policyOf(path: string, label: string, cwd: string): CrucibleConfig {
  try {
    return parseConfig(readYamlText(path, label, cwd), label);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const line = error.message.split('\n').join('; ');
    throw new ConfigError(`--policy ${line.startsWith(label) ? line : `${label}: ${line}`}`);
  }
}

/**
 * Which environment to judge: the context's `environment`; else the policy's only environment; else a usage error
 * naming the flag, since judging one of several by guess could allow the wrong one.
 */
function environmentName(context: unknown, config: CrucibleConfig): string {
  const named = (context as { environment?: unknown } | null | undefined)?.environment;
  if (typeof named === 'string' && named !== '') return named;
  const names = Object.keys(config.environments);
  if (names.length === 1 && names[0] !== undefined) return names[0];
  const have = names.length === 0 ? 'names no environment' : `names ${names.length} environments (${names.join(', ')})`;
  throw new InputError(`no environment to judge: the policy ${have}; pass --context <ctx.json> with an "environment" field.`);
}

function evidenceOf(dir: string, label: string, cwd: string): { found: ReturnType<typeof scanEvidence>['found']; unreadable: UnreadableEvidence[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--evidence ${label}: no such folder; pass the folder the evidence was downloaded to.`);
  // Paths are shown below the folder as the user named it, not as this process resolved it.
  const shown = (path: string) => join(label, relative(dir, path));
  try {
    const { found, unreadable } = scanEvidence(dir, { workspace: cwd });
    return {
      found: found.map((entry) => ({ ...entry, path: shown(entry.path) })),
      unreadable: unreadable.map((entry) => ({ path: shown(entry.path), reason: entry.reason.split(entry.path).join(shown(entry.path)) })),
    };
  } catch (error) {
    // A folder nested too deep or with too many files is still judged: a denial naming it, not a usage error.
    if (error instanceof EvidenceError) return { found: [], unreadable: [{ path: label, reason: error.message }] };
    throw error;
  }
}

/**
 * crucible gate: the policy engine (core's decide) over files. Prints the decision as JSON on stdout and exits 0
 * when allowed, 1 when denied; 2 only for a flag missing, a named file that cannot be read or is not JSON/YAML, or
 * a policy that fails its schema. An input left out is judged as missing (a denial naming the flag to pass).
 */
export async function gateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      evidence: { type: 'string' },
      environment: { type: 'string' },
      approvals: { type: 'string' },
      context: { type: 'string' },
      'branch-policies': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}". Usage: ${USAGE}`);
  if (values.policy === undefined) throw new InputError('--policy <file> is required: the crucible.yml that holds the environments: policy.');
  if (values.evidence === undefined) throw new InputError('--evidence <dir> is required: the folder that holds the evidence JSON files.');
  const at = (path: string) => resolve(io.cwd, path);
  const optional = (flag: string, path: string | undefined) => (path === undefined ? undefined : readJsonInput(at(path), `--${flag} ${path}`, { workspace: io.cwd }));

  const config = policyOf(at(values.policy), values.policy, io.cwd);
  const context = optional('context', values.context);
  const environmentBody = optional('environment', values.environment);
  const approvalsBody = optional('approvals', values.approvals);
  const branchPoliciesBody = optional('branch-policies', values['branch-policies']);
  const environment = environmentName(context, config);
  const { found, unreadable } = evidenceOf(at(values.evidence), values.evidence, io.cwd);

  const decision = decide({
    environment,
    policy: Object.hasOwn(config.environments, environment) ? config.environments[environment] : undefined,
    evidence: found,
    unreadableEvidence: unreadable,
    environmentBody,
    approvalsBody,
    branchPoliciesBody,
    context,
    sources: { ...SOURCES, policy: values.policy },
  });
  io.stdout(`${JSON.stringify(decision, null, 2)}\n`);
  return decision.allowed ? ExitCode.pass : ExitCode.failed;
}
