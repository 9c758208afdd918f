// Beyond the brute force's reach (10–20 cadres): javascript-lp-solver and HiGHS reach the same
// K best objectives; each returns distinct plans, sorted, that pass the independent checker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { roundOf, scenarioArb } from '../property/arbitraries.ts';
import { solveOrKnownBug } from '../support/known-bugs.ts';
import { expectObjectives } from '../support/plans.ts';
import { runs } from '../support/size.ts';
import { planKey } from '../support/bruteforce.ts';

describe('jslp and highs agree on medium rounds', () => {
  it('the same top 3 objectives; every plan feasible', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb({ cadres: [10, 20], units: [3, 6], vacant: [2, 5], titles: 4 }), async (input) => {
        const round = roundOf(input);
        const a = await solveOrKnownBug(round, { top: 3, solver: 'jslp' });
        const b = await solveOrKnownBug(round, { top: 3, solver: 'highs' });
        if (typeof a === 'string' || typeof b === 'string') return fc.pre(false);
        expectObjectives(
          a.plans.map((p) => p.objective),
          b.plans.map((p) => p.objective),
          'jslp vs highs: ',
        );
        for (const outcome of [a, b]) {
          expect(new Set(outcome.plans.map((p) => planKey(p.moves))).size).toBe(outcome.plans.length);
          outcome.plans.forEach((plan, i) => {
            expect(checkPlan(round, plan)).toEqual([]);
            if (i > 0) expect(plan.objective).toBeLessThanOrEqual(outcome.plans[i - 1]!.objective + 1e-6);
          });
        }
      }),
      { numRuns: runs({ small: 4, large: 12 }) },
    );
  });
});
