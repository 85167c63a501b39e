import type { Reply, Request, Scope } from './http.ts';

export type Handler = (req: Request) => Reply | Promise<Reply>;

/** A route is named by its OpenAPI path template, which is also its key in the request log and the validator. */
export type Route = {
  method: string;
  template: string;
  handler: Handler;
  /** The permission the token needs: `[scope, 'read' | 'write']`. */
  needs?: [Scope, 'read' | 'write'];
  /** Validate the answer against GitHub's OpenAPI description (REST routes); off for Twirp and blobs. */
  openapi: boolean;
  /** The OpenAPI path when the served one differs (release asset uploads live under another origin on GitHub). */
  operation?: string;
};

type Compiled = Route & { pattern: RegExp; names: string[]; greedy: boolean };

const GREEDY = /^\{(ref|path|basehead)\}$/;

function compile(template: string): { pattern: RegExp; names: string[]; greedy: boolean } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (!part.startsWith('{')) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(part.slice(1, -1));
      // {ref} and {path} may hold slashes (refs/heads/main, a/b.json); other parameters are one segment.
      return GREEDY.test(part) ? '(.+)' : '([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names, greedy: template.split(/(\{[^}]+\})/).some((part) => GREEDY.test(part)) };
}

export class Router {
  readonly #routes: Compiled[] = [];

  /**
   * Routes whose parameters may hold slashes ({ref}, {path}) are tried after all others, so that
   * `/commits/{ref}` never swallows `/commits/{commit_sha}/pulls`, whatever the order of registration; among
   * themselves, longer templates first (`/commits/{ref}/check-runs` before `/commits/{ref}`).
   */
  add(
    method: string,
    template: string,
    handler: Handler,
    options: { needs?: Route['needs']; openapi?: boolean; operation?: string } = {},
  ) {
    const route = {
      method,
      template,
      handler,
      needs: options.needs,
      openapi: options.openapi ?? true,
      operation: options.operation,
      ...compile(template),
    };
    const segments = (template: string) => template.split('/').length;
    const before = this.#routes.findIndex((existing) =>
      route.greedy ? existing.greedy && segments(existing.template) < segments(template) : existing.greedy,
    );
    if (before === -1) this.#routes.push(route);
    else this.#routes.splice(before, 0, route);
    return this;
  }

  /** The route for a request and its decoded parameters; `methods` lists the verbs the path does answer to. */
  match(method: string, path: string): { route?: Route; params: Record<string, string>; methods: string[] } {
    const methods: string[] = [];
    for (const route of this.#routes) {
      const found = route.pattern.exec(path);
      if (found === null) continue;
      if (route.method !== method) {
        methods.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')));
      return { route, params, methods };
    }
    return { params: {}, methods };
  }
}
