// The generator: deterministic per seed, always valid input, realistic in size.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { serializeScenario } from '../../src/generate/write.ts';
import { loadScenario, parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { eligiblePairs } from '../../src/rules/eligibility.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { testSize } from '../support/size.ts';

describe('generate', () => {
  it('gives byte-identical output for the same seed, in both formats and both versions', () => {
    for (const version of [1, 2] as const) {
      for (const format of ['yaml', 'json'] as const) {
        const a = serializeScenario(generateProvince({ cadres: 120, seed: 42, version }), format);
        const b = serializeScenario(generateProvince({ cadres: 120, seed: 42, version }), format);
        expect(a).toBe(b);
      }
    }
  });

  it('--version 1 writes the same bytes as before version 2 existed', () => {
    const sha = (format: 'yaml' | 'json') => createHash('sha256').update(serializeScenario(generateProvince({ cadres: 150, seed: 2027, version: 1 }), format)).digest('hex');
    expect(sha('yaml')).toBe('e133ad7c6323d0592c76939659cb9acca3ae693f0df05d32669b7ed092eb883c');
    expect(sha('json')).toBe('5a42f5811fd39a57484a6d88a550cef0d0b0b14b391c95424145c8d20476e8cc');
  });

  it('gives different provinces for different seeds', () => {
    const a = serializeScenario(generateProvince({ cadres: 60, seed: 1 }), 'json');
    const b = serializeScenario(generateProvince({ cadres: 60, seed: 2 }), 'json');
    expect(a).not.toBe(b);
  });

  // 400 cadres (3 s) only at the large size: 150 already has every kind of unit and title.
  it.each(testSize() === 'large' ? [2, 5, 13, 30, 77, 150, 400] : [2, 5, 13, 30, 77, 150])('is valid input for %i cadres, through YAML and JSON files (both versions)', (cadres) => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-gen-'));
    for (const [seed, version] of [[1, 2], [9, 2], [1, 1]] as const) {
      const scenario = generateProvince({ cadres, seed, version });
      expect(() => parseScenario(scenario)).not.toThrow();
      for (const ext of ['yaml', 'json'] as const) {
        const file = join(dir, `p-${cadres}-${seed}-v${version}.${ext}`);
        writeFileSync(file, serializeScenario(scenario, ext));
        const loaded = loadScenario(file);
        expect(loaded.scenario.cadres).toHaveLength(cadres);
        expect(loaded.warnings).toEqual([]);
      }
    }
  });

  it('has the two-tier structure and every kind of data of version 1', () => {
    const { scenario } = parseScenario(generateProvince({ cadres: 300, seed: 5, version: 1 }));
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
      expect(cadre.planning.length, cadre.id).toBeGreaterThanOrEqual(1);
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

  it.each([1, 2] as const)('gives a 700-cadre round about 10^5 eligible pairs (version %i)', (version) => {
    const { scenario } = parseScenario(generateProvince({ cadres: 700, seed: 7, version }));
    const pairs = eligiblePairs(buildRound(scenario)).length;
    expect(pairs).toBeGreaterThan(50_000);
    expect(pairs).toBeLessThan(200_000);
  });

  it('gives feasible rounds (a vacant must-fill post always has candidates; must-move cadres can move)', async () => {
    const rounds = [12, 30, 2027 % 40].flatMap((cadres) => [1, 2, 2027].map((seed) => [cadres, seed] as const));
    for (const [cadres, seed] of [...rounds, [90, 5] as const]) {
      {
        const round = buildRound(parseScenario(generateProvince({ cadres, seed })).scenario);
        const outcome = await solveRound(round, { solver: 'highs' });
        expect(outcome.status, `${cadres} cadres, seed ${seed}`).toBe('optimal');
        for (const cadre of round.scenario.cadres.filter((c) => c.mustMove)) {
          expect(outcome.plans[0]!.moves.some((move) => move.cadre === cadre.id), `${cadre.id} must move`).toBe(true);
        }
      }
    }
  });
});

describe('generate, version 2', () => {
  const { scenario } = parseScenario(generateProvince({ cadres: 400, seed: 11 }));
  const round = buildRound(scenario);

  it('is a merged province in mid-2027, in Vietnamese, with a catalogue naming every title', () => {
    expect(scenario.version).toBe(2);
    expect(scenario.language).toBe('vi');
    expect(scenario.asOf).toBe('2027-07-01');
    const titles = new Set((scenario.titles ?? []).map((title) => title.id));
    for (const post of scenario.positions) expect(titles.has(post.title), post.title).toBe(true);
    for (const cadre of scenario.cadres) for (const title of cadre.planning) expect(titles.has(title), title).toBe(true);
    expect((scenario.titles ?? []).some((title) => title.key)).toBe(true);
    expect(new Set((scenario.titles ?? []).map((title) => title.level)).size).toBeGreaterThan(2);
    // Every commune leader in post since the merger.
    for (const cadre of scenario.cadres) {
      if (round.posts.get(cadre.position)!.unit.startsWith('U-X')) expect(cadre.since).toBe('2025-07-01');
    }
  });

  it('has every version 2 feature: kiêm nhiệm, rotation, must-move, ratings, profiles, hometown lists, notes, a withdrawn objection', () => {
    const cadres = scenario.cadres;
    const also = cadres.filter((cadre) => (cadre.alsoHolds ?? []).length > 0);
    expect(also.length).toBeGreaterThan(0);
    for (const cadre of also) for (const post of cadre.alsoHolds!) expect(round.holderOf.get(post)).toBe(cadre.id);
    expect(cadres.some((cadre) => cadre.rotated)).toBe(true);
    expect(cadres.filter((cadre) => cadre.mustMove).length).toBeGreaterThanOrEqual(2);
    for (const cadre of cadres) {
      expect(cadre.rating ?? undefined).toBeUndefined();
      expect((cadre.ratings ?? []).map((entry) => entry.year)).toEqual([2024, 2025, 2026]);
      expect(Object.keys(cadre.profile ?? {}).sort()).toEqual(['education', 'ethnicity', 'partyCommittee', 'politicalTheory']);
    }
    expect(cadres.some((cadre) => Array.isArray(cadre.hometown))).toBe(true);
    const planned = cadres.filter((cadre) => cadre.planning.length > 0).length;
    expect(planned).toBeGreaterThan(cadres.length * 0.45);
    expect(planned).toBeLessThan(cadres.length * 0.75);
    for (const cadre of cadres) expect(cadre.planning.length).toBeLessThanOrEqual(3);
    expect(scenario.pins.length).toBe(1);
    expect(scenario.pins[0]!.note).toMatch(/BTV cho chủ trương/);
    expect(scenario.forbids.every((forbid) => forbid.note)).toBe(true);
    const withdrawn = scenario.consents.filter((consent, i) =>
      !consent.agree && scenario.consents.slice(i + 1).some((later) => later.side === consent.side && later.cadre === consent.cadre && later.agree));
    expect(withdrawn.length).toBeGreaterThan(0);
  });
});
