/**
 * The Actions runtime token: a JWT whose `scp` claim carries `Actions.Results:<runBackendId>:<jobBackendId>`.
 * @actions/artifact and @actions/cache only decode it, so it is unsigned here ("alg": "none").
 */
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function runtimeToken(runBackendId: string, jobBackendId: string, nowSeconds: number): string {
  const claims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
    iat: nowSeconds,
    exp: nowSeconds + 6 * 3600,
    iss: 'loopback-github',
  };
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode(claims)}.`;
}

/** The run and job backend ids of a runtime token, or undefined when it is not one. */
export function scopeOf(authorization: string | undefined): { runBackendId: string; jobBackendId: string } | undefined {
  const token = authorization?.replace(/^Bearer\s+/i, '');
  const payload = token?.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string };
    const scope = claims.scp?.split(' ').find((part) => part.startsWith('Actions.Results:'));
    const [, runBackendId, jobBackendId] = scope?.split(':') ?? [];
    return runBackendId && jobBackendId ? { runBackendId, jobBackendId } : undefined;
  } catch {
    return undefined;
  }
}
