export { startLoopbackGitHub, type StartOptions } from './github/index.ts';
export type { FaultKind, FaultRule } from './github/faults.ts';
export { HttpError, type Reply, type Request, type Scopes, type TokenIdentity } from './github/http.ts';
export type { Router } from './github/router.ts';
export type { Context, LoopbackGitHub, RequestRecord, Urls } from './github/server.ts';
export { DEFAULT_TOKEN, type RepoSeed, type RunSeed, type Seed, State, shaOf } from './github/state.ts';
export { standardSeed } from './fixtures.ts';
export * from './runner/index.ts';
export { standInGpuBin } from '../gpu/index.ts';
