import { signedBlobUrl } from '../blobs.ts';
import { HttpError, notFound, type Reply, type Request } from '../http.ts';
import type { Router } from '../router.ts';
import type { Context } from '../server.ts';
import type { Artifact, Repo } from '../state.ts';
import { repoOf } from './common.ts';
import { paginate } from './shapes.ts';

/**
 * GitHub's REST artifact endpoints, as download-artifact and @actions/artifact's `findBy` use them to reach another
 * run's artifacts: list (per run and per repository), get, download (a 302 to a signed blob URL) and delete.
 */

/** GitHub's download redirect works for one minute. */
const DOWNLOAD_URL_TTL_MS = 60_000;

/** A finalized artifact of `repo`; another repository's artifact is Not Found, as on GitHub. */
function artifactOf(context: Context, repo: Repo, req: Request): Artifact {
  const artifact = context.state.artifacts.get(Number(req.params.artifact_id));
  if (artifact === undefined || !artifact.finalized || !repo.runs.has(artifact.runId)) throw notFound();
  return artifact;
}

/** The `artifact` schema of GitHub's OpenAPI description. */
function artifactJson({ state, urls }: Context, repo: Repo, artifact: Artifact): Record<string, unknown> {
  const url = `${urls.api}/repos/${repo.fullName}/actions/artifacts/${artifact.id}`;
  const run = repo.runs.get(artifact.runId);
  const [headOwner = '', headName = ''] = run?.headRepository.split('/') ?? [];
  return {
    id: artifact.id,
    node_id: Buffer.from(`08:Artifact${artifact.id}`).toString('base64'),
    name: artifact.name,
    size_in_bytes: artifact.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: state.isExpired(artifact),
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.createdAt,
    digest: artifact.digest,
    workflow_run:
      run === undefined
        ? null
        : {
            id: run.id,
            repository_id: repo.id,
            head_repository_id: state.repo(headOwner, headName)?.id ?? repo.id,
            // The schema types head_branch as a string; a run without a branch leaves it out.
            ...(run.headBranch === null ? {} : { head_branch: run.headBranch }),
            head_sha: run.headSha,
          },
  };
}

function listReply(context: Context, req: Request, repo: Repo, artifacts: Artifact[]): Reply {
  const name = req.url.searchParams.get('name');
  const named = name === null ? artifacts : artifacts.filter((artifact) => artifact.name === name);
  const { page, headers } = paginate(named, req.url);
  return {
    status: 200,
    headers,
    body: { total_count: named.length, artifacts: page.map((artifact) => artifactJson(context, repo, artifact)) },
  };
}

function listRunArtifacts(context: Context, req: Request): Reply {
  const repo = repoOf(context, req);
  const run = repo.runs.get(Number(req.params.run_id));
  if (run === undefined) throw notFound();
  const ascending = req.url.searchParams.get('direction') === 'asc';
  const artifacts = context.state.runArtifacts(run.id).sort((a, b) => (ascending ? a.id - b.id : b.id - a.id));
  return listReply(context, req, repo, artifacts);
}

function listRepoArtifacts(context: Context, req: Request): Reply {
  const repo = repoOf(context, req);
  const artifacts = [...context.state.artifacts.values()]
    .filter((artifact) => artifact.finalized && repo.runs.has(artifact.runId))
    .sort((a, b) => b.id - a.id);
  return listReply(context, req, repo, artifacts);
}

function getArtifact(context: Context, req: Request): Reply {
  const repo = repoOf(context, req);
  return { status: 200, body: artifactJson(context, repo, artifactOf(context, repo, req)) };
}

function downloadArtifact(context: Context, req: Request): Reply {
  const repo = repoOf(context, req);
  const artifact = artifactOf(context, repo, req);
  // `zip` is the only archive format GitHub documents.
  if (req.params.archive_format !== 'zip') throw notFound();
  if (context.state.isExpired(artifact)) throw new HttpError(410, 'Artifact has expired');
  const location = signedBlobUrl(context, artifact.blob, { write: false, expiresInMs: DOWNLOAD_URL_TTL_MS });
  return { status: 302, headers: { location } };
}

function deleteArtifact(context: Context, req: Request): Reply {
  const repo = repoOf(context, req);
  const artifact = artifactOf(context, repo, req);
  context.state.artifacts.delete(artifact.id);
  context.state.blobs.delete(artifact.blob);
  return { status: 204 };
}

/** Registers the artifact endpoints; the more specific templates come first because the router matches in order. */
export function registerArtifacts(router: Router, context: Context): void {
  const base = '/repos/{owner}/{repo}/actions';
  router.add('GET', `${base}/runs/{run_id}/artifacts`, (req) => listRunArtifacts(context, req), { needs: ['actions', 'read'] });
  router.add('GET', `${base}/artifacts/{artifact_id}/{archive_format}`, (req) => downloadArtifact(context, req), { needs: ['actions', 'read'] });
  router.add('GET', `${base}/artifacts/{artifact_id}`, (req) => getArtifact(context, req), { needs: ['actions', 'read'] });
  router.add('DELETE', `${base}/artifacts/{artifact_id}`, (req) => deleteArtifact(context, req), { needs: ['actions', 'write'] });
  router.add('GET', `${base}/artifacts`, (req) => listRepoArtifacts(context, req), { needs: ['actions', 'read'] });
}
