export { ConfigError, CrucibleError, InputError, NotImplementedError, isCrucibleError } from './errors.ts';
export { dottedPath, formatIssues } from './issues.ts';
