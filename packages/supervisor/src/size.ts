import { InputError } from '@crucible/core/errors';

const SIZE_POWERS: Record<string, number> = { k: 1, m: 2, g: 3, t: 4, p: 5 };

/**
 * Bytes in a size like "16GB", "24GiB", "1.5 TB", "512MiB" or "1073741824" (a bare number is bytes). KB, MB, GB,
 * TB and PB (and K, M, G, T, P) count in 1000s, as vendors label GPUs and disks; KiB, MiB, GiB, TiB and PiB count in
 * 1024s, as nvidia-smi's MiB do. So the size a GPU is sold as passes it: "80GB" (76294 MiB) for an H100 80GB that
 * reports 81559 MiB, "24GB" for an A10G's 23028 MiB, "16GB" for a T4's 15360 MiB, where 1024s would refuse all
 * three. Case and a space before the unit do not matter. Throws InputError naming the text otherwise.
 */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgtp])(?:(i)b|b)?|b)?\s*$/i.exec(text);
  if (match === null) {
    throw new InputError(
      `Size ${JSON.stringify(text)} is not a size: write a number with a unit, like 16GB, 24GiB, 512MiB or 1.5TB ` +
        '(KB, MB, GB and TB count in 1000s, KiB, MiB, GiB and TiB in 1024s), or a bare number of bytes.',
    );
  }
  const power = SIZE_POWERS[(match[2] ?? '').toLowerCase()] ?? 0;
  return Math.round(Number(match[1]) * (match[3] === undefined ? 1000 : 1024) ** power);
}
