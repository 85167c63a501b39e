// Peer: the least a JavaScript action can load, @actions/core alone, failing on a missing input.
import * as core from '@actions/core';

try {
  core.getInput('data', { required: true });
} catch (error) {
  core.setFailed((error as Error).message);
}
