// The pricing LP kept alive between solves (src/solver/pricing.mjs), through a restricted HiGHS
// session on hand-made models: the corners a generated round rarely reaches (an artificial
// column that outlives the first penalty, fixings that leave no plan), and random 0–1 programs
// asked a sequence of questions with columns fixed, cuts kept or dropped, against every point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinearModel, LinearRow } from '../../src/model/linear.ts';
import { openHighsSession } from '../../src/solver/highs.ts';
import { runs } from '../support/size.ts';

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

  it('leaves out the columns a row Σ a·x ≤ 0 holds at 0 (their duals raised, the bound unchanged) and a conflict row until broken; a forced column of either is still decided', async () => {
    // max 5a + 4b + 9c + 8d + 3e with a + b ≤ 1 (one move), c + 2d ≤ 0 (c and d held at 0: a post
    // whose holder cannot move), a + e ≤ 1 (a short conflict row, left out until broken).
    const model: LinearModel = {
      columns: { names: ['a', 'b', 'c', 'd', 'e'], integer: [true, true, true, true, true], lower: [0, 0, 0, 0, 0], upper: [1, 1, 1, 1, 1], cost: [5, 4, 9, 8, 3] },
      rows: [
        { name: 'one', indices: [0, 1], values: [1, 1], lower: -Infinity, upper: 1 },
        { name: 'closed', indices: [2, 3], values: [1, 2], lower: -Infinity, upper: 0 },
        { name: 'conflict', indices: [0, 4], values: [1, 1], lower: -Infinity, upper: 1 },
      ],
      offset: 0,
    };
    const session = await openHighsSession(model, {}, { step: 1, delta: 1 });
    try {
      // The best plan is b + e = 7 (a + e breaks the conflict row, a alone scores 5).
      const best = await session.solve({});
      expect([best.status, best.objective]).toEqual(['optimal', 7]);
      const bound = await session.bound!({});
      expect(bound.bound!).toBeCloseTo(7, 6);
      expect((await session.solve({ force: [2] })).status).toBe('infeasible');
      expect((await session.bound!({ force: [3] })).status).toBe('infeasible');
      const withA = await session.solve({ force: [0] });
      expect([withA.status, withA.objective]).toEqual(['optimal', 5]);
      expect((await session.solve({})).objective).toBe(7);
    } finally {
      await session.close();
    }
  });

  it.each([
    ['a restricted session (the pricing LP kept)', true],
    ['an unrestricted one (its HiGHS model takes each fixing in place)', false],
  ])('answers every question of a sequence as enumeration does, on %s: fixings, cuts, bounds, ranks (rows scaled small for raised penalties)', async (_, restricted) => {
    const question = (n: number) =>
      fc.record({ drop: fc.boolean(), kind: fc.constantFrom('solve', 'bound', 'next'), ones: fc.uniqueArray(fc.nat(n - 1), { maxLength: 2 }), zeros: fc.uniqueArray(fc.nat(n - 1), { maxLength: 2 }) });
    const program = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({
        cost: fc.array(fc.oneof(fc.integer({ min: -6, max: 9 }), fc.constantFrom(0.5, -1.25)), { minLength: n, maxLength: n }),
        rows: fc.array(
          fc.record({
            scale: fc.constantFrom(1, 2 ** -17),
            a: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }),
            lo: fc.integer({ min: -3, max: 3 }),
            width: fc.oneof(fc.nat(3), fc.constant(Infinity)),
            // Σ |a|·x ≤ upper: a row the pricing LP leaves out until its solution breaks it.
            conflict: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        questions: fc.array(question(n), { minLength: 1, maxLength: 5 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(program, async ({ cost, rows, questions }) => {
        const n = cost.length;
        const linear: LinearRow[] = rows.map((r, i) =>
          r.conflict
            ? { name: `r${i}`, indices: [...cost.keys()], values: r.a.map((v) => Math.abs(v) * r.scale), lower: -Infinity, upper: Math.min(Math.abs(r.lo), r.width) * r.scale }
            : { name: `r${i}`, indices: [...cost.keys()], values: r.a.map((v) => v * r.scale), lower: r.lo * r.scale, upper: (r.lo + r.width) * r.scale },
        );
        const points = Array.from({ length: 1 << n }, (_, mask) => cost.map((_, j) => (mask >> j) & 1));
        const meets = (x: number[], row: LinearRow) => {
          const activity = row.indices.reduce((sum, j, k) => sum + row.values[k]! * x[j]!, 0);
          return activity >= row.lower && activity <= row.upper;
        };
        const score = (x: number[]) => cost.reduce((sum, c, j) => sum + c * x[j]!, 0);
        /** The objectives of the points these rows, fixings and cuts allow, best first. */
        const enumerate = (ones: number[], zeros: number[], cuts: LinearRow[]) =>
          points
            .filter((x) => ones.every((j) => x[j] === 1) && zeros.every((j) => x[j] === 0) && [...linear, ...cuts].every((row) => meets(x, row)))
            .map(score)
            .sort((a, b) => b - a);
        const whole = cost.every(Number.isInteger);
        const model: LinearModel = { columns: { names: cost.map((_, j) => `x${j}`), integer: cost.map(() => true), lower: cost.map(() => 0), upper: cost.map(() => 1), cost }, rows: linear, offset: 0 };
        const session = await openHighsSession(model, {}, restricted ? (whole ? { step: 1, delta: 1 } : { step: 0, delta: 0.5 }) : undefined);
        const cuts: LinearRow[] = [];
        try {
          for (const q of questions) {
            const zeros = q.zeros.filter((j) => !q.ones.includes(j));
            const fix = { force: q.ones, forbid: zeros };
            if (q.drop) {
              await session.dropRows();
              cuts.length = 0;
            }
            if (q.kind === 'bound') {
              // The LP ignores cuts: its bound holds for every plan with these fixings.
              const best = enumerate(q.ones, zeros, [])[0];
              const answer = await session.bound!(fix);
              if (best === undefined) expect(['infeasible', 'bounded']).toContain(answer.status);
              else {
                expect(answer.bound!).toBeGreaterThanOrEqual(best - 1e-6);
                if (answer.status === 'optimal') expect(answer.objective!).toBeCloseTo(best, 6);
              }
              continue;
            }
            const wanted = enumerate(q.ones, zeros, cuts);
            const upperBound = q.kind === 'next' && cuts.length > 0 ? enumerate(q.ones, zeros, cuts.slice(0, -1))[0] : undefined;
            const answer = await session.solve({ ...fix, ...(upperBound === undefined ? {} : { upperBound }) });
            if (wanted.length === 0) {
              expect(answer.status).toBe('infeasible');
              continue;
            }
            expect(answer.status).toBe('optimal');
            expect(answer.objective!).toBeCloseTo(wanted[0]!, 6);
            const x: number[] = Array.from(answer.values!, (v) => (v > 0.5 ? 1 : 0));
            const cut = { name: `cut${cuts.length}`, indices: [...x.keys()], values: x.map((v) => 2 * v - 1), lower: -Infinity, upper: x.reduce((a, b) => a + b, 0) - 1 };
            cuts.push(cut);
            await session.addRow(cut);
          }
        } finally {
          await session.close();
        }
      }),
      { numRuns: runs({ small: 60, large: 600 }) },
    );
  });
});
