import { describe, expect, it } from 'vitest';
import type { GitInfo } from '../src/evidence/common.ts';
import type { FoundEvidence } from '../src/evidence/read.ts';
import { renderReport } from '../src/report/render.ts';
import type { ReportInput } from '../src/report/types.ts';
import { comparison, example, run } from './fixtures/report/example.ts';

const HEAD = 'f'.repeat(40);
const MERGE = 'a'.repeat(40);
const OTHER_HEAD = 'e'.repeat(40);
const OTHER_MERGE = 'b'.repeat(40);
const WARNING = 'Evidence records other commits than this one';

/** The example's comparison and run, each recording `git`, in a report about `sha`. */
function reportAbout(sha: string | null, ...gits: GitInfo[]): string {
  const documents = [comparison, run];
  const evidence = gits.map((git, i) => {
    const found = documents[i % documents.length] as FoundEvidence;
    return { ...found, path: `/e/${i}/${found.kind}.json`, document: { ...found.document, git } } as FoundEvidence;
  });
  const input: ReportInput = { ...example, evidence, refused: [], context: { ...example.context, sha } };
  return renderReport(input, { maxChars: 65_536 }).markdown;
}

describe('the provenance warning', () => {
  it("stays quiet on a pull request's report about its head commit when the jobs recorded the merge commit beside it", () => {
    const markdown = reportAbout(HEAD, { sha: MERGE, ref: 'refs/pull/7/merge', headSha: HEAD }, { sha: MERGE, ref: 'refs/pull/7/merge', headSha: HEAD });
    expect(markdown).not.toContain(WARNING);
    expect(markdown).not.toContain('⚠️');
  });

  it.each([
    ['the head commit', HEAD],
    ['the merge commit', MERGE],
  ])('stays quiet when the report is about %s', (_, sha) => {
    expect(reportAbout(sha, { sha: MERGE, ref: 'refs/pull/7/merge', headSha: HEAD })).not.toContain(WARNING);
  });

  it('stays quiet for evidence written before headSha existed, on the commit it records', () => {
    expect(reportAbout(MERGE, { sha: MERGE, ref: null })).not.toContain(WARNING);
  });

  it('warns when evidence comes from an earlier push of the pull request, naming that head commit', () => {
    const markdown = reportAbout(HEAD, { sha: MERGE, ref: 'refs/pull/7/merge', headSha: HEAD }, { sha: OTHER_MERGE, ref: 'refs/pull/7/merge', headSha: OTHER_HEAD });
    expect(markdown).toContain(WARNING);
    expect(markdown).toContain(`/commit/${OTHER_HEAD}`);
    expect(markdown).not.toContain(`/commit/${OTHER_MERGE}`);
  });

  it('warns about old evidence of another commit, and about evidence that records none', () => {
    const markdown = reportAbout(HEAD, { sha: OTHER_MERGE, ref: null }, null);
    expect(markdown).toContain(WARNING);
    expect(markdown).toContain(`/commit/${OTHER_MERGE}`);
    expect(markdown).toContain('1 evidence document records no commit.');
  });
});
