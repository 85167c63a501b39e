import { CrucibleError } from '@crucible/core';
import * as z from 'zod/mini';

/**
 * GitHub answered, but without a field Crucible reads, or with one of another type: a GitHub Enterprise Server too
 * old for the endpoint, a proxy in between, or an API change. The promote and deploy steps must not guess at a
 * missing approval or tag, so the call fails closed, naming the call and the field.
 */
export class GitHubResponseError extends CrucibleError {
  readonly call: string;
  readonly fields: string[];
  constructor(call: string, problems: Array<{ field: string; message: string }>) {
    const listed = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    super(
      `GitHub's answer to ${call} does not have what Crucible reads (${listed}). ` +
        'On GitHub Enterprise Server this endpoint may need a newer version; elsewhere, report it with the request id from the debug log.',
    );
    this.name = 'GitHubResponseError';
    this.call = call;
    this.fields = problems.map((problem) => problem.field);
  }
}

/** Checks the fields of a REST answer that the caller uses (unknown fields pass), or throws GitHubResponseError. */
export function checked<T>(schema: z.ZodMiniType<T>, data: unknown, call: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new GitHubResponseError(
    call,
    result.error.issues.slice(0, 5).map((issue) => ({
      field: issue.path.length === 0 ? '(body)' : issue.path.map(String).join('.'),
      message: issue.code === 'invalid_type' ? `missing or not a ${issue.expected}` : issue.message,
    })),
  );
}

/** The HTTP status of an Octokit error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's message and `errors[]` of an error answer, joined, to tell one 422 from another. */
export function errorText(error: unknown): string {
  const data = (error as { response?: { data?: { message?: unknown; errors?: unknown } } } | null)?.response?.data;
  const parts = [typeof data?.message === 'string' ? data.message : String((error as { message?: unknown } | null)?.message ?? '')];
  if (Array.isArray(data?.errors)) parts.push(JSON.stringify(data.errors));
  return parts.join(' ');
}
