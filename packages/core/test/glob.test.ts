import { describe, expect, it } from 'vitest';
import { globMatcher, isGlob, type MetricRule, ruleFor } from '../src/index.ts';

describe("Crucible's glob dialect", () => {
  it.each([
    // Metric names: "/" and "." are separators inside a name, not directories, so `*` crosses them.
    ['eval/*', 'eval/acc', true],
    ['eval/*', 'eval/top1/acc', true],
    ['eval/*', 'train/acc', false],
    ['*loss', 'train/val.loss', true],
    ['*.loss', 'train/val.loss', true],
    ['*/loss', 'loss', false],
    ['eval.*', 'eval.acc', true],
    ['eval.*', 'eval.acc.top1', true],
    ['eval.*', 'evalXacc', false],
    ['train/*/loss', 'train/a/b/loss', true],
    ['*-top1', 'eval/acc-top1', true],
    ['*', 'eval/acc', true],
    ['*', '.hidden', true],
    ['eval/*', 'eval/.x', true],
    // `?` is one character, but never "/".
    ['acc?', 'acc1', true],
    ['acc?', 'acc', false],
    ['acc?', 'acc12', false],
    ['a?c', 'a.c', true],
    ['a?c', 'a/c', false],
    // Classes and braces, as in a shell.
    ['acc_top[15]', 'acc_top5', true],
    ['acc_top[15]', 'acc_top3', false],
    ['{train,val}/loss', 'val/loss', true],
    ['{train,val}/loss', 'test/loss', false],
    // A pattern always matches the name it spells, and "!" or "+(...)" never turn it into something else.
    ['loss[0]', 'loss[0]', true],
    ['!debug', '!debug', true],
    ['!debug', 'eval', false],
    ['+(a)', '+(a)', true],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    // Case matters.
    ['Eval/*', 'eval/acc', false],
    // Artifact names.
    ['crucible-run-*', 'crucible-run-seed-1', true],
    ['crucible-run-*', 'crucible-comparison', false],
    ['crucible-*', 'crucible-comparison', true],
    ['crucible-*', 'crucible.comparison', false],
    ['crucible-*', 'other-crucible-run', false],
    ['crucible-comparison', 'crucible-comparison', true],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(globMatcher(pattern)(name)).toBe(expected);
  });

  it.each([
    ['eval/*', true],
    ['acc?', true],
    ['acc_top[15]', true],
    ['{a,b}', true],
    ['eval/acc', false],
    ['eval.acc-top1', false],
    ['!debug', false],
  ])('isGlob(%s) is %s', (text, expected) => expect(isGlob(text)).toBe(expected));

  it('is what metric rules use: the exact name first, then the first glob in file order', () => {
    const rule = (name: string, direction: MetricRule['direction']): MetricRule => ({ name, direction, required: false, ignore: false });
    const rules = [rule('eval/*', 'higher'), rule('*loss', 'lower'), rule('eval/val.loss', 'none')];
    expect(ruleFor('eval/val.loss', rules)?.direction).toBe('none');
    expect(ruleFor('eval/sub/loss', rules)?.direction).toBe('higher');
    expect(ruleFor('train/val.loss', rules)?.direction).toBe('lower');
    expect(ruleFor('train/acc', rules)).toBeUndefined();
  });
});
