import { resolve } from 'node:path';
import { actionInputs, commitOf, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

/** Inputs -> the compare step over the runner's ports -> the outcome applied (by runAction). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    // The loaders, the statistics and the GitHub client load only once the inputs and the job's context are known
    // to be good, so a misconfigured step fails in the time it takes to start Node.
    const [{ compareStep }, { artifactEvidenceStore, runnerLog }, { gitInfo, systemClock }] = await Promise.all([
      import('./step.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/core'),
    ]);
    const cwd = resolve(context.workspace, config.workingDirectory);
    return compareStep(
      {
        cwd,
        workspace: context.workspace,
        config: { path: config.config, explicit: config.config !== 'crucible.yml' },
        current: config.current,
        runEvidencePattern: config.runEvidencePattern,
        format: config.format,
        ifNoBaseline: config.ifNoBaseline,
        failOnRegression: config.failOnRegression,
        confidence: config.confidence,
        artifactName: config.artifactName,
        git: gitInfo(commitOf(context), cwd),
        summary: true,
      },
      {
        baselines: {
          // The GitHub client loads once the current runs are read, so a missing metrics file is said first.
          async resolve(request) {
            const [{ gitHubBaselines }, { githubClient }] = await Promise.all([import('./baselines.ts'), import('@crucible/action-kit/github')]);
            const client = await githubClient(config.token, context);
            const baselinePath = config.baselinePath === undefined ? undefined : resolve(cwd, config.baselinePath);
            return gitHubBaselines({ context, client, artifactName: config.artifactName, maxDepth: config.baselineMaxDepth, baselinePath, log: runnerLog, now: () => systemClock.now() }).resolve(request);
          },
        },
        evidence: artifactEvidenceStore(context, 'comparison'),
        log: runnerLog,
        clock: systemClock,
      },
    );
  });
}
