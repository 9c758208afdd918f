// The report's batched why-not gives the answers of src/explain/why-not.ts (section 7 fields).
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/scenario/load-round.ts';
import { whyNot } from '../../src/explain/why-not.ts';
import { whyNotMany } from '../../src/report/why-not-many.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { roundVi } from './helpers.ts';

describe('whyNotMany', () => {
  it('agrees with whyNot on every (cadre, post) of the test round', async () => {
    const { round } = loadRound(roundVi);
    const many = whyNotMany(round);
    let eligible = 0;
    for (const cadre of round.cadres.keys()) {
      for (const post of round.posts.keys()) {
        const fast = await many(cadre, post);
        const reference = await whyNot(round, cadre, post);
        expect({ eligible: fast.eligible, blockedBy: fast.blockedBy, bestWith: fast.bestWith }, `${cadre} → ${post}`).toEqual({
          eligible: reference.eligible,
          blockedBy: reference.blockedBy,
          bestWith: reference.bestWith,
        });
        if (fast.eligible) eligible++;
      }
    }
    expect(eligible).toBeGreaterThan(3);
  });

  it('solves a move along with its bound when asked to, with the answer of whyNot', async () => {
    const { round } = loadRound(roundVi);
    const many = whyNotMany(round);
    let solved = 0;
    for (const cadre of round.cadres.keys()) {
      for (const post of round.posts.keys()) {
        const reference = await whyNot(round, cadre, post);
        if (!reference.eligible) continue;
        const found = await many.bound(cadre, post, { thenSolve: () => true });
        expect(found.answer?.bestWith, `${cadre} → ${post}`).toBe(reference.bestWith);
        expect(found.bound).toBeGreaterThanOrEqual(reference.bestWith ?? -Infinity);
        // Kept: the call for the move solves nothing more.
        expect((await many(cadre, post)).bestWith).toBe(reference.bestWith);
        solved++;
      }
    }
    expect(solved).toBeGreaterThan(3);
    await many.close();
  });

  it('answers a move from a plan seen with it, when that plan reaches the bound asked', async () => {
    const { round } = loadRound(roundVi);
    const [best] = (await solveRound(round)).plans;
    const many = whyNotMany(round, { plans: [best!] });
    for (const move of best!.moves) {
      // The best plan of all has the move: the best plan with it.
      expect(many.known(move.cadre, move.to, best!.objective)?.bestWith).toBe((await whyNot(round, move.cadre, move.to)).bestWith);
      expect(many.known(move.cadre, move.to, best!.objective + 1)).toBeUndefined();
    }
    // A move no plan seen makes, then the plan of its answer.
    const made = new Set(best!.moves.map((move) => `${move.cadre} ${move.to}`));
    let checked = 0;
    for (const [cadre, post] of [...round.cadres.keys()].flatMap((c) => [...round.posts.keys()].map((p) => [c, p] as const))) {
      const reference = await whyNot(round, cadre, post);
      if (made.has(`${cadre} ${post}`) || reference.bestWith === null) continue;
      // Unless an answer asked before had a plan with the move reaching its best.
      if (many.known(cadre, post, reference.bestWith)) continue;
      await many(cadre, post);
      expect(many.known(cadre, post, reference.bestWith)?.bestWith).toBe(reference.bestWith);
      if (++checked === 3) break;
    }
    expect(checked).toBe(3);
    await many.close();
  });
});
