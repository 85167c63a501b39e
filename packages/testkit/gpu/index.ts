import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The absolute path of the folder that holds the stand-in `nvidia-smi` and `rocm-smi`. Prepend it to PATH in the
 * environment handed to the code under test (never to process.env); the knobs are in this folder's README.md.
 */
export function standInGpuBin(): string {
  return dirname(fileURLToPath(import.meta.url));
}
