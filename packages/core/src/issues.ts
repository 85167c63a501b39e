import type { z } from 'zod';

/**
 * Turns zod issues into one line per problem, `path: message`, never raw JSON. `describePath` lets each caller
 * name the path the way its user wrote it: an action input (`Input "tolerance"`), a YAML path
 * (`crucible.yml: metrics.rules[2].tolerance`) or a JSON field.
 */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  describePath: (path: readonly PropertyKey[]) => string = dottedPath,
): string {
  return issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`).join('\n');
}

/** `metrics.rules[2].tolerance`, or `(root)` for the document itself. */
export function dottedPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
