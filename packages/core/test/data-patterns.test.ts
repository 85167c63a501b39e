import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.ts';
import { parseDataSchema } from '../src/data/index.ts';
import { compilePattern, isLinear } from '../src/data/pattern.ts';
import { check, validate } from './data-helpers.ts';

describe('a schema regex never backtracks without bound', () => {
  it('checks values against ^(a+)+$ at once (the built-in engine took 42 s on three short values)', async () => {
    const evil = `${'a'.repeat(40)}!`;
    const result = await validate(`name\n${evil}\n${evil}b\n${'a'.repeat(30)}\naaa\n`, "columns:\n  name: {regex: '^(a+)+$'}\n");
    expect(check(result, 'regex', 'name')).toMatchObject({ success: false, unexpectedCount: 2 });
  });

  it.each([
    '^(a+)+$',
    '^(a|a)*$',
    '^(a|aa)+$',
    '^(\\w+\\s?)*$',
    '^\\d*\\d*$',
    '^a*a*a*b',
    '^.*.*=.*$',
    '^[a-z]+[a-z0-9]+$',
    '^\\S+@\\S+\\.\\S+$',
    '\\d+x',
    '[a-z]+$',
    '^x*\\d?x*y',
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@)',
    '^(?:a{1,30}){1,30}$',
    '^[\\s\\S]*a[\\s\\S]*b$',
  ])('%s runs on the linear-time engine', (source) => {
    expect(isLinear(source)).toBe(false);
    expect(compilePattern(source).engine).toBe('re2');
  });

  it.each(['^[^@\\s]+@[^@\\s]+$', '^[a-z]+_[0-9]+$', '^\\d{3}-\\d{4}$', '^[A-Z]{2,3}$', '^\\w+@\\w+\\.\\w+$', '^v\\d+\\.\\d+\\.\\d+$', '^$', '^[^,]*,x'])(
    '%s keeps the faster built-in engine (every variable part ends where the next part begins)',
    (source) => {
      expect(compilePattern(source).engine).toBe('built-in');
    },
  );

  it('both engines give the same answers (search semantics, as JavaScript test does)', () => {
    const sources = ['^[^@\\s]+@[^@\\s]+$', '\\u00e9b', '(?<n>ab)+c', '[\\d_]+\\.', '\\/a', '^[a-z]+_[0-9]+$', 'ab+c', '^(ab|cd)+$', '^a*a*b$', '[0-9]{2,3}', '^(a+)+$', 'é+'];
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', '_', '@', '1', '2', ' ', '.', 'é');
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(alphabet, { maxLength: 16 }).map((chars) => chars.join('')), (source, text) => {
        const linear = compilePattern(source);
        return linear.test(text) === new RegExp(source, 'u').test(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what only a backtracking engine runs, naming the column and the reason', () => {
    for (const source of ['^(a+)\\1$', '^(?=.*\\d)\\w+$', '(?<!x)y', '^(?<w>a)\\k<w>$']) {
      const text = `columns:\n  name: {regex: '${source}'}\n`;
      expect(() => parseDataSchema(text, 'schema.yml')).toThrow(ConfigError);
      expect(() => parseDataSchema(text, 'schema.yml')).toThrow(/schema\.yml:2: columns\.name\.regex: uses a backreference or a lookaround.*write it without them/);
    }
  });

  it('an invalid pattern says what is wrong with it', () => {
    expect(() => parseDataSchema("columns:\n  name: {regex: '(unclosed'}\n", 'schema.yml')).toThrow(/columns\.name\.regex: is not a valid regular expression \(.*\)/);
  });
});
