import picomatch from 'picomatch';

/**
 * Crucible's one glob dialect, for metric rules (`eval/*`, `*loss`) and artifact names (`crucible-run-*`):
 * - `*` matches any run of characters, "/" and "." included (`eval/*` covers `eval/top1/acc`): metric names use
 *   "/" as a separator, not as a directory, so picomatch's bash mode (a single star is a globstar) is used;
 * - `?` matches one character other than "/"; `[abc]`, `[a-z]` and `{a,b}` work as in a shell;
 * - names starting with "." match like any other (`dot`); a leading "!" is literal, not a negation, and `+(a|b)`
 *   style extglobs are off, so a pattern never means "everything but";
 * - a pattern always matches the name it spells exactly, whatever characters that name holds (`acc[0]`).
 * Matching is case-sensitive and the same on every platform (no Windows path rules).
 */
const OPTIONS: picomatch.PicomatchOptions = { bash: true, dot: true, nonegate: true, noextglob: true, windows: false };

// Rules are matched against every metric of every run: compile each pattern once. Bounded, since the patterns
// come from configuration and inputs and are few; past the bound the oldest is dropped.
const CACHE_LIMIT = 256;
const cache = new Map<string, (name: string) => boolean>();

/** A predicate for `pattern` in Crucible's glob dialect (see above). */
export function globMatcher(pattern: string): (name: string) => boolean {
  let matcher = cache.get(pattern);
  if (matcher === undefined) {
    const test = picomatch(pattern, OPTIONS);
    matcher = (name: string) => name === pattern || test(name);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(pattern, matcher);
  }
  return matcher;
}

/** Whether `text` holds glob syntax (`*`, `?`, `[...]`, `{a,b}`), as opposed to naming one thing exactly. */
export function isGlob(text: string): boolean {
  return picomatch.scan(text, { nonegate: true }).isGlob;
}
