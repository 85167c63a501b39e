/**
 * Why git or GitHub would refuse `name` as a tag (the part after refs/tags/), or undefined when both take it.
 *
 * git check-ref-format's rules (git-scm.com/docs/git-check-ref-format): no component begins with "." or ends
 * with ".lock"; no ".."; no control characters, space, "~", "^", ":", "?", "*", "[" or "\"; no leading,
 * trailing or doubled "/"; no trailing "."; no "@{"; not "@" alone. GitHub's pre-receive hook refuses more:
 * names of 40 hex digits (GH002, they read as commits) and names starting with "refs/". Each component is also a
 * file or folder name in the loose-ref store, so longer than 255 bytes fails on common file systems.
 *
 * GTO's own grammar already keeps most of these out, but not all: its folder part allows "..", a leading "." and
 * ".lock" components, its names allow "//", and a build suffix may end in ".lock".
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '@') return 'git refuses "@" alone as a ref name';
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\u0000-\u001f\u007f ~^:?*[\\]/.exec(name);
  if (forbidden !== null) {
    const char = forbidden[0];
    const code = char.charCodeAt(0);
    const shown = char === ' ' ? 'a space' : code < 0x20 || code === 0x7f ? `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `"${char}"`;
    return `it contains ${shown}, which git does not allow in ref names`;
  }
  if (name.includes('..')) return 'it contains "..", which git does not allow in ref names';
  if (name.includes('@{')) return 'it contains "@{", which git does not allow in ref names';
  if (name.startsWith('/') || name.endsWith('/')) return 'it starts or ends with "/", which git does not allow';
  if (name.includes('//')) return 'it contains "//", which git does not allow';
  if (name.endsWith('.')) return 'it ends with ".", which git does not allow';
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its part "${component}" starts with ".", which git does not allow`;
    if (component.endsWith('.lock')) return `its part "${component}" ends with ".lock", which git does not allow`;
    if (Buffer.byteLength(component, 'utf8') > 255) return `its part "${component.slice(0, 20)}..." is longer than 255 bytes, more than a file name may be`;
  }
  if (/^[0-9a-fA-F]{40}$/.test(name)) return 'GitHub refuses tag names of 40 hex digits (they read as commit ids)';
  if (name.startsWith('refs/')) return 'GitHub refuses tag names starting with "refs/"';
  return undefined;
}
