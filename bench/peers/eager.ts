// Peer: what upload-artifact and cache load at start-up, @actions/artifact and @actions/cache imported eagerly.
import * as artifact from '@actions/artifact';
import * as cache from '@actions/cache';
import * as core from '@actions/core';

try {
  core.getInput('data', { required: true });
  core.debug(`${typeof artifact.DefaultArtifactClient} ${typeof cache.saveCache}`);
} catch (error) {
  core.setFailed((error as Error).message);
}
