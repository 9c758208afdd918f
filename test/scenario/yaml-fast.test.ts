// The fast YAML path (js-yaml) answers only what it reads exactly as the reference (the yaml
// package) does, and declines the rest: every document here is read both ways.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseFast, parseReference, parseYaml } from '../../src/scenario/parse-yaml.ts';

/** The reference's reading, or the error it throws. */
function reference(text: string): { value: unknown } | { error: string } {
  try {
    return { value: parseReference(text, 'f.yaml') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Fast and reference agree: the fast path declined, or read the same value (never an error the reference has not). */
function agree(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return true;
  const ref = reference(text);
  return 'value' in ref && isDeepStrictEqual(fast.value, ref.value);
}

/** Plain scalars whose meaning depends on the schema (YAML 1.2 core against 1.1 and js-yaml's own). */
const SCALARS = [
  '~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '-0', '+0', '007', '0777', '0o17', '0O17', '0x1F', '0X1F', '0b101', '1_000', '1,000', '+12', '-12',
  '9007199254740993', '1.5', '1.', '.5', '-.5', '+.5', '1e3', '1E3', '1.5e-3', '.1e2', '1e', 'e3', '.inf', '-.inf', '+.INF',
  '.Inf', '.nan', '.NaN', '.NAN', 'nan', 'inf', '2027-07-01', '2027-07-01T10:00:00Z', '12:30', '1:30:00', '0.1.2',
  'abc', 'a b', 'Giám đốc Sở', "it's", 'x#y', 'x #y', '=', '-', '?x', 'a: b',
];

describe('the fast YAML path', () => {
  it('reads every schema-dependent plain scalar as the reference does, or declines it', () => {
    for (const scalar of SCALARS) {
      for (const text of [`key: ${scalar}\n`, `- ${scalar}\n`, `{key: ${scalar}}\n`, `[${scalar}, 1]\n`, `${scalar}: 1\n`]) {
        expect(agree(text), text).toBe(true);
      }
    }
  });

  it('reads hand-written forms as the reference does, or declines them', () => {
    const documents = [
      'a: b\n  c\n', "a: 'it''s'\n", 'a: "\\x41\\u00e9\\n\\t"\n', 'a: b # comment\n', '# c\na: 1 # x\n\n# end\n',
      'a:\n- 1\n- 2\n', 'a: {b: 1,\n  c: 2}\n', '\ufeffa: 1\n', 'a: 1\n...\n', 'a: >\n  folded\n  text\n\n  para\n',
      'a: |2\n   indented\n', "a: 'multi\n  line'\n", 'key with spaces: value\n', 'a: "quoted # not comment"\n',
      'a:    \n', 'a: [ ]\nb: { }\n', '- - 1\n  - 2\n- 3\n', 'a: 1\r\nb: 2\r\n', "a: 'x'\t# tab\n", 'a: x\ty\n',
      'a: |\n  keep\n\n', 'a: |+\n  keep\n\n', 'a: >-\n  x\n   y\n  z\n', 'a: "line\n  folded"\n', 'a: x:y\n', 'a: x: y\n',
      'a: "unterminated\n', 'a:\n  - b: 1\n    c: 2\n  - d\n', '"quoted key": 1\n', "'k': 'v'\n", 'a: 1 #c\nb: 2#not\n',
      'a: @x\n', 'a: `x\n', 'a: 1\n b: 2\n', '- a\nb: 1\n', 'a: [1, 2\n', 'date: 2027-07-01\nname: Sở Nội vụ\n',
    ];
    for (const text of documents) expect(agree(text), JSON.stringify(text)).toBe(true);
  });

  it('declines what the two could read differently: directives, merge keys, tags, anchors, aliases, __proto__, duplicate keys, deep nesting', () => {
    const declined = [
      '%YAML 1.1\n---\nkey: yes\n',
      'base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n',
      'key: !!str 1\n',
      'key: !custom x\n',
      'a: &x 1\nb: *x\n',
      '__proto__: {polluted: 1}\n',
      'a: 1\na: 2\n',
      `${'['.repeat(63)}1${']'.repeat(63)}\n`,
      'a:\n\t- 1\n',
      '---\na: 1\n---\nb: 2\n',
      '~: 1\n',
      '[1]: 2\n',
      '? [1, 2]\n: 3\n',
    ];
    for (const text of declined) expect(parseFast(text), text).toBeUndefined();
  });

  it('reads the same as the reference on generated documents (block and flow style, any strings and numbers)', () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(...SCALARS),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('tree'), { maxLength: 4 }),
      object: fc.dictionary(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...SCALARS.filter((s) => s !== ''))), tie('tree'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(tree, fc.boolean(), (value, flow) => {
        const text = stringify(value, { collectionStyle: flow ? 'flow' : 'block' });
        expect(agree(text), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same value and the same errors through parseYaml', () => {
    expect(parseYaml('a: 1\nb: [x, 2.5, ~]\n', 'f.yaml')).toEqual({ a: 1, b: ['x', 2.5, null] });
    expect(() => parseYaml('a: 1\na: 2\n', 'f.yaml')).toThrow(/f\.yaml:2:1: YAML error: duplicate key "a"/);
    expect(parseYaml('', 'f.yaml')).toEqual(parseReference('', 'f.yaml'));
    expect(() => parseYaml('a: [1\n', 'f.yaml')).toThrow(/f\.yaml:\d+:\d+: YAML syntax error/);
  });
});
