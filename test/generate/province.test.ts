// The generator: deterministic per seed, always valid input, realistic in size.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { serializeScenario } from '../../src/generate/write.ts';
import { loadScenario, parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { eligiblePairs } from '../../src/rules/eligibility.ts';
import { solveRound } from '../../src/solver/kbest.ts';

describe('generate', () => {
  it('gives byte-identical output for the same seed, in both formats', () => {
    for (const format of ['yaml', 'json'] as const) {
      const a = serializeScenario(generateProvince({ cadres: 120, seed: 42 }), format);
      const b = serializeScenario(generateProvince({ cadres: 120, seed: 42 }), format);
      expect(a).toBe(b);
    }
  });

  it('gives different provinces for different seeds', () => {
    const a = serializeScenario(generateProvince({ cadres: 60, seed: 1 }), 'json');
    const b = serializeScenario(generateProvince({ cadres: 60, seed: 2 }), 'json');
    expect(a).not.toBe(b);
  });

  it.each([2, 5, 13, 30, 77, 150, 400])('is valid input for %i cadres, through YAML and JSON files', (cadres) => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-gen-'));
    for (const seed of [1, 9]) {
      const scenario = generateProvince({ cadres, seed });
      expect(() => parseScenario(scenario)).not.toThrow();
      for (const ext of ['yaml', 'json'] as const) {
        const file = join(dir, `p-${cadres}-${seed}.${ext}`);
        writeFileSync(file, serializeScenario(scenario, ext));
        const loaded = loadScenario(file);
        expect(loaded.scenario.cadres).toHaveLength(cadres);
        expect(loaded.warnings).toEqual([]);
      }
    }
  });

  it('has the two-tier structure and every kind of data the contract knows', () => {
    const { scenario } = parseScenario(generateProvince({ cadres: 300, seed: 5 }));
    const kinds = new Set(scenario.units.map((unit) => unit.kind));
    expect(kinds.has('department')).toBe(true);
    expect(kinds.has('commune')).toBe(true);
    const departments = scenario.units.filter((unit) => unit.kind === 'department').length;
    const communes = scenario.units.filter((unit) => unit.kind === 'commune' || unit.kind === 'ward').length;
    expect(communes).toBeGreaterThan(2 * departments);
    expect(scenario.units.length).toBeGreaterThan(300 / 16);
    expect(scenario.units.length).toBeLessThan(300 / 8);
    expect(scenario.positions.some((post) => post.holder == null)).toBe(true);
    expect(scenario.positions.some((post) => post.mustFill)).toBe(true);
    expect(scenario.positions.some((post) => post.mustFill && post.holder == null)).toBe(true);
    for (const cadre of scenario.cadres) {
      expect(cadre.planning.length).toBeGreaterThanOrEqual(1);
      expect(cadre.planning.length).toBeLessThanOrEqual(3);
    }
    expect(scenario.cadres.some((cadre) => cadre.history.length > 0)).toBe(true);
    expect(scenario.cadres.some((cadre) => cadre.relatives.length > 0)).toBe(true);
    for (const side of ['origin', 'destination', 'cadre'] as const) {
      expect(scenario.consents.some((consent) => consent.side === side && !consent.agree)).toBe(true);
    }
    expect(scenario.policy.quotas.length).toBeGreaterThan(0);
    expect(new Set(scenario.cadres.map((cadre) => cadre.name)).size).toBeGreaterThan(100);
  });

  it('gives a 700-cadre round about 10^5 eligible pairs (one title in many communes)', () => {
    const { scenario } = parseScenario(generateProvince({ cadres: 700, seed: 7 }));
    const pairs = eligiblePairs(buildRound(scenario)).length;
    expect(pairs).toBeGreaterThan(50_000);
    expect(pairs).toBeLessThan(200_000);
  });

  it('gives feasible rounds (a vacant must-fill post always has candidates)', async () => {
    for (const cadres of [12, 30, 2027 % 40]) {
      for (const seed of [1, 2, 2027]) {
        const round = buildRound(parseScenario(generateProvince({ cadres, seed })).scenario);
        const outcome = await solveRound(round, { solver: 'highs' });
        expect(outcome.status, `${cadres} cadres, seed ${seed}`).toBe('optimal');
      }
    }
  });
});
