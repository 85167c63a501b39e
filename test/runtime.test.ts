import { describe, expect, it } from 'vitest';

describe('the test runtime', () => {
  it('is the Node 24 that the set-up installs, as GitHub runs the actions on node24', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
