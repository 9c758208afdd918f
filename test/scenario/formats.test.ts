/** JSON and YAML give the same scenario; YAML dates quoted or not are the same date. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { rmSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/load.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { baseScenario } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const messageOf = (path: string) => {
  try {
    loadScenario(path);
    return 'valid';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.message;
  }
};

describe('file formats', () => {
  it('the same scenario as JSON, YAML and .yml parses identically', () => {
    const raw = { ...baseScenario(), policy: { maxMoves: 3, weights: { fit: 2.5 }, quotas: [{ group: 'female', minShare: 0.25, mode: 'soft' }] } };
    const fromJson = loadScenario(write('s.json', JSON.stringify(raw, null, 2))).scenario;
    const fromYaml = loadScenario(write('s.yaml', stringify(raw))).scenario;
    const fromYml = loadScenario(write('s.yml', stringify(raw, { defaultStringType: 'QUOTE_DOUBLE' }))).scenario;
    expect(fromYaml).toEqual(fromJson);
    expect(fromYml).toEqual(fromJson);
    expect(fromJson.policy.weights.fit).toBe(2.5);
  });

  it('YAML dates quoted or unquoted are the same date', () => {
    const text = (quote: string) =>
      [
        'version: 1',
        'name: dates',
        `asOf: ${quote}2027-01-01${quote}`,
        'units: [{ id: U-A }, { id: U-B }]',
        'positions: [{ id: P-A, unit: U-A, title: t, holder: C-1 }]',
        'cadres:',
        `  - { id: C-1, gender: female, born: ${quote}1984-02-29${quote}, position: P-A, since: ${quote}2020-03-01${quote},`,
        `      history: [{ unit: U-B, from: ${quote}2010-01-01${quote}, to: ${quote}2012-12-31${quote} }] }`,
      ].join('\n');
    const quoted = loadScenario(write('quoted.yaml', text('"'))).scenario;
    const single = loadScenario(write('single.yaml', text("'"))).scenario;
    const bare = loadScenario(write('bare.yaml', text(''))).scenario;
    expect(bare).toEqual(quoted);
    expect(single).toEqual(quoted);
    expect(bare.cadres[0]!.born).toBe('1984-02-29');
    expect(bare.asOf).toBe('2027-01-01');
  });

  it('an unquoted impossible YAML date is still rejected with its path', () => {
    const path = write('bad-date.yaml', 'version: 1\nname: n\nasOf: 2021-02-30\nunits: []\npositions: []\ncadres: []\n');
    expect(messageOf(path)).toBe('asOf: must be a real calendar date YYYY-MM-DD (got "2021-02-30")');
  });

  it('a YAML mapping with a duplicate key is rejected with its line and column', () => {
    const path = write('dup.yaml', 'version: 1\nname: a\nname: b\n');
    expect(messageOf(path)).toBe(`${path}:3:1: YAML error: duplicate key "name" (keys must be unique)`);
  });

  it('a JSON object with a duplicate key is rejected with its line and column', () => {
    const path = write('dup.json', '{\n  "version": 1,\n  "units": [{ "id": "U-A", "id": "U-B" }]\n}');
    expect(messageOf(path)).toBe(`${path}:3:28: JSON syntax error: duplicate key "id"`);
  });

  it.each([
    ['{"a": 1,}', '1:9: JSON syntax error: expected a quoted key, found "}"'],
    ['{"a": [1, 2\n', '2:1: JSON syntax error: expected "," or "]", found end of file'],
    ['{"a": tru}', '1:7: JSON syntax error: expected a value, found "t"'],
    ['{"a": "x\ny"}', '1:9: JSON syntax error: control character in a string (escape it)'],
    ['{"a": 1} {}', '1:10: JSON syntax error: unexpected "{" after the end of the document'],
    ["{'a': 1}", '1:2: JSON syntax error: expected a quoted key, found "\'"'],
    ['{"a": 01}', '1:8: JSON syntax error: expected "," or "}", found "1"'],
  ])('JSON syntax error %j is located', (text, where) => {
    const path = write('e.json', text);
    expect(messageOf(path)).toBe(`${path}:${where}`);
  });
});
