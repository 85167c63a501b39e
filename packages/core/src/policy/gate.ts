import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { z } from 'zod';
import type { EnvironmentPolicy } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { type GitInfo, recordsCommit } from '../evidence/common.ts';
import type { FoundEvidence, UnreadableEvidence } from '../evidence/read.ts';
import { globMatcher } from '../glob.ts';
import { formatIssues } from '../issues.ts';
import {
  KNOWN_PROTECTION_RULE_TYPES,
  ProtectionRuleDetailSchemas,
  type RestApproval,
  RestApprovalsSchema,
  RestBranchPoliciesSchema,
  type RestEnvironment,
  RestEnvironmentSchema,
} from './github-rest.ts';

/**
 * The gate: one pure decision over evidence, the environment's policy from crucible.yml, GitHub's REST bodies for
 * the environment and the run's approvals, and the run's context. `crucible gate` runs it over files, the promote
 * action over what it fetched. It fails closed: whatever it cannot see or parse (a missing body, a missing field,
 * an unknown protection rule type, evidence that does not parse or is about another commit) is a denial whose
 * sentence names what was missing and the fix, never an exception and never a pass.
 */

export const GATE_RULES = [
  'environment-policy',
  'context',
  'evidence-readable',
  'evidence',
  'evidence-commit',
  'validation',
  'comparison',
  'run',
  'protected-environment',
  'protection-rules',
  'admin-bypass',
  'branch-policy',
  'approvals',
  'rejections',
  'rerun',
  'refs',
  'stage',
] as const;
export type GateRule = (typeof GATE_RULES)[number];

/** One rule's verdict: `detail` is one sentence naming the rule and, when it fails, the fix. */
export type GateReason = { rule: GateRule; ok: boolean; detail: string };
/** The contract's decision (ARCHITECTURE.md): allowed only when every reason is ok. */
export type GateDecision = { allowed: boolean; reasons: GateReason[] };

const CommitSha = z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit sha');
const Login = z.string().min(1).max(100);

/**
 * The run the decision is for (`ctx.json`): the contract's {actor, triggeringActor, runAttempt, sha, headSha?, ref,
 * environment}, and what some rules need besides: `version` and `stages` (the registry's stage -> version map of the
 * model) for require-stage, `teams` ("org/slug" -> member logins) for team reviewers, and `refProtected`
 * (GITHUB_REF_PROTECTED) for an environment that only protected branches may deploy to.
 */
export const GateContextSchema = z
  .object({
    actor: Login,
    triggeringActor: Login,
    /** GITHUB_RUN_ATTEMPT; the environment variable is a string, so digits in a string are accepted too. */
    runAttempt: z.union([z.number().int().positive(), z.string().regex(/^[1-9][0-9]{0,8}$/).transform(Number)]),
    sha: CommitSha,
    headSha: CommitSha.nullish(),
    ref: z.string().min(1).max(1024),
    environment: z.string().min(1).max(255),
    model: z.string().max(512).optional(),
    version: z.string().min(1).max(256).optional(),
    stages: z.record(z.string().max(256), z.string().max(256)).optional(),
    teams: z.record(z.string().max(200), z.array(Login).max(10_000)).optional(),
    refProtected: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).optional(),
  })
  .loose();
export type GateContext = z.output<typeof GateContextSchema>;

/** How the caller gets each input, for the fix a denial names (the CLI names its flags, the action its fetches). */
export type GateSources = {
  context: string;
  environment: string;
  approvals: string;
  branchPolicies: string;
  policy: string;
  /** The fix when a team that `reviewers:` names came without its members; absent: add `teams` to the context. */
  teams?: string;
};

const DEFAULT_SOURCES: GateSources = {
  context: 'the run context (ctx.json)',
  environment: 'the body of GET /repos/{owner}/{repo}/environments/{name}',
  approvals: 'the body of GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
  branchPolicies: 'the body of GET /repos/{owner}/{repo}/environments/{name}/deployment-branch-policies',
  policy: 'crucible.yml',
};

export type GateInput = {
  /** The environment being promoted to. */
  environment: string;
  /** Its policy from crucible.yml; undefined when crucible.yml has none for it (a denial). */
  policy: EnvironmentPolicy | undefined;
  /** Every evidence document found, and the files that could not be read as evidence. */
  evidence: readonly FoundEvidence[];
  unreadableEvidence?: readonly UnreadableEvidence[] | undefined;
  /** GitHub's REST bodies as fetched or read, unparsed; undefined when not given (a denial where a rule needs it). */
  environmentBody?: unknown;
  approvalsBody?: unknown;
  branchPoliciesBody?: unknown;
  /** The run's context, unparsed (GateContextSchema); undefined when not given. */
  context?: unknown;
  sources?: Partial<GateSources> | undefined;
};

/** sha256 of a policy as canonical JSON (keys sorted), for the promotion evidence's `policyDigest`. */
export function policyDigest(policy: EnvironmentPolicy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// ---- wording --------------------------------------------------------------------------------------------------

const short = (sha: string) => sha.slice(0, 7);
/** Text from a body or a file name inside a sentence: one line, bounded, quoted where it came from outside. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const clip = (text: string, max = 200) => {
  const line = text.replace(/:\s*\n\s*/g, ': ').replace(/\s*\n\s*/g, '; ').replace(CONTROL, '?');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};
const quote = (text: string) => JSON.stringify(clip(text, 100));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "a", "a and b", "a, b and c", and "and N more" past `max`. */
function listOf(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const all = rest > 0 ? [...shown, `${rest} more`] : shown;
  if (all.length <= 1) return all.join('');
  return `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

function issuesOf(error: z.ZodError): string {
  return clip(formatIssues(error.issues), 300);
}

// ---- the rules ------------------------------------------------------------------------------------------------

type Parsed = {
  name: string;
  policy: EnvironmentPolicy;
  at: string;
  sources: GateSources;
  context: GateContext | undefined;
  environment: { body: RestEnvironment } | { problem: string };
  approvals: { list: RestApproval[] } | { problem: string };
  branchPolicies: unknown;
};

const reason = (rule: GateRule, ok: boolean, detail: string): GateReason => ({ rule, ok, detail });

function contextReason(input: GateInput, sources: GateSources): { reason: GateReason; context: GateContext | undefined } {
  if (input.context === undefined) {
    return {
      reason: reason('context', false, `context: no run context was given, so the actor, the run attempt, the commit and the ref cannot be checked; pass ${sources.context} with {actor, triggeringActor, runAttempt, sha, headSha, ref, environment}.`),
      context: undefined,
    };
  }
  const parsed = GateContextSchema.safeParse(input.context);
  if (!parsed.success) {
    return { reason: reason('context', false, `context: ${sources.context} is missing or has bad fields (${issuesOf(parsed.error)}); write them as the contract names them.`), context: undefined };
  }
  const context = parsed.data;
  if (context.environment !== input.environment) {
    return {
      reason: reason('context', false, `context: the run context is for environment ${quote(context.environment)}, not ${quote(input.environment)}; judge the environment the job runs in.`),
      context: undefined,
    };
  }
  return { reason: reason('context', true, `context: the run is attempt ${context.runAttempt} by ${context.actor} (triggered by ${context.triggeringActor}) at ${short(context.sha)} on ${clip(context.ref)}.`), context };
}

function readableReason(unreadable: readonly UnreadableEvidence[]): GateReason {
  if (unreadable.length === 0) return reason('evidence-readable', true, 'evidence-readable: every evidence file parsed with the schema it names.');
  // A reader's message starts with the file's name; the sentence names it once.
  const why = (file: UnreadableEvidence) => (file.reason.startsWith(`${file.path}: `) ? file.reason.slice(file.path.length + 2) : file.reason);
  const files = listOf(unreadable.map((file) => `${clip(file.path, 120)} (${clip(why(file), 160).replace(/\.$/, '')})`), 3);
  return reason(
    'evidence-readable',
    false,
    `evidence-readable: ${plural(unreadable.length, 'evidence file')} could not be read as evidence: ${files}; fix or remove ${unreadable.length === 1 ? 'it' : 'them'}, since the gate does not promote on evidence it cannot read.`,
  );
}

function presenceReason(parsed: Parsed, evidence: readonly FoundEvidence[]): GateReason {
  const required = parsed.policy.require.evidence;
  if (evidence.length === 0) {
    return reason(
      'evidence',
      false,
      `evidence: no evidence documents were found, so nothing shows this version was validated, compared or trained; download ${required.length === 0 ? "the pipeline's" : `the ${listOf(required)}`} evidence of this commit into the evidence folder.`,
    );
  }
  const present = new Set(evidence.map((found) => found.kind));
  const missing = required.filter((kind) => !present.has(kind));
  if (missing.length > 0) {
    return reason('evidence', false, `evidence: no ${listOf(missing)} evidence was found, and ${parsed.at}.require.evidence requires it; add the evidence of the step that writes it for this commit.`);
  }
  return reason('evidence', true, required.length === 0 ? `evidence: ${parsed.at}.require.evidence requires no kind, and ${plural(evidence.length, 'document')} were found.` : `evidence: ${listOf(required)} evidence is present, as ${parsed.at}.require.evidence requires.`);
}

function commitOf(git: GitInfo): string {
  return git === null ? 'no commit' : short(git.sha);
}

function commitReason(parsed: Parsed, evidence: readonly FoundEvidence[]): GateReason {
  const context = parsed.context;
  if (context === undefined) return reason('evidence-commit', false, `evidence-commit: the evidence cannot be matched to a commit without the run context's sha; pass ${parsed.sources.context}.`);
  if (evidence.length === 0) return reason('evidence-commit', false, `evidence-commit: there is no evidence that records commit ${short(context.sha)}; add this commit's evidence.`);
  const about = (git: GitInfo) => recordsCommit(git, context.sha) || (typeof context.headSha === 'string' && recordsCommit(git, context.headSha));
  const foreign = evidence.filter((found) => !about(found.document.git));
  if (foreign.length > 0) {
    const files = listOf(foreign.map((found) => `${clip(found.path, 120)} records ${commitOf(found.document.git)}`), 3);
    return reason(
      'evidence-commit',
      false,
      `evidence-commit: ${plural(foreign.length, 'evidence document')} of ${evidence.length} ${foreign.length === 1 ? 'is' : 'are'} not about commit ${short(context.sha)}${typeof context.headSha === 'string' && context.headSha !== context.sha ? ` or its head ${short(context.headSha)}` : ''} (${files}); use only the evidence written for this commit.`,
    );
  }
  return reason('evidence-commit', true, `evidence-commit: all ${plural(evidence.length, 'evidence document')} record commit ${short(context.sha)}${typeof context.headSha === 'string' && context.headSha !== context.sha ? ` or its head ${short(context.headSha)}` : ''}.`);
}

type Of<K extends FoundEvidence['kind']> = Extract<FoundEvidence, { kind: K }>;
const ofKind = <K extends FoundEvidence['kind']>(evidence: readonly FoundEvidence[], kind: K) => evidence.filter((found): found is Of<K> => found.kind === kind);

/** A kind's pass/fail rule: not required, required and absent, or each document's failure in words. */
function kindReason<K extends 'validation' | 'comparison' | 'run'>(
  parsed: Parsed,
  evidence: readonly FoundEvidence[],
  kind: K,
  words: { noun: string; failure: (found: Of<K>) => string | undefined; fix: string; pass: string },
): GateReason {
  if (!parsed.policy.require.evidence.includes(kind)) return reason(kind, true, `${kind}: not required by ${parsed.at}.require.evidence.`);
  const documents = ofKind(evidence, kind);
  if (documents.length === 0) return reason(kind, false, `${kind}: there is no ${words.noun} to judge, and ${parsed.at}.require.evidence requires one; add the ${kind} evidence of this commit.`);
  const failed = documents.flatMap((found) => {
    const why = words.failure(found);
    return why === undefined ? [] : [`${clip((found as FoundEvidence).path, 120)} ${why}`];
  });
  if (failed.length > 0) return reason(kind, false, `${kind}: ${failed.length} of ${plural(documents.length, words.noun)} failed (${listOf(failed, 3)}); ${words.fix}.`);
  return reason(kind, true, `${kind}: ${words.pass.replace('{n}', plural(documents.length, words.noun))}.`);
}

function validationFailure(found: Of<'validation'>): string | undefined {
  const document = found.document;
  if (document.success) return undefined;
  const failed = document.checks.filter((check) => !check.success).length;
  const drift = document.driftSummary?.datasetDrift === true ? 'dataset drift' : '';
  const parts = [failed > 0 ? `${failed} of ${plural(document.checks.length, 'check')}` : '', drift].filter((part) => part !== '');
  return parts.length === 0 ? 'recorded success false' : `failed ${parts.join(' and ')}`;
}

function comparisonFailure(found: Of<'comparison'>): string | undefined {
  const document = found.document;
  if (document.verdict === 'pass') return undefined;
  const regressed = document.metrics.filter((metric) => metric.status === 'regressed' || metric.status === 'invalid').map((metric) => clip(metric.name, 60));
  return regressed.length > 0 ? `has ${listOf(regressed, 3)} regressed or invalid` : 'has the verdict fail';
}

function runFailure(found: Of<'run'>): string | undefined {
  const run = found.document;
  if (run.timedOut) return 'was stopped by its time budget';
  if (run.exitCode === 0) return undefined;
  if (run.exitCode === null) return run.signal === null ? 'recorded no exit code' : `was killed by ${clip(run.signal, 20)}`;
  return `exited with code ${run.exitCode}`;
}

function parseEnvironment(input: GateInput, sources: GateSources): Parsed['environment'] {
  if (input.environmentBody === undefined) return { problem: `the GitHub environment's settings were not given; pass ${sources.environment}` };
  const parsed = RestEnvironmentSchema.safeParse(input.environmentBody);
  if (!parsed.success) return { problem: `the environment body does not read as GitHub documents it (${issuesOf(parsed.error)}); pass ${sources.environment} as the API returns it` };
  if (parsed.data.name.toLowerCase() !== input.environment.toLowerCase()) {
    return { problem: `the environment body is for ${quote(parsed.data.name)}, not ${quote(input.environment)}; pass the body of the environment being promoted to` };
  }
  return { body: parsed.data };
}

function parseApprovals(input: GateInput, sources: GateSources): Parsed['approvals'] {
  if (input.approvalsBody === undefined) return { problem: `the run's approvals were not given; pass ${sources.approvals}` };
  const parsed = RestApprovalsSchema.safeParse(input.approvalsBody);
  if (!parsed.success) return { problem: `the approvals body does not read as GitHub documents it (${issuesOf(parsed.error)}); pass ${sources.approvals} as the API returns it` };
  return { list: parsed.data };
}

/** The environment rules, judged only when the policy requires a protected environment. */
function environmentReasons(parsed: Parsed): GateReason[] {
  const rules = ['protected-environment', 'protection-rules', 'admin-bypass', 'branch-policy'] as const;
  if (!parsed.policy.require['protected-environment']) {
    return rules.map((rule) => reason(rule, true, `${rule}: not judged, since ${parsed.at}.require.protected-environment is false.`));
  }
  const environment = parsed.environment;
  if ('problem' in environment) return rules.map((rule) => reason(rule, false, `${rule}: ${environment.problem}.`));
  const body = environment.body;
  const name = quote(body.name);
  return [reviewersReason(body, name), protectionRulesReason(body, name), adminBypassReason(body, name), branchPolicyReason(parsed, body, name)];
}

function reviewersReason(body: RestEnvironment, name: string): GateReason {
  const rules = body.protection_rules.filter((rule) => rule.type === 'required_reviewers');
  const fix = `add required reviewers to environment ${name} in the repository's Settings > Environments`;
  if (rules.length === 0) return reason('protected-environment', false, `protected-environment: environment ${name} has no required-reviewers protection rule, so a job could deploy to it without anyone's approval; ${fix}.`);
  const reviewers: string[] = [];
  for (const rule of rules) {
    const detail = ProtectionRuleDetailSchemas.required_reviewers.safeParse(rule);
    if (!detail.success) return reason('protected-environment', false, `protected-environment: environment ${name}'s required-reviewers rule does not read as GitHub documents it (${issuesOf(detail.error)}); pass the body as the API returns it.`);
    for (const entry of detail.data.reviewers) reviewers.push(entry.type === 'User' ? clip(entry.reviewer.login, 100) : `team ${clip(entry.reviewer.slug, 100)}`);
  }
  if (reviewers.length === 0) return reason('protected-environment', false, `protected-environment: environment ${name}'s required-reviewers rule names no reviewer; ${fix}.`);
  return reason('protected-environment', true, `protected-environment: environment ${name} requires a review by ${listOf(reviewers, 6)}.`);
}

function protectionRulesReason(body: RestEnvironment, name: string): GateReason {
  const known = new Set<string>(KNOWN_PROTECTION_RULE_TYPES);
  const unknown = [...new Set(body.protection_rules.map((rule) => rule.type).filter((type) => !known.has(type)))];
  if (unknown.length > 0) {
    return reason(
      'protection-rules',
      false,
      `protection-rules: environment ${name} has a protection rule of type ${listOf(unknown.map(quote))} that Crucible does not know, so it cannot tell what it enforces; remove it from the environment, or use a Crucible version that knows it.`,
    );
  }
  for (const rule of body.protection_rules) {
    const schema = ProtectionRuleDetailSchemas[rule.type as keyof typeof ProtectionRuleDetailSchemas];
    const detail = schema.safeParse(rule);
    if (!detail.success) return reason('protection-rules', false, `protection-rules: environment ${name}'s ${rule.type} rule does not read as GitHub documents it (${issuesOf(detail.error)}); pass the body as the API returns it.`);
  }
  const types = body.protection_rules.map((rule) => rule.type);
  return reason('protection-rules', true, types.length === 0 ? `protection-rules: environment ${name} has no protection rules of types Crucible does not know.` : `protection-rules: environment ${name}'s rules are all of known types (${listOf([...new Set(types)])}).`);
}

function adminBypassReason(body: RestEnvironment, name: string): GateReason {
  if (body.can_admins_bypass === false) return reason('admin-bypass', true, `admin-bypass: administrators cannot bypass environment ${name}'s protection rules.`);
  if (body.can_admins_bypass === true) {
    return reason('admin-bypass', false, `admin-bypass: administrators may bypass environment ${name}'s protection rules (can_admins_bypass is true); turn off "Allow administrators to bypass configured protection rules" in its settings.`);
  }
  return reason(
    'admin-bypass',
    false,
    `admin-bypass: the body of environment ${name} has no can_admins_bypass field, so an administrator bypass cannot be ruled out; pass the body as a GitHub version that reports the field returns it, with the bypass turned off.`,
  );
}

/** GitHub matches branch and tag policies with File.fnmatch and FNM_PATHNAME: `*` stops at "/", unlike glob.ts. */
const FNMATCH: picomatch.PicomatchOptions = { dot: true, nonegate: true, noextglob: true, windows: false };

function branchPolicyReason(parsed: Parsed, body: RestEnvironment, name: string): GateReason {
  const policy = body.deployment_branch_policy;
  if (policy === null) return reason('branch-policy', true, `branch-policy: environment ${name} lets any branch or tag deploy.`);
  const context = parsed.context;
  if (context === undefined) return reason('branch-policy', false, `branch-policy: environment ${name} limits the refs that may deploy, and without the run context the ref is unknown; pass ${parsed.sources.context}.`);
  const ref = context.ref;
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  if (policy.protected_branches) {
    if (branch === undefined) return reason('branch-policy', false, `branch-policy: environment ${name} takes only protected branches, and ${clip(ref)} is not a branch; promote from a protected branch.`);
    if (context.refProtected === undefined) {
      return reason('branch-policy', false, `branch-policy: environment ${name} takes only protected branches, and whether ${clip(branch)} is protected was not given; add refProtected (GITHUB_REF_PROTECTED) to ${parsed.sources.context}.`);
    }
    if (!context.refProtected) return reason('branch-policy', false, `branch-policy: environment ${name} takes only protected branches, and ${clip(branch)} is not protected; protect the branch or promote from one that is.`);
    return reason('branch-policy', true, `branch-policy: environment ${name} takes protected branches, and ${clip(branch)} is one.`);
  }
  if (parsed.branchPolicies === undefined) {
    return reason('branch-policy', false, `branch-policy: environment ${name} takes only the branches and tags its policies name, and those policies were not given; pass ${parsed.sources.branchPolicies}.`);
  }
  const list = RestBranchPoliciesSchema.safeParse(parsed.branchPolicies);
  if (!list.success) return reason('branch-policy', false, `branch-policy: the deployment branch policies do not read as GitHub documents them (${issuesOf(list.error)}); pass ${parsed.sources.branchPolicies} as the API returns it.`);
  const policies = Array.isArray(list.data) ? list.data : list.data.branch_policies;
  const match = policies.find((entry) => {
    const target = (entry.type ?? 'branch') === 'tag' ? tag : branch;
    return target !== undefined && (target === entry.name || picomatch(entry.name, FNMATCH)(target));
  });
  const names = listOf(policies.map((entry) => `${entry.type ?? 'branch'} ${quote(entry.name)}`));
  if (match === undefined) {
    return reason('branch-policy', false, `branch-policy: environment ${name} does not let ${clip(ref)} deploy (its policies: ${names === '' ? 'none' : names}); promote from a ref they cover, or add a branch or tag policy for it.`);
  }
  return reason('branch-policy', true, `branch-policy: environment ${name} lets ${clip(ref)} deploy by its ${match.type ?? 'branch'} policy ${quote(match.name)}.`);
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const bare = (reviewer: string) => reviewer.replace(/^@/, '');

/** The approvals body's entries for this environment (GitHub names are case-insensitive). */
function forEnvironment(list: readonly RestApproval[], environment: string): RestApproval[] {
  return list.filter((entry) => entry.environments.some((env) => env.name.toLowerCase() === environment.toLowerCase()));
}

function approvalsReason(parsed: Parsed): GateReason {
  const required = parsed.policy.require.approvals;
  const reviewers = parsed.policy.require.reviewers;
  const approvals = parsed.approvals;
  const context = parsed.context;
  const envName = quote(parsed.name);
  if (required === 0) return reason('approvals', true, `approvals: ${parsed.at}.require.approvals asks for none.`);
  if ('problem' in approvals) return reason('approvals', false, `approvals: ${required === 1 ? 'an approval is' : `${required} approvals are`} required, and ${approvals.problem}.`);
  if (context === undefined) return reason('approvals', false, `approvals: who approved cannot be told apart from who started the run without the run context; pass ${parsed.sources.context}.`);
  const teams = (reviewers ?? []).map(bare).filter((reviewer) => reviewer.includes('/'));
  const unknownTeams = teams.filter((team) => Object.keys(context.teams ?? {}).every((key) => bare(key).toLowerCase() !== team.toLowerCase()));
  if (unknownTeams.length > 0) {
    return reason(
      'approvals',
      false,
      `approvals: ${parsed.at}.require.reviewers names ${listOf(unknownTeams.map((team) => `team ${team}`))}, and no membership was given for ${unknownTeams.length === 1 ? 'it' : 'them'}, so approvals by its members cannot be counted; ${parsed.sources.teams ?? `add teams {"${unknownTeams[0]}": [logins]} to ${parsed.sources.context}`}.`,
    );
  }
  const counts = (login: string): boolean => {
    if (reviewers === undefined) return true;
    return reviewers.map(bare).some((reviewer) => {
      if (!reviewer.includes('/')) return sameLogin(reviewer, login);
      const members = Object.entries(context.teams ?? {}).find(([key]) => bare(key).toLowerCase() === reviewer.toLowerCase())?.[1] ?? [];
      return members.some((member) => sameLogin(member, login));
    });
  };
  const starters = [context.actor, context.triggeringActor];
  const approved = forEnvironment(approvals.list, parsed.name).filter((entry) => entry.state === 'approved');
  const counted = new Map<string, string>();
  const selfApproved = new Set<string>();
  const notListed = new Set<string>();
  for (const entry of approved) {
    const login = entry.user.login;
    if (starters.some((starter) => sameLogin(starter, login))) selfApproved.add(clip(login, 100));
    else if (!counts(login)) notListed.add(clip(login, 100));
    else counted.set(login.toLowerCase(), clip(login, 100));
  }
  const who = `someone other than ${listOf([...new Set(starters.map((starter) => clip(starter, 100)))])}${reviewers === undefined ? '' : ` among ${listOf(reviewers.map(bare))}`}`;
  if (counted.size < required) {
    const notes = [
      selfApproved.size > 0 ? `${listOf([...selfApproved])} started the run and cannot approve it` : '',
      notListed.size > 0 ? `${listOf([...notListed])} ${notListed.size === 1 ? 'is' : 'are'} not among ${parsed.at}.require.reviewers` : '',
    ].filter((note) => note !== '');
    return reason(
      'approvals',
      false,
      `approvals: environment ${envName} has ${counted.size} of the ${plural(required, 'approval')} it needs from ${who}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}; ask ${required - counted.size === 1 ? 'another reviewer' : 'other reviewers'} to approve the deployment.`,
    );
  }
  return reason('approvals', true, `approvals: ${listOf([...counted.values()])} approved environment ${envName}, meeting the ${plural(required, 'approval')} needed from ${who}.`);
}

function rejectionsReason(parsed: Parsed): GateReason {
  const approvals = parsed.approvals;
  if ('problem' in approvals) {
    if (parsed.policy.require.approvals === 0) return reason('rejections', true, `rejections: not judged, since no approvals are required and ${approvals.problem.replace(/; pass .*$/, '')}.`);
    return reason('rejections', false, `rejections: whether a reviewer rejected the deployment cannot be checked, since ${approvals.problem}.`);
  }
  const rejected = forEnvironment(approvals.list, parsed.name).filter((entry) => entry.state === 'rejected');
  if (rejected.length > 0) {
    const who = listOf(rejected.map((entry) => `${clip(entry.user.login, 100)}${typeof entry.comment === 'string' && entry.comment !== '' ? ` (${quote(entry.comment)})` : ''}`), 3);
    return reason('rejections', false, `rejections: ${who} rejected the deployment to ${quote(parsed.name)}; settle the reviewer's concern and promote from a new workflow run.`);
  }
  return reason('rejections', true, `rejections: no reviewer rejected the deployment to ${quote(parsed.name)}.`);
}

function rerunReason(parsed: Parsed): GateReason {
  const context = parsed.context;
  if (context === undefined) return reason('rerun', false, `rerun: the run attempt is unknown without the run context; pass ${parsed.sources.context}.`);
  if (context.runAttempt === 1) return reason('rerun', true, 'rerun: this is the first attempt of the run.');
  if (parsed.policy['allow-rerun'] === true) return reason('rerun', true, `rerun: this is attempt ${context.runAttempt} of the run, and ${parsed.at}.allow-rerun is true.`);
  return reason(
    'rerun',
    false,
    `rerun: this is attempt ${context.runAttempt} of the run, and approvals record no attempt, so an approval given to an earlier attempt would count for this one; start a new workflow run, or set ${parsed.at}.allow-rerun: true.`,
  );
}

/** A policy ref pattern: "refs/..." matches the full ref, anything else the branch or tag name. */
function refAllowed(pattern: string, ref: string): boolean {
  const match = globMatcher(pattern);
  if (pattern.startsWith('refs/')) return match(ref);
  for (const prefix of ['refs/heads/', 'refs/tags/']) if (ref.startsWith(prefix) && match(ref.slice(prefix.length))) return true;
  return false;
}

function refsReason(parsed: Parsed): GateReason {
  const refs = parsed.policy.refs;
  if (refs === undefined) return reason('refs', true, `refs: any ref may promote, since ${parsed.at}.refs is not set.`);
  const context = parsed.context;
  if (context === undefined) return reason('refs', false, `refs: the ref is unknown without the run context; pass ${parsed.sources.context}.`);
  const match = refs.find((pattern) => refAllowed(pattern, context.ref));
  if (match === undefined) {
    return reason('refs', false, `refs: ${clip(context.ref)} is not among the refs ${parsed.at}.refs allows (${listOf(refs.map(quote))}); promote from a matching branch or tag, or add it to ${parsed.at}.refs.`);
  }
  return reason('refs', true, `refs: ${clip(context.ref)} matches ${quote(match)} in ${parsed.at}.refs.`);
}

function stageReason(parsed: Parsed): GateReason {
  const stage = parsed.policy['require-stage'];
  if (stage === undefined) return reason('stage', true, `stage: ${parsed.at}.require-stage is not set, so no stage is needed first.`);
  const context = parsed.context;
  if (context === undefined) return reason('stage', false, `stage: the version and the registry's stages are unknown without the run context; pass ${parsed.sources.context}.`);
  if (context.version === undefined || context.stages === undefined) {
    const missing = [context.version === undefined ? 'version' : '', context.stages === undefined ? 'stages' : ''].filter((field) => field !== '');
    return reason('stage', false, `stage: ${parsed.at}.require-stage needs the version to hold ${quote(stage)} first, and the run context has no ${missing.join(' or ')}; add ${missing.join(' and ')} (the registry's stage -> version map) to ${parsed.sources.context}.`);
  }
  const holder = Object.hasOwn(context.stages, stage) ? context.stages[stage] : undefined;
  if (holder !== context.version) {
    return reason(
      'stage',
      false,
      `stage: ${parsed.at}.require-stage needs ${clip(context.version, 100)} to hold ${quote(stage)} first, and ${holder === undefined ? 'no version holds it' : `${clip(holder, 100)} holds it`}; promote ${clip(context.version, 100)} to ${quote(stage)} first.`,
    );
  }
  return reason('stage', true, `stage: ${clip(context.version, 100)} holds ${quote(stage)}, as ${parsed.at}.require-stage requires.`);
}

/**
 * The sentence for an environment that the config (`source`, crucible.yml) has no policy for: the gate's denial and
 * deploy's refusal say the same. `known` lists the environments it does have, where the caller wants them named.
 */
export function noPolicyDetail(environment: string, source: string, known?: readonly string[]): string {
  const has = known === undefined ? '' : ` (${known.length === 0 ? 'it has no environments: section' : `it has ${listOf(known.map(quote), 8)}`})`;
  return `${source} has no policy for environment ${quote(environment)}${has}; add environments.${clip(environment, 100)} with the evidence and approvals promotion to it needs`;
}

/** The config's policy for an environment, if it has one: own keys only, so "constructor" is no policy. */
export function findEnvironmentPolicy(environments: Readonly<Record<string, EnvironmentPolicy>>, name: string): EnvironmentPolicy | undefined {
  return Object.hasOwn(environments, name) ? environments[name] : undefined;
}

/**
 * The policy of an environment by the first of `names` that the config's `environments:` has (deploy passes its
 * environment, then the stage it deploys), or a ConfigError in the gate's words naming the first.
 */
export function environmentPolicyOf(
  environments: Readonly<Record<string, EnvironmentPolicy>>,
  names: readonly [string, ...string[]],
  source: string,
): { name: string; policy: EnvironmentPolicy } {
  for (const name of names) {
    const policy = findEnvironmentPolicy(environments, name);
    if (policy !== undefined) return { name, policy };
  }
  const others = [...new Set(names.slice(1))].filter((name) => name !== names[0]);
  const alternatives = others.length === 0 ? '' : ` A policy for ${listOf(others.map(quote))} would do too.`;
  throw new ConfigError(`environment: ${noPolicyDetail(names[0], source, Object.keys(environments))}.${alternatives}`);
}

/**
 * Decides whether `input.environment` may be promoted to: every rule of GATE_RULES, each with `ok` and one sentence.
 * Allowed only when every rule is ok. Pure: reads nothing, throws nothing for bad input.
 */
export function decide(input: GateInput): GateDecision {
  const sources: GateSources = { ...DEFAULT_SOURCES, ...input.sources };
  const at = `environments.${input.environment}`;
  const { reason: contextVerdict, context } = contextReason(input, sources);
  if (input.policy === undefined) {
    const denial = reason('environment-policy', false, `environment-policy: ${noPolicyDetail(input.environment, sources.policy)}.`);
    return { allowed: false, reasons: [denial, contextVerdict] };
  }
  const parsed: Parsed = {
    name: input.environment,
    policy: input.policy,
    at,
    sources,
    context,
    environment: parseEnvironment(input, sources),
    approvals: parseApprovals(input, sources),
    branchPolicies: input.branchPoliciesBody,
  };
  const evidence = input.evidence;
  const reasons: GateReason[] = [
    reason('environment-policy', true, `environment-policy: ${sources.policy} has a policy for environment ${quote(input.environment)}.`),
    contextVerdict,
    readableReason(input.unreadableEvidence ?? []),
    presenceReason(parsed, evidence),
    commitReason(parsed, evidence),
    kindReason(parsed, evidence, 'validation', {
      noun: 'data validation',
      failure: validationFailure,
      fix: 'fix the data or its schema and validate again',
      pass: '{n} passed',
    }),
    kindReason(parsed, evidence, 'comparison', {
      noun: 'metric comparison',
      failure: comparisonFailure,
      fix: 'fix the regression, or change the metric rules in crucible.yml, and compare again',
      pass: '{n} passed with no regression',
    }),
    kindReason(parsed, evidence, 'run', {
      noun: 'training run',
      failure: runFailure,
      fix: 'fix the training and run it again',
      pass: '{n} exited with code 0 within the time budget',
    }),
    ...environmentReasons(parsed),
    approvalsReason(parsed),
    rejectionsReason(parsed),
    rerunReason(parsed),
    refsReason(parsed),
    stageReason(parsed),
  ];
  return { allowed: reasons.every((entry) => entry.ok), reasons };
}
