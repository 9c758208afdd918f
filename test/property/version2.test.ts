// Version 2 rounds (contract section 8) against the brute-force oracle, which reads section 8
// on its own: the checker and the eligibility indexes rule by rule, pair by pair and on random
// plans; the ranked objectives of the K best on both backends; every rule on every plan and
// every move's kind. And version 1 unchanged: a version 2 file that spells out version 1's
// rules solves to the same objectives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { eligiblePairs, pairViolations } from '../../src/rules/eligibility.ts';
import { scorePlan } from '../../src/rules/score.ts';
import { moveKind } from '../../src/scenario/round.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { solveOrKnownBug } from '../support/known-bugs.ts';
import { Oracle } from '../support/bruteforce.ts';
import { expectObjectives, TOLERANCE } from '../support/plans.ts';
import { runs } from '../support/size.ts';
import { planArb, roundOf, scenarioOf, smallScenarioArb, smallV2ScenarioArb, v2ScenarioArb } from './arbitraries.ts';

const rulesOf = (violations: readonly { rule: string }[]) => [...new Set(violations.map((v) => v.rule))].sort();

describe('version 2: the checker agrees with the oracle', () => {
  it('on every (cadre, post) pair: the same E rules broken, the same eligible pairs, the same kind', () => {
    fc.assert(
      fc.property(v2ScenarioArb({ cadres: [1, 8], units: [1, 4], vacant: [0, 3] }), (input) => {
        const round = roundOf(input);
        const oracle = new Oracle(scenarioOf(input));
        const eligible = new Set(eligiblePairs(round).map(({ cadre, post }) => `${cadre.id}>${post.id}`));
        for (const cadre of round.scenario.cadres) {
          for (const post of round.scenario.positions) {
            const theirs = [...oracle.eligibilityBroken(cadre.id, post.id)].sort();
            expect(rulesOf(pairViolations(round, cadre, post)), `${cadre.id} → ${post.id}`).toEqual(theirs);
            expect(eligible.has(`${cadre.id}>${post.id}`), `${cadre.id} → ${post.id} in eligiblePairs`).toBe(theirs.length === 0);
            expect(moveKind(round, cadre, post)).toBe(oracle.kind(cadre.id, post.id));
          }
        }
      }),
      { numRuns: runs({ small: 60, large: 400 }) },
    );
  });

  it('on random plans: the same rules broken, rule by rule; the same objective', () => {
    const arb = v2ScenarioArb({ cadres: [1, 7], units: [1, 4], vacant: [0, 3] }).chain((input) => fc.tuple(fc.constant(input), planArb(input)));
    fc.assert(
      fc.property(arb, ([input, moves]) => {
        const round = roundOf(input);
        const oracle = new Oracle(scenarioOf(input));
        const found = checkPlan(round, { moves });
        const expected = [...oracle.broken(moves)].sort();
        if (new Set(moves.map((m) => m.cadre)).size < moves.length) {
          const keep = (rules: string[]) => rules.filter((r) => r.startsWith('E') || r === 'P1');
          expect(keep(rulesOf(found))).toEqual(keep(expected));
          return;
        }
        expect(rulesOf(found)).toEqual(expected);
        if (moves.every((m) => m.from === round.cadres.get(m.cadre)!.position)) {
          expect(Math.abs(scorePlan(round, { moves }).objective - oracle.objective(moves))).toBeLessThanOrEqual(1e-6);
        }
      }),
      { numRuns: runs({ small: 150, large: 800 }) },
    );
  });
});

describe.each(['jslp', 'highs'] as const)('version 2: K best with %s', (solver) => {
  it('equal the brute force top K; every plan passes every rule of the checker and the oracle', async () => {
    await fc.assert(
      fc.asyncProperty(smallV2ScenarioArb(), fc.integer({ min: 2, max: 4 }), async (input, k) => {
        const round = roundOf(input);
        const oracle = new Oracle(scenarioOf(input));
        const expected = oracle.topObjectives(k);
        const outcome = await solveOrKnownBug(round, { top: k, solver });
        if (typeof outcome === 'string') return fc.pre(false);
        expectObjectives(outcome.plans.map((p) => p.objective), expected);
        expect(outcome.status).toBe(expected.length === 0 ? 'infeasible' : 'optimal');
        for (const plan of outcome.plans) {
          expect(checkPlan(round, plan)).toEqual([]);
          expect([...oracle.broken(plan.moves)]).toEqual([]);
          expect(Math.abs(oracle.objective(plan.moves) - plan.objective)).toBeLessThanOrEqual(TOLERANCE);
        }
      }),
      { numRuns: solver === 'jslp' ? runs({ small: 25, large: 100 }) : runs({ small: 12, large: 50 }) },
    );
  });
});

/**
 * A version 2 file that spells out version 1's rules: version 1's tenure and no-return
 * defaults, no sideways without planning, the same retirement margin everywhere, no ratings
 * entries, no key titles, no merit, no catalogue, objections never withdrawn.
 */
function asVersion2(input: ScenarioInput): ScenarioInput {
  const v1 = scenarioOf(input).policy;
  return {
    ...structuredClone(input),
    version: 2,
    policy: {
      ...structuredClone(input.policy ?? {}),
      minTenureMonths: v1.minTenureMonths,
      noReturnYears: v1.noReturnYears,
      allowSideways: false,
      minYearsToRetirementShort: v1.minYearsToRetirement,
      stability: { ...structuredClone(input.policy?.stability ?? {}), maxKeyChangesPerUnit: null },
      weights: { ...structuredClone(input.policy?.weights ?? {}), merit: 0 },
    },
    consents: (input.consents ?? []).filter((consent) => !consent.agree),
  };
}

describe('version 1 unchanged', () => {
  it('a version 2 file spelling out version 1 has the same eligible pairs and the same best objectives', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), async (input) => {
        const one = roundOf(input);
        const two = roundOf(asVersion2(input));
        const key = (round: typeof one) => eligiblePairs(round).map(({ cadre, post }) => `${cadre.id}>${post.id}`);
        expect(key(two)).toEqual(key(one));
        const a = await solveOrKnownBug(one, { top: 2, solver: 'jslp' });
        const b = await solveOrKnownBug(two, { top: 2, solver: 'jslp' });
        if (typeof a === 'string' || typeof b === 'string') return fc.pre(false);
        expect(b.plans.map((p) => p.objective)).toEqual(a.plans.map((p) => p.objective));
      }),
      { numRuns: runs({ small: 20, large: 60 }) },
    );
  });
});
