import { describe, expect, it } from 'vitest';
import { MARKER, renderReadme, staleReadmes } from '../scripts/docs.ts';

describe('action READMEs', () => {
  it('match their action.yml (run `pnpm build:docs` after editing an action.yml)', () => {
    expect(staleReadmes()).toEqual([]);
  });

  it('keep the hand-written part and regenerate the tables', () => {
    const manifest = 'inputs:\n  data:\n    description: A | piped value\n    required: true\noutputs:\n  rows:\n    description: Rows.\n';
    const readme = renderReadme(`# x\n\nHand-written.\n\n${MARKER}\nold tables\n`, manifest);
    expect(readme).toContain('# x\n\nHand-written.\n\n');
    expect(readme).not.toContain('old tables');
    expect(readme).toContain('| `data` | A \\| piped value | yes      |');
    expect(readme).toContain('| `rows` | Rows.       |');
  });
});
