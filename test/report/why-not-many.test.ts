// The report's batched why-not gives the answers of src/explain/why-not.ts (section 7 fields).
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/scenario/load-round.ts';
import { whyNot } from '../../src/explain/why-not.ts';
import { whyNotMany } from '../../src/report/why-not-many.ts';
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
});
