// Version 2 rounds (contract section 8) against the brute-force oracle, which reads section 8
// on its own: the ranked objectives of the K best on both backends and every rule on every
// plan (the checker pair by pair and on random plans: checker.test.ts, for both versions).
// And version 1 unchanged: a version 2 file that spells out version 1's rules solves to the
// same objectives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { eligiblePairs } from '../../src/rules/eligibility.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { solveOrKnownBug } from '../support/known-bugs.ts';
import { Oracle } from '../support/bruteforce.ts';
import { expectObjectives, TOLERANCE } from '../support/plans.ts';
import { runs } from '../support/size.ts';
import { roundOf, scenarioOf, smallScenarioArb, smallV2ScenarioArb } from './arbitraries.ts';

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
