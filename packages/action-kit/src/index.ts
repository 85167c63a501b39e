// Artifacts (@actions/artifact) and the GitHub client (Octokit) live behind their own entry points,
// '@crucible/action-kit/artifacts' and '@crucible/action-kit/github', so that an action which does not use them
// does not bundle them.
export { baselineEventOf, commitOf, pullRequestOf, readContext, type RunContext } from './context.ts';
export {
  type CamelKeys,
  type InputShape,
  type InputsOf,
  type InputSource,
  booleanInput,
  camelCase,
  choiceInput,
  integerInput,
  listInput,
  numberInput,
  optional,
  patternInput,
  readInputs,
  sharedInputs,
  textInput,
  throwOnRenamedInputs,
  withDefault,
} from './inputs.ts';
export { type JobIdentity, type JobIdentityPorts, readJobIdentity } from './oidc.ts';
export { actionInputs, applyFailure, applyOutcome, failureOf, reportFailure, runAction } from './run-action.ts';
