export {
  pullRequestEvent,
  pushEvent,
  workflowDispatchEvent,
  workflowRunEvent,
  type GitHubEvent,
  type PullRequestEventOptions,
  type PushEventOptions,
  type WorkflowDispatchEventOptions,
  type WorkflowRunEventOptions,
} from './events.ts';
export { ActionManifestError, runAction, type ActionRun, type PhaseRun, type RunActionOptions } from './simulator.ts';
export type { Annotation, AnnotationLevel, Phase } from './workflow-commands.ts';
export { type JobResult, type PipelineJob, type PipelineOptions, type PipelineResult, type PipelineStep, runPipeline, type StepOutputs } from './pipeline.ts';
