import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ResponseValidator } from './server.ts';

/**
 * Checks the loopback GitHub's REST answers against GitHub's own OpenAPI description (@octokit/openapi), so the
 * emulator cannot drift from the real API unnoticed. Loading the 13 MB description costs a few hundred ms, so it
 * happens once per process and each operation's schema is compiled on first use.
 */

type Operation = { responses?: Record<string, unknown> };
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, unknown> };
};

const DOCUMENT_ID = 'github-openapi.json';
let loaded: { document: OpenApi; ajv: Ajv } | undefined;
const compiled = new Map<string, ValidateFunction | string>();

function load(): { document: OpenApi; ajv: Ajv } {
  if (loaded !== undefined) return loaded;
  const require = createRequire(import.meta.url);
  const path = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const document = withoutNullable(JSON.parse(readFileSync(path, 'utf8'))) as OpenApi;
  // GitHub's description is OpenAPI 3.0: `example` and vendor keys sit beside JSON Schema keywords.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  // ajv-formats is CommonJS; under Node its export sits on `default`, under vite's interop it may not.
  const add = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  (add as unknown as (ajv: Ajv) => void)(ajv);
  for (const format of ['int32', 'int64', 'binary', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) ajv.addFormat(format, true);
  // GitHub sends "" for URLs that were never set (a deployment status without log_url), though the description
  // says `format: uri`; anything else must parse as an absolute URL.
  ajv.addFormat('uri', { type: 'string', validate: (text: string) => text === '' || URL.canParse(text) });
  ajv.addSchema(document as object, DOCUMENT_ID);
  loaded = { document, ajv };
  return loaded;
}

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms: `null` joins the `type` list (and the `enum`, if any), or,
 * beside `allOf`/`$ref` with no type of its own, the schema becomes `anyOf: [schema, {type: 'null'}]`.
 */
function withoutNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNullable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== 'nullable') out[key] = withoutNullable(value);
  if ((node as Record<string, unknown>)['nullable'] !== true) return out;
  if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  if (typeof out['type'] === 'string') return { ...out, type: [out['type'], 'null'] };
  if (Array.isArray(out['type'])) return { ...out, type: [...out['type'], 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

type ResponseSpec = { $ref?: string; content?: Record<string, { schema?: unknown }> };

/** The JSON schema pointer of one documented response, or a reason why there is none. */
function responseSchema(document: OpenApi, method: string, template: string, status: number): string | undefined | Error {
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (operation === undefined) return new Error(`${method} ${template} is not an operation in GitHub's OpenAPI description`);
  const responses = operation.responses ?? {};
  const key = String(status) in responses ? String(status) : 'default' in responses ? 'default' : undefined;
  if (key === undefined) {
    // GitHub does not document every error status of every operation; an error answer must still be an error body.
    return status >= 400 ? `#/components/schemas/basic-error` : new Error(`status ${status} is not documented for ${method} ${template}`);
  }
  let spec = responses[key] as ResponseSpec;
  let base = `#/paths/${pointer(template, method.toLowerCase())}/responses/${key}`;
  if (spec.$ref !== undefined) {
    base = spec.$ref;
    spec = document.components.responses[spec.$ref.split('/').pop() ?? ''] as ResponseSpec;
  }
  const media = Object.keys(spec.content ?? {}).find((type) => type.includes('json'));
  // Some error statuses are documented without a body (a release asset's 422 already_exists, a deployment's 409),
  // yet GitHub sends its error JSON with them all the same.
  if (media === undefined) return status >= 400 ? `#/components/schemas/basic-error` : undefined;
  return `${base}/content/${pointer(media)}/schema`;
}

/** Validates one answer; returns one line per problem, none when it fits. */
export const validateResponse: ResponseValidator = (method, template, status, body) => {
  const { document, ajv } = load();
  const cacheKey = `${method} ${template} ${status}`;
  let validate = compiled.get(cacheKey);
  if (validate === undefined) {
    const schema = responseSchema(document, method, template, status);
    if (schema instanceof Error) validate = schema.message;
    else if (schema === undefined) validate = '';
    else validate = ajv.getSchema(`${DOCUMENT_ID}${schema}`) ?? `no schema at ${schema}`;
    compiled.set(cacheKey, validate);
  }
  if (typeof validate === 'string') {
    if (validate !== '') return [validate];
    return body === undefined || body === '' ? [] : [`${cacheKey} documents no JSON body, but one was sent`];
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 20).map((error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}${
    error.params && 'missingProperty' in error.params ? '' : ` (${JSON.stringify(error.params)})`
  }`);
};
