import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Writable } from 'node:stream';
import {
  type Clock,
  CrucibleError,
  emptyOutcome,
  InputError,
  type Log,
  normalizeVersion,
  type Outcome,
  parseRegistryTag,
  parseRegistryTagMessage,
  type RegistryModel,
  type RegistryTag,
  registeredVersion,
  registryState,
  heldStages,
  tryParseVersion,
  validateModelName,
  validateStage,
} from '@crucible/core';
import { digestPath, shellArgv, supervise, type SuperviseResult } from '@crucible/supervisor';
import { z } from 'zod';
import { type DeployOutput, Outputs } from './outputs.ts';

/**
 * What deploy does, in one shape: resolve the stage to one registered version and its commit (once, from the
 * registry's tags), read that version's promotion record (the audit record on its registry tags), download the
 * model the record names and check every digest before anything runs, then run the user's command under the
 * supervisor with the version in its environment, recorded as a GitHub Deployment. When the command fails and
 * rollback is on, the version that held the stage before is deployed the same way, as a second deployment.
 */

/** Where the model comes from: an asset of the version's release (kept forever), or the training run's artifact. */
export type ModelSource = { kind: 'release'; tag: string; asset: string; unzip: boolean; saveAs: string } | { kind: 'artifact'; runId: number; name: string };

export type DeploymentState = 'in_progress' | 'success' | 'failure';

/** GitHub as deploy needs it; the action's is over the REST API (github.ts), tests pass fakes. */
export interface DeployGitHub {
  /** The repository's registry tags of this model (annotated, with message and date). */
  registryTags(model: string): Promise<RegistryTag[]>;
  /** Puts the model's files into `folder` (which exists and is empty), as the source holds them. */
  downloadModel(source: ModelSource, folder: string): Promise<void>;
  /** The deployment for this request: the one an earlier attempt of this run made, else a new one. */
  deployment(request: DeploymentRequest): Promise<{ id: number; created: boolean }>;
  deploymentStatus(id: number, status: { state: DeploymentState; description: string; logUrl: string; environmentUrl?: string }): Promise<void>;
  /** Marks older successful deployments of the environment inactive; returns their ids. */
  retireOlderDeployments(environment: string, keep: number): Promise<number[]>;
}

export type DeploymentRequest = {
  sha: string;
  environment: string;
  payload: Record<string, unknown>;
  description: string;
  requiredContexts: string[];
  production: boolean;
  transient: boolean;
};

export type DeployPorts = { github: DeployGitHub; log: Log; clock: Clock };

export type DeploySettings = {
  model: string;
  /** The registry stage whose version is deployed (the environment's name unless given). */
  stage: string;
  /** A version to deploy instead of the stage's, as given (1.2.3 or v1.2.3). */
  version: string | undefined;
  environment: string;
  environmentUrl: string | undefined;
  rollback: boolean;
  /** A deployment to record the statuses on (one promote made) instead of finding or creating one. */
  deploymentId: number | undefined;
  requiredContexts: string[];
  production: boolean;
  transient: boolean;
  cwd: string;
  command: { script: string; shell: string; scriptsDir: string };
  /** The command's environment before the CRUCIBLE_* variables, the step's private variables left out. */
  env: NodeJS.ProcessEnv;
  timeBudgetSeconds: number | undefined;
  graceSeconds: number;
  /** Models are downloaded to `<modelRoot>/<version>/`; the command's raw logs go here too. */
  modelRoot: string;
  /** This workflow run: its id goes into the payload (a re-run finds its deployment by it), its page is the log. */
  run: { id: number; attempt: number; url: string };
  /** Where the command's output goes live; process.stdout when unset. */
  stdout?: Writable;
};

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex');

/**
 * The part of the promotion record (crucible/promotion@1 as promote writes it into the registry tags) that deploy
 * relies on. Read as untrusted: bounded, and anything that does not fit refuses the deploy.
 */
const AuditRecordSchema = z
  .object({
    model: z.string().max(512),
    version: z.string().max(256),
    stage: z.string().max(256).optional(),
    git: z.object({ sha: z.string().max(64).nullable().optional() }).loose().nullable().optional(),
    run: z.object({ id: z.number().int().nonnegative() }).loose().optional(),
    previousVersion: z.string().max(256).nullable().optional(),
    modelArtifact: z
      .object({
        runId: z.number().int().positive(),
        name: z.string().min(1).max(256),
        releaseAsset: z.string().min(1).max(256).optional(),
        outputs: z.array(z.object({ path: z.string().min(1).max(4096), sha256: Sha256 }).loose()).min(1).max(1000),
      })
      .loose()
      .nullable()
      .optional(),
  })
  .loose();
type AuditRecord = z.infer<typeof AuditRecordSchema>;
type ModelArtifact = NonNullable<AuditRecord['modelArtifact']>;

/** A version resolved once: its commit, the record it was promoted with, and where that record was read. */
export type ResolvedVersion = { version: string; sha: string; artifact: ModelArtifact; recordTag: string; previousVersion: string | null | undefined };

/** The downloaded model did not match the digests its promotion recorded. */
export class DigestMismatchError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'DigestMismatchError';
  }
}

export type DeployAttempt = {
  version: string;
  sha: string;
  deploymentId: number;
  created: boolean;
  state: 'success' | 'failure';
  /** Whether the command ran (a refused download or digest does not run it). */
  ran: boolean;
  /** What went wrong, for people; undefined on success. */
  problem?: string;
  rollbackOf?: number;
};

export type DeployResult = { attempts: DeployAttempt[]; rolledBackTo: string | null };

const escape = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function zodProblems(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}

const byDateNewestFirst = (a: RegistryTag, b: RegistryTag) => Date.parse(b.date) - Date.parse(a.date) || (a.name < b.name ? 1 : -1);

/**
 * The promotion record of `version` at `sha`: on the newest assignment tag of the stage at that commit, else on
 * the registration tag. The first record found must fit the schema and name this model, version and commit;
 * otherwise the deploy is refused (a record that cannot be checked is not skipped for an older one).
 */
function recordOf(tags: readonly RegistryTag[], model: string, version: string, sha: string, stage: string): { record: AuditRecord; tag: string } {
  const assignments = tags.filter((tag) => {
    const parsed = parseRegistryTag(tag.name);
    return parsed?.action === 'assign' && parsed.model === model && parsed.stage === stage && tag.sha === sha && tag.annotated !== false;
  });
  const registrations = tags.filter((tag) => {
    const parsed = parseRegistryTag(tag.name);
    return parsed?.action === 'register' && parsed.model === model && parsed.version === version && tag.annotated !== false;
  });
  for (const tag of [...assignments.sort(byDateNewestFirst), ...registrations.sort(byDateNewestFirst)]) {
    const raw = tag.message === undefined ? undefined : parseRegistryTagMessage(tag.message).record;
    if (raw === undefined) continue;
    const parsed = AuditRecordSchema.safeParse(raw);
    if (!parsed.success) throw new InputError(`Tag "${tag.name}": its promotion record does not fit (${zodProblems(parsed.error)}), so ${model} ${version} cannot be checked; refusing to deploy it.`);
    const record = parsed.data;
    if (record.model !== model || record.version !== version) {
      throw new InputError(`Tag "${tag.name}": its promotion record is about ${record.model} ${record.version}, not ${model} ${version}; refusing to deploy.`);
    }
    const recordedSha = record.git?.sha;
    if (typeof recordedSha === 'string' && recordedSha !== '' && recordedSha !== sha) {
      throw new InputError(`Tag "${tag.name}": its promotion record names commit ${recordedSha.slice(0, 7)}, but ${model} ${version} is registered at ${sha.slice(0, 7)}; refusing to deploy.`);
    }
    return { record, tag: tag.name };
  }
  throw new InputError(`${model} ${version}: none of its registry tags carries a promotion record, so there is no model digest to check it against. Promote it with Crucible's promote action, which records one.`);
}

function modelOf(tags: readonly RegistryTag[], model: string): RegistryModel {
  const found = registryState(tags).models.find((candidate) => candidate.name === model);
  if (found === undefined) throw new InputError(`model: the registry of this repository has no model "${model}" (no registry tags of it, or it is deprecated); promote a version of it first.`);
  return found;
}

/** The version to deploy: the one given, or the one holding the stage, with its record. */
export function resolveTarget(tags: readonly RegistryTag[], settings: Pick<DeploySettings, 'model' | 'stage' | 'version'>): ResolvedVersion {
  const model = modelOf(tags, settings.model);
  let target: { version: string; sha: string } | undefined;
  if (settings.version !== undefined) {
    const version = normalizeVersion(settings.version, 'version');
    target = registeredVersion(model, version);
    if (target === undefined) {
      const known = model.versions.filter((candidate) => candidate.registered).map((candidate) => candidate.version);
      throw new InputError(`version: ${settings.model} ${version} is not registered (registered: ${known.length === 0 ? 'none' : known.join(', ')}).`);
    }
  } else {
    const held = model.stages[settings.stage];
    if (held === undefined) {
      throw new InputError(`stage: no version of ${settings.model} holds "${settings.stage}" (${heldStages(model)}); promote a version to ${settings.stage} first, or pass version.`);
    }
    target = tryParseVersion(held) === undefined ? undefined : registeredVersion(model, held);
    if (target === undefined) {
      throw new InputError(`stage: ${settings.stage} of ${settings.model} is held by commit ${held.slice(0, 7)}, which is not a registered version; deploy needs a version promoted with its record.`);
    }
  }
  return withRecord(tags, settings.model, target, settings.stage);
}

function withRecord(tags: readonly RegistryTag[], model: string, target: { version: string; sha: string }, stage: string): ResolvedVersion {
  const { record, tag } = recordOf(tags, model, target.version, target.sha, stage);
  if (record.modelArtifact === undefined || record.modelArtifact === null) {
    throw new InputError(`${model} ${target.version}: its promotion record (tag "${tag}") names no model artifact (promote found none in the training run), so there is no model to deploy.`);
  }
  return { ...target, artifact: record.modelArtifact, recordTag: tag, previousVersion: record.previousVersion };
}

/**
 * The version that held the stage before `version`: the record's previousVersion, else the registry's: the last
 * other registered version assigned the stage before `version`'s latest assignment (by tag date).
 */
export function previousVersionOf(tags: readonly RegistryTag[], settings: Pick<DeploySettings, 'model' | 'stage'>, target: ResolvedVersion): ResolvedVersion | undefined {
  const model = modelOf(tags, settings.model);
  let previous = typeof target.previousVersion === 'string' && target.previousVersion !== target.version ? target.previousVersion : undefined;
  if (previous === undefined) {
    const versionAt = new Map<string, string>();
    for (const candidate of model.versions) if (candidate.registered && !versionAt.has(candidate.sha)) versionAt.set(candidate.sha, candidate.version);
    const sequence = tags
      .filter((tag) => {
        const parsed = parseRegistryTag(tag.name);
        return parsed?.action === 'assign' && parsed.model === settings.model && parsed.stage === settings.stage && tag.annotated !== false;
      })
      .sort((a, b) => -byDateNewestFirst(a, b))
      .map((tag) => versionAt.get(tag.sha));
    let at = sequence.lastIndexOf(target.version);
    if (at === -1) at = sequence.length;
    for (let index = at - 1; index >= 0 && previous === undefined; index--) {
      const candidate = sequence[index];
      if (candidate !== undefined && candidate !== target.version) previous = candidate;
    }
  }
  if (previous === undefined) return undefined;
  const found = registeredVersion(model, previous);
  if (found === undefined) throw new InputError(`${settings.model} ${previous}, which held ${settings.stage} before ${target.version}, is no longer registered; nothing to roll back to.`);
  return withRecord(tags, settings.model, found, settings.stage);
}

/** A recorded output path as a path inside the download folder, or an error: a record must not point outside it. */
function insideFolder(path: string): string {
  const normalized = posix.normalize(path.replaceAll('\\', '/')).replace(/^(\.\/)+/, '');
  if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../') || /^[A-Za-z]:/.test(normalized) || normalized === '.') {
    throw new InputError(`The promotion record names the model output "${path.slice(0, 200)}", which is not a path inside the model; refusing to deploy.`);
  }
  return normalized;
}

/** Where the model comes from: the release asset when the record names one, else the training run's artifact. */
function sourceOf(model: string, target: ResolvedVersion): ModelSource {
  const { artifact } = target;
  if (artifact.releaseAsset !== undefined) {
    const unzip = artifact.releaseAsset.toLowerCase().endsWith('.zip');
    const single = artifact.outputs.length === 1 ? insideFolder((artifact.outputs[0] as { path: string }).path) : undefined;
    if (!unzip && single === undefined) {
      throw new InputError(`${model} ${target.version}: the release asset "${artifact.releaseAsset}" is one file, but the record has ${artifact.outputs.length} model outputs; attach them as a .zip.`);
    }
    return { kind: 'release', tag: `${model.replace(':', '=')}@${target.version}`, asset: artifact.releaseAsset, unzip, saveAs: single ?? '' };
  }
  return { kind: 'artifact', runId: artifact.runId, name: artifact.name };
}

/** The digest the command gets: the one output's, or for several the digest of their `path\0sha256` lines. */
function modelDigest(outputs: ModelArtifact['outputs']): string {
  if (outputs.length === 1) return (outputs[0] as { sha256: string }).sha256;
  const hash = createHash('sha256');
  for (const output of [...outputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${output.path}\0${output.sha256}\n`);
  return hash.digest('hex');
}

/** Downloads the model into a fresh folder and checks every recorded digest; returns the path the command gets. */
async function fetchModel(settings: DeploySettings, ports: DeployPorts, target: ResolvedVersion): Promise<string> {
  const folder = join(settings.modelRoot, target.version);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const source = sourceOf(settings.model, target);
  ports.log.info(
    source.kind === 'release'
      ? `Downloading ${settings.model} ${target.version} from the release asset "${source.asset}" of ${source.tag}.`
      : `Downloading ${settings.model} ${target.version} from the artifact "${source.name}" of run ${source.runId}.`,
  );
  await ports.github.downloadModel(source, folder);
  for (const output of target.artifact.outputs) {
    const relative = insideFolder(output.path);
    let found: string;
    try {
      found = (await digestPath(join(folder, relative), output.path, 'model')).sha256;
    } catch (error) {
      throw new DigestMismatchError(`${settings.model} ${target.version}: the model output "${output.path}" is not in what was downloaded (${errorText(error)}); refusing to deploy it.`);
    }
    if (found !== output.sha256) {
      throw new DigestMismatchError(
        `${settings.model} ${target.version}: the downloaded "${output.path}" has sha256 ${found.slice(0, 12)}…, but its promotion recorded ${output.sha256.slice(0, 12)}…; refusing to deploy a model that is not the one promoted.`,
      );
    }
  }
  ports.log.info(`Checked ${target.artifact.outputs.length} model digest(s) of ${settings.model} ${target.version} against its promotion record.`);
  return target.artifact.outputs.length === 1 ? join(folder, insideFolder((target.artifact.outputs[0] as { path: string }).path)) : folder;
}

function howItEnded(result: SuperviseResult, budget: number | undefined): string {
  if (result.spawnError !== null) return `the command could not start: ${result.spawnError}`;
  if (result.timedOut) return `stopped by the time budget (${budget}s)`;
  if (result.cancelled !== null) return `cancelled (${result.cancelled})`;
  return result.signal !== null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
}

/** The command under the supervisor (its own process group, signals forwarded, time budget, collapsed output). */
async function runCommand(settings: DeploySettings, ports: DeployPorts, target: ResolvedVersion, modelPath: string): Promise<SuperviseResult> {
  const env: NodeJS.ProcessEnv = {
    ...settings.env,
    CRUCIBLE_MODEL: settings.model,
    CRUCIBLE_VERSION: target.version,
    CRUCIBLE_SHA: target.sha,
    CRUCIBLE_REF: target.sha,
    CRUCIBLE_MODEL_PATH: modelPath,
    CRUCIBLE_MODEL_DIGEST: modelDigest(target.artifact.outputs),
    CRUCIBLE_ENVIRONMENT: settings.environment,
    CRUCIBLE_STAGE: settings.stage,
  };
  mkdirSync(settings.modelRoot, { recursive: true });
  const argv = shellArgv(settings.command.script, settings.command.shell, settings.command.scriptsDir);
  return ports.log.group(`Deploying ${settings.model} ${target.version} to ${settings.environment}`, () =>
    supervise({
      argv,
      cwd: settings.cwd,
      env,
      rawLogPath: join(settings.modelRoot, `deploy-${target.version}.log`),
      ...(settings.timeBudgetSeconds === undefined ? {} : { timeBudgetMs: settings.timeBudgetSeconds * 1000 }),
      graceMs: settings.graceSeconds * 1000,
      forwardSignals: true,
      ...(settings.stdout === undefined ? {} : { stdout: settings.stdout }),
    }),
  );
}

/** One version deployed: its deployment, in_progress, the model checked, the command, then success or failure. */
async function deployVersion(settings: DeploySettings, ports: DeployPorts, target: ResolvedVersion, rollbackOf?: number): Promise<DeployAttempt> {
  const { github, log } = ports;
  const digests = Object.fromEntries(target.artifact.outputs.map((output) => [output.path, output.sha256]));
  const what = `${settings.model} ${target.version}`;
  const deployment =
    rollbackOf === undefined && settings.deploymentId !== undefined
      ? { id: settings.deploymentId, created: false }
      : await github.deployment({
          sha: target.sha,
          environment: settings.environment,
          payload: { model: settings.model, version: target.version, sha: target.sha, digests, run: settings.run.id, ...(rollbackOf === undefined ? {} : { rollbackOf }) },
          description: rollbackOf === undefined ? `Deploy ${what}` : `Roll back to ${what}`,
          requiredContexts: settings.requiredContexts,
          production: settings.production,
          transient: settings.transient,
        });
  log.info(`${deployment.created ? 'Created' : 'Reusing'} deployment ${deployment.id} of ${what} (${target.sha.slice(0, 7)}) to ${settings.environment}.`);
  const status = (state: DeploymentState, description: string) =>
    github.deploymentStatus(deployment.id, { state, description, logUrl: settings.run.url, ...(settings.environmentUrl === undefined ? {} : { environmentUrl: settings.environmentUrl }) });
  await status('in_progress', rollbackOf === undefined ? `Deploying ${what}` : `Rolling back to ${what}`);
  const attempt = { version: target.version, sha: target.sha, deploymentId: deployment.id, created: deployment.created, ...(rollbackOf === undefined ? {} : { rollbackOf }) };

  let modelPath: string;
  try {
    modelPath = await fetchModel(settings, ports, target);
  } catch (error) {
    await status('failure', `Refused: ${errorText(error)}`);
    if (!(error instanceof CrucibleError)) throw error;
    return { ...attempt, state: 'failure', ran: false, problem: error.message };
  }
  const result = await runCommand(settings, ports, target, modelPath);
  const ended = howItEnded(result, settings.timeBudgetSeconds);
  if (result.exitCode === 0 && !result.timedOut && result.spawnError === null && result.cancelled === null) {
    await status('success', rollbackOf === undefined ? `Deployed ${what}` : `Rolled back to ${what}`);
    const retired = await github.retireOlderDeployments(settings.environment, deployment.id);
    if (retired.length > 0) log.info(`Marked ${retired.length} older deployment(s) of ${settings.environment} inactive: ${retired.join(', ')}.`);
    return { ...attempt, state: 'success', ran: true };
  }
  await status('failure', `${rollbackOf === undefined ? 'Deploying' : 'Rolling back to'} ${what} failed: ${ended}`);
  return { ...attempt, state: 'failure', ran: true, problem: ended };
}

function summaryOf(settings: DeploySettings, attempts: DeployAttempt[]): string {
  const rows = attempts.map(
    (attempt) =>
      `| ${escape(attempt.version)} | \`${attempt.sha.slice(0, 7)}\` | ${attempt.deploymentId} | ${attempt.state === 'success' ? '✅ success' : '❌ failure'} | ${attempt.rollbackOf === undefined ? '' : `rollback of ${attempt.rollbackOf}`} |`,
  );
  return [`### Deploy of ${escape(settings.model)} to ${escape(settings.environment)}`, '', '| Version | Commit | Deployment | Status | Rollback |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

export async function deployStep(settings: DeploySettings, ports: DeployPorts): Promise<Outcome<DeployOutput, DeployResult>> {
  const { log } = ports;
  validateModelName(settings.model, 'model');
  validateStage(settings.stage, undefined, 'stage');
  // The stage is read once: a promotion landing while this runs changes nothing about what is deployed.
  const tags = await ports.github.registryTags(settings.model);
  const target = resolveTarget(tags, settings);
  log.info(`${settings.model} ${target.version} at ${target.sha.slice(0, 7)}${settings.version === undefined ? ` holds ${settings.stage}` : ''}; promotion record read from tag ${target.recordTag}.`);

  const result: DeployResult = { attempts: [], rolledBackTo: null };
  const outcome = emptyOutcome<DeployOutput, DeployResult>(result);
  const first = await deployVersion(settings, ports, target);
  result.attempts.push(first);
  outcome.outputs = { [Outputs.deploymentId]: String(first.deploymentId), [Outputs.status]: first.state, [Outputs.version]: target.version, [Outputs.rolledBackTo]: '' };

  if (first.state === 'success') {
    log.info(`Deployed ${settings.model} ${target.version} to ${settings.environment} (deployment ${first.deploymentId}).`);
    outcome.summary = summaryOf(settings, result.attempts);
    return outcome;
  }
  const failed = `Deploying ${settings.model} ${target.version} to ${settings.environment} failed (${first.problem ?? 'failure'})`;
  let message: string;
  if (!first.ran) {
    message = `${first.problem ?? failed} Deployment ${first.deploymentId} is marked failed; the command did not run, so nothing was rolled back.`;
  } else if (!settings.rollback) {
    message = `${failed}; rollback is off, so ${settings.environment} may be left half-deployed.`;
  } else {
    let previous: ResolvedVersion | undefined;
    try {
      previous = previousVersionOf(tags, settings, target);
    } catch (error) {
      if (!(error instanceof CrucibleError)) throw error;
      outcome.summary = summaryOf(settings, result.attempts);
      outcome.failure = { message: `${failed}; no rollback: ${error.message}`, severity: 'fail' };
      return outcome;
    }
    if (previous === undefined) {
      message = `${failed}; no other version of ${settings.model} held ${settings.stage} before, so nothing was rolled back.`;
    } else {
      log.warning(`${failed}; rolling back to ${previous.version}.`, 'deploy: rolling back');
      const rollback = await deployVersion(settings, ports, previous, first.deploymentId);
      result.attempts.push(rollback);
      if (rollback.state === 'success') {
        result.rolledBackTo = previous.version;
        outcome.outputs[Outputs.rolledBackTo] = previous.version;
        message = `${failed}; rolled back to ${previous.version} (deployment ${rollback.deploymentId}).`;
      } else {
        message = `${failed}; the rollback to ${previous.version} failed too (${rollback.problem ?? 'failure'}): ${settings.environment} needs attention.`;
      }
    }
  }
  outcome.summary = summaryOf(settings, result.attempts);
  outcome.failure = { message, severity: 'fail' };
  return outcome;
}
