// The pricing LP kept alive between solves (src/solver/pricing.mjs), through a restricted HiGHS
// session on hand-made models: the corners a generated round rarely reaches (an artificial
// column that outlives the first penalty, fixings that leave no plan).
import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/model/linear.ts';
import { openHighsSession } from '../../src/solver/highs.ts';

/**
 * max a+b+c+d+e − s over a 5-cycle (neighbours not both 1: the LP's 2.5 is fractional, the best
 * plan scores 2), with s ≥ 10,000 through a row 0.0001·s ≥ 1: meeting that row costs 10,000,
 * more than an artificial column at the first penalty (−1000·(1 + largest cost)), so the
 * pricing LP needs its penalty raised once before it drops the artificial. `f` (cost 1, in no
 * row) is there to be forbidden.
 */
function cycleWithCostlyRow(): LinearModel {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 's'];
  const cycle = [0, 1, 2, 3, 4].map((j) => ({ name: `edge${j}`, indices: [j, (j + 1) % 5], values: [1, 1], lower: -Infinity, upper: 1 }));
  return {
    columns: {
      names,
      integer: [true, true, true, true, true, true, false],
      lower: [0, 0, 0, 0, 0, 0, 0],
      upper: [1, 1, 1, 1, 1, 1, 20000],
      cost: [1, 1, 1, 1, 1, 1, -1],
    },
    rows: [...cycle, { name: 'costly', indices: [6], values: [0.0001], lower: 1, upper: Infinity }],
    offset: 0,
  };
}

describe('the pricing LP', () => {
  it('dives for a first plan after its penalty was raised (the LP it dives in is solved again first)', async () => {
    const session = await openHighsSession(cycleWithCostlyRow(), {}, { step: 0, delta: 0.2 });
    try {
      const result = await session.solve({ forbid: [5] });
      expect([result.status, result.objective]).toEqual(['optimal', 2 - 10000]);
      const bound = await session.bound!({ forbid: [5], force: [0] });
      expect(bound.status === 'optimal' || bound.bound! >= 2 - 10000 - 1e-6).toBe(true);
    } finally {
      await session.close();
    }
  });
});
