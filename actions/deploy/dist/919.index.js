export const id = 919;
export const ids = [919];
export const modules = {

/***/ 11919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DigestMismatchError: () => (/* binding */ DigestMismatchError),
  deployStep: () => (/* binding */ deployStep),
  previousVersionOf: () => (/* binding */ previousVersionOf),
  resolveTarget: () => (/* binding */ resolveTarget)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 55 modules
var src = __webpack_require__(39573);
// EXTERNAL MODULE: ../../packages/supervisor/src/index.ts + 17 modules
var supervisor_src = __webpack_require__(92789);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(46038);
;// CONCATENATED MODULE: ./src/outputs.ts
/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
const Outputs = {
    deploymentId: 'deployment-id',
    status: 'status',
    version: 'version',
    rolledBackTo: 'rolled-back-to',
};

;// CONCATENATED MODULE: ./src/step.ts







const Sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex');
/**
 * The part of the promotion record (crucible/promotion@1 as promote writes it into the registry tags) that deploy
 * relies on. Read as untrusted: bounded, and anything that does not fit refuses the deploy.
 */
const AuditRecordSchema = schemas/* object */.Ikc({
    model: schemas/* string */.YjP().max(512),
    version: schemas/* string */.YjP().max(256),
    stage: schemas/* string */.YjP().max(256).optional(),
    git: schemas/* object */.Ikc({ sha: schemas/* string */.YjP().max(64).nullable().optional() }).loose().nullable().optional(),
    run: schemas/* object */.Ikc({ id: schemas/* number */.aig().int().nonnegative() }).loose().optional(),
    previousVersion: schemas/* string */.YjP().max(256).nullable().optional(),
    modelArtifact: schemas/* object */.Ikc({
        runId: schemas/* number */.aig().int().positive(),
        name: schemas/* string */.YjP().min(1).max(256),
        releaseAsset: schemas/* string */.YjP().min(1).max(256).optional(),
        outputs: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP().min(1).max(4096), sha256: Sha256 }).loose()).min(1).max(1000),
    })
        .loose()
        .nullable()
        .optional(),
})
    .loose();
/** The downloaded model did not match the digests its promotion recorded. */
class DigestMismatchError extends src.CrucibleError {
    constructor(message) {
        super(message);
        this.name = 'DigestMismatchError';
    }
}
const step_escape = (text) => text.replace(/[|\\`*_<>[\]]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
const errorText = (error) => (error instanceof Error ? error.message : String(error));
function zodProblems(error) {
    return error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
        .join('; ');
}
const byDateNewestFirst = (a, b) => Date.parse(b.date) - Date.parse(a.date) || (a.name < b.name ? 1 : -1);
/**
 * The promotion record of `version` at `sha`: on the newest assignment tag of the stage at that commit, else on
 * the registration tag. The first record found must fit the schema and name this model, version and commit;
 * otherwise the deploy is refused (a record that cannot be checked is not skipped for an older one).
 */
function recordOf(tags, model, version, sha, stage) {
    const assignments = tags.filter((tag) => {
        const parsed = (0,src.parseRegistryTag)(tag.name);
        return parsed?.action === 'assign' && parsed.model === model && parsed.stage === stage && tag.sha === sha && tag.annotated !== false;
    });
    const registrations = tags.filter((tag) => {
        const parsed = (0,src.parseRegistryTag)(tag.name);
        return parsed?.action === 'register' && parsed.model === model && parsed.version === version && tag.annotated !== false;
    });
    for (const tag of [...assignments.sort(byDateNewestFirst), ...registrations.sort(byDateNewestFirst)]) {
        const raw = tag.message === undefined ? undefined : (0,src.parseRegistryTagMessage)(tag.message).record;
        if (raw === undefined)
            continue;
        const parsed = AuditRecordSchema.safeParse(raw);
        if (!parsed.success)
            throw new src.InputError(`Tag "${tag.name}": its promotion record does not fit (${zodProblems(parsed.error)}), so ${model} ${version} cannot be checked; refusing to deploy it.`);
        const record = parsed.data;
        if (record.model !== model || record.version !== version) {
            throw new src.InputError(`Tag "${tag.name}": its promotion record is about ${record.model} ${record.version}, not ${model} ${version}; refusing to deploy.`);
        }
        const recordedSha = record.git?.sha;
        if (typeof recordedSha === 'string' && recordedSha !== '' && recordedSha !== sha) {
            throw new src.InputError(`Tag "${tag.name}": its promotion record names commit ${recordedSha.slice(0, 7)}, but ${model} ${version} is registered at ${sha.slice(0, 7)}; refusing to deploy.`);
        }
        return { record, tag: tag.name };
    }
    throw new src.InputError(`${model} ${version}: none of its registry tags carries a promotion record, so there is no model digest to check it against. Promote it with Crucible's promote action, which records one.`);
}
function modelOf(tags, model) {
    const found = (0,src.registryState)(tags).models.find((candidate) => candidate.name === model);
    if (found === undefined)
        throw new src.InputError(`model: the registry of this repository has no model "${model}" (no registry tags of it, or it is deprecated); promote a version of it first.`);
    return found;
}
/** The version to deploy: the one given, or the one holding the stage, with its record. */
function resolveTarget(tags, settings) {
    const model = modelOf(tags, settings.model);
    let target;
    if (settings.version !== undefined) {
        const version = (0,src.normalizeVersion)(settings.version, 'version');
        target = (0,src.registeredVersion)(model, version);
        if (target === undefined) {
            const known = model.versions.filter((candidate) => candidate.registered).map((candidate) => candidate.version);
            throw new src.InputError(`version: ${settings.model} ${version} is not registered (registered: ${known.length === 0 ? 'none' : known.join(', ')}).`);
        }
    }
    else {
        const held = model.stages[settings.stage];
        if (held === undefined) {
            throw new src.InputError(`stage: no version of ${settings.model} holds "${settings.stage}" (${(0,src.heldStages)(model)}); promote a version to ${settings.stage} first, or pass version.`);
        }
        target = (0,src.tryParseVersion)(held) === undefined ? undefined : (0,src.registeredVersion)(model, held);
        if (target === undefined) {
            throw new src.InputError(`stage: ${settings.stage} of ${settings.model} is held by commit ${held.slice(0, 7)}, which is not a registered version; deploy needs a version promoted with its record.`);
        }
    }
    return withRecord(tags, settings.model, target, settings.stage);
}
function withRecord(tags, model, target, stage) {
    const { record, tag } = recordOf(tags, model, target.version, target.sha, stage);
    if (record.modelArtifact === undefined || record.modelArtifact === null) {
        throw new src.InputError(`${model} ${target.version}: its promotion record (tag "${tag}") names no model artifact (promote found none in the training run), so there is no model to deploy.`);
    }
    return { ...target, artifact: record.modelArtifact, recordTag: tag, previousVersion: record.previousVersion };
}
/**
 * The version that held the stage before `version`: the record's previousVersion, else the registry's: the last
 * other registered version assigned the stage before `version`'s latest assignment (by tag date).
 */
function previousVersionOf(tags, settings, target) {
    const model = modelOf(tags, settings.model);
    let previous = typeof target.previousVersion === 'string' && target.previousVersion !== target.version ? target.previousVersion : undefined;
    if (previous === undefined) {
        const versionAt = new Map();
        for (const candidate of model.versions)
            if (candidate.registered && !versionAt.has(candidate.sha))
                versionAt.set(candidate.sha, candidate.version);
        const sequence = tags
            .filter((tag) => {
            const parsed = (0,src.parseRegistryTag)(tag.name);
            return parsed?.action === 'assign' && parsed.model === settings.model && parsed.stage === settings.stage && tag.annotated !== false;
        })
            .sort((a, b) => -byDateNewestFirst(a, b))
            .map((tag) => versionAt.get(tag.sha));
        let at = sequence.lastIndexOf(target.version);
        if (at === -1)
            at = sequence.length;
        for (let index = at - 1; index >= 0 && previous === undefined; index--) {
            const candidate = sequence[index];
            if (candidate !== undefined && candidate !== target.version)
                previous = candidate;
        }
    }
    if (previous === undefined)
        return undefined;
    const found = (0,src.registeredVersion)(model, previous);
    if (found === undefined)
        throw new src.InputError(`${settings.model} ${previous}, which held ${settings.stage} before ${target.version}, is no longer registered; nothing to roll back to.`);
    return withRecord(tags, settings.model, found, settings.stage);
}
/** A recorded output path as a path inside the download folder, or an error: a record must not point outside it. */
function insideFolder(path) {
    const normalized = external_node_path_.posix.normalize(path.replaceAll('\\', '/')).replace(/^(\.\/)+/, '');
    if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../') || /^[A-Za-z]:/.test(normalized) || normalized === '.') {
        throw new src.InputError(`The promotion record names the model output "${path.slice(0, 200)}", which is not a path inside the model; refusing to deploy.`);
    }
    return normalized;
}
/** Where the model comes from: the release asset when the record names one, else the training run's artifact. */
function sourceOf(model, target) {
    const { artifact } = target;
    if (artifact.releaseAsset !== undefined) {
        const unzip = artifact.releaseAsset.toLowerCase().endsWith('.zip');
        const single = artifact.outputs.length === 1 ? insideFolder(artifact.outputs[0].path) : undefined;
        if (!unzip && single === undefined) {
            throw new src.InputError(`${model} ${target.version}: the release asset "${artifact.releaseAsset}" is one file, but the record has ${artifact.outputs.length} model outputs; attach them as a .zip.`);
        }
        return { kind: 'release', tag: `${model.replace(':', '=')}@${target.version}`, asset: artifact.releaseAsset, unzip, saveAs: single ?? '' };
    }
    return { kind: 'artifact', runId: artifact.runId, name: artifact.name };
}
/** The digest the command gets: the one output's, or for several the digest of their `path\0sha256` lines. */
function modelDigest(outputs) {
    if (outputs.length === 1)
        return outputs[0].sha256;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const output of [...outputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
        hash.update(`${output.path}\0${output.sha256}\n`);
    return hash.digest('hex');
}
/** Downloads the model into a fresh folder and checks every recorded digest; returns the path the command gets. */
async function fetchModel(settings, ports, target) {
    const folder = (0,external_node_path_.join)(settings.modelRoot, target.version);
    (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    const source = sourceOf(settings.model, target);
    ports.log.info(source.kind === 'release'
        ? `Downloading ${settings.model} ${target.version} from the release asset "${source.asset}" of ${source.tag}.`
        : `Downloading ${settings.model} ${target.version} from the artifact "${source.name}" of run ${source.runId}.`);
    await ports.github.downloadModel(source, folder);
    for (const output of target.artifact.outputs) {
        const relative = insideFolder(output.path);
        let found;
        try {
            found = (await (0,supervisor_src/* digestPath */.GV)((0,external_node_path_.join)(folder, relative), output.path, 'model')).sha256;
        }
        catch (error) {
            throw new DigestMismatchError(`${settings.model} ${target.version}: the model output "${output.path}" is not in what was downloaded (${errorText(error)}); refusing to deploy it.`);
        }
        if (found !== output.sha256) {
            throw new DigestMismatchError(`${settings.model} ${target.version}: the downloaded "${output.path}" has sha256 ${found.slice(0, 12)}…, but its promotion recorded ${output.sha256.slice(0, 12)}…; refusing to deploy a model that is not the one promoted.`);
        }
    }
    ports.log.info(`Checked ${target.artifact.outputs.length} model digest(s) of ${settings.model} ${target.version} against its promotion record.`);
    return target.artifact.outputs.length === 1 ? (0,external_node_path_.join)(folder, insideFolder(target.artifact.outputs[0].path)) : folder;
}
function howItEnded(result, budget) {
    if (result.spawnError !== null)
        return `the command could not start: ${result.spawnError}`;
    if (result.timedOut)
        return `stopped by the time budget (${budget}s)`;
    if (result.cancelled !== null)
        return `cancelled (${result.cancelled})`;
    return result.signal !== null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
}
/** The command under the supervisor (its own process group, signals forwarded, time budget, collapsed output). */
async function runCommand(settings, ports, target, modelPath) {
    const env = {
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
    (0,external_node_fs_.mkdirSync)(settings.modelRoot, { recursive: true });
    const argv = (0,supervisor_src/* shellArgv */.$K)(settings.command.script, settings.command.shell, settings.command.scriptsDir);
    return ports.log.group(`Deploying ${settings.model} ${target.version} to ${settings.environment}`, () => (0,supervisor_src/* supervise */.zD)({
        argv,
        cwd: settings.cwd,
        env,
        rawLogPath: (0,external_node_path_.join)(settings.modelRoot, `deploy-${target.version}.log`),
        ...(settings.timeBudgetSeconds === undefined ? {} : { timeBudgetMs: settings.timeBudgetSeconds * 1000 }),
        graceMs: settings.graceSeconds * 1000,
        forwardSignals: true,
        ...(settings.stdout === undefined ? {} : { stdout: settings.stdout }),
    }));
}
/** One version deployed: its deployment, in_progress, the model checked, the command, then success or failure. */
async function deployVersion(settings, ports, target, rollbackOf) {
    const { github, log } = ports;
    const digests = Object.fromEntries(target.artifact.outputs.map((output) => [output.path, output.sha256]));
    const what = `${settings.model} ${target.version}`;
    const deployment = rollbackOf === undefined && settings.deploymentId !== undefined
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
    const status = (state, description) => github.deploymentStatus(deployment.id, { state, description, logUrl: settings.run.url, ...(settings.environmentUrl === undefined ? {} : { environmentUrl: settings.environmentUrl }) });
    await status('in_progress', rollbackOf === undefined ? `Deploying ${what}` : `Rolling back to ${what}`);
    const attempt = { version: target.version, sha: target.sha, deploymentId: deployment.id, created: deployment.created, ...(rollbackOf === undefined ? {} : { rollbackOf }) };
    let modelPath;
    try {
        modelPath = await fetchModel(settings, ports, target);
    }
    catch (error) {
        await status('failure', `Refused: ${errorText(error)}`);
        if (!(error instanceof src.CrucibleError))
            throw error;
        return { ...attempt, state: 'failure', ran: false, problem: error.message };
    }
    const result = await runCommand(settings, ports, target, modelPath);
    const ended = howItEnded(result, settings.timeBudgetSeconds);
    if (result.exitCode === 0 && !result.timedOut && result.spawnError === null && result.cancelled === null) {
        await status('success', rollbackOf === undefined ? `Deployed ${what}` : `Rolled back to ${what}`);
        const retired = await github.retireOlderDeployments(settings.environment, deployment.id);
        if (retired.length > 0)
            log.info(`Marked ${retired.length} older deployment(s) of ${settings.environment} inactive: ${retired.join(', ')}.`);
        return { ...attempt, state: 'success', ran: true };
    }
    await status('failure', `${rollbackOf === undefined ? 'Deploying' : 'Rolling back to'} ${what} failed: ${ended}`);
    return { ...attempt, state: 'failure', ran: true, problem: ended };
}
function summaryOf(settings, attempts) {
    const rows = attempts.map((attempt) => `| ${step_escape(attempt.version)} | \`${attempt.sha.slice(0, 7)}\` | ${attempt.deploymentId} | ${attempt.state === 'success' ? '✅ success' : '❌ failure'} | ${attempt.rollbackOf === undefined ? '' : `rollback of ${attempt.rollbackOf}`} |`);
    return [`### Deploy of ${step_escape(settings.model)} to ${step_escape(settings.environment)}`, '', '| Version | Commit | Deployment | Status | Rollback |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
async function deployStep(settings, ports) {
    const { log } = ports;
    (0,src.validateModelName)(settings.model, 'model');
    (0,src.validateStage)(settings.stage, undefined, 'stage');
    // The stage is read once: a promotion landing while this runs changes nothing about what is deployed.
    const tags = await ports.github.registryTags(settings.model);
    const target = resolveTarget(tags, settings);
    log.info(`${settings.model} ${target.version} at ${target.sha.slice(0, 7)}${settings.version === undefined ? ` holds ${settings.stage}` : ''}; promotion record read from tag ${target.recordTag}.`);
    const result = { attempts: [], rolledBackTo: null };
    const outcome = (0,src.emptyOutcome)(result);
    const first = await deployVersion(settings, ports, target);
    result.attempts.push(first);
    outcome.outputs = { [Outputs.deploymentId]: String(first.deploymentId), [Outputs.status]: first.state, [Outputs.version]: target.version, [Outputs.rolledBackTo]: '' };
    if (first.state === 'success') {
        log.info(`Deployed ${settings.model} ${target.version} to ${settings.environment} (deployment ${first.deploymentId}).`);
        outcome.summary = summaryOf(settings, result.attempts);
        return outcome;
    }
    const failed = `Deploying ${settings.model} ${target.version} to ${settings.environment} failed (${first.problem ?? 'failure'})`;
    let message;
    if (!first.ran) {
        message = `${first.problem ?? failed} Deployment ${first.deploymentId} is marked failed; the command did not run, so nothing was rolled back.`;
    }
    else if (!settings.rollback) {
        message = `${failed}; rollback is off, so ${settings.environment} may be left half-deployed.`;
    }
    else {
        let previous;
        try {
            previous = previousVersionOf(tags, settings, target);
        }
        catch (error) {
            if (!(error instanceof src.CrucibleError))
                throw error;
            outcome.summary = summaryOf(settings, result.attempts);
            outcome.failure = { message: `${failed}; no rollback: ${error.message}`, severity: 'fail' };
            return outcome;
        }
        if (previous === undefined) {
            message = `${failed}; no other version of ${settings.model} held ${settings.stage} before, so nothing was rolled back.`;
        }
        else {
            log.warning(`${failed}; rolling back to ${previous.version}.`, 'deploy: rolling back');
            const rollback = await deployVersion(settings, ports, previous, first.deploymentId);
            result.attempts.push(rollback);
            if (rollback.state === 'success') {
                result.rolledBackTo = previous.version;
                outcome.outputs[Outputs.rolledBackTo] = previous.version;
                message = `${failed}; rolled back to ${previous.version} (deployment ${rollback.deploymentId}).`;
            }
            else {
                message = `${failed}; the rollback to ${previous.version} failed too (${rollback.problem ?? 'failure'}): ${settings.environment} needs attention.`;
            }
        }
    }
    outcome.summary = summaryOf(settings, result.attempts);
    outcome.failure = { message, severity: 'fail' };
    return outcome;
}


/***/ })

};
