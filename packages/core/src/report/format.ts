/** Numbers for people: up to 4 significant digits, no exponent for everyday magnitudes, a sign where asked. */
export function formatNumber(value: number | null | undefined, options: { sign?: boolean } = {}): string {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return String(value);
  const sign = options.sign === true && value > 0 ? '+' : '';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e9)) return `${sign}${value.toExponential(3)}`;
  return `${sign}${Number(value.toPrecision(4))}`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value > 0 ? '+' : ''}${Number(value.toPrecision(3))}%`;
}

/** "3 days", "5 hours", "just now" for an age in days. */
export function formatAge(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'unknown age';
  if (days >= 2) return `${Math.round(days)} days old`;
  const hours = days * 24;
  if (hours >= 2) return `${Math.round(hours)} hours old`;
  return 'less than 2 hours old';
}

/** "850 ms", "42.5 s", "3 min 20 s", "2 h 05 min" for a duration in seconds. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${Number(seconds.toPrecision(3))} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/** "512 MiB", "79.6 GiB" for memory in MiB, as nvidia-smi counts it: three significant digits from 1 GiB up. */
export function formatMemory(mib: number): string {
  if (!Number.isFinite(mib) || mib < 0) return '—';
  if (mib < 1024) return `${Math.round(mib)} MiB`;
  return `${formatNumber(Number((mib / 1024).toPrecision(3)))} GiB`;
}
