/**
 * fast-check arbitraries of scenario files that are valid by construction: unit parents only
 * point to earlier units (a forest), each cadre holds a distinct post and that post names it
 * as holder, every reference is drawn from the ids that exist, every date is a real day.
 * Raw input objects (what a planner writes), not parsed ones.
 */
import fc from 'fast-check';
import { daysInMonth } from '../../src/scenario/dates.ts';

export const dateArb = (minYear = 1960, maxYear = 2030): fc.Arbitrary<string> =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => {
      const d = Math.min(day, daysInMonth(year, month));
      return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    });

const TAGS = ['grassroots', 'finance', 'party-work', 'inspection', 'planning'] as const;
const TITLES = ['commune-secretary', 'commune-chairman', 'department-director', 'department-deputy'] as const;
/** A share in [0, 1]; `+ 0` turns -0 into 0, which JSON cannot tell apart anyway. */
const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);
const tags = fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 });

const policyArb = fc.record(
  {
    requirePlanning: fc.boolean(),
    minTenureMonths: fc.nat(60),
    maxRotations: fc.nat(4),
    noReturnYears: fc.nat(8),
    retirementAge: fc.record({ male: fc.integer({ min: 55, max: 65 }), female: fc.integer({ min: 50, max: 65 }) }, { requiredKeys: [] }),
    minRating: fc.constantFrom('excellent', 'good', 'complete', 'incomplete'),
    nonLocalTitles: fc.uniqueArray(fc.constantFrom(...TITLES), { maxLength: 2 }),
    stability: fc.record(
      { maxOutPerUnit: fc.nat(3), maxOutShare: share, maxInPerUnit: fc.nat(3) },
      { requiredKeys: [] },
    ),
    maxMoves: fc.option(fc.nat(10)),
    consent: fc.record(
      { origin: fc.constantFrom('hard', 'soft', 'ignore'), destination: fc.constantFrom('hard', 'soft', 'ignore'), cadre: fc.constantFrom('hard', 'soft', 'ignore') },
      { requiredKeys: [] },
    ),
    youngAge: fc.integer({ min: 25, max: 50 }),
    quotas: fc.array(
      fc.record({ group: fc.constantFrom('female', 'minority', 'young'), minShare: share, mode: fc.constantFrom('hard', 'soft') }, { requiredKeys: ['group', 'minShare'] }),
      { maxLength: 2 },
    ),
    weights: fc.record(
      {
        development: fc.integer({ min: -5, max: 20 }),
        fit: fc.double({ min: -10, max: 10, noNaN: true }).map((x) => x + 0),
        preference: fc.nat(5),
        move: fc.nat(8),
        objection: fc.nat(40),
        quotaShortfall: fc.nat(50),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

export interface ScenarioShape {
  units: number;
  positions: number;
  cadres: number;
}

/** A valid raw scenario, with up to 6 units, 10 posts and as many cadres as posts. */
export const scenarioArb: fc.Arbitrary<any> = fc
  .record({ units: fc.integer({ min: 1, max: 6 }), positions: fc.integer({ min: 1, max: 10 }) })
  .chain(({ units, positions }) =>
    fc
      .record({
        cadres: fc.integer({ min: 1, max: positions }),
        // A forest: unit i's parent, when it has one, is an earlier unit.
        parents: fc.tuple(...Array.from({ length: units }, (_, i) => (i === 0 ? fc.constant(null) : fc.option(fc.nat(i - 1))))),
        postUnits: fc.array(fc.nat(units - 1), { minLength: positions, maxLength: positions }),
        // Which post each cadre holds: a permutation prefix, so no post has two holders.
        holds: fc.shuffledSubarray(Array.from({ length: positions }, (_, i) => i), { minLength: positions, maxLength: positions }),
      })
      .chain(({ cadres, parents, postUnits, holds }) => {
        const unitId = (i: number) => `U-${i}`;
        const postId = (i: number) => `P-${i}`;
        const cadreId = (i: number) => `C-${i}`;
        const unitRef = fc.nat(units - 1).map(unitId);
        const postRef = fc.nat(positions - 1).map(postId);
        const cadreRef = fc.nat(cadres - 1).map(cadreId);
        const holderOf = new Map<number, number>();
        for (let c = 0; c < cadres; c++) holderOf.set(holds[c]!, c);
        const unitsArb = fc.tuple(
          ...parents.map((parent, i) =>
            fc.record(
              { id: fc.constant(unitId(i)), name: fc.string(), kind: fc.constantFrom('department', 'commune', 'ward'), parent: fc.constant(parent === null ? null : unitId(parent)), locality: fc.constantFrom('AL', 'BT', 'HT') },
              { requiredKeys: ['id'] },
            ),
          ),
        );
        const positionsArb = fc.tuple(
          ...postUnits.map((unit, i) =>
            fc.record(
              {
                id: fc.constant(postId(i)),
                unit: fc.constant(unitId(unit)),
                title: fc.constantFrom(...TITLES),
                holder: fc.constant(holderOf.has(i) ? cadreId(holderOf.get(i)!) : null),
                mustFill: fc.boolean(),
                offers: tags,
                desired: tags,
              },
              { requiredKeys: ['id', 'unit', 'title', ...(holderOf.has(i) ? ['holder' as const] : [])] },
            ),
          ),
        );
        const historyArb = fc.record({ unit: unitRef, from: dateArb(1990, 2010), to: dateArb(2010, 2026), rotation: fc.boolean() }, { requiredKeys: ['unit', 'from', 'to'] });
        const cadresArb = fc.tuple(
          ...Array.from({ length: cadres }, (_, c) =>
            fc.record(
              {
                id: fc.constant(cadreId(c)),
                name: fc.string(),
                gender: fc.constantFrom('male', 'female'),
                born: dateArb(1960, 2000),
                minority: fc.boolean(),
                hometown: fc.constantFrom('AL', 'BT', 'HT'),
                position: fc.constant(postId(holds[c]!)),
                since: dateArb(2010, 2027),
                rating: fc.constantFrom('excellent', 'good', 'complete', 'incomplete'),
                planning: fc.uniqueArray(fc.constantFrom(...TITLES), { maxLength: 2 }),
                experience: tags,
                goals: tags,
                preferences: fc.uniqueArray(unitRef, { maxLength: 2 }),
                relatives: fc.uniqueArray(cadreRef, { maxLength: 2 }),
                available: fc.boolean(),
                history: fc.array(historyArb, { maxLength: 3 }),
              },
              { requiredKeys: ['id', 'gender', 'born', 'position', 'since'] },
            ),
          ),
        );
        const consentArb = fc.oneof(
          fc.record({ side: fc.constantFrom('origin', 'cadre'), cadre: cadreRef, agree: fc.boolean() }),
          fc.record({ side: fc.constant('destination'), cadre: cadreRef, unit: unitRef, agree: fc.boolean(), note: fc.string() }),
        );
        const forbidArb = fc.oneof(fc.record({ cadre: cadreRef, unit: unitRef }), fc.record({ cadre: cadreRef, position: postRef }));
        return fc.record(
          {
            version: fc.constant(1),
            name: fc.string({ minLength: 1 }),
            asOf: dateArb(2020, 2030),
            policy: policyArb,
            units: unitsArb,
            positions: positionsArb,
            cadres: cadresArb,
            consents: fc.array(consentArb, { maxLength: 4 }),
            pins: fc.array(fc.record({ cadre: cadreRef, position: postRef }), { maxLength: 2 }),
            forbids: fc.array(forbidArb, { maxLength: 2 }),
          },
          { requiredKeys: ['version', 'name', 'asOf', 'units', 'positions', 'cadres'] },
        );
      }),
  );
