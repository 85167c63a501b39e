import { isCollection, isNode, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from './errors.ts';
import { readTextSafely } from './fs/safe-file.ts';
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
  const result = schema.safeParse(toPlainData(document, file) ?? {});
  if (result.success) return { data: result.data, lineOf: (path) => lineOf(document.contents, path, lines) };
  const problems = result.error.issues.map((issue) => {
    const line = lineOf(document.contents, issue.path, lines);
    return `${file}${line === undefined ? '' : `:${line}`}: ${dottedPath(issue.path)}: ${issue.message}`;
  });
  throw new ConfigError(problems.join('\n'));
}

/** The most aliases a file may expand: a config needs a few; "billion laughs" needs millions. */
export const MAX_YAML_ALIASES = 100;

/**
 * A parsed document as plain data. An alias bomb (anchors that expand into each other) is one line naming the
 * file, not yaml's ReferenceError with a stack trace.
 */
function toPlainData(document: ReturnType<typeof parseDocument>, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      throw new ConfigError(
        `${file}: the YAML expands aliases (*name) too often (more than ${MAX_YAML_ALIASES} times), as an alias bomb does; ` +
          'write the values out, or use fewer aliases.',
        { cause: error },
      );
    }
    throw error;
  }
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

/** crucible.yml and data schemas are a few KiB; the cap keeps a hostile one (or /dev/zero) from filling memory. */
export const MAX_YAML_FILE_BYTES = 4 * 1024 * 1024;

/**
 * The text of a YAML file a person wrote: a regular file (never a FIFO, device or /proc file), no link out of the
 * workspace, at most MAX_YAML_FILE_BYTES, UTF-8. File-system errors become one line naming the file.
 */
export function readYamlText(path: string, label: string, workspace: string | undefined): string {
  try {
    return readTextSafely(path, {
      maxBytes: MAX_YAML_FILE_BYTES,
      label,
      workspace,
      tooLarge: (name, bytes) => new ConfigError(`${name}: ${bytes} bytes is over the ${MAX_YAML_FILE_BYTES}-byte limit for a YAML file; point at the YAML file you wrote.`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === undefined) throw error;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    throw new ConfigError(`${label}: cannot read the file (${why}); check the path.`, { cause: error });
  }
}
