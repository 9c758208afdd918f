// The pricing LP kept alive between solves (src/solver/pricing.mjs), through a restricted HiGHS
// session on hand-made models: the corners a generated round rarely reaches (an artificial
// column that outlives the first penalty, fixings that leave no plan).
import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/model/linear.ts';
import { openHighsSession } from '../../src/solver/highs.ts';

/**
 * max a+b+c+d+e − s over a 5-cycle (neighbours not both 1: the LP's 2.5 is fractional, the best
 * plan scores 2), with s ≥ 1/coefficient through a row coefficient·s ≥ 1: meeting that row
 * costs more than an artificial column at the first penalty (−1000·(1 + largest cost)), so the
 * pricing LP raises its penalty (10^4: once; 10^8: past every raise, the whole LP decides).
 * `f` (cost 1, in no row) is there to be forbidden.
 */
function cycleWithCostlyRow(coefficient: number): LinearModel {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 's'];
  const cycle = [0, 1, 2, 3, 4].map((j) => ({ name: `edge${j}`, indices: [j, (j + 1) % 5], values: [1, 1], lower: -Infinity, upper: 1 }));
  return {
    columns: {
      names,
      integer: [true, true, true, true, true, true, false],
      lower: [0, 0, 0, 0, 0, 0, 0],
      upper: [1, 1, 1, 1, 1, 1, 2 / coefficient],
      cost: [1, 1, 1, 1, 1, 1, -1],
    },
    rows: [...cycle, { name: 'costly', indices: [6], values: [coefficient], lower: 1, upper: Infinity }],
    offset: 0,
  };
}

describe('the pricing LP', () => {
  it.each([1e-4, 1e-8])('dives for a first plan after its penalty was raised (the LP it dives in is solved again first; row coefficient %d)', async (coefficient) => {
    const session = await openHighsSession(cycleWithCostlyRow(coefficient), {}, { step: 0, delta: 0.2 });
    const best = 2 - 1 / coefficient;
    try {
      const result = await session.solve({ forbid: [5] });
      expect(result.status).toBe('optimal');
      expect(result.objective).toBeCloseTo(best, 3);
      const bound = await session.bound!({ forbid: [5], force: [0] });
      expect(bound.status).not.toBe('infeasible');
      expect(bound.bound!).toBeGreaterThanOrEqual(best - 1e-3);
    } finally {
      await session.close();
    }
  });

  it('bounds a question whose LP starts without a column (every column fixed at 0): y = 0, no time-limit without a time limit', async () => {
    // max 2a + b + c with a + b + c ≤ 2: the first question forbids every column, so the
    // pricing LP is made with no column at all, which HiGHS calls "empty".
    const pick: LinearModel = {
      columns: { names: ['a', 'b', 'c'], integer: [true, true, true], lower: [0, 0, 0], upper: [1, 1, 1], cost: [2, 1, 1] },
      rows: [{ name: 'two', indices: [0, 1, 2], values: [1, 1, 1], lower: -Infinity, upper: 2 }],
      offset: 0,
    };
    const session = await openHighsSession(pick, {}, { step: 1, delta: 1 });
    try {
      const none = await session.bound!({ forbid: [0, 1, 2] });
      expect([none.status, none.bound, none.objective]).toEqual(['optimal', 0, 0]);
      const best = await session.bound!({});
      expect([best.status, best.bound, best.objective]).toEqual(['optimal', 3, 3]);
    } finally {
      await session.close();
    }
  });
});
