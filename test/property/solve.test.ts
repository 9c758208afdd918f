// Properties of `solve` as a whole: relaxing a bound never lowers the best objective
// (tightening never raises it), the same input gives byte-identical JSON, list order does not
// matter, and --min-diff plans differ pairwise in at least D moves with nothing better left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveJson } from '../../src/answers/json.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { roundOf, scenarioOf, shuffleScenario, smallScenarioArb, withPolicy } from './arbitraries.ts';
import { Oracle } from '../support/bruteforce.ts';
import { solveOrKnownBug } from '../support/known-bugs.ts';
import { expectObjectives, moveDistance, TOLERANCE } from '../support/plans.ts';
import { runs } from '../support/size.ts';

const solverArb = fc.constantFrom('jslp' as const, 'highs' as const);

/** The best objective, −∞ when infeasible; undefined when a known solver bug was hit. */
async function best(input: ScenarioInput, solver: 'jslp' | 'highs'): Promise<number | undefined> {
  const outcome = await solveOrKnownBug(roundOf(input), { top: 1, solver });
  if (typeof outcome === 'string') return undefined;
  return outcome.plans[0]?.objective ?? -Infinity;
}

type Relaxation = { name: string; relax: (input: ScenarioInput) => ScenarioInput | undefined };

/** Each turns a scenario into one with a looser bound (undefined when it does not apply). */
const RELAXATIONS: Relaxation[] = [
  {
    name: 'maxMoves + 1',
    relax: (input) => {
      const max = scenarioOf(input).policy.maxMoves;
      return max === null ? undefined : withPolicy(input, { maxMoves: max + 1 });
    },
  },
  { name: 'maxMoves removed', relax: (input) => withPolicy(input, { maxMoves: null }) },
  {
    name: 'maxInPerUnit + 1',
    relax: (input) => withPolicy(input, { stability: { maxInPerUnit: scenarioOf(input).policy.stability.maxInPerUnit + 1 } }),
  },
  {
    name: 'maxOutPerUnit + 1',
    relax: (input) => withPolicy(input, { stability: { maxOutPerUnit: scenarioOf(input).policy.stability.maxOutPerUnit + 1 } }),
  },
  {
    name: 'a hard objection removed',
    relax: (input) => {
      const policy = scenarioOf(input).policy;
      const consents = input.consents ?? [];
      const at = consents.findIndex((c) => !c.agree && policy.consent[c.side] === 'hard');
      return at < 0 ? undefined : { ...input, consents: consents.filter((_, i) => i !== at) };
    },
  },
  {
    name: 'a hard quota removed',
    relax: (input) => {
      const quotas = scenarioOf(input).policy.quotas;
      const at = quotas.findIndex((q) => q.mode === 'hard');
      return at < 0 ? undefined : withPolicy(input, { quotas: quotas.filter((_, i) => i !== at) });
    },
  },
  {
    name: 'a forbid removed',
    relax: (input) => ((input.forbids ?? []).length === 0 ? undefined : { ...input, forbids: (input.forbids ?? []).slice(1) }),
  },
  {
    name: 'a pin removed',
    relax: (input) => ((input.pins ?? []).length === 0 ? undefined : { ...input, pins: (input.pins ?? []).slice(1) }),
  },
  {
    name: 'a must-fill dropped',
    relax: (input) => {
      const at = input.positions.findIndex((p) => p.mustFill);
      return at < 0 ? undefined : { ...input, positions: input.positions.map((p, i) => (i === at ? { ...p, mustFill: false } : p)) };
    },
  },
];

describe('solve', () => {
  it('relaxing a bound never lowers the best objective; tightening never raises it', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), fc.constantFrom(...RELAXATIONS), solverArb, async (input, relaxation, solver) => {
        const looser = relaxation.relax(input);
        fc.pre(looser !== undefined);
        const tight = await best(input, solver);
        const loose = await best(looser!, solver);
        fc.pre(tight !== undefined && loose !== undefined);
        expect(loose!, relaxation.name).toBeGreaterThanOrEqual(tight! - TOLERANCE);
      }),
      { numRuns: runs({ small: 30, large: 120 }) },
    );
  });

  it('the same input twice gives byte-identical `solve --json` output', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), solverArb, async (input, solver) => {
        const run = async () => {
          const round = roundOf(input);
          const outcome = await solveOrKnownBug(round, { top: 3, solver });
          return typeof outcome === 'string' ? undefined : JSON.stringify(solveJson(round, outcome));
        };
        const first = await run();
        const second = await run();
        fc.pre(first !== undefined && second !== undefined);
        expect(second).toBe(first);
      }),
      { numRuns: runs({ small: 10, large: 40 }) },
    );
  });

  it('shuffling the order of the lists does not change the objectives', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), fc.integer(), solverArb, async (input, seed, solver) => {
        const a = await solveOrKnownBug(roundOf(input), { top: 3, solver });
        const b = await solveOrKnownBug(roundOf(shuffleScenario(input, seed)), { top: 3, solver });
        fc.pre(typeof a !== 'string' && typeof b !== 'string');
        if (typeof a === 'string' || typeof b === 'string') return;
        expectObjectives(
          b.plans.map((p) => p.objective),
          a.plans.map((p) => p.objective),
        );
      }),
      { numRuns: runs({ small: 15, large: 60 }) },
    );
  });

  it('--min-diff D: plans differ pairwise in ≥ D moves, the first is optimal, none better is left out', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallScenarioArb({ strictness: 'lenient' }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 2, max: 4 }),
        solverArb,
        async (input, d, k, solver) => {
          const outcome = await solveOrKnownBug(roundOf(input), { top: k, minDiff: d, solver });
          if (typeof outcome === 'string') return fc.pre(false);
          const all = new Oracle(scenarioOf(input)).enumerate();
          const plans = outcome.plans;
          if (all.length === 0) expect(plans).toEqual([]);
          else expect(Math.abs(plans[0]!.objective - all[0]!.objective)).toBeLessThanOrEqual(TOLERANCE);
          plans.forEach((plan, i) => {
            for (let j = 0; j < i; j++) expect(moveDistance(plan.moves, plans[j]!.moves)).toBeGreaterThanOrEqual(d);
            // Greedy exactness: no feasible plan far enough from the plans above beats this one.
            const allowed = all.filter((p) => plans.slice(0, i).every((q) => moveDistance(p.moves, q.moves) >= d));
            expect(allowed.length).toBeGreaterThan(0);
            expect(plan.objective).toBeGreaterThanOrEqual(allowed[0]!.objective - TOLERANCE);
          });
          if (plans.length < k) {
            const left = all.filter((p) => plans.every((q) => moveDistance(p.moves, q.moves) >= d));
            expect(left, 'fewer than K plans, yet another one far enough exists').toEqual([]);
          }
        },
      ),
      { numRuns: runs({ small: 20, large: 80 }) },
    );
  });
});
