// Contract section 8.1–8.2: the fields version 2 adds, refused in a version 1 file with their
// path; the version 2 defaults; the catalogue and alsoHolds references; the round's readings
// (holders through alsoHolds, last-entry consents, latest rating, titles, move kinds).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadScenario, parseScenario } from '../../src/scenario/load.ts';
import {
  buildRound, hometownsOf, latestRating, moveKind, objectionKey, ratingsRead, titleName,
} from '../../src/scenario/round.ts';
import { defaultPolicy } from '../../src/scenario/schema.ts';
import { baseScenario, edited, problemsOf } from './helpers.ts';

/** The base scenario as version 2, with a catalogue naming its four titles. */
function v2(): any {
  return edited((s) => {
    s.version = 2;
    s.titles = [
      { id: 'department-deputy', name: 'Phó Giám đốc Sở', level: 3 },
      { id: 'commune-secretary', name: 'Bí thư Đảng ủy xã', level: 3, key: true },
      { id: 'commune-chairman', name: 'Chủ tịch UBND xã', level: 3, key: true },
      { id: 'commune-deputy', level: 2 },
    ];
  });
}

describe('version 2 fields in a version 1 file', () => {
  it('each is refused with its path', () => {
    const problems = problemsOf(edited((s) => {
      s.language = 'vi';
      s.titles = [];
      s.policy = { rotationTermMonths: 12, stability: { maxKeyChangesPerUnit: 2 }, weights: { merit: 1 } };
      s.cadres[0].rotated = true;
      s.cadres[0].hometown = ['LS', 'BG'];
      s.cadres[1].alsoHolds = ['P-C2'];
      s.cadres[2].profile = { ethnicity: 'Tày' };
      // A decision's note: the review server writes one whatever the version (README).
      s.pins[0].note = 'BTV cho chủ trương';
      s.forbids[1].note = 'đang xác minh';
    }));
    expect(problems).toEqual([
      'language: is a version 2 field (this file says version: 1)',
      'titles: is a version 2 field (this file says version: 1)',
      'policy.rotationTermMonths: is a version 2 field (this file says version: 1)',
      'policy.stability.maxKeyChangesPerUnit: is a version 2 field (this file says version: 1)',
      'policy.weights.merit: is a version 2 field (this file says version: 1)',
      'cadres[0].rotated: is a version 2 field (this file says version: 1)',
      'cadres[0].hometown: a list of hometowns is a version 2 field (this file says version: 1): write one locality code',
      'cadres[1].alsoHolds: is a version 2 field (this file says version: 1)',
      'cadres[2].profile: is a version 2 field (this file says version: 1)',
    ]);
  });
  it('a version 1 scenario gains no field and keeps its defaults', () => {
    const { scenario } = parseScenario(baseScenario());
    expect(scenario.policy).toEqual(defaultPolicy(1));
    expect(Object.keys(scenario).includes('titles')).toBe(false);
    expect(Object.keys(scenario.cadres[0]!).some((key) => ['rotated', 'mustMove', 'alsoHolds', 'ratings'].includes(key))).toBe(false);
  });
});

describe('version 2 defaults (8.2)', () => {
  it('changed and new policy fields', () => {
    const policy = parseScenario(v2()).scenario.policy;
    expect(policy).toEqual(defaultPolicy(2));
    expect(policy.minTenureMonths).toBe(0);
    expect(policy.noReturnYears).toBe(0);
    expect(policy.rotationTermMonths).toBe(36);
    expect(policy.allowSideways).toBe(true);
    expect(policy.minYearsToRetirementShort).toBe(5);
    expect(policy.ratingYears).toBe(1);
    expect(policy.stability.maxKeyChangesPerUnit).toBe(1);
    expect(policy.weights.merit).toBe(4);
  });
  it('a null key-change cap means no cap; a parsed scenario parses to itself', () => {
    const { scenario } = parseScenario(edited((s) => (s.policy = { stability: { maxKeyChangesPerUnit: null } }), v2()));
    expect(scenario.policy.stability.maxKeyChangesPerUnit).toBeNull();
    expect(parseScenario(structuredClone(scenario)).scenario).toEqual(scenario);
    expect(scenario.cadres[0]).toMatchObject({ rotated: false, mustMove: false, alsoHolds: [], ratings: [] });
  });
  it('null means absent for the new fields, as for every optional field (mustFill: null, planning: null)', () => {
    const nulls = (s: any) => {
      s.titles = null;
      Object.assign(s.cadres[0], { rotated: null, mustMove: null, alsoHolds: null, ratings: null, profile: null });
    };
    const { scenario } = parseScenario(edited(nulls, v2()));
    expect(scenario.titles ?? []).toEqual([]);
    expect(scenario.cadres[0]).toMatchObject({ rotated: false, mustMove: false, alsoHolds: [], ratings: [] });
    expect(problemsOf(edited(nulls))).toEqual([]);
  });
});

describe('version 2 references', () => {
  it('titles and planning entries must be in the catalogue; title ids unique', () => {
    expect(problemsOf(edited((s) => {
      s.titles.push({ id: 'commune-deputy', level: 1 });
      s.positions[0].title = 'nope';
      s.cadres[0].planning = ['commune-secretary', 'also-nope'];
    }, v2()))).toEqual([
      'titles[4].id: duplicate title id "commune-deputy" (first at titles[3])',
      'positions[0].title: unknown title "nope" (not in the titles catalogue)',
      'cadres[0].planning[1]: unknown title "also-nope" (not in the titles catalogue)',
    ]);
  });
  it('a title entry needs id and a whole level', () => {
    expect(problemsOf(edited((s) => s.titles.push({ id: 'x', level: 1.5 }, { name: 'y' }), v2()))).toEqual([
      'titles[4].level: must be a whole number',
      'titles[5].id: is required',
      'titles[5].level: is required',
    ]);
  });
  it('alsoHolds: existing posts, held by one cadre, holder absent or equal', () => {
    const ok = edited((s) => {
      s.cadres[2].alsoHolds = ['P-C2'];
      s.positions[3].holder = 'C-3';
    }, v2());
    expect(problemsOf(ok)).toEqual([]);
    expect(problemsOf(edited((s) => {
      s.cadres[0].alsoHolds = ['P-9', 'P-B1', 'P-C2'];
      s.cadres[2].alsoHolds = ['P-C2'];
      s.positions[3].holder = 'C-3';
    }, v2()))).toEqual([
      'cadres[0].alsoHolds[0]: unknown position "P-9"',
      'cadres[0].alsoHolds[1]: position "P-B1" is already held by cadre "C-2"',
      'cadres[0].alsoHolds[1]: position "P-B1" names holder "C-2", not this cadre',
      'cadres[0].alsoHolds[2]: position "P-C2" names holder "C-3", not this cadre',
      'cadres[2].alsoHolds[0]: position "P-C2" is already held by cadre "C-1"',
    ]);
  });
  it('at most one rating per year', () => {
    expect(problemsOf(edited((s) => (s.cadres[0].ratings = [{ year: 2025, rating: 'good' }, { year: 2025, rating: 'excellent' }]), v2()))).toEqual([
      'cadres[0].ratings[1].year: a second rating for 2025 (first at ratings[0])',
    ]);
  });
});

describe('the round reads version 2', () => {
  it('holders through alsoHolds; hometown lists; latest rating; ratings read', () => {
    const round = buildRound(parseScenario(edited((s) => {
      s.cadres[2].alsoHolds = ['P-C2'];
      s.cadres[0].hometown = ['LS', 'BG'];
      delete s.cadres[0].rating;
      s.cadres[0].ratings = [{ year: 2026, rating: 'excellent' }, { year: 2024, rating: 'incomplete' }, { year: 2025, rating: 'good' }];
    }, v2())).scenario);
    expect(round.holderOf.get('P-C2')).toBe('C-3');
    const c1 = round.cadres.get('C-1')!;
    expect(hometownsOf(c1)).toEqual(['LS', 'BG']);
    expect(hometownsOf(round.cadres.get('C-2')!)).toEqual([]);
    expect(latestRating(c1)).toBe('excellent');
    expect(ratingsRead(round, c1)).toEqual(['excellent']);
    const wider = buildRound({ ...round.scenario, policy: { ...round.policy, ratingYears: 2 } });
    expect(ratingsRead(wider, c1)).toEqual(['excellent', 'good']);
  });
  it('consents: version 2 reads the last entry; version 1 keeps an objection', () => {
    const consents = [
      { side: 'destination', cadre: 'C-1', unit: 'U-C', agree: false },
      { side: 'destination', cadre: 'C-1', unit: 'U-C', agree: true },
      { side: 'origin', cadre: 'C-2', agree: true },
      { side: 'origin', cadre: 'C-2', agree: false, note: 'n' },
    ];
    const two = buildRound(parseScenario(edited((s) => (s.consents = consents), v2())).scenario);
    expect(two.objections.destination.has(objectionKey('C-1', 'U-C'))).toBe(false);
    expect(two.objections.origin.has('C-2')).toBe(true);
    const one = buildRound(parseScenario(edited((s) => (s.consents = consents))).scenario);
    expect(one.objections.destination.has(objectionKey('C-1', 'U-C'))).toBe(true);
    expect(one.objections.origin.has('C-2')).toBe(true);
  });
  it('titles by name, move kinds by level; without a catalogue sideways or other', () => {
    const round = buildRound(parseScenario(v2()).scenario);
    expect(titleName(round, 'commune-secretary')).toBe('Bí thư Đảng ủy xã');
    expect(titleName(round, 'commune-deputy')).toBe('commune-deputy');
    const c1 = round.cadres.get('C-1')!; // department-deputy, level 3
    expect(moveKind(round, c1, round.posts.get('P-B1')!)).toBe('sideways');
    expect(moveKind(round, c1, round.posts.get('P-C2')!)).toBe('down');
    expect(moveKind(round, round.cadres.get('C-3')!.id ? round.cadres.get('C-3')! : c1, round.posts.get('P-A1')!)).toBe('sideways');
    const plain = buildRound(parseScenario(baseScenario()).scenario);
    expect(moveKind(plain, plain.cadres.get('C-1')!, plain.posts.get('P-B1')!)).toBe('other');
    expect(moveKind(plain, plain.cadres.get('C-2')!, plain.posts.get('P-B1')!)).toBe('sideways');
  });
});

describe('an overlay can withdraw an objection (8.3 E4: overlays append, the last entry decides)', () => {
  it('in version 2; in version 1 the objection stands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-v2-'));
    const objection = [{ side: 'origin', cadre: 'C-1', agree: false, note: 'cần cho ngân sách' }];
    for (const version of [1, 2] as const) {
      const base = version === 2 ? edited((s) => (s.consents = objection), v2()) : edited((s) => (s.consents = objection));
      writeFileSync(join(dir, `base${version}.yaml`), stringify(base));
      writeFileSync(join(dir, `withdraw${version}.yaml`), stringify({ extends: `base${version}.yaml`, consents: [{ side: 'origin', cadre: 'C-1', agree: true, note: 'đã thống nhất' }] }));
      const round = buildRound(loadScenario(join(dir, `withdraw${version}.yaml`)).scenario);
      expect(round.objections.origin.has('C-1')).toBe(version === 1);
    }
  });
});
