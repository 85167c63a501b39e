import { resolve } from 'node:path';
import { actionInputs, readContext, runAction } from '@crucible/action-kit';
import { inputs } from './inputs.ts';

/** Inputs -> the report step over the runner's ports and GitHub -> the outcome applied (by runAction). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const config = actionInputs(inputs);
    const context = readContext();
    // The renderer, the evidence readers and the GitHub client load only once inputs and context check out.
    const [{ reportStep }, { reportGitHub }, { artifactEvidenceStore, runnerLog }, { githubClient }, { CHECK_TEXT_LIMIT, COMMENT_LIMIT }] = await Promise.all([
      import('./step.ts'),
      import('./github.ts'),
      import('@crucible/action-kit/ports'),
      import('@crucible/action-kit/github'),
      import('@crucible/github'),
    ]);
    const client = await githubClient(config.token, context);
    return reportStep(
      {
        cwd: resolve(context.workspace, config.workingDirectory),
        workspace: context.workspace,
        config: { path: config.config, explicit: config.config !== 'crucible.yml' },
        evidence: config.evidence,
        evidencePattern: config.evidencePattern,
        reportId: config.reportId,
        commentMode: config.commentMode,
        checkRun: config.checkRun,
        commitComment: config.commitComment,
        eventName: context.eventName,
        artifactName: config.artifactName,
        links: {
          repository: `${context.owner}/${context.repo}`,
          serverUrl: context.serverUrl,
          runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
        },
        onBadEvidence: 'refuse',
        git: null,
        limits: { comment: COMMENT_LIMIT, checkText: CHECK_TEXT_LIMIT },
      },
      { github: reportGitHub(client, context, runnerLog), evidence: artifactEvidenceStore(context, 'report'), log: runnerLog },
    );
  });
}
