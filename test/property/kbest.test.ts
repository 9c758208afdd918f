// The K best plans against the brute-force oracle, on both backends: the objectives are
// exactly the K highest, every plan is feasible for the checker and for the oracle, plans
// are distinct and sorted, pins are in every plan and forbids in none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { scorePlan } from '../../src/rules/score.ts';
import { solveOrKnownBug } from '../support/known-bugs.ts';
import { roundOf, scenarioOf, smallScenarioArb } from './arbitraries.ts';
import { Oracle, planKey } from '../support/bruteforce.ts';
import { expectObjectives, TOLERANCE } from '../support/plans.ts';
import { runs } from '../support/size.ts';

// 'highs restricted': HiGHS over the pairs that LP reduced costs leave a chance (restrict.mjs),
// forced on (by default only large rounds are restricted).
const CONFIGURATIONS = [
  { name: 'jslp', solver: 'jslp', restrict: 'off' },
  { name: 'highs', solver: 'highs', restrict: 'off' },
  { name: 'highs restricted', solver: 'highs', restrict: 'on' },
] as const;

describe.each(CONFIGURATIONS)('K best with $name', ({ solver, restrict }) => {
  it('equal the brute force top K; every plan feasible, distinct, sorted, pins in, forbids out', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), fc.integer({ min: 3, max: 5 }), async (input, k) => {
        const round = roundOf(input);
        const oracle = new Oracle(scenarioOf(input));
        const expected = oracle.topObjectives(k);
        const outcome = await solveOrKnownBug(round, { top: k, solver, restrict });
        if (typeof outcome === 'string') return fc.pre(false);
        expect(outcome.backend).toBe(solver);
        expectObjectives(
          outcome.plans.map((p) => p.objective),
          expected,
        );
        expect(outcome.status).toBe(expected.length === 0 ? 'infeasible' : 'optimal');
        const keys = new Set<string>();
        outcome.plans.forEach((plan, i) => {
          expect(plan.rank).toBe(i + 1);
          expect(plan.proven).toBe(true);
          expect(checkPlan(round, plan)).toEqual([]);
          expect([...oracle.broken(plan.moves)]).toEqual([]);
          expect(Math.abs(oracle.objective(plan.moves) - plan.objective)).toBeLessThanOrEqual(TOLERANCE);
          expect(Math.abs(scorePlan(round, plan).objective - plan.objective)).toBeLessThanOrEqual(TOLERANCE);
          if (i > 0) expect(plan.objective).toBeLessThanOrEqual(outcome.plans[i - 1]!.objective + TOLERANCE);
          keys.add(planKey(plan.moves));
          for (const pin of round.scenario.pins) {
            expect(plan.moves.some((m) => m.cadre === pin.cadre && m.to === pin.position)).toBe(true);
          }
          for (const forbid of round.scenario.forbids) {
            for (const move of plan.moves) {
              if (move.cadre !== forbid.cadre) continue;
              expect(move.to).not.toBe(forbid.position);
              expect(round.posts.get(move.to)!.unit).not.toBe(forbid.unit);
            }
          }
        });
        expect(keys.size).toBe(outcome.plans.length);
      }),
      { numRuns: runs({ small: 30, large: 150 }) },
    );
  });

  it('equal the brute force on lenient rounds with up to 8 cadres (larger searches)', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallScenarioArb({ cadres: [5, 8], units: [2, 4], vacant: [0, 1], strictness: 'lenient' }),
        async (input) => {
          const oracle = new Oracle(scenarioOf(input));
          const expected = oracle.topObjectives(4);
          const outcome = await solveOrKnownBug(roundOf(input), { top: 4, solver, restrict });
          if (typeof outcome === 'string') return fc.pre(false);
          expectObjectives(
            outcome.plans.map((p) => p.objective),
            expected,
          );
        },
      ),
      { numRuns: runs({ small: 6, large: 25 }) },
    );
  });
});

describe('with a generous --time-limit', () => {
  it('the same objectives as without one, each proven with gap 0 (both backends)', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), fc.constantFrom('jslp' as const, 'highs' as const), async (input, solver) => {
        const round = roundOf(input);
        const free = await solveOrKnownBug(round, { top: 3, solver });
        const limited = await solveOrKnownBug(round, { top: 3, solver, timeLimit: 600 });
        if (typeof free === 'string' || typeof limited === 'string') return fc.pre(false);
        expect(limited.status).toBe(free.status);
        expectObjectives(
          limited.plans.map((p) => p.objective),
          free.plans.map((p) => p.objective),
        );
        for (const plan of limited.plans) expect([plan.proven, plan.gap]).toEqual([true, 0]);
      }),
      { numRuns: runs({ small: 8, large: 30 }) },
    );
  });
});
