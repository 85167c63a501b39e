import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  formatRegistryTag,
  nextCounter,
  nextVersion,
  parseRegistryTag,
  parseRegistryTagMessage,
  parseVersion,
  refNameProblem,
  RegistryError,
  type RegistryTag,
  registryState,
  registryTagMessage,
  validateModelName,
  validateStage,
  versionsNamed,
  type WritableRegistryTagName,
} from '../src/index.ts';

describe('registry tag grammar', () => {
  // GTO's own examples (iterative/gto, tests/test_tag.py test_parse_name).
  it.each([
    ['path@v1.2.3', { action: 'register', model: 'path', version: 'v1.2.3' }],
    ['path@v1.2.3#5', { action: 'register', model: 'path', version: 'v1.2.3', counter: 5 }],
    ['path@v1.2.3!', { action: 'deregister', model: 'path', version: 'v1.2.3' }],
    ['path@v1.2.3!#2', { action: 'deregister', model: 'path', version: 'v1.2.3', counter: 2 }],
    ['path#stage', { action: 'assign', model: 'path', stage: 'stage' }],
    ['path#stage#1', { action: 'assign', model: 'path', stage: 'stage', counter: 1 }],
    ['path#stage!#2', { action: 'unassign', model: 'path', stage: 'stage', counter: 2 }],
    ['nn#prod!', { action: 'unassign', model: 'nn', stage: 'prod' }],
    ['rf@deprecated', { action: 'deprecate', model: 'rf' }],
    ['rf@deprecated#7', { action: 'deprecate', model: 'rf', counter: 7 }],
    ['rf@created#1', { action: 'create', model: 'rf', counter: 1 }],
    ['models/churn=churn-v2#prod#3', { action: 'assign', model: 'models/churn:churn-v2', stage: 'prod', counter: 3 }],
    ['nn@v1.0.0-alpha.beta', { action: 'register', model: 'nn', version: 'v1.0.0-alpha.beta' }],
    ['Churn_Model@v1.0.0+build.7', { action: 'register', model: 'Churn_Model', version: 'v1.0.0+build.7' }],
    ['team/churn@v2.0.0', { action: 'register', model: 'team/churn', version: 'v2.0.0' }],
    ['m#prod#007', { action: 'assign', model: 'm', stage: 'prod', counter: 7 }],
  ])('reads %s', (name, expected) => {
    expect(parseRegistryTag(name)).toEqual(expected);
  });

  // GTO's own list of names outside the grammar (tests/test_tag.py test_parse_wrong_names), and a few more.
  it.each([
    '',
    '###',
    '@@@',
    'model@v1',
    'nn#prod#-1',
    'model@v111',
    'model-prod',
    'model@0.0.1',
    'model-prod-v1',
    'model#prod#-1',
    'model#prod#1-2',
    'model#prod?#1-2',
    'model#prod@v1.2.3',
    'model@v1.2.3#prod',
    'model-prod-v1-stage',
    'model@prod@v1@stage-1',
    'namespace/model@0.0.1',
    '@namespace/model@0.0.1',
    'model#prod#v1#stage#1-',
    'model#prod-v1-stage@1-2',
    'model#prod-v1-stage@1-2#@',
    'v1.2.3',
    'model@V1.2.3',
    'model@v01.2.3',
    'a=b=c@v1.0.0',
    '-model@v1.0.0',
    'model-@v1.0.0',
    'model#-prod',
  ])('ignores %j', (name) => {
    expect(parseRegistryTag(name)).toBeUndefined();
  });

  // GTO's tag names for each action (tests/test_tag.py test_name_tag).
  it.each<[WritableRegistryTagName, string]>([
    [{ action: 'register', model: 'myartifact', version: 'v1.0.0' }, 'myartifact@v1.0.0'],
    [{ action: 'register', model: 'myartifact', version: '1.0.0', counter: 1 }, 'myartifact@v1.0.0#1'],
    [{ action: 'deregister', model: 'myartifact', version: 'v1.0.0' }, 'myartifact@v1.0.0!'],
    [{ action: 'deregister', model: 'myartifact', version: 'v1.0.0', counter: 1 }, 'myartifact@v1.0.0!#1'],
    [{ action: 'assign', model: 'myartifact', stage: 'stage' }, 'myartifact#stage'],
    [{ action: 'assign', model: 'myartifact', stage: 'stage', counter: 1 }, 'myartifact#stage#1'],
    [{ action: 'unassign', model: 'myartifact', stage: 'stage', counter: 1 }, 'myartifact#stage!#1'],
    [{ action: 'deprecate', model: 'myartifact', counter: 4 }, 'myartifact@deprecated#4'],
    [{ action: 'assign', model: 'models/churn:churn', stage: 'prod', counter: 2 }, 'models/churn=churn#prod#2'],
  ])('writes %j as %s', (tag, name) => {
    expect(formatRegistryTag(tag)).toBe(name);
    expect(parseRegistryTag(name)).toEqual('version' in tag ? { ...tag, version: `v${tag.version.replace(/^v/, '')}` } : tag);
  });

  const nameArb = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,10}(?:\/[a-zA-Z0-9_-]{1,5}){0,2}[a-zA-Z0-9])?$/);
  const folderArb = fc.stringMatching(/^[a-zA-Z0-9_-]{1,8}(?:\/[a-zA-Z0-9_-]{1,8}){0,2}$/).filter((folder) => refNameProblem(folder) === undefined);
  const versionArb = fc
    .tuple(fc.nat(999), fc.nat(999), fc.nat(999), fc.option(fc.constantFrom('rc.1', 'alpha', 'beta.11', '0.3.7'), { nil: undefined }), fc.option(fc.constantFrom('build.5', 'sha-1a2b', '001'), { nil: undefined }))
    .map(([major, minor, patch, pre, build]) => `v${major}.${minor}.${patch}${pre === undefined ? '' : `-${pre}`}${build === undefined ? '' : `+${build}`}`);
  const tagArb: fc.Arbitrary<WritableRegistryTagName> = fc
    .tuple(fc.option(folderArb, { nil: undefined }), nameArb, fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }))
    .chain(([folder, name, counter]) => {
      const model = folder === undefined ? name : `${folder}:${name}`;
      const withCounter = counter === undefined ? {} : { counter };
      return fc.oneof(
        fc.tuple(fc.constantFrom('register' as const, 'deregister' as const), versionArb).map(([action, version]) => ({ action, model, version, ...withCounter })),
        fc.tuple(fc.constantFrom('assign' as const, 'unassign' as const), nameArb).map(([action, stage]) => ({ action, model, stage, ...withCounter })),
        fc.constant({ action: 'deprecate' as const, model, ...withCounter }),
      );
    });

  it('reads back every tag it writes, and every written tag is a valid git ref name', () => {
    fc.assert(
      fc.property(tagArb.filter((tag) => !/\/\/|\.lock(\/|$)/.test(JSON.stringify(tag))), (tag) => {
        const name = formatRegistryTag(tag);
        expect(refNameProblem(name)).toBeUndefined();
        expect(parseRegistryTag(name)).toEqual(tag);
      }),
    );
  });
});

describe('registry input checks', () => {
  const message = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(RegistryError);
      return (error as Error).message;
    }
    throw new Error('expected a RegistryError');
  };

  it('names the stage and the allowed ones for an unknown stage', () => {
    expect(message(() => validateStage('prod', ['staging', 'production']))).toBe('Stage "prod" is not one of the allowed stages: staging, production.');
    expect(message(() => formatRegistryTag({ action: 'assign', model: 'm', stage: 'qa', counter: 1 }, { stages: ['production'] }))).toBe(
      'Stage "qa" is not one of the allowed stages: production.',
    );
    expect(validateStage('production', ['staging', 'production'])).toBe('production');
  });

  it('says how to write a version for malformed semver', () => {
    for (const bad of ['1.2', 'v1', 'v1.2.3.4', '01.2.3', 'v1.2.3-', 'latest', 'V1.2.3']) {
      expect(message(() => parseVersion(bad))).toBe(
        `Version "${bad}" is not a semantic version: write it like v1.2.3 or 1.2.3, with an optional -prerelease and +build (v1.2.3-rc.1+build.5).`,
      );
    }
    expect(message(() => formatRegistryTag({ action: 'register', model: 'm', version: '1.2' }))).toContain('Version "1.2" is not a semantic version');
  });

  it.each([
    ['churn model', 'not a valid GTO name'],
    ['-churn', 'not a valid GTO name'],
    ['churn-', 'not a valid GTO name'],
    ['churn.v2', 'not a valid GTO name'],
    ['models=churn', 'Write a model in a folder as path:name'],
    ['a:b:c', 'not a valid GTO name'],
  ])('refuses the model name %j', (model, part) => {
    expect(message(() => validateModelName(model))).toContain(part);
  });

  it.each([
    ['../secrets:m', 'Tag "../secrets=m@v1.0.0" cannot be created: it contains "..", which git does not allow in ref names.'],
    ['.hidden:m', 'Tag ".hidden=m@v1.0.0" cannot be created: its part ".hidden=m@v1.0.0" starts with ".", which git does not allow.'],
    ['models.lock/x:m', 'Tag "models.lock/x=m@v1.0.0" cannot be created: its part "models.lock" ends with ".lock", which git does not allow.'],
    ['a//b', 'Tag "a//b@v1.0.0" cannot be created: it contains "//", which git does not allow.'],
    ['refs/m', 'Tag "refs/m@v1.0.0" cannot be created: GitHub refuses tag names starting with "refs/".'],
  ])('refuses a model %j whose tag git or GitHub would reject', (model, expected) => {
    expect(message(() => formatRegistryTag({ action: 'register', model, version: 'v1.0.0' }))).toBe(expected);
  });

  it('refuses a build suffix that makes the tag end in .lock', () => {
    expect(message(() => formatRegistryTag({ action: 'register', model: 'm', version: 'v1.0.0+x.lock' }))).toContain('ends with ".lock"');
  });

  it.each([
    ['', 'it is empty'],
    ['@', 'git refuses "@" alone as a ref name'],
    ['a b', 'it contains a space, which git does not allow in ref names'],
    ['a\u0001b', 'it contains the control character U+0001, which git does not allow in ref names'],
    ['a~1', 'it contains "~", which git does not allow in ref names'],
    ['a^', 'it contains "^", which git does not allow in ref names'],
    ['a:b', 'it contains ":", which git does not allow in ref names'],
    ['a?', 'it contains "?", which git does not allow in ref names'],
    ['a*', 'it contains "*", which git does not allow in ref names'],
    ['a[0]', 'it contains "[", which git does not allow in ref names'],
    ['a\\b', 'it contains "\\", which git does not allow in ref names'],
    ['a@{1}', 'it contains "@{", which git does not allow in ref names'],
    ['/a', 'it starts or ends with "/", which git does not allow'],
    ['a.', 'it ends with ".", which git does not allow'],
    ['0123456789abcdef0123456789abcdef01234567', 'GitHub refuses tag names of 40 hex digits (they read as commit ids)'],
  ])('refNameProblem(%j)', (name, problem) => {
    expect(refNameProblem(name)).toBe(problem);
  });

  it('takes the characters GTO needs: # @ ! =', () => {
    for (const name of ['m@v1.2.3', 'm@v1.2.3!#4', 'm#prod!#2', 'dir/sub=m#prod#1', 'm@deprecated#3']) expect(refNameProblem(name)).toBeUndefined();
  });

  it('refuses a counter below 1', () => {
    expect(message(() => formatRegistryTag({ action: 'assign', model: 'm', stage: 'prod', counter: 0 }))).toBe('Tag counter must be a whole number from 1 up, got 0.');
  });
});

describe('versions', () => {
  it('orders versions by SemVer precedence (semver.org, item 11)', () => {
    const ordered = ['v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-alpha.beta', 'v1.0.0-beta', 'v1.0.0-beta.2', 'v1.0.0-beta.11', 'v1.0.0-rc.1', 'v1.0.0', 'v1.0.1', 'v1.10.0', 'v2.0.0', 'v99999999999999999999.0.0'];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  it.each([
    [[], 'patch', 'v0.0.1'],
    [[], 'minor', 'v0.1.0'],
    [[], 'major', 'v1.0.0'],
    [['v1.2.3', 'v1.10.0', 'v1.9.9'], 'patch', 'v1.10.1'],
    [['v1.2.3'], 'minor', 'v1.3.0'],
    [['v1.2.3'], 'major', 'v2.0.0'],
    [['v1.2.4-rc.1+b.7'], 'patch', 'v1.2.5'],
    [['v9007199254740993.0.0'], 'major', 'v9007199254740994.0.0'],
  ] as const)('bumps %j by %s to %s', (existing, bump, expected) => {
    expect(nextVersion(existing, bump)).toBe(expected);
  });

  it('bumps past a deregistered version rather than reuse its number', () => {
    const names = ['m@v1.0.0', 'm@v1.1.0', 'm@v1.1.0!', 'other@v5.0.0', 'm#prod#1'];
    expect(versionsNamed(names, 'm').sort(compareVersions)).toEqual(['v1.0.0', 'v1.1.0']);
    expect(nextVersion(versionsNamed(names, 'm'), 'minor')).toBe('v1.2.0');
  });
});

describe('counters', () => {
  it('counts one above the highest counter on any tag of the model, as GTO does', () => {
    const names = ['m@v1.0.0', 'm#prod#1', 'm@v1.0.1#4', 'm#prod!#2', 'm@deprecated', 'm#staging', 'other#prod#9', 'm-2#prod#12', 'unrelated-7'];
    expect(nextCounter(names, 'm')).toBe(5);
    expect(nextCounter(names, 'other')).toBe(10);
    expect(nextCounter(names, 'fresh')).toBe(1);
  });

  it('keeps a folder-qualified model apart from the bare name', () => {
    const names = ['models=m#prod#3', 'm#prod#1'];
    expect(nextCounter(names, 'models:m')).toBe(4);
    expect(nextCounter(names, 'm')).toBe(2);
  });
});

// The tags of iterative/example-gto-frozen, the repository GTO's own test suite reads (tests/test_api.py
// test_show_remote), with their peeled commits and tagger dates as `git for-each-ref` prints them.
const C1 = 'e19353d623660452e97a351ab0ba56a92126bd70';
const C2 = '299e82a7b3244899a84e715a39b786a4451c25cd';
const C3 = 'b9d7809271f26a2d3138b6a904ad91efbae629d0';
const EXAMPLE_GTO: RegistryTag[] = [
  ['churn@v3.0.0', C1, '2022-05-20T04:09:52+03:00'],
  ['segment@v0.4.1', C1, '2022-05-21T07:56:32+03:00'],
  ['cv-class@v0.1.13', C1, '2022-05-22T11:43:12+03:00'],
  ['churn@v3.1.0', C2, '2022-05-24T19:16:32+03:00'],
  ['churn#staging#1', C2, '2022-05-25T23:03:12+03:00'],
  ['churn#prod#2', C1, '2022-05-27T02:49:52+03:00'],
  ['segment#dev#1', C1, '2022-05-28T06:36:32+03:00'],
  ['deprecated-model@v0.0.1', C1, '2022-08-26T10:41:44+05:45'],
  ['deprecated-model@deprecated', C1, '2022-08-26T10:42:43+05:45'],
  ['model-a@v0.0.1', C3, '2022-08-26T10:43:34+05:45'],
  ['model-a#prod#1', C3, '2022-08-26T10:44:11+05:45'],
  ['model-a@v0.0.2', C1, '2022-08-26T10:45:28+05:45'],
  ['model-a#dev#2', C1, '2022-08-26T10:47:47+05:45'],
  ['model-a@v0.0.3', C2, '2022-08-26T10:49:08+05:45'],
  ['model-a@v0.0.3!', C2, '2022-08-26T10:49:41+05:45'],
  ['model-a#prod!#3', C3, '2022-08-26T10:52:29+05:45'],
].map(([name, sha, date]) => ({ name: name ?? '', sha: sha ?? '', date: date ?? '' }));

const at = (seconds: number) => new Date(Date.UTC(2024, 0, 1, 0, 0, seconds)).toISOString();
const tag = (name: string, sha: string, seconds: number, annotated = true): RegistryTag => ({ name, sha, date: at(seconds), annotated });
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('registry state', () => {
  it("agrees with GTO's own expected registry for example-gto-frozen", () => {
    // tests/resources/sample_remote_repo_expected_registry.json in iterative/gto: latest and the stage holders;
    // deprecated-model is left out as `gto show` leaves it out, model-a's v0.0.3 is deregistered and its prod
    // assignment unassigned.
    const state = registryState([...EXAMPLE_GTO].reverse());
    expect(state.models.map((model) => [model.name, model.latest, model.stages])).toEqual([
      ['churn', 'v3.1.0', { prod: 'v3.0.0', staging: 'v3.1.0' }],
      ['cv-class', 'v0.1.13', {}],
      ['model-a', 'v0.0.2', { dev: 'v0.0.2' }],
      ['segment', 'v0.4.1', { dev: 'v0.4.1' }],
    ]);
    expect(state.models.find((model) => model.name === 'model-a')?.versions).toEqual([
      { version: 'v0.0.2', sha: C1, registered: true },
      { version: 'v0.0.1', sha: C3, registered: true },
    ]);
  });

  it("follows GTO's showcase: the latest assignment wins, whichever version is greater", () => {
    // tests/conftest.py showcase in iterative/gto: rf's production goes to v1.2.4 and then back to v1.2.3.
    const state = registryState([
      tag('rf@v1.2.3', A, 0),
      tag('nn@v0.0.1', A, 0),
      tag('rf@v1.2.4', B, 1),
      tag('nn#staging#1', A, 1),
      tag('rf#production#1', A, 1),
      tag('rf#staging#2', B, 2),
      tag('rf#production#3', B, 3),
      tag('rf#production#4', A, 4),
    ]);
    expect(state).toEqual({
      models: [
        { name: 'nn', latest: 'v0.0.1', versions: [{ version: 'v0.0.1', sha: A, registered: true }], stages: { staging: 'v0.0.1' } },
        {
          name: 'rf',
          latest: 'v1.2.4',
          versions: [
            { version: 'v1.2.4', sha: B, registered: true },
            { version: 'v1.2.3', sha: A, registered: true },
          ],
          stages: { production: 'v1.2.3', staging: 'v1.2.4' },
        },
      ],
    });
  });

  it('reads simple notation, folder-qualified names, and ignores lightweight tags and tags outside the grammar', () => {
    const state = registryState([
      tag('models/churn=churn@v1.0.0', A, 0),
      tag('models/churn=churn#prod', A, 1),
      tag('churn@v9.0.0', B, 2),
      tag('models/churn=churn@v2.0.0', B, 3, false),
      tag('models/churn=churn#prod#5', B, 4, false),
      tag('v1.0.0', C, 5),
      tag('release-2024', C, 6),
    ]);
    expect(state.models.map((model) => model.name)).toEqual(['churn', 'models/churn:churn']);
    expect(state.models[1]).toEqual({ name: 'models/churn:churn', latest: 'v1.0.0', versions: [{ version: 'v1.0.0', sha: A, registered: true }], stages: { prod: 'v1.0.0' } });
  });

  it('drops a deregistered version and the stages it held; a re-registration brings it back', () => {
    const tags = [tag('m@v1.0.0', A, 0), tag('m@v1.1.0', B, 1), tag('m#prod#1', B, 2), tag('m#staging#2', A, 3), tag('m@v1.1.0!', B, 4)];
    expect(registryState(tags).models[0]).toEqual({ name: 'm', latest: 'v1.0.0', versions: [{ version: 'v1.0.0', sha: A, registered: true }], stages: { staging: 'v1.0.0' } });
    const again = registryState([...tags, tag('m@v1.1.0#3', B, 5)]).models[0];
    expect(again?.latest).toBe('v1.1.0');
    expect(again?.stages).toEqual({ prod: 'v1.1.0', staging: 'v1.0.0' });
  });

  it('applies a deregistration only at the commit of the registration, as GTO does', () => {
    const state = registryState([tag('m@v1.0.0', A, 0), tag('m@v1.0.0!', B, 1)]);
    expect(state.models[0]?.versions).toEqual([{ version: 'v1.0.0', sha: A, registered: true }]);
  });

  it('unassigns a stage from one version only; an older assignment elsewhere takes the stage back', () => {
    const tags = [tag('m@v1.0.0', A, 0), tag('m@v2.0.0', B, 1), tag('m#prod#1', A, 2), tag('m#prod#2', B, 3), tag('m#prod!#3', B, 4)];
    expect(registryState(tags).models[0]?.stages).toEqual({ prod: 'v1.0.0' });
    expect(registryState([...tags, tag('m#prod!#4', A, 5)]).models[0]?.stages).toEqual({});
    expect(registryState([...tags, tag('m#prod!#4', A, 5), tag('m#prod#5', B, 6)]).models[0]?.stages).toEqual({ prod: 'v2.0.0' });
  });

  it('leaves a deprecated model out until a later tag brings it back', () => {
    const tags = [tag('m@v1.0.0', A, 0), tag('m#prod#1', A, 1), tag('m@deprecated#2', A, 2), tag('n@v0.1.0', A, 3)];
    expect(registryState(tags).models.map((model) => model.name)).toEqual(['n']);
    const revived = registryState([...tags, tag('m@v1.1.0', B, 4)]).models.find((model) => model.name === 'm');
    expect(revived).toEqual({
      name: 'm',
      latest: 'v1.1.0',
      versions: [
        { version: 'v1.1.0', sha: B, registered: true },
        { version: 'v1.0.0', sha: A, registered: true },
      ],
      stages: { prod: 'v1.0.0' },
    });
  });

  it('lists a commit assigned without a registered version by its sha, registered: false, as GTO does', () => {
    const state = registryState([tag('m@v1.0.0', A, 0), tag('m#dev#1', C, 1)]);
    expect(state.models[0]).toEqual({
      name: 'm',
      latest: 'v1.0.0',
      versions: [
        { version: 'v1.0.0', sha: A, registered: true },
        { version: C, sha: C, registered: false },
      ],
      stages: { dev: C },
    });
  });

  it('replays tags of one second in event order, then by counter: register before assign', () => {
    const state = registryState([tag('m#prod#2', A, 0), tag('m#prod#1', B, 0), tag('m@v1.0.0', A, 0), tag('m@v2.0.0', B, 0)]);
    expect(state.models[0]?.stages).toEqual({ prod: 'v1.0.0' });
    expect(state.models[0]?.versions.every((version) => version.registered)).toBe(true);
  });

  it('does not depend on the order the tags are listed in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(EXAMPLE_GTO, { minLength: EXAMPLE_GTO.length }), (tags) => {
        expect(registryState(tags)).toEqual(registryState(EXAMPLE_GTO));
      }),
      { numRuns: 50 },
    );
  });

  it('names a tag whose date cannot be read', () => {
    expect(() => registryState([{ name: 'm@v1.0.0', sha: A, date: 'yesterday' }])).toThrow('Tag "m@v1.0.0" has the date "yesterday", which is not an ISO 8601 date.');
  });
});

describe('registry tag message', () => {
  it('carries a summary line and the audit record, and reads both back', () => {
    const record = { schema: 'crucible/promotion@1', approvals: [{ user: 'ana' }], sha: A };
    const message = registryTagMessage('Promote churn v1.2.0 to production\n(run 42)', record);
    expect(message.split('\n')[0]).toBe('Promote churn v1.2.0 to production (run 42)');
    expect(parseRegistryTagMessage(message)).toEqual({ summary: 'Promote churn v1.2.0 to production (run 42)', record });
    expect(parseRegistryTagMessage('Registering artifact churn version v3.1.0\n')).toEqual({ summary: 'Registering artifact churn version v3.1.0' });
  });

  it('refuses a record too big for a tag', () => {
    expect(() => registryTagMessage('x', { blob: 'y'.repeat(70_000) })).toThrow(RegistryError);
  });
});
