import { isCollection, isNode, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from './errors.ts';
import { dottedPath } from './issues.ts';

/**
 * Parses a YAML file a person wrote and validates it with a zod schema. Every problem becomes one line naming the
 * file, the line and the YAML path (`crucible.yml:12: metrics.rules[2].tolerance: ...`), all of them at once.
 */
export function parseYamlFile<Schema extends z.ZodType>(text: string, file: string, schema: Schema): z.output<Schema> {
  return parseYamlDocument(text, file, schema).data;
}

/** As parseYamlFile, and also the line of any YAML path, for annotations that point into the file. */
export function parseYamlDocument<Schema extends z.ZodType>(
  text: string,
  file: string,
  schema: Schema,
): { data: z.output<Schema>; lineOf: (path: readonly PropertyKey[]) => number | undefined } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      const line = error.linePos?.[0]?.line;
      const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      return `${file}${line === undefined ? '' : `:${line}`}: ${message}`;
    });
    throw new ConfigError(`${problems.join('\n')}\nFix the YAML syntax.`);
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { data: result.data, lineOf: (path) => lineOf(document.contents, path, lines) };
  const problems = result.error.issues.map((issue) => {
    const line = lineOf(document.contents, issue.path, lines);
    return `${file}${line === undefined ? '' : `:${line}`}: ${dottedPath(issue.path)}: ${issue.message}`;
  });
  throw new ConfigError(problems.join('\n'));
}

/** The line of the deepest node that exists along `path` (a missing key points at its parent mapping). */
function lineOf(root: unknown, path: readonly PropertyKey[], lines: LineCounter): number | undefined {
  let node: unknown = root;
  let found: Node | undefined = isNode(root) ? root : undefined;
  for (const key of path) {
    if (!isCollection(node)) break;
    const next = node.get(typeof key === 'symbol' ? String(key) : key, true) as unknown;
    if (!isNode(next)) {
      // Point at the key itself when the value is missing or a plain scalar without a node.
      break;
    }
    node = next;
    found = next;
  }
  const offset = found?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}
