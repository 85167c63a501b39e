export {
  type CamelKeys,
  type InputSource,
  booleanInput,
  camelCase,
  choiceInput,
  integerInput,
  listInput,
  numberInput,
  readInputs,
  sharedInputs,
  throwOnRenamedInputs,
} from './inputs.ts';
export { actionInputs, reportFailure, runAction } from './run-action.ts';
