/** What-if overlays (contract section 6): merge rules for every kind of field, chains, cycles, paths. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.ts';
import { applyOverlay, loadScenario } from '../../src/scenario/load.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { baseScenario } from './helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'rotaplan-overlay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const path = join(root, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, name.endsWith('.json') ? JSON.stringify(value) : stringify(value));
  return path;
};
const BASE = write('base/base.yaml', { ...baseScenario(), policy: { maxMoves: 5, stability: { maxOutShare: 0.3 }, nonLocalTitles: ['a', 'b'] } });

describe('overlay merge rules (applyOverlay)', () => {
  it('name and asOf replace; other top-level scalars too', () => {
    const merged = applyOverlay({ name: 'a', asOf: '2027-01-01', version: 1 }, { name: 'b', asOf: '2028-01-01' });
    expect(merged).toEqual({ name: 'b', asOf: '2028-01-01', version: 1 });
  });

  it('policy merges key by key, objects recursively; scalars and lists replace', () => {
    const base = { policy: { maxMoves: 5, stability: { maxOutShare: 0.3, maxInPerUnit: 1 }, nonLocalTitles: ['a', 'b'], quotas: [{ group: 'female', minShare: 0.2 }] } };
    const overlay = { policy: { maxMoves: 7, stability: { maxInPerUnit: 3 }, nonLocalTitles: ['c'], weights: { move: 1 } } };
    expect(applyOverlay(base, overlay)).toEqual({
      policy: {
        maxMoves: 7,
        stability: { maxOutShare: 0.3, maxInPerUnit: 3 },
        nonLocalTitles: ['c'],
        quotas: [{ group: 'female', minShare: 0.2 }],
        weights: { move: 1 },
      },
    });
  });

  it('a policy given only in the overlay, or only in the base, is kept', () => {
    expect(applyOverlay({}, { policy: { maxMoves: 1 } })).toEqual({ policy: { maxMoves: 1 } });
    expect(applyOverlay({ policy: { maxMoves: 1 } }, { name: 'x' })).toEqual({ policy: { maxMoves: 1 }, name: 'x' });
  });

  it('consents, pins and forbids are appended to the base lists', () => {
    const base = { consents: [{ side: 'cadre', cadre: 'C-1', agree: false }], pins: [{ cadre: 'C-1', position: 'P-1' }] };
    const overlay = {
      consents: [{ side: 'origin', cadre: 'C-2', agree: false }],
      pins: [{ cadre: 'C-3', position: 'P-3' }],
      forbids: [{ cadre: 'C-4', unit: 'U-1' }],
    };
    expect(applyOverlay(base, overlay)).toEqual({
      consents: [base.consents[0], overlay.consents[0]],
      pins: [base.pins[0], overlay.pins[0]],
      forbids: overlay.forbids,
    });
  });

  it('units, positions and cadres merge by id field by field (a list field replaces); new ids are added', () => {
    const base = {
      units: [{ id: 'U-1', name: 'one', locality: 'A' }, { id: 'U-2', name: 'two' }],
      positions: [{ id: 'P-1', unit: 'U-1', title: 't', offers: ['x', 'y'] }],
      cadres: [{ id: 'C-1', gender: 'male', rating: 'good', goals: ['a', 'b'], history: [{ unit: 'U-2' }] }],
    };
    const overlay = {
      units: [{ id: 'U-2', locality: 'B' }, { id: 'U-3', name: 'three' }],
      positions: [{ id: 'P-1', offers: ['z'], mustFill: true }],
      cadres: [{ id: 'C-1', rating: 'excellent', goals: [], history: [] }, { id: 'C-2', gender: 'female' }],
    };
    expect(applyOverlay(base, overlay)).toEqual({
      units: [{ id: 'U-1', name: 'one', locality: 'A' }, { id: 'U-2', name: 'two', locality: 'B' }, { id: 'U-3', name: 'three' }],
      positions: [{ id: 'P-1', unit: 'U-1', title: 't', offers: ['z'], mustFill: true }],
      cadres: [
        { id: 'C-1', gender: 'male', rating: 'excellent', goals: [], history: [] },
        { id: 'C-2', gender: 'female' },
      ],
    });
  });

  it('a field set to null in an overlay entry clears it (a holder leaves, a parent is removed)', () => {
    const merged = applyOverlay({ positions: [{ id: 'P-1', holder: 'C-1' }] }, { positions: [{ id: 'P-1', holder: null }] });
    expect(merged).toEqual({ positions: [{ id: 'P-1', holder: null }] });
  });
});

describe('overlay files', () => {
  it('an overlay applies on top of its base, with a path relative to its own folder', () => {
    const overlay = write('what-if/raise-cap.yaml', {
      extends: '../base/base.yaml',
      name: 'raise the cap',
      policy: { maxMoves: 9 },
      cadres: [{ id: 'C-2', rating: 'excellent' }],
      pins: [{ cadre: 'C-3', position: 'P-C2' }],
    });
    const { scenario, files } = loadScenario(overlay);
    expect(scenario.name).toBe('raise the cap');
    expect(scenario.policy.maxMoves).toBe(9);
    expect(scenario.policy.stability.maxOutShare).toBe(0.3);
    expect(scenario.policy.nonLocalTitles).toEqual(['a', 'b']);
    expect(scenario.cadres[1]).toMatchObject({ id: 'C-2', rating: 'excellent', gender: 'female' });
    expect(scenario.pins.map((pin) => pin.cadre)).toEqual(['C-1', 'C-3']);
    expect(files.map((file) => file.path)).toEqual([overlay, BASE]);
  });

  it('overlays chain: an overlay of an overlay, in JSON on top of YAML', () => {
    write('chain/one.yaml', { extends: '../base/base.yaml', asOf: '2028-01-01', policy: { weights: { move: 2 } } });
    const two = write('chain/deeper/two.json', { extends: '../one.yaml', name: 'two', policy: { weights: { fit: 1 } } });
    const { scenario, files } = loadScenario(two);
    expect(scenario).toMatchObject({ name: 'two', asOf: '2028-01-01' });
    expect(scenario.policy.weights).toEqual({ development: 10, fit: 1, preference: 3, move: 2, objection: 20, quotaShortfall: 30 });
    expect(scenario.policy.maxMoves).toBe(5);
    expect(files).toHaveLength(3);
  });

  it('the merged result must itself be valid', () => {
    const overlay = write('bad/dangling.yaml', { extends: '../base/base.yaml', pins: [{ cadre: 'C-1', position: 'P-NONE' }] });
    expect(() => loadScenario(overlay)).toThrow(`pins[1].position: unknown position "P-NONE" (written in ${overlay} as pins[0])`);
    // An entry of the base changed by the overlay is where the base has it: no note.
    const changed = write('bad/changed.yaml', { extends: '../base/base.yaml', cadres: [{ id: 'C-1', position: 'P-NONE' }] });
    expect(() => loadScenario(changed)).toThrow(/^cadres\[0\]\.position: unknown position "P-NONE"$/m);
    // A YAML alias repeats an entry: the first place it is written is the one told.
    const alias = join(root, 'bad/alias.yaml');
    writeFileSync(alias, 'extends: ../base/base.yaml\npins: [&p { cadre: C-1, position: P-NONE }, *p]\n');
    expect(() => loadScenario(alias)).toThrow(`pins[1].position: unknown position "P-NONE" (written in ${alias} as pins[0])`);
  });

  it('a cycle of extends is invalid input, exit 2 with one line naming the cycle', async () => {
    const a = write('cycle/a.yaml', { extends: 'b.yaml', name: 'a' });
    write('cycle/b.yaml', { extends: './a.yaml', name: 'b' });
    expect(() => loadScenario(a)).toThrow(InputError);
    const err: string[] = [];
    const code = await main(['validate', a], { out: () => {}, err: (text) => err.push(text) });
    expect(code).toBe(2);
    expect(err).toEqual([`extends: overlays extend each other in a cycle: ${a} → ${join(root, 'cycle/b.yaml')} → ${a}`]);
  });

  it('an overlay extending itself is a cycle', () => {
    const self = write('cycle/self.yaml', { extends: 'self.yaml' });
    expect(() => loadScenario(self)).toThrow('overlays extend each other in a cycle');
  });

  it('a missing base is one clear line', () => {
    const overlay = write('missing/o.yaml', { extends: 'nowhere.yaml' });
    expect(() => loadScenario(overlay)).toThrow(`${join(root, 'missing/nowhere.yaml')}: no such file`);
  });

  it('extends must be a path', () => {
    const overlay = write('bad/extends.yaml', { extends: 3 });
    expect(() => loadScenario(overlay)).toThrow('extends: must be the path of the base scenario file');
  });
});
