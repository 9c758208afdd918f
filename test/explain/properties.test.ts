// Properties of why-not and diagnose on generated scenarios (fixed seed from test/setup.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundOf, smallScenarioArb } from '../property/arbitraries.ts';
import { buildExtendedModel, diagnoseRound, satisfies, subModel } from '../../src/explain/diagnose.ts';
import { explainPlan } from '../../src/explain/explain.ts';
import { applyChanges } from '../../src/explain/relaxations.ts';
import { whyNot, withPin } from '../../src/explain/why-not.ts';
import type { SearchPool } from '../../src/explain/searches.ts';
import { whyNotJson } from '../../src/answers/json.ts';
import { renderWhyNot } from '../../src/i18n/explain.ts';
import { blockerKey } from '../../src/explain/instances.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { pairViolations } from '../../src/rules/eligibility.ts';
import { ELIGIBILITY_RULES } from '../../src/rules/registry.ts';
import type { Violation } from '../../src/rules/violations.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { generateProvince } from '../../src/generate/province.ts';
import { buildPairs } from '../../src/model/build.ts';
import { solveRound, type RankedPlan } from '../../src/search/kbest.ts';
import { chooseBackend } from '../../src/solver/choose.ts';
import type { LinearModel } from '../../src/model/linear.ts';

const RUNS = { numRuns: 25 };
const small = smallScenarioArb({ cadres: [2, 5], units: [2, 3], vacant: [0, 2] });

async function status(model: LinearModel) {
  const session = await chooseBackend('auto', model).open(model);
  try {
    return await session.solve();
  } finally {
    await session.close();
  }
}

/** The instance (or background) a violation of checkPlan belongs to. */
function instanceOf(v: Violation): string | 'background' | undefined {
  switch (v.kind) {
    case 'same-unit': case 'planning': case 'wrong-origin': case 'cadre-twice': case 'post-twice': case 'holder-stays': return 'background';
    case 'vacant': return `must_fill(${v.post})`;
    case 'too-many-out': return `stability_out(${v.unit})`;
    case 'too-many-in': return `stability_in(${v.unit})`;
    case 'too-many-moves': return 'move_cap';
    case 'relatives-together': return `relatives(${[...v.cadres].sort().join(',')})`;
    case 'pin-missing': return `pin(${v.cadre}→${v.post})`;
    case 'quota': return undefined; // by group: checked below
    default: return blockerKey(v);
  }
}

describe('why-not', () => {
  it('blockedBy is exactly the rules whose checks find violations; bestWith ≤ best, = best for moves of a best plan', async () => {
    await fc.assert(
      fc.asyncProperty(small, fc.nat(), fc.nat(), async (input, i, j) => {
        const round = roundOf(input);
        const cadre = input.cadres[i % input.cadres.length]!;
        const post = input.positions[j % input.positions.length]!;
        const result = await whyNot(round, cadre.id, post.id);
        const violations = pairViolations(round, round.cadres.get(cadre.id)!, round.posts.get(post.id)!);
        const rules = [...new Set(violations.map((v) => v.rule))].sort();
        expect(result.blockedBy).toEqual(rules);
        expect(result.eligible).toBe(rules.length === 0);
        if (!result.eligible) expect(result.bestWith).toBeNull();
        const best = await solveRound(round, { top: 50 });
        const top = best.plans[0]?.objective ?? null;
        if (result.bestWith !== null) {
          expect(top).not.toBeNull();
          expect(result.bestWith).toBeLessThanOrEqual(top! + 1e-6);
          expect(checkPlan(round, { moves: result.planWith! })).toEqual([]);
          expect(result.planWith!.some((m) => m.cadre === cadre.id && m.to === post.id)).toBe(true);
        }
        // Every move of every best plan (ties included): bestWith equals the best objective.
        const tied = best.plans.filter((plan) => Math.abs(plan.objective - top!) <= 1e-6);
        if (tied.length > 0 && tied.length < 50) {
          const moves = tied.flatMap((plan) => plan.moves);
          const move = moves[(i + j) % Math.max(1, moves.length)];
          if (move) expect((await whyNot(round, move.cadre, move.to)).bestWith).toBeCloseTo(top!, 6);
        }
      }),
      RUNS,
    );
  });
});

describe('diagnose', () => {
  it('the extended model with every instance enforced is feasible exactly when solve finds a plan', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (input) => {
        const round = roundOf(input);
        const ext = buildExtendedModel(round);
        const result = await status(subModel(ext, new Set(ext.instances.keys())).model);
        const solved = await solveRound(round);
        expect(result.status === 'infeasible').toBe(solved.plans.length === 0);
      }),
      RUNS,
    );
  });

  it('a conflict is infeasible on its own, and each member dropped lets a plan through that breaks only dropped instances; relaxations really work', async () => {
    let infeasibleSeen = 0;
    await fc.assert(
      fc.asyncProperty(smallScenarioArb({ cadres: [3, 6], units: [2, 4], vacant: [1, 3] }), async (input) => {
        const round = roundOf(input);
        const diagnosis = await diagnoseRound(round);
        const solved = await solveRound(round);
        expect(diagnosis.feasible).toBe(solved.plans.length > 0);
        if (diagnosis.feasible) {
          expect(diagnosis.conflicts).toEqual([]);
          return;
        }
        infeasibleSeen += 1;
        const ext = buildExtendedModel(round);
        const ids = diagnosis.conflicts.map((c) => c.id);
        expect(ids.length).toBeGreaterThan(0);
        expect((await status(subModel(ext, new Set(ids)).model)).status).toBe('infeasible');
        for (const id of ids) {
          const rest = new Set(ids.filter((other) => other !== id));
          const { model } = subModel(ext, rest);
          const result = await status(model);
          expect(result.status).not.toBe('infeasible');
          expect(satisfies(model, result.values!)).toBe(true);
          // Read the solution back as a plan and judge it with the rule checks alone.
          const moves = ext.pairs.filter((pair) => result.values![pair.index]! > 0.5).map((p) => ({ cadre: p.cadre, from: p.from, to: p.to }));
          for (const v of checkPlan(round, { moves })) {
            const owner = instanceOf(v);
            expect(owner).not.toBe('background');
            if (v.kind === 'quota') {
              expect(ids.filter((k) => k.startsWith('quota(') && k.endsWith(`:${v.group})`) && rest.has(k))).toEqual([]);
            } else if (v.kind === 'forbidden') {
              // the check names the first matching forbid; the one kept must not match
              expect([...rest].some((k) => k === `forbid(${v.cadre},${v.post})` || k === `forbid(${v.cadre},${v.unit})`)).toBe(false);
            } else expect(rest.has(owner!)).toBe(false);
          }
        }
        for (const relaxation of diagnosis.relaxations) {
          const changed = buildRound(applyChanges(round.scenario, relaxation.changes));
          const outcome = await solveRound(changed);
          expect(outcome.plans.length).toBeGreaterThan(0);
          if (relaxation.proven) expect(outcome.plans[0]!.objective).toBeCloseTo(relaxation.objective, 6);
        }
      }),
      { numRuns: 40 },
    );
    expect(infeasibleSeen).toBeGreaterThan(3);
  });

  it('a round told infeasible that is not is found feasible, not a crash', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (input) => {
        const round = roundOf(input);
        if ((await solveRound(round)).plans.length === 0) return;
        const diagnosis = await diagnoseRound(round, { conflictOnly: true, knownInfeasible: true });
        expect(diagnosis.feasible).toBe(true);
        expect(diagnosis.conflicts).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('a conflict only (the elastic filter on the LP relaxation, the first test skipped) is as infeasible and as minimal', async () => {
    let infeasibleSeen = 0;
    await fc.assert(
      fc.asyncProperty(smallScenarioArb({ cadres: [3, 6], units: [2, 4], vacant: [1, 3] }), async (input) => {
        const round = roundOf(input);
        if ((await solveRound(round)).plans.length > 0) return;
        infeasibleSeen += 1;
        const diagnosis = await diagnoseRound(round, { conflictOnly: true, knownInfeasible: true });
        expect(diagnosis.feasible).toBe(false);
        expect(diagnosis.correction).toEqual([]);
        expect(diagnosis.relaxations).toEqual([]);
        const ext = buildExtendedModel(round);
        const ids = diagnosis.conflicts.map((c) => c.id);
        expect(ids.length).toBeGreaterThan(0);
        expect((await status(subModel(ext, new Set(ids)).model)).status).toBe('infeasible');
        for (const id of ids) {
          const { model } = subModel(ext, new Set(ids.filter((other) => other !== id)));
          expect((await status(model)).status).not.toBe('infeasible');
        }
      }),
      { numRuns: 40 },
    );
    expect(infeasibleSeen).toBeGreaterThan(3);
  });
});

describe('explainPlan', () => {
  it('a feasible plan meets every eligibility rule, its moves lie in one chain each and its terms add up', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (input) => {
        const round = roundOf(input);
        const plan = (await solveRound(round)).plans[0];
        if (!plan) return;
        const expl = explainPlan(round, plan);
        expect(expl.violations).toEqual([]);
        for (const m of expl.moves) {
          expect(m.rulesSatisfied).toHaveLength(ELIGIBILITY_RULES.filter((rule) => rule.applies?.(round) !== false).length);
          expect(expl.chains[m.chain]!.moves).toContainEqual(m.move);
        }
        expect(expl.chains.flatMap((c) => c.moves)).toHaveLength(plan.moves.length);
        for (const chain of expl.chains) {
          chain.moves.slice(1).forEach((m, k) => expect(m.from).toBe(chain.moves[k]!.to));
          if (chain.kind !== 'chain') expect(chain.moves.at(-1)!.to).toBe(chain.moves[0]!.from);
          else expect(round.holderOf.has(chain.moves.at(-1)!.to)).toBe(false);
        }
        const sum = expl.moves.reduce((s, m) => s + m.score.value, 0) - expl.score.shortfalls.reduce((s, q) => s + q.cost, 0);
        expect(sum).toBeCloseTo(plan.objective, 6);
      }),
      RUNS,
    );
  });
});

describe('why-not under a time limit', () => {
  it('says when a plan it shows is not proven, and how much more a plan with the move may score', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 40, seed: 5, version: 2 })).scenario);
    const exact = (await solveRound(round, { solver: 'highs' })).plans[0]!;
    const pinned = (p: { cadre: string; to: string }) => withPin(round, { cadre: p.cadre, from: round.cadres.get(p.cadre)!.position, to: p.to });
    let pair: { cadre: string; to: string } | undefined;
    let forced: RankedPlan | undefined;
    for (const p of buildPairs(round).filter((p) => !exact.moves.some((m) => m.cadre === p.cadre && m.to === p.to))) {
      forced = (await solveRound(pinned(p), { solver: 'highs' })).plans[0];
      pair = p;
      if (forced) break;
    }
    if (!pair || !forced) throw new Error('the generated round has no move outside its best plan that a plan can make');
    // What a search stopped by its time limit hands back: the plans found, not proven, with their gaps.
    const stopped = (plan: RankedPlan, gap: number): RankedPlan => ({ ...plan, proven: false, gap });
    const searches = (bestProven: boolean, withProven: boolean) =>
      ({
        best: async () => ({ status: bestProven ? 'optimal' : 'time-limit', plans: [bestProven ? exact : stopped(exact, 2)] }),
        bestWith: async () => ({ status: withProven ? 'optimal' : 'time-limit', plan: withProven ? forced : stopped(forced!, 3) }),
      }) as unknown as SearchPool;
    for (const [bestProven, withProven] of [[true, true], [false, true], [true, false]] as const) {
      const answer = await whyNot(round, pair.cadre, pair.to, { searches: searches(bestProven, withProven) });
      expect(answer.bestWith).toBe(forced.objective);
      expect(answer.status).toBe('possible');
      expect(answer.proven).toBe(bestProven && withProven);
      expect(answer.bestWithGap).toBe(withProven ? 0 : 3);
      const json = whyNotJson(answer, 'en', round);
      expect([json.proven, json.bestWithGap]).toEqual([answer.proven, answer.bestWithGap]);
      const text = renderWhyNot(answer, 'en');
      expect(text.includes('Not proven')).toBe(!answer.proven);
      expect(text.includes(`may score up to ${forced.objective + 3}`)).toBe(!withProven);
    }
  });
});
