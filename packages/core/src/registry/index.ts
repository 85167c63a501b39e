export { RegistryError } from './errors.ts';
export { refNameProblem } from './ref-name.ts';
export {
  type Bump,
  bumpVersion,
  compareSemVer,
  compareVersions,
  formatVersion,
  nextVersion,
  normalizeVersion,
  parseBump,
  parseVersion,
  type SemVer,
  tryParseVersion,
} from './semver.ts';
export {
  formatRegistryTag,
  modelToTagPart,
  nextCounter,
  parseRegistryTag,
  type RegistryAction,
  type RegistryTagName,
  tagPartToModel,
  validateModelName,
  validateStage,
  validateTagName,
  versionsNamed,
  type WritableRegistryTagName,
} from './tag-name.ts';
export { heldStages, isDeprecated, registeredVersion, type RegistryModel, type RegistryState, type RegistryTag, type RegistryVersion, registryState, type StageHolder, stageHolder } from './state.ts';
export { MAX_TAG_MESSAGE_BYTES, parseRegistryTagMessage, registryTagMessage } from './message.ts';
