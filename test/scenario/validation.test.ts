/**
 * One accepting and one rejecting case for every validation condition of contract section 1
 * and every range of section 2, each rejection asserted by its exact line (path: message).
 */
import { describe, expect, it } from 'vitest';
import { baseScenario, edited, problemsOf } from './helpers.ts';

interface Case {
  readonly condition: string;
  /** An edit that keeps the scenario valid while exercising the condition. */
  readonly accept: (s: any) => void;
  /** An edit that breaks it, and every line the validator must print for it. */
  readonly reject: (s: any) => void;
  readonly problems: readonly string[];
}

const CASES: Case[] = [
  // --- ids: non-empty, unique within their list
  {
    condition: 'unit ids are unique',
    accept: (s) => s.units.push({ id: 'U-D' }),
    reject: (s) => s.units.push({ id: 'U-A' }),
    problems: ['units[3].id: duplicate unit id "U-A" (first at units[0])'],
  },
  {
    condition: 'position ids are unique',
    accept: (s) => s.positions.push({ id: 'P-C3', unit: 'U-C', title: 'x' }),
    reject: (s) => s.positions.push({ id: 'P-C2', unit: 'U-C', title: 'x' }),
    problems: ['positions[4].id: duplicate position id "P-C2" (first at positions[3])'],
  },
  {
    condition: 'cadre ids are unique',
    accept: (s) => {
      s.positions[3].holder = 'C-4';
      s.cadres.push({ id: 'C-4', gender: 'male', born: '1990-01-01', position: 'P-C2', since: '2020-01-01' });
    },
    reject: (s) => {
      s.positions[3].holder = 'C-4';
      s.cadres.push({ id: 'C-3', gender: 'male', born: '1990-01-01', position: 'P-C2', since: '2020-01-01' });
    },
    problems: [
      'cadres[3].id: duplicate cadre id "C-3" (first at cadres[2])',
      'positions[3].holder: unknown cadre "C-4"',
    ],
  },
  {
    condition: 'ids are non-empty strings',
    accept: (s) => (s.units[2].id = 'U-C'),
    reject: (s) => (s.units.push({ id: '' }), s.units.push({ id: 7 })),
    problems: ['units[3].id: must be a non-empty id', 'units[4].id: must be a string (got 7)'],
  },
  // --- every reference resolves
  {
    condition: 'position.unit resolves',
    accept: (s) => (s.positions[3].unit = 'U-A'),
    reject: (s) => (s.positions[3].unit = 'U-X'),
    problems: ['positions[3].unit: unknown unit "U-X"'],
  },
  {
    condition: 'position.holder resolves',
    accept: (s) => (s.positions[3].holder = undefined),
    reject: (s) => (s.positions[3].holder = 'C-99'),
    problems: ['positions[3].holder: unknown cadre "C-99"'],
  },
  {
    condition: 'cadre.position resolves',
    accept: (s) => ((s.cadres[2].position = 'P-C2'), (s.positions[3].holder = 'C-3'), (s.positions[2].holder = null)),
    reject: (s) => ((s.cadres[2].position = 'P-99'), (s.positions[2].holder = null)),
    problems: ['cadres[2].position: unknown position "P-99"'],
  },
  {
    condition: 'unit.parent resolves',
    accept: (s) => (s.units[2].parent = 'U-B'),
    reject: (s) => (s.units[2].parent = 'PROV'),
    problems: ['units[2].parent: unknown unit "PROV"'],
  },
  {
    condition: 'consent.cadre resolves',
    accept: (s) => s.consents.push({ side: 'cadre', cadre: 'C-3', agree: true }),
    reject: (s) => s.consents.push({ side: 'cadre', cadre: 'C-9', agree: true }),
    problems: ['consents[3].cadre: unknown cadre "C-9"'],
  },
  {
    condition: 'consent.unit resolves',
    accept: (s) => s.consents.push({ side: 'destination', cadre: 'C-2', unit: 'U-C', agree: false }),
    reject: (s) => s.consents.push({ side: 'destination', cadre: 'C-2', unit: 'U-Z', agree: false }),
    problems: ['consents[3].unit: unknown unit "U-Z"'],
  },
  {
    condition: 'pin.cadre and pin.position resolve',
    accept: (s) => s.pins.push({ cadre: 'C-3', position: 'P-C2' }),
    reject: (s) => s.pins.push({ cadre: 'C-33', position: 'P-C22' }),
    problems: ['pins[1].cadre: unknown cadre "C-33"', 'pins[1].position: unknown position "P-C22"'],
  },
  {
    condition: 'forbid.cadre, forbid.unit and forbid.position resolve',
    accept: (s) => s.forbids.push({ cadre: 'C-2', unit: 'U-C', position: 'P-A1' }),
    reject: (s) => s.forbids.push({ cadre: 'C-0', unit: 'U-0', position: 'P-0' }),
    problems: [
      'forbids[2].cadre: unknown cadre "C-0"',
      'forbids[2].unit: unknown unit "U-0"',
      'forbids[2].position: unknown position "P-0"',
    ],
  },
  {
    condition: 'relatives resolve',
    accept: (s) => s.cadres[2].relatives = ['C-1'],
    reject: (s) => (s.cadres[2].relatives = ['C-1', 'C-8']),
    problems: ['cadres[2].relatives[1]: unknown cadre "C-8"'],
  },
  {
    condition: 'history units resolve',
    accept: (s) => s.cadres[1].history = [{ unit: 'U-A', from: '2010-01-01', to: '2012-12-31' }],
    reject: (s) => (s.cadres[1].history = [{ unit: 'U-OLD', from: '2010-01-01', to: '2012-12-31' }]),
    problems: ['cadres[1].history[0].unit: unknown unit "U-OLD"'],
  },
  {
    condition: 'preferences resolve',
    accept: (s) => (s.cadres[1].preferences = ['U-A', 'U-C']),
    reject: (s) => (s.cadres[1].preferences = ['U-A', 'U-Q']),
    problems: ['cadres[1].preferences[1]: unknown unit "U-Q"'],
  },
  // --- holders
  {
    condition: "a cadre's position and the position's holder agree",
    accept: (s) => {
      s.cadres[2].position = 'P-C2';
      s.positions[3].holder = 'C-3';
      s.positions[2].holder = null;
    },
    reject: (s) => (s.positions[3].holder = 'C-3'),
    problems: ['positions[3].holder: cadre "C-3" holds position "P-C1", not "P-C2"'],
  },
  {
    condition: 'a cadre may not hold a vacant post',
    accept: (s) => (s.positions[3].holder = null),
    reject: (s) => ((s.cadres[2].position = 'P-C2'), (s.positions[2].holder = null)),
    problems: ['cadres[2].position: position "P-C2" is vacant (no holder), but this cadre holds it'],
  },
  {
    condition: 'no post has two holders',
    accept: (s) => ((s.cadres[2].position = 'P-C2'), (s.positions[3].holder = 'C-3'), (s.positions[2].holder = null)),
    reject: (s) => (s.cadres[2].position = 'P-B1'),
    problems: [
      'positions[2].holder: cadre "C-3" holds position "P-B1", not "P-C1"',
      'cadres[2].position: position "P-B1" is already held by cadre "C-2"',
    ],
  },
  // --- parents form a forest
  {
    condition: 'unit parents form a forest',
    accept: (s) => ((s.units[2].parent = 'U-B'), (s.units[0].parent = null)),
    reject: (s) => ((s.units[0].parent = 'U-C'), (s.units[2].parent = 'U-B')),
    problems: ['units[0].parent: unit parents form a cycle: U-A → U-C → U-B → U-A'],
  },
  {
    condition: 'a unit is not its own parent',
    accept: (s) => (s.units[2].parent = 'U-A'),
    reject: (s) => (s.units[2].parent = 'U-C'),
    problems: ['units[2].parent: unit parents form a cycle: U-C → U-C'],
  },
  // --- dates
  {
    condition: 'dates are real calendar dates (leap day)',
    accept: (s) => (s.cadres[1].born = '2024-02-29'),
    reject: (s) => (s.cadres[1].born = '2021-02-30'),
    problems: ['cadres[1].born: must be a real calendar date YYYY-MM-DD (got "2021-02-30")'],
  },
  {
    condition: 'dates are YYYY-MM-DD',
    accept: (s) => (s.asOf = '2000-02-29'),
    reject: (s) => {
      s.asOf = '1900-02-29';
      s.cadres[0].since = '2021-3-1';
      s.cadres[0].history[0].to = '2017-06-31';
      s.cadres[2].born = '30/11/1979';
    },
    problems: [
      'asOf: must be a real calendar date YYYY-MM-DD (got "1900-02-29")',
      'cadres[0].since: must be a real calendar date YYYY-MM-DD (got "2021-3-1")',
      'cadres[0].history[0].to: must be a real calendar date YYYY-MM-DD (got "2017-06-31")',
      'cadres[2].born: must be a real calendar date YYYY-MM-DD (got "30/11/1979")',
    ],
  },
  {
    condition: 'history from/to are dates',
    accept: (s) => (s.cadres[0].history[0].from = '2013-12-31'),
    reject: (s) => (s.cadres[0].history[0].from = '2013-13-01'),
    problems: ['cadres[0].history[0].from: must be a real calendar date YYYY-MM-DD (got "2013-13-01")'],
  },
  // --- ranges of section 2
  {
    condition: 'shares are in [0, 1]',
    accept: (s) => (s.policy = { stability: { maxOutShare: 1 }, quotas: [{ group: 'female', minShare: 0 }] }),
    reject: (s) => (s.policy = { stability: { maxOutShare: 1.5 }, quotas: [{ group: 'female', minShare: -0.1 }] }),
    problems: [
      'policy.stability.maxOutShare: must be between 0 and 1',
      'policy.quotas[0].minShare: must be between 0 and 1',
    ],
  },
  {
    condition: 'counts are non-negative integers',
    accept: (s) =>
      (s.policy = {
        minTenureMonths: 0, maxRotations: 0, noReturnYears: 0, minYearsToRetirement: 0, maxMoves: 0, youngAge: 0,
        retirementAge: { male: 60, female: 55 }, stability: { maxOutPerUnit: 0, maxInPerUnit: 0 },
      }),
    reject: (s) =>
      (s.policy = {
        minTenureMonths: -1, maxRotations: 2.5, noReturnYears: '5', maxMoves: -3,
        retirementAge: { female: 60.5 }, stability: { maxInPerUnit: -1 },
      }),
    problems: [
      'policy.minTenureMonths: must not be negative',
      'policy.maxRotations: must be a whole number',
      'policy.noReturnYears: must be a number (got "5")',
      'policy.retirementAge.female: must be a whole number',
      'policy.stability.maxInPerUnit: must not be negative',
      'policy.maxMoves: must not be negative',
    ],
  },
  {
    condition: 'weights are finite numbers (negative allowed)',
    accept: (s) => (s.policy = { weights: { development: 0, fit: -2.5, preference: 1e3, move: 0.5, objection: 100, quotaShortfall: 0 } }),
    reject: (s) => (s.policy = { weights: { development: Infinity, fit: Number.NaN, move: '4' } }),
    problems: [
      'policy.weights.development: must be a finite number (got Infinity)',
      'policy.weights.fit: must be a finite number (got NaN)',
      'policy.weights.move: must be a number (got "4")',
    ],
  },
  {
    condition: 'quota groups and modes come from the allowed sets',
    accept: (s) =>
      (s.policy = {
        quotas: [
          { group: 'female', minShare: 0.3, mode: 'soft' },
          { group: 'minority', minShare: 0.1, mode: 'hard' },
          { group: 'young', minShare: 0.2 },
        ],
      }),
    reject: (s) => (s.policy = { quotas: [{ group: 'women', minShare: 0.3, mode: 'strict' }] }),
    problems: [
      'policy.quotas[0].group: must be one of "female", "minority", "young" (got "women")',
      'policy.quotas[0].mode: must be one of "hard", "soft" (got "strict")',
    ],
  },
  {
    condition: 'consent modes come from the allowed set',
    accept: (s) => (s.policy = { consent: { origin: 'soft', destination: 'ignore', cadre: 'hard' } }),
    reject: (s) => (s.policy = { consent: { cadre: 'never' } }),
    problems: ['policy.consent.cadre: must be one of "hard", "soft", "ignore" (got "never")'],
  },
  {
    condition: 'consent sides come from the allowed set',
    accept: (s) => s.consents.push({ side: 'cadre', cadre: 'C-3', agree: false }),
    reject: (s) => s.consents.push({ side: 'family', cadre: 'C-3', agree: false }),
    problems: ['consents[3].side: must be one of "origin", "destination", "cadre" (got "family")'],
  },
  {
    condition: 'a destination consent names its unit',
    accept: (s) => s.consents.push({ side: 'destination', cadre: 'C-3', unit: 'U-A', agree: false }),
    reject: (s) => s.consents.push({ side: 'destination', cadre: 'C-3', agree: false }),
    problems: ['consents[3].unit: a destination consent must name its unit'],
  },
  {
    condition: 'a consent says agree true or false',
    accept: (s) => s.consents.push({ side: 'origin', cadre: 'C-3', agree: true }),
    reject: (s) => s.consents.push({ side: 'origin', cadre: 'C-3', agree: 'no' }, { side: 'origin', cadre: 'C-3' }),
    problems: ['consents[3].agree: must be true or false (got "no")', 'consents[4].agree: is required'],
  },
  {
    condition: 'gender and rating come from the allowed sets',
    accept: (s) => ((s.cadres[1].rating = 'excellent'), (s.cadres[2].rating = 'incomplete')),
    reject: (s) => ((s.cadres[1].gender = 'f'), (s.cadres[2].rating = 'very good')),
    problems: [
      'cadres[1].gender: must be one of "male", "female" (got "f")',
      'cadres[2].rating: must be one of "excellent", "good", "complete", "incomplete" (got "very good")',
    ],
  },
  {
    condition: 'the contract version is 1 or 2',
    accept: (s) => (s.version = 1),
    reject: (s) => (s.version = 3),
    problems: ['version: must be one of 1, 2 (got 3)'],
  },
  // --- required fields
  {
    condition: 'the top-level required fields are present',
    accept: (s) => ((s.consents = undefined), (s.pins = null), (s.forbids = []), (s.policy = undefined)),
    reject: (s) => {
      for (const key of ['version', 'name', 'asOf', 'units', 'positions', 'cadres']) delete s[key];
    },
    problems: ['version: is required', 'name: is required', 'asOf: is required', 'units: is required', 'positions: is required', 'cadres: is required'],
  },
  {
    condition: 'a unit needs its id, a post its id, unit and title',
    accept: (s) => ((s.units[2] = { id: 'U-C' }), (s.positions[3] = { id: 'P-C2', unit: 'U-C', title: 't' })),
    reject: (s) => ((s.units[2] = { name: 'no id' }), (s.positions[3] = { holder: null })),
    problems: ['units[2].id: is required', 'positions[3].id: is required', 'positions[3].unit: is required', 'positions[3].title: is required'],
  },
  {
    condition: 'a cadre needs id, gender, born, position and since',
    accept: (s) => (s.cadres[0] = { id: 'C-1', gender: 'male', born: '1982-05-14', position: 'P-A1', since: '2021-03-01' }),
    reject: (s) => (s.cadres[0] = { name: 'Nguyễn Văn An' }),
    problems: [
      'cadres[0].id: is required',
      'cadres[0].gender: is required',
      'cadres[0].born: is required',
      'cadres[0].position: is required',
      'cadres[0].since: is required',
    ],
  },
  {
    // The contract requires no field of a history entry; a given date must still be real.
    condition: 'history entries need real dates; pins cadre and position; consents side and cadre',
    accept: (s) => (s.cadres[1].history = [{ unit: 'U-A', to: '2002-01-01' }, { rotation: true }]),
    reject: (s) => {
      s.cadres[1].history = [{ unit: 'U-A', from: '2001-02-30', to: '2002-13-01' }];
      s.pins = [{ cadre: 'C-1' }];
      s.consents = [{ agree: false }];
    },
    problems: [
      'cadres[1].history[0].from: must be a real calendar date YYYY-MM-DD (got "2001-02-30")',
      'cadres[1].history[0].to: must be a real calendar date YYYY-MM-DD (got "2002-13-01")',
      'consents[0].side: is required',
      'consents[0].cadre: is required',
      'pins[0].position: is required',
    ],
  },
  {
    condition: 'unknown fields are rejected (a misspelt field would be silently ignored)',
    accept: (s) => (s.positions[1].mustFill = false),
    reject: (s) => ((s.positions[1].mustfill = true), (s.policy = { maxmoves: 3 })),
    problems: ['policy: unknown field "maxmoves"', 'positions[1]: unknown field "mustfill"'],
  },
  {
    condition: 'lists are lists and entries are objects',
    accept: (s) => (s.pins = []),
    reject: (s) => ((s.pins = { cadre: 'C-1' }), (s.units[1] = 'U-B')),
    problems: ['units[1]: must be an object (a mapping of fields) (got "U-B")', 'pins: must be a list (got an object)'],
  },
];

describe('validation conditions of contract sections 1 and 2', () => {
  it('the base scenario is valid', () => {
    expect(problemsOf(baseScenario())).toEqual([]);
  });

  describe.each(CASES)('$condition', ({ accept, reject, problems }) => {
    it('accepts', () => {
      expect(problemsOf(edited(accept))).toEqual([]);
    });
    it('rejects, naming the path', () => {
      expect(problemsOf(edited(reject))).toEqual(problems);
    });
  });

  it('collects every problem at once', () => {
    const broken = edited((s) => {
      s.cadres[0].position = 'P-99';
      s.units[1].parent = 'U-NONE';
      s.pins[0].position = 'P-98';
      s.cadres[2].born = '2021-02-30';
    });
    // Schema problems come first; cross-reference problems need a schema-valid scenario.
    expect(problemsOf(broken)).toEqual(['cadres[2].born: must be a real calendar date YYYY-MM-DD (got "2021-02-30")']);
    broken.cadres[2].born = '1979-11-30';
    expect(problemsOf(broken)).toEqual([
      'units[1].parent: unknown unit "U-NONE"',
      'positions[0].holder: cadre "C-1" holds position "P-99", not "P-A1"',
      'cadres[0].position: unknown position "P-99"',
      'pins[0].position: unknown position "P-98"',
    ]);
  });
});
