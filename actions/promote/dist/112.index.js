export const id = 112;
export const ids = [112,919];
export const modules = {

/***/ 66112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteGitHub: () => (/* binding */ promoteGitHub)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crucible_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62608);
/* harmony import */ var _crucible_github__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48559);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11919);





/** The promote step's GitHub, over packages/github: every call there follows pagination and checks what it reads. */
function promoteGitHub(client, context, options) {
    const repository = { owner: context.owner, repo: context.repo };
    const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
    return {
        async environment(name) {
            const found = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .getEnvironment */ .uc)(client, repository, name);
            return found === undefined ? undefined : { body: found.raw, branchPolicies: found.rawBranchPolicies };
        },
        async approvals(runId) {
            return (await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listRunApprovals */ .Ch)(client, repository, runId)).raw;
        },
        teamMembers: (team) => (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listTeamMembers */ .vw)(options.teamsClient ?? client, team),
        async registryTags(model) {
            return (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .registryTagsOf */ .S7)(await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listTags */ .cB)(client, repository, (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.modelToTagPart)(model)));
        },
        async createTag(name, commitSha, message) {
            const result = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .createAnnotatedTag */ .Bw)(client, repository, { name, message, commitSha });
            return result.status === 'created' ? { status: 'created', sha: result.tag.commitSha } : { status: 'exists', commitSha: result.existing.commitSha, message: result.existing.message };
        },
        async evidence(source) {
            if (source.kind === 'paths')
                return localEvidence(source.paths, options);
            return runEvidence(client, repository, source.runId, source.pattern, options.log);
        },
        async modelArtifact(runId, pattern) {
            const matches = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.globMatcher)(pattern);
            const found = (await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .listRunArtifacts */ .NG)(client, repository, runId)).filter((artifact) => !artifact.expired && matches(artifact.name));
            if (found.length > 1)
                options.log.warning(`${found.length} artifacts of run ${runId} match "${pattern}"; the audit record names ${found[0]?.name}. Narrow model-artifact to one.`);
            const first = found[0];
            return first === undefined ? undefined : { name: first.name, id: first.id, sizeInBytes: first.sizeInBytes };
        },
        async release(tag, body) {
            const { release } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .ensureRelease */ .w9)(client, repository, { tag, name: tag, body, makeLatest: 'false' });
            return { id: release.id, url: release.htmlUrl, uploadUrl: release.uploadUrl };
        },
        async attach(release, name, content) {
            await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .uploadReleaseAsset */ .fC)(client, repository, release, { name, data: content, contentType: 'application/json', ifExists: 'replace' });
        },
        async attachArtifact(release, name, artifact) {
            const zip = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .downloadArtifactZip */ .EU)(client, { ...repository, artifactId: artifact.id, name: artifact.name }, _step_js__WEBPACK_IMPORTED_MODULE_4__.MAX_RELEASE_ASSET_BYTES);
            const { status } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .uploadReleaseAsset */ .fC)(client, repository, release, { name, data: zip, contentType: 'application/zip', ifExists: 'replace' });
            options.log.info(`${status === 'unchanged' ? 'Kept' : 'Attached'} the model artifact ${artifact.name} as ${name} (${zip.byteLength} bytes).`);
        },
        async deployment(request) {
            const { deployment, created } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .ensureDeployment */ .y0)(client, repository, {
                ref: request.sha,
                sha: request.sha,
                environment: request.environment,
                requiredContexts: request.requiredContexts,
                task: 'deploy',
                payload: request.payload,
                description: request.description,
                productionEnvironment: request.production,
            });
            options.log.info(created ? `Created deployment ${deployment.id} to ${request.environment}.` : `Reusing deployment ${deployment.id} of an earlier attempt.`);
            return deployment.id;
        },
        async deploymentStatus(id, state, description, environmentUrl) {
            await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .setDeploymentStatus */ .e9)(client, repository, id, { state, logUrl: runUrl, description: description.slice(0, 140), ...(environmentUrl === undefined ? {} : { environmentUrl }) });
        },
        async retireOlderDeployments(environment, keep) {
            return (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .deactivateOlderDeployments */ .Hj)(client, repository, { environment, keep, description: 'Replaced by a newer promotion' });
        },
    };
}
/** Evidence under the folders or files the `evidence` input names, read as safely as any named file. */
function localEvidence(paths, options) {
    const gathered = { files: [], unreadable: [] };
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, path);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute, { throwIfNoEntry: false })?.isDirectory() === true) {
            const { found, unreadable } = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.scanEvidence)(absolute, { workspace: options.workspace });
            gathered.unreadable.push(...unreadable);
            for (const item of found)
                gathered.files.push(fileOf(item.path, (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.readFileSafely)(item.path, { workspace: options.workspace, maxBytes: _crucible_core__WEBPACK_IMPORTED_MODULE_2__.MAX_EVIDENCE_BYTES }), item, options.workspace));
        }
        else {
            try {
                const content = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.readFileSafely)(absolute, { workspace: options.workspace, maxBytes: _crucible_core__WEBPACK_IMPORTED_MODULE_2__.MAX_EVIDENCE_BYTES });
                const found = (0,_crucible_core__WEBPACK_IMPORTED_MODULE_2__.parseEvidence)(content, absolute, path);
                if (found === undefined)
                    gathered.unreadable.push({ path, reason: 'not a Crucible evidence document (no schema field naming one)' });
                else
                    gathered.files.push(fileOf(absolute, content, found, options.workspace));
            }
            catch (error) {
                gathered.unreadable.push({ path, reason: error.message });
            }
        }
    }
    return gathered;
}
function fileOf(path, content, found, workspace) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path);
    return { name: name.startsWith('..') ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) : name, content, found };
}
/** Evidence from a run's artifacts (this run, or the one `evidence-run-id` names), read by packages/github. */
async function runEvidence(client, repository, runId, pattern, log) {
    const { files, refused } = await (0,_crucible_github__WEBPACK_IMPORTED_MODULE_3__/* .evidenceOfRunArtifacts */ .Lb)(client, repository, runId, pattern);
    for (const refusal of refused)
        if (refusal.kind === 'evidence')
            log.warning(`Refused evidence from ${refusal.source}: ${refusal.reason}`, 'promote: evidence refused');
    return {
        files,
        unreadable: refused.map((refusal) => ({
            path: refusal.source,
            reason: refusal.kind === 'expired' ? 'the artifact has expired; promote from evidence kept elsewhere (the evidence input)' : refusal.reason,
        })),
    };
}


/***/ }),

/***/ 11919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_RELEASE_ASSET_BYTES: () => (/* binding */ MAX_RELEASE_ASSET_BYTES),
  assetName: () => (/* binding */ assetName),
  parseVersionRequest: () => (/* binding */ parseVersionRequest),
  promoteStep: () => (/* binding */ promoteStep),
  reviewerTeams: () => (/* binding */ reviewerTeams)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 62 modules
var src = __webpack_require__(62608);
;// CONCATENATED MODULE: ./src/outputs.ts
/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
const Outputs = {
    allowed: 'allowed',
    version: 'version',
    tag: 'tag',
    deploymentId: 'deployment-id',
    releaseUrl: 'release-url',
    evidencePath: 'evidence-path',
};

;// CONCATENATED MODULE: ./src/step.ts



/** GitHub takes release assets up to 2 GiB each. */
const MAX_RELEASE_ASSET_BYTES = 2 * 1024 * 1024 * 1024;
/** Assets on a release are named with letters, digits, ".", "-" and "_" (GitHub rewrites the rest). */
function assetName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200) || 'evidence.json';
}
const sha256 = (content) => (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
/** The version to promote and the commit it is (or will be) registered at. */
function resolveVersion(settings, tags) {
    const model = (0,src.registryState)(tags).models.find((candidate) => candidate.name === settings.model);
    const registered = model?.versions.filter((version) => version.registered) ?? [];
    // A new version is registered at the commit the run is about: the pull request's head, not its merge commit.
    const commit = settings.git.headSha ?? settings.git.sha;
    switch (settings.version.kind) {
        case 'latest': {
            if (model?.latest === null || model?.latest === undefined) {
                throw new src.InputError(`version: ${settings.model} has no registered version to promote; pass version: 1.0.0 (or patch, minor, major) to register one at ${commit.slice(0, 7)}.`);
            }
            const latest = registered.find((version) => version.version === model.latest);
            return { version: model.latest, commit: latest?.sha ?? commit, register: false };
        }
        case 'exact': {
            const existing = registered.find((version) => version.version === settings.version.version);
            return existing === undefined ? { version: settings.version.version, commit, register: true } : { version: existing.version, commit: existing.sha, register: false };
        }
        case 'bump': {
            // A re-run finds the version its first attempt registered at this commit instead of bumping again.
            const here = registered.filter((version) => version.sha === commit).map((version) => version.version);
            if (here.length > 0)
                return { version: here.sort().at(-1), commit, register: false };
            return { version: (0,src.nextVersion)((0,src.versionsNamed)(tags.map((tag) => tag.name), settings.model), settings.version.bump), commit, register: true };
        }
    }
}
/** The record the tags carry and the release keeps: the promotion evidence itself. */
function promotionRecord(settings, decision, target, gathered, approvers, previousVersion, modelArtifact, createdAt) {
    return {
        schema: 'crucible/promotion@1',
        createdAt,
        git: { sha: target.commit, ref: settings.git.ref, headSha: target.commit },
        environment: settings.environment,
        model: settings.model,
        version: target.version,
        stage: settings.stage,
        allowed: decision.allowed,
        reasons: decision.reasons,
        approvers,
        run: { id: settings.run.id, attempt: settings.run.attempt, actor: settings.run.actor, triggeringActor: settings.run.triggeringActor },
        policyDigest: settings.policy === undefined ? sha256('') : (0,src.policyDigest)(settings.policy),
        evidence: gathered.files.map((file) => ({ file: file.name, kind: file.found.kind, sha256: sha256(file.content) })),
        previousVersion,
        ...(modelArtifact === null ? {} : { modelArtifact }),
    };
}
/** Who approved this environment in this run, with what they wrote (bounded: the record lives in a tag). */
function approversOf(body, environment) {
    if (!Array.isArray(body))
        return [];
    const approvers = [];
    for (const entry of body) {
        if (entry?.state !== 'approved' || typeof entry.user?.login !== 'string')
            continue;
        if (!Array.isArray(entry.environments) || !entry.environments.some((candidate) => candidate?.name === environment))
            continue;
        approvers.push({ login: entry.user.login, comment: typeof entry.comment === 'string' ? entry.comment.slice(0, 1000) : null });
    }
    return approvers;
}
function summaryTable(settings, decision, version) {
    const escape = (text) => text.replace(/[|\\`*_<>[\]]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
    const rows = decision.reasons.map((reason) => `| ${reason.ok ? '✅' : '❌'} | \`${reason.rule}\` | ${escape(reason.detail)} |`);
    return [
        `### Promotion of ${escape(settings.model)}${version === undefined ? '' : ` ${escape(version)}`} to ${escape(settings.environment)}: ${decision.allowed ? 'allowed' : 'refused'}`,
        '',
        '| | rule | detail |',
        '|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
function refusal(settings, decision, version) {
    const failed = decision.reasons.filter((reason) => !reason.ok);
    const first = failed[0];
    const more = failed.length > 1 ? ` (${failed.length - 1} more rule${failed.length === 2 ? '' : 's'} failed; see the job summary)` : '';
    // Each detail already starts with its rule's name; it is said once.
    const named = first === undefined ? 'no rule passed' : first.detail.startsWith(`${first.rule}: `) ? first.detail : `${first.rule}: ${first.detail}`;
    return `Promotion of ${settings.model}${version === undefined ? '' : ` ${version}`} to ${settings.environment} refused: ${named}${more}`;
}
/** The teams (`org/slug`) that the policy's reviewers name, when approvals are required: their members count. */
function reviewerTeams(policy) {
    if (policy === undefined || policy.require.approvals === 0)
        return [];
    const teams = new Map();
    for (const reviewer of policy.require.reviewers ?? []) {
        const [org, slug] = reviewer.replace(/^@/, '').split('/');
        if (org !== undefined && slug !== undefined)
            teams.set(`${org}/${slug}`.toLowerCase(), { org, slug });
    }
    return [...teams.values()];
}
/**
 * Reads the members of every team the policy names. A team that cannot be read is a failed `team-reviewers` reason
 * naming the team, the permission and the fix, and is left out of the memberships, so the gate counts none of its
 * approvals (fail closed).
 */
async function readTeams(settings, github, log) {
    const at = `environments.${settings.environment}.require.reviewers`;
    const fix = settings.teamsToken
        ? `check the team's slug in ${at}, and that the teams-token can see the team (it needs read:org, or the organization's Members: read permission)`
        : `pass a token that can read the organization's teams as teams-token (a classic token with read:org, or a GitHub App or fine-grained token with the organization's Members: read permission; the job's GITHUB_TOKEN can never read teams), or name the reviewers by login in ${at}`;
    const wanted = reviewerTeams(settings.policy);
    const teams = {};
    if (wanted.length === 0)
        return { teams, reason: undefined, fix };
    const unreadable = [];
    for (const team of wanted) {
        const name = `${team.org}/${team.slug}`;
        const read = await github.teamMembers(team);
        if (read.status === 'read') {
            teams[name] = read.members;
            log.info(`Team ${name} has ${read.members.length} member(s).`);
        }
        else {
            const why = read.httpStatus === 404 ? (settings.teamsToken ? 'GitHub answered 404: no such team, or the token cannot see it' : 'GitHub answered 404: the token cannot see the team') : `GitHub answered ${read.httpStatus}: ${read.message || 'the token may not read it'}`;
            unreadable.push(`${name} (${why})`);
        }
    }
    const names = Object.keys(teams);
    if (unreadable.length > 0) {
        return {
            teams,
            fix,
            reason: {
                rule: 'team-reviewers',
                ok: false,
                detail: `team-reviewers: the members of team ${unreadable.join(' and team ')} could not be read, so approvals by its members cannot be counted; ${fix}.`,
            },
        };
    }
    return { teams, fix, reason: { rule: 'team-reviewers', ok: true, detail: `team-reviewers: read the members of ${names.map((name) => `team ${name} (${teams[name]?.length ?? 0})`).join(' and ')}, whose approvals count.` } };
}
/** The assignment tag of this run for this version and stage, when an earlier attempt already wrote it. */
function ownAssignment(tags, settings, target) {
    return tags.find((tag) => {
        const parsed = (0,src.parseRegistryTag)(tag.name);
        if (parsed?.action !== 'assign' || parsed.model !== settings.model || parsed.stage !== settings.stage || tag.sha !== target.commit)
            return false;
        const record = (0,src.parseRegistryTagMessage)(tag.message ?? '').record;
        return record?.run?.id === settings.run.id && record.version === target.version;
    });
}
async function promoteStep(settings, ports) {
    const { github, log } = ports;
    (0,src.validateModelName)(settings.model, 'model');
    (0,src.validateStage)(settings.stage, undefined, 'stage');
    // A model or stage whose tags git or GitHub would refuse stops here, before anything is read or written.
    (0,src.formatRegistryTag)({ action: 'assign', model: settings.model, stage: settings.stage, counter: 1 });
    const annotations = [];
    // Which environment this job really runs in: only the OIDC token says so.
    const identity = await ports.identity();
    const identityReason = identity.status === 'unchecked'
        ? { rule: 'environment-identity', ok: true, detail: `environment-identity: not checked (${identity.reason}); grant the job \`id-token: write\` so the token's environment claim is compared with the environment input.` }
        : identity.environment === settings.environment
            ? { rule: 'environment-identity', ok: true, detail: `environment-identity: the job's OIDC token says it runs in environment "${settings.environment}".` }
            : {
                rule: 'environment-identity',
                ok: false,
                detail: identity.environment === undefined
                    ? `environment-identity: the job has no environment, so no approval guarded it; add \`environment: ${settings.environment}\` to the job.`
                    : `environment-identity: the job runs in environment "${identity.environment}", not "${settings.environment}"; make the environment input match the job's environment.`,
            };
    if (identity.status === 'unchecked')
        annotations.push({ level: 'warning', title: 'promote: environment not checked', message: identityReason.detail });
    const tags = await log.group(`Reading the registry of ${settings.model}`, () => github.registryTags(settings.model));
    const target = resolveVersion(settings, tags);
    // So does a version whose tag would be refused (a build suffix ending in .lock), before the gate or a deployment.
    const versionTag = (0,src.formatRegistryTag)({ action: 'register', model: settings.model, version: target.version });
    const state = (0,src.registryState)(tags).models.find((model) => model.name === settings.model);
    const previousVersion = state?.stages[settings.stage] ?? null;
    log.info(`${settings.model} ${target.version} at ${target.commit.slice(0, 7)}${target.register ? ' (to register)' : ''}; ${settings.stage} is held by ${previousVersion ?? 'no version'}.`);
    // Earlier promotion records (crucible-promotion-* artifacts match crucible-*) are decisions, not evidence to judge.
    const all = await log.group('Gathering evidence', () => github.evidence(settings.evidence));
    const gathered = { files: all.files.filter((file) => file.found.kind !== 'promotion'), unreadable: all.unreadable };
    for (const file of gathered.files)
        log.info(`Evidence: ${file.name} (${file.found.kind}).`);
    const environment = await github.environment(settings.environment);
    const approvalsBody = await github.approvals(settings.run.id);
    const teams = await readTeams(settings, github, log);
    const gate = (0,src.decide)({
        environment: settings.environment,
        policy: settings.policy,
        evidence: gathered.files.map((file) => file.found),
        unreadableEvidence: gathered.unreadable,
        environmentBody: environment?.body,
        approvalsBody,
        branchPoliciesBody: environment?.branchPolicies,
        context: {
            actor: settings.run.actor,
            triggeringActor: settings.run.triggeringActor,
            runAttempt: settings.run.attempt,
            sha: target.commit,
            headSha: target.commit,
            ref: settings.git.ref,
            environment: settings.environment,
            model: settings.model,
            version: target.version,
            stages: state?.stages ?? {},
            teams: teams.teams,
            ...(settings.refProtected === undefined ? {} : { refProtected: settings.refProtected }),
        },
        sources: {
            environment: environment === undefined ? `the environment "${settings.environment}" (GitHub answered 404: create it in the repository's settings)` : 'GET /repos/{owner}/{repo}/environments/{name}',
            approvals: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
            policy: 'crucible.yml',
            teams: teams.fix,
        },
    });
    const own = teams.reason === undefined ? [identityReason] : [identityReason, teams.reason];
    const decision = { allowed: gate.allowed && own.every((reason) => reason.ok), reasons: [...own, ...gate.reasons] };
    const approvers = approversOf(approvalsBody, settings.environment);
    const evidenceRunId = settings.evidence.kind === 'run' ? settings.evidence.runId : settings.run.id;
    const runDigests = gathered.files.flatMap((file) => (file.found.kind === 'run' ? (file.found.document.outputs ?? []) : []));
    const artifact = decision.allowed ? await github.modelArtifact(evidenceRunId, settings.modelArtifactPattern) : undefined;
    // The model goes onto the release as the zip the training run uploaded; deploy unzips it and checks every digest.
    const modelAsset = settings.attachModel && artifact !== undefined ? assetName(`${artifact.name}.zip`) : undefined;
    if (decision.allowed && settings.attachModel)
        checkAttachable(artifact, evidenceRunId, settings.modelArtifactPattern);
    const modelArtifact = artifact === undefined ? null : { runId: evidenceRunId, name: artifact.name, ...(modelAsset === undefined ? {} : { releaseAsset: modelAsset }), outputs: runDigests };
    const record = promotionRecord(settings, decision, target, gathered, approvers, previousVersion, modelArtifact, ports.clock.now().toISOString());
    const outcome = (0,src.emptyOutcome)({ decision, version: target.version, tag: undefined });
    outcome.annotations = annotations;
    outcome.outputs[Outputs.allowed] = String(decision.allowed);
    outcome.outputs[Outputs.version] = target.version;
    outcome.summary = summaryTable(settings, decision, target.version);
    const writeRecord = (document) => {
        const text = `${JSON.stringify(src.PromotionEvidenceSchema.parse(document), null, 2)}\n`;
        const path = ports.evidence.write('promotion.json', () => text);
        if (path !== undefined) {
            outcome.evidence = [path];
            outcome.outputs[Outputs.evidencePath] = path;
        }
        return text;
    };
    if (!decision.allowed) {
        writeRecord(record);
        await publish(settings, outcome.evidence, ports);
        outcome.failure = { message: refusal(settings, decision, target.version), severity: 'fail' };
        return outcome;
    }
    // Allowed: the deployment first, so that every later failure is recorded on it.
    let deploymentId;
    if (settings.deployment.create) {
        deploymentId = await github.deployment({
            sha: target.commit,
            environment: settings.environment,
            // No attempt number: a re-run of the job (allow-rerun) finds and reuses the deployment of its first attempt.
            payload: { model: settings.model, version: target.version, stage: settings.stage, run: settings.run.id, evidence: record.evidence.map((item) => item.sha256) },
            production: settings.deployment.production,
            requiredContexts: settings.deployment.requiredContexts,
            description: `Promote ${settings.model} ${target.version} to ${settings.stage}`,
        });
        await github.deploymentStatus(deploymentId, 'in_progress', `Promoting ${settings.model} ${target.version}`, settings.deployment.environmentUrl);
        outcome.outputs[Outputs.deploymentId] = String(deploymentId);
    }
    try {
        const tagRecord = { ...record, ...(deploymentId === undefined ? {} : { deploymentId }) };
        if (target.register) {
            const created = await github.createTag(versionTag, target.commit, (0,src.registryTagMessage)(`Register ${settings.model} ${target.version}`, tagRecord));
            if (created.status === 'exists' && created.commitSha !== target.commit) {
                throw new src.InputError(`version: ${settings.model} ${target.version} is already registered at ${created.commitSha.slice(0, 7)}, not ${target.commit.slice(0, 7)}; choose another version, or promote that commit.`);
            }
            log.info(created.status === 'created' ? `Registered ${versionTag} at ${target.commit.slice(0, 7)}.` : `${versionTag} was already registered at this commit.`);
        }
        const tag = await step_assign(settings, target, tags, tagRecord, github, log);
        outcome.outputs[Outputs.tag] = tag;
        outcome.result.tag = tag;
        const release = await github.release(versionTag, `Evidence ${settings.model} ${target.version} was promoted on, kept beyond the workflow artifacts' retention.\n\n${summaryTable(settings, decision, target.version)}`);
        for (const file of gathered.files)
            await github.attach(release, assetName(`${file.found.kind}-${file.name}`), file.content);
        if (artifact !== undefined && modelAsset !== undefined) {
            await log.group(`Attaching the model artifact ${artifact.name} to ${versionTag}`, () => github.attachArtifact(release, modelAsset, artifact));
        }
        const final = { ...record, tag, releaseUrl: release.url, deploymentId: deploymentId ?? null };
        const text = writeRecord(final);
        await github.attach(release, assetName(`promotion-${settings.stage}-run${settings.run.id}-attempt${settings.run.attempt}.json`), Buffer.from(text));
        await publish(settings, outcome.evidence, ports);
        outcome.outputs[Outputs.releaseUrl] = release.url;
        if (deploymentId !== undefined) {
            await github.deploymentStatus(deploymentId, 'success', `${settings.model} ${target.version} holds ${settings.stage}`, settings.deployment.environmentUrl);
            const retired = await github.retireOlderDeployments(settings.environment, deploymentId);
            if (retired.length > 0)
                log.info(`Marked ${retired.length} older deployment(s) of ${settings.environment} inactive.`);
        }
        log.info(`Promoted ${settings.model} ${target.version} to ${settings.stage} (${tag}); evidence kept with ${release.url}.`);
        return outcome;
    }
    catch (error) {
        if (deploymentId !== undefined)
            await github.deploymentStatus(deploymentId, 'failure', `Promotion failed: ${error.message}`.slice(0, 140), settings.deployment.environmentUrl);
        throw error;
    }
}
/** `attach-model` asks for a model artifact that is there and fits on a release; otherwise nothing is written. */
function checkAttachable(artifact, runId, pattern) {
    if (artifact === undefined) {
        throw new src.InputError(`attach-model: run ${runId} has no unexpired artifact matching model-artifact "${pattern}", so there is no model to keep on the release; upload the model as an artifact in the training run, or set attach-model: false.`);
    }
    if (artifact.sizeInBytes > MAX_RELEASE_ASSET_BYTES) {
        throw new src.InputError(`attach-model: the model artifact "${artifact.name}" of run ${runId} is ${artifact.sizeInBytes} bytes, over the 2 GiB GitHub allows a release asset; set attach-model: false and let deploy download the artifact while it lasts.`);
    }
}
/**
 * The promotion record as an artifact of this run, for report and later jobs. The release (when allowed) is where
 * it lasts, so an artifact that cannot be written (a re-run's second upload of the same name) is a warning.
 */
async function publish(settings, paths, ports) {
    if (paths.length === 0)
        return;
    try {
        await ports.evidence.publish(settings.artifactName, paths);
    }
    catch (error) {
        ports.log.warning(`The promotion record was not uploaded as artifact "${settings.artifactName}": ${error.message}`, 'promote: artifact not uploaded');
    }
}
/**
 * Writes `<model>#<stage>#<N>`: N one above the highest counter on the model's tags. A re-run finds its own earlier
 * tag (same run, version and commit) and is done; a tag of that name written by another promotion at the same
 * moment (422) makes it read the tags again and try once more with the next N.
 */
async function step_assign(settings, target, tags, record, github, log) {
    let current = tags;
    for (let attempt = 0; attempt < 2; attempt++) {
        const own = ownAssignment(current, settings, target);
        if (own !== undefined) {
            log.info(`${own.name} from an earlier attempt of this run already assigns ${settings.stage}.`);
            return own.name;
        }
        const name = (0,src.formatRegistryTag)({ action: 'assign', model: settings.model, stage: settings.stage, counter: (0,src.nextCounter)(current.map((tag) => tag.name), settings.model) });
        const message = (0,src.registryTagMessage)(`Assign ${settings.stage} to ${settings.model} ${target.version}`, record);
        const created = await github.createTag(name, target.commit, message);
        if (created.status === 'created') {
            log.info(`Assigned ${settings.stage}: ${name} at ${target.commit.slice(0, 7)}.`);
            return name;
        }
        if (created.commitSha === target.commit && created.message === message)
            return name;
        log.info(`${name} was written by another promotion at the same time; reading the registry again.`);
        current = await github.registryTags(settings.model);
    }
    throw new src.InputError(`Another promotion of ${settings.model} wrote the next registry tag twice while this one ran; nothing was assigned. Run the job again (a concurrency group per model, see the promote README, keeps promotions in line).`);
}
/** `version` input: empty (the latest registered), a semver, or patch / minor / major. */
function parseVersionRequest(text) {
    const value = text.trim();
    if (value === '')
        return { kind: 'latest' };
    if (value === 'patch' || value === 'minor' || value === 'major')
        return { kind: 'bump', bump: (0,src.parseBump)(value, 'version') };
    return { kind: 'exact', version: (0,src.normalizeVersion)(value, 'version') };
}


/***/ })

};
