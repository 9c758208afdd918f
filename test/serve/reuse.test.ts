// Ranked plans of a wider state answer a narrower one exactly: for every single pin and
// forbid of an eligible pair of the test round, the plans given from the base round's 10 best
// (when they can answer) have the objectives of a fresh search and pass the checker.
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/scenario/load-round.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { buildPairs } from '../../src/model/build.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { NO_DECISIONS, type Decisions } from '../../src/serve/decisions.ts';
import { RankedMemory } from '../../src/serve/reuse.ts';
import { roundVi } from './helpers.ts';

describe('answers from remembered ranked plans', () => {
  it('equal a fresh search after any one pin or forbid', async () => {
    const { round } = loadRound(roundVi);
    const base = await solveRound(round, { top: 10 });
    const memory = new RankedMemory();
    memory.remember({ sha256: 'x', decisions: NO_DECISIONS, top: 10, outcome: base, sized: true });
    const narrowed = (d: Decisions) => buildRound({ ...round.scenario, pins: [...round.scenario.pins, ...d.pins], forbids: [...round.scenario.forbids, ...d.forbids] });
    let answered = 0;
    for (const pair of buildPairs(round)) {
      const post = round.posts.get(pair.to)!;
      for (const decisions of [
        { ...NO_DECISIONS, pins: [{ cadre: pair.cadre, position: pair.to }] },
        { ...NO_DECISIONS, forbids: [{ cadre: pair.cadre, position: pair.to }] },
        { ...NO_DECISIONS, forbids: [{ cadre: pair.cadre, unit: post.unit }] },
      ]) {
        const next = narrowed(decisions);
        for (const top of [1, 3]) {
          const known = memory.answer(next, 'x', decisions, top);
          if (!known) continue;
          answered += 1;
          const fresh = await solveRound(next, { top });
          expect(known.plans.map((p) => p.objective), JSON.stringify(decisions)).toEqual(fresh.plans.map((p) => p.objective));
          expect(known.status).toBe(fresh.status);
          for (const plan of known.plans) expect(checkPlan(next, plan)).toEqual([]);
        }
      }
    }
    expect(answered).toBeGreaterThan(10);
    // A state that is not narrower (another FILE, or a decision withdrawn) is not answered.
    expect(memory.answer(round, 'y', NO_DECISIONS, 1)).toBeUndefined();
  });
});
