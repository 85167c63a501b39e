import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionInputs, commitOf, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

/** Inputs -> the validate step over the runner's ports -> the outcome applied (by runAction). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    // The data engine (readers, sketches, workers) and the GitHub client load only once inputs and context check out.
    const [{ bundledWorkerScripts, validateStep }, { artifactEvidenceStore, runnerLog }, { gitInfo, systemClock }] = await Promise.all([
      import('./step.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/core'),
    ]);
    const cwd = resolve(context.workspace, config.workingDirectory);
    return validateStep(
      {
        cwd,
        workspace: context.workspace,
        data: config.data,
        schema: config.schema,
        format: config.format,
        delimiter: config.delimiter,
        reference: config.reference,
        driftMethod: config.driftMethod,
        driftThreshold: config.driftThreshold,
        failOn: config.failOn,
        artifactName: config.artifactName,
        git: gitInfo(commitOf(context), cwd),
        // The worker threads are bundled beside the action (see "crucible.workers" in package.json).
        workerScripts: bundledWorkerScripts(dirname(fileURLToPath(import.meta.url))),
      },
      {
        references: {
          // The GitHub client loads only when the base branch's profile is asked for.
          async baseline() {
            const [{ gitHubReferenceProfiles }, { githubClient }] = await Promise.all([import('./baselines.ts'), import('@crucible/action-kit/github')]);
            const client = await githubClient(config.token, context);
            return gitHubReferenceProfiles({ context, client, artifactName: config.artifactName, log: runnerLog }).baseline();
          },
        },
        evidence: artifactEvidenceStore(context, 'validation'),
        log: runnerLog,
        clock: systemClock,
      },
    );
  });
}
