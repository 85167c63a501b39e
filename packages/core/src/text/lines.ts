/** Small helpers for pointing at a place in a text file, the way a person reads it (1-based lines). */

/** Drops a leading UTF-8 byte order mark, which editors on Windows and some Python writers add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The 1-based line and column of a character offset. Linear in the offset: meant for error messages only. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
