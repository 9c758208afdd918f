/**
 * Properties of validation: generated valid scenarios validate; one mutation (an id
 * duplicated, a reference dangling, a date impossible) is rejected with its exact path; the
 * JSON and YAML forms parse the same; the JSON fault locator agrees with JSON.parse.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/load.ts';
import { locateJsonFault } from '../../src/scenario/json-locate.ts';
import { scenarioArb } from './arbitraries.ts';
import { edited, problemsOf } from './helpers.ts';

const LISTS = [
  ['units', 'unit'],
  ['positions', 'position'],
  ['cadres', 'cadre'],
] as const;

/** Each kind of reference of section 1: where it sits and what it names. */
const REFERENCES: { where: (s: any, i: number) => [string, any, string | number] | undefined; kind: string }[] = [
  { kind: 'unit', where: (s, i) => [`positions[${i % s.positions.length}].unit`, s.positions[i % s.positions.length], 'unit'] },
  { kind: 'position', where: (s, i) => [`cadres[${i % s.cadres.length}].position`, s.cadres[i % s.cadres.length], 'position'] },
  { kind: 'unit', where: (s, i) => [`units[${i % s.units.length}].parent`, s.units[i % s.units.length], 'parent'] },
  { kind: 'cadre', where: (s, i) => (s.consents?.length ? [`consents[${i % s.consents.length}].cadre`, s.consents[i % s.consents.length], 'cadre'] : undefined) },
  { kind: 'position', where: (s, i) => (s.pins?.length ? [`pins[${i % s.pins.length}].position`, s.pins[i % s.pins.length], 'position'] : undefined) },
  { kind: 'cadre', where: (s, i) => (s.forbids?.length ? [`forbids[${i % s.forbids.length}].cadre`, s.forbids[i % s.forbids.length], 'cadre'] : undefined) },
  { kind: 'unit', where: (s, i) => [`cadres[${i % s.cadres.length}].preferences[0]`, (s.cadres[i % s.cadres.length].preferences ??= ['x']), 0] },
  { kind: 'cadre', where: (s, i) => [`cadres[${i % s.cadres.length}].relatives[0]`, (s.cadres[i % s.cadres.length].relatives ??= ['x']), 0] },
  {
    kind: 'unit',
    where: (s, i) => {
      const cadre = s.cadres[i % s.cadres.length];
      cadre.history = [{ unit: 'x', from: '2001-01-01', to: '2002-01-01' }];
      return [`cadres[${i % s.cadres.length}].history[0].unit`, cadre.history[0], 'unit'];
    },
  },
];

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated scenarios', () => {
  test.prop([scenarioArb])('validate', (raw) => {
    expect(problemsOf(raw)).toEqual([]);
  });

  test.prop([scenarioArb, fc.constantFrom(...LISTS), fc.nat(), fc.nat()])(
    'an id duplicated is rejected at the later entry',
    (raw, [list, kind], a, b) => {
      fc.pre(raw[list].length >= 2);
      const first = a % raw[list].length;
      let later = b % raw[list].length;
      if (later === first) later = (later + 1) % raw[list].length;
      const [i, j] = first < later ? [first, later] : [later, first];
      const broken = edited((s) => (s[list][j].id = s[list][i].id), raw);
      expect(problemsOf(broken)).toContain(`${list}[${j}].id: duplicate ${kind} id "${raw[list][i].id}" (first at ${list}[${i}])`);
    },
  );

  test.prop([scenarioArb, fc.nat(REFERENCES.length - 1), fc.nat()])('a reference dangling is rejected at its path', (raw, r, i) => {
    const reference = REFERENCES[r]!;
    const broken = structuredClone(raw);
    const target = reference.where(broken, i);
    fc.pre(target !== undefined);
    const [path, holder, key] = target!;
    holder[key] = 'NO-SUCH-ID';
    expect(problemsOf(broken)).toContain(`${path}: unknown ${reference.kind} "NO-SUCH-ID"`);
  });

  test.prop([scenarioArb, fc.nat(), fc.constantFrom('born', 'since'), fc.constantFrom('2021-02-29', '2023-04-31', '2024-13-01', '2024-00-10', '1999-2-3')])(
    'a date impossible is rejected, alone, at its path',
    (raw, i, field, bad) => {
      const c = i % raw.cadres.length;
      const broken = edited((s) => (s.cadres[c][field] = bad), raw);
      expect(problemsOf(broken)).toEqual([`cadres[${c}].${field}: must be a real calendar date YYYY-MM-DD (got "${bad}")`]);
    },
  );

  test.prop([scenarioArb], { numRuns: 25 })('parse the same from JSON and from YAML', (raw) => {
    writeFileSync(join(dir, 'g.json'), JSON.stringify(raw));
    writeFileSync(join(dir, 'g.yaml'), stringify(raw));
    expect(loadScenario(join(dir, 'g.yaml')).scenario).toEqual(loadScenario(join(dir, 'g.json')).scenario);
  });
});

describe('the JSON fault locator', () => {
  test.prop([fc.json()])('finds nothing wrong in valid JSON without duplicate keys', (text) => {
    expect(locateJsonFault(text)).toBeUndefined();
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom('', '}', ',', '"', ':', '[', 'x', '\n')])(
    'agrees with JSON.parse on damaged JSON',
    (text, at, insert) => {
      const position = at % (text.length + 1);
      const damaged = text.slice(0, position) + insert + text.slice(position + (insert === '' ? 1 : 0));
      let parses = true;
      try {
        JSON.parse(damaged);
      } catch {
        parses = false;
      }
      const fault = locateJsonFault(damaged);
      if (!parses) expect(fault).toBeDefined();
      if (fault === undefined) expect(parses).toBe(true);
      else if (parses) expect(fault.message).toMatch(/^duplicate key/);
    },
  );
});
