import { createHash } from 'node:crypto';
import { InputError } from '@crucible/core/errors';

/** The artifact names of this leg: crucible-run-<job>[-<matrix values>] unless `artifact-name` says otherwise. */
export function artifactNames(config: { artifactName?: string | undefined; matrix?: string | undefined }, job: string): { evidence: string; log: string; model: string } {
  let evidence = config.artifactName;
  if (evidence === undefined) {
    let leg = '';
    if (config.matrix !== undefined && config.matrix !== 'null' && config.matrix.trim() !== '') {
      try {
        const matrix = JSON.parse(config.matrix) as unknown;
        if (matrix !== null && typeof matrix === 'object') {
          leg = Object.entries(matrix as Record<string, unknown>)
            .map(([key, value]) => `${key}-${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
            .join('-');
        }
      } catch {
        throw new InputError(`matrix: "${config.matrix.slice(0, 80)}" is not JSON. Leave the input at its default (\${{ toJSON(matrix) }}).`);
      }
    }
    evidence = `crucible-run-${job || 'train'}${leg === '' ? '' : `-${leg}`}`;
  }
  // Artifact names may not hold " : < > | * ? \ / or line breaks; a long one keeps a hash of the whole, so two
  // legs that differ only at the end still get names of their own.
  evidence = evidence.replace(/["<>|*?:\\/\r\n]+/g, '_');
  if (evidence.length > 200) evidence = `${evidence.slice(0, 187)}-${createHash('sha256').update(evidence).digest('hex').slice(0, 12)}`;
  const suffix = evidence.startsWith('crucible-run-') ? evidence.slice('crucible-run-'.length) : evidence;
  // Not crucible-*: report downloads every crucible-* artifact as evidence, and a model can be gigabytes.
  return { evidence, log: `train-log-${suffix}`, model: `model-${suffix}` };
}
