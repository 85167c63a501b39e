import { InputError } from '@crucible/core/errors';

const UNITS: Record<string, number> = { d: 86_400, h: 3_600, m: 60, s: 1, ms: 0.001 };

/**
 * Seconds from a time budget as people write it: a bare number of seconds ("3600", "90.5"), or a duration of
 * units d, h, m, s and ms in decreasing order ("5h30m", "1h 30m", "45m", "1.5h", "2d"). `what` names the input in
 * the error.
 */
export function parseDuration(text: string, what: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return positive(Number(trimmed), text, what);
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)\s*/gy)];
  const consumed = parts.reduce((sum, part) => sum + part[0].length, 0);
  const order = parts.map((part) => Object.keys(UNITS).indexOf(part[2] as string));
  const ordered = order.every((index, i) => i === 0 || index > (order[i - 1] as number));
  if (parts.length === 0 || consumed !== trimmed.length || !ordered) {
    throw new InputError(
      `${what}: "${text}" is not a duration. Write seconds ("3600") or units in decreasing order: d, h, m, s, ms ("5h30m", "45m", "1.5h").`,
    );
  }
  return positive(
    parts.reduce((sum, part) => sum + Number(part[1]) * (UNITS[part[2] as string] as number), 0),
    text,
    what,
  );
}

function positive(seconds: number, text: string, what: string): number {
  if (!(seconds > 0) || !Number.isFinite(seconds)) throw new InputError(`${what}: "${text}" must be more than zero seconds.`);
  return seconds;
}

/** "5h30m", "12m 5s", "3.2s": how long something took, for logs. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Number(seconds.toFixed(1))}s`;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 && h === 0 ? `${s}s` : ''].join('') || '0s';
}
