// The reduced-cost restriction (src/solver/restrict.mjs) and the solves that use it. The bound
// it rests on must hold for any row multipliers, so it is tested with arbitrary ones against
// every 0–1 point of small models; with and without each step (restriction, objective grid,
// tied neighbours) the ranked objectives must be the same on generated provinces (the issue's
// "with and without each presolve step" property).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { buildModel } from '../../src/model/build.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { objectiveGrid, openHighsSession, toWorkerModel, WarmWorkers } from '../../src/solver/highs.ts';
import { cheapest, cutoffLadder, dualBound, penalty, penaltyAdmitting, restrictedModel, restriction, swapBounds } from '../../src/solver/restrict.mjs';
import type { HighsOptions, WorkerArrays } from '../../src/solver/highs-protocol.ts';
import type { SolverSession } from '../../src/solver/backend.ts';
import type { LinearModel } from '../../src/model/linear.ts';
import { expectObjectives } from '../support/plans.ts';
import { runs } from '../support/size.ts';

interface SmallModel {
  readonly cost: number[];
  readonly rows: { coefficients: number[]; lower: number; upper: number }[];
}

const bound = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Infinity));

const smallModelArb = fc.integer({ min: 1, max: 7 }).chain((columns) =>
  fc.record({
    cost: fc.array(fc.integer({ min: -6, max: 9 }), { minLength: columns, maxLength: columns }),
    rows: fc.array(
      fc.oneof(
        fc.record({
          coefficients: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: columns, maxLength: columns }),
          lower: bound.map((v) => -v),
          upper: bound,
        }),
        // At most one of its columns (one move per cadre, one cadre per post): the bound's groups.
        fc.record({
          coefficients: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: columns, maxLength: columns }),
          lower: fc.integer({ min: -1, max: 1 }).map((v) => (v < 0 ? -Infinity : v)),
          upper: fc.constant(1),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

function arraysOf(model: SmallModel): WorkerArrays {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of model.rows) {
    row.coefficients.forEach((value, j) => {
      if (value !== 0) {
        indices.push(j);
        values.push(value);
      }
    });
    starts.push(indices.length);
  }
  const n = model.cost.length;
  return {
    numCols: n,
    numRows: model.rows.length,
    offset: 0,
    cost: Float64Array.from(model.cost),
    lower: new Float64Array(n),
    upper: new Float64Array(n).fill(1),
    integrality: new Int32Array(n).fill(1),
    rowLower: Float64Array.from(model.rows, (row) => row.lower),
    rowUpper: Float64Array.from(model.rows, (row) => row.upper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/** Every feasible 0–1 point of a small model, with its objective. */
function feasiblePoints(model: SmallModel): { x: number[]; objective: number }[] {
  const n = model.cost.length;
  const points: { x: number[]; objective: number }[] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const x = model.cost.map((_, j) => (mask >> j) & 1);
    const feasible = model.rows.every((row) => {
      const activity = row.coefficients.reduce((sum, a, j) => sum + a * x[j]!, 0);
      return activity >= row.lower && activity <= row.upper;
    });
    if (feasible) points.push({ x, objective: model.cost.reduce((sum, c, j) => sum + c * x[j]!, 0) });
  }
  return points;
}

describe('the dual bound U(y)', () => {
  it('holds for any multipliers: no 0–1 point scores more, and none with x_j = 1 more than U − penalty_j ≤ U + d_j', () => {
    fc.assert(
      fc.property(smallModelArb, fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 }), (model, y) => {
        const data = arraysOf(model);
        const priced = dualBound(data, y);
        const { bound: u, reduced } = priced;
        for (const point of feasiblePoints(model)) {
          expect(point.objective).toBeLessThanOrEqual(u + 1e-9);
          point.x.forEach((xj, j) => {
            if (xj !== 1) return;
            expect(point.objective).toBeLessThanOrEqual(u - penalty(data, priced, j) + 1e-9);
            if (reduced[j]! < 0) expect(point.objective).toBeLessThanOrEqual(u + reduced[j]! + 1e-9);
          });
        }
      }),
      { numRuns: runs({ small: 300, large: 1000 }) },
    );
  });

  it('holds with columns fixed at 1 or 0 after the groups were found (a forced move, a forbid)', () => {
    fc.assert(
      fc.property(
        smallModelArb,
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.constantFrom('free', 'one', 'zero'), { minLength: 7, maxLength: 7 }),
        (model, y, fixings) => {
          const data = arraysOf(model);
          dualBound(data, y);
          fixings.slice(0, data.numCols).forEach((fixing, j) => {
            if (fixing === 'one') data.lower[j] = 1;
            if (fixing === 'zero') data.upper[j] = 0;
          });
          const priced = dualBound(data, y);
          const within = (x: number[]) => x.every((xj, j) => xj >= data.lower[j]! && xj <= data.upper[j]!);
          for (const point of feasiblePoints(model).filter((p) => within(p.x))) {
            expect(point.objective).toBeLessThanOrEqual(priced.bound + 1e-9);
            point.x.forEach((xj, j) => {
              if (xj === 1) expect(point.objective).toBeLessThanOrEqual(priced.bound - penalty(data, priced, j) + 1e-9);
            });
          }
        },
      ),
      { numRuns: runs({ small: 300, large: 1000 }) },
    );
  });

  it('bounds, from the duals of a column forced, every point with another column at 1 in its place', () => {
    let swapped = 0;
    fc.assert(
      fc.property(
        smallModelArb,
        // Multipliers of 0 too: the bound is then tight enough to catch a group's gain forgotten.
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 4, maxLength: 4 }),
        fc.nat(6),
        fc.array(fc.constantFrom('free', 'free', 'zero'), { minLength: 7, maxLength: 7 }),
        (model, y, forced, fixings) => {
          const data = arraysOf(model);
          const j0 = forced % data.numCols;
          dualBound(data, y); // the groups, found before any column is fixed (as the worker does)
          fixings.slice(0, data.numCols).forEach((fixing, j) => {
            if (fixing === 'zero' && j !== j0) data.upper[j] = 0;
          });
          data.lower[j0] = 1;
          const priced = dualBound(data, y);
          const columns = Int32Array.from(model.cost.keys());
          const bounds = swapBounds(data, priced, j0, columns);
          expect(bounds[j0]).toBe(Infinity);
          swapped += bounds.filter(Number.isFinite).length;
          const within = (x: number[]) => x.every((xj, j) => j === j0 || (xj >= data.lower[j]! && xj <= data.upper[j]!));
          for (const point of feasiblePoints(model).filter((p) => p.x[j0] === 0 && within(p.x))) {
            point.x.forEach((xj, j) => {
              if (xj === 1) expect(point.objective).toBeLessThanOrEqual(bounds[j]! + 1e-9);
            });
          }
        },
      ),
      { numRuns: runs({ small: 300, large: 1000 }) },
    );
    expect(swapped).toBeGreaterThan(100);
  });

  it('leaves out exactly the columns penalised beyond delta, and bounds the plans that use them', () => {
    fc.assert(
      fc.property(smallModelArb, fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 }), fc.double({ min: 0, max: 6, noNaN: true }), (model, y, delta) => {
        const data = arraysOf(model);
        const priced = dualBound(data, y);
        const { kept, outside } = restriction(data, priced, delta);
        const inside = new Set(kept);
        for (let j = 0; j < data.numCols; j++) expect(inside.has(j)).toBe(penalty(data, priced, j) <= delta);
        for (const point of feasiblePoints(model)) {
          const usesLeftOut = point.x.some((xj, j) => xj === 1 && !inside.has(j));
          if (usesLeftOut) expect(point.objective).toBeLessThanOrEqual(outside + 1e-9);
        }
        // The restricted model is the full one with the left-out columns at 0.
        const restricted = restrictedModel(data, kept, []);
        expect(restricted.numCols).toBe(kept.length);
        expect(Array.from(restricted.cost)).toEqual(Array.from(kept, (j) => data.cost[j]));
      }),
      { numRuns: runs({ small: 300, large: 1000 }) },
    );
  });
});

describe('the restriction of a pricing cut short', () => {
  it('keeps the columns marked and the cheapest others, as many as asked (ties by index), and still bounds the plans that use the rest', () => {
    fc.assert(
      fc.property(
        smallModelArb,
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 0, max: 8 }),
        (model, y, marks, count) => {
          const data = arraysOf(model);
          const priced = dualBound(data, y);
          const also = Uint8Array.from(marks.slice(0, data.numCols), (mark) => (mark ? 1 : 0));
          const { delta, ties } = cheapest(data, priced, count, also);
          const { kept, outside } = restriction(data, priced, delta, also, ties);
          const inside = new Set(kept);
          const marked = also.reduce((sum, mark) => sum + mark, 0);
          expect(kept.length).toBe(Math.min(data.numCols, marked + count));
          for (let j = 0; j < data.numCols; j++) if (also[j]) expect(inside.has(j)).toBe(true);
          // Every column left out costs at least as much as every cheapest one kept.
          for (let j = 0; j < data.numCols; j++) {
            for (let k = 0; k < data.numCols; k++) {
              if (!inside.has(j) && inside.has(k) && !also[k]) expect(penalty(data, priced, j)).toBeGreaterThanOrEqual(penalty(data, priced, k));
            }
          }
          for (const point of feasiblePoints(model)) {
            if (point.x.some((xj, j) => xj === 1 && !inside.has(j))) expect(point.objective).toBeLessThanOrEqual(outside + 1e-9);
          }
        },
      ),
      { numRuns: runs({ small: 300, large: 1000 }) },
    );
  });
});

describe('restricted solves', () => {
  it('rank the same objectives with and without each step (restriction, grid, tied neighbours)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 50 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 3 }), async (cadres, seed, minDiff) => {
        const round = buildRound(parseScenario(generateProvince({ cadres, seed })).scenario);
        const all = await solveRound(round, { top: 4, minDiff, solver: 'highs', restrict: 'on' });
        const none = await solveRound(round, { top: 4, minDiff, solver: 'highs', restrict: 'off', grid: false, ties: false });
        const noTies = await solveRound(round, { top: 4, minDiff, solver: 'highs', restrict: 'on', ties: false });
        const noGrid = await solveRound(round, { top: 4, minDiff, solver: 'highs', restrict: 'on', grid: false });
        for (const other of [all, noTies, noGrid]) {
          expect(other.status).toBe(none.status);
          expectObjectives(
            other.plans.map((plan) => plan.objective),
            none.plans.map((plan) => plan.objective),
          );
        }
      }),
      { numRuns: runs({ small: 2, large: 6 }) },
    );
  });

  it('under a tight time limit, mark plans not proven with a gap that still covers the optimum', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 120, seed: 5 })).scenario);
    const exact = await solveRound(round, { solver: 'highs', restrict: 'on' });
    const optimum = exact.plans[0]!.objective;
    for (const timeLimit of [0.05, 0.3, 1]) {
      const limited = await solveRound(round, { solver: 'highs', restrict: 'on', timeLimit });
      for (const plan of limited.plans) {
        if (plan.proven) expect(plan.objective).toBeCloseTo(optimum, 6);
        else expect(plan.objective + plan.gap).toBeGreaterThanOrEqual(optimum - 1e-6);
      }
    }
  });

  it('keeps cuts over the left-out columns exact (they are 0 there)', () => {
    const built = buildModel(buildRound(parseScenario(generateProvince({ cadres: 20, seed: 3 })).scenario));
    const data = toWorkerModel(built.model);
    const kept = Int32Array.from({ length: Math.floor(data.numCols / 2) }, (_, c) => 2 * c);
    const cut = { lower: -Infinity, upper: 1, indices: Int32Array.from({ length: data.numCols }, (_, j) => j), values: new Float64Array(data.numCols).fill(1) };
    const restricted = restrictedModel(data, kept, [cut]);
    expect(restricted.numRows).toBe(data.numRows + 1);
    const last = restricted.numRows - 1;
    expect(restricted.starts[last + 1]! - restricted.starts[last]!).toBe(kept.length);
    expect(Array.from(restricted.position).filter((p) => p >= 0)).toHaveLength(kept.length);
  });

  /**
   * A 120-cadre round and its optimum (solved as usual): `each` runs on a restricted HiGHS
   * session of it opened with each set of options in turn.
   */
  async function sessionsOnRound(settings: readonly HighsOptions[], each: (session: SolverSession, optimum: number) => Promise<void>): Promise<void> {
    const round = buildRound(parseScenario(generateProvince({ cadres: 120, seed: 5 })).scenario);
    const optimum = (await solveRound(round, { solver: 'highs', restrict: 'on' })).plans[0]!.objective;
    const { model } = buildModel(round);
    const step = objectiveGrid(model) ?? 1;
    const workers = new WarmWorkers(1);
    try {
      for (const options of settings) {
        const session = await openHighsSession(model, { mip_abs_gap: 0.999 * step, ...options }, { step, delta: step }, workers);
        try {
          await each(session, optimum);
        } finally {
          await session.close();
        }
      }
    } finally {
      await workers.close();
    }
  }

  it('never hands HiGHS more columns than its cap: a plan with a bound that covers the optimum', async () => {
    // Caps from a few columns past the fixed ones (nothing can grow) to plenty (proven).
    await sessionsOnRound(
      [40, 300, 1500, 100_000].map((cap) => ({ rotaplan_max_columns: cap })),
      async (session, optimum) => {
        const result = await session.solve();
        if (result.status === 'optimal') expect(result.objective!).toBeCloseTo(optimum, 6);
        else {
          expect(result.status).toBe('time-limit');
          expect(result.bound!).toBeGreaterThanOrEqual(optimum - 1e-6);
          if (result.objective !== undefined) expect(result.objective).toBeLessThanOrEqual(optimum + 1e-6);
        }
      },
    );
  });

  it('under a time limit, starts a large first restriction from a small MIP and stays exact', async () => {
    // Every first restriction counts as large here (the threshold is 50,000 pairs).
    await sessionsOnRound([{ rotaplan_quick_from_columns: 0 }], async (session, optimum) => {
      const result = await session.solve({ timeLimit: 60 });
      expect(result.status).toBe('optimal');
      expect(result.objective!).toBeCloseTo(optimum, 6);
    });
  });

  it("tells a solve's progress to that solve only: a bound asked afterwards tells no one", async () => {
    await sessionsOnRound([{}], async (session) => {
      let told = 0;
      await session.solve({ onProgress: () => (told += 1) });
      const during = told;
      // Pricing with a column fixed reports its bounds as it goes: to no one, here.
      for (const column of [0, 1, 2]) await session.bound!({ force: [column] });
      expect(told).toBe(during);
    });
  });

  it('admits at most the columns asked for, ties left out together', () => {
    const data = toWorkerModel(buildModel(buildRound(parseScenario(generateProvince({ cadres: 20, seed: 3 })).scenario)).model);
    const reduced = Float64Array.from({ length: data.numCols }, (_, j) => -(j % 7));
    const priced = { bound: 0, reduced, group: new Int32Array(data.numCols).fill(-1), gain: new Float64Array(data.numRows), held: new Uint8Array(data.numRows) };
    for (const count of [0, 5, 30, data.numCols]) {
      const delta = penaltyAdmitting(data, priced, count);
      const kept = restriction(data, priced, delta).kept.length;
      if (delta > -Infinity) expect(kept).toBeLessThanOrEqual(count);
      if (count >= data.numCols) expect(kept).toBe(data.numCols);
    }
  });
});

describe('the cutoffs of a solve with columns fixed', () => {
  it('come down from the LP bound to the plan known plus half a step', () => {
    expect(cutoffLadder(1968.27, 1, undefined)).toEqual([1966.5, 1964.5, 1960.5]);
    expect(cutoffLadder(1968.27, 1, 1953)).toEqual([1966.5, 1964.5, 1960.5]);
    expect(cutoffLadder(1968.27, 1, 1965)).toEqual([1966.5, 1965.5]);
    expect(cutoffLadder(1968.27, 1, 1967)).toEqual([1967.5]);
    // A bound on the grid but for rounding is that grid point.
    expect(cutoffLadder(1967.9999999999, 1, undefined)[0]).toBe(1966.5);
    expect(cutoffLadder(10, 0, undefined)).toEqual([]);
  });

  it('lie halfway between grid points, fall, and never ask less than beating the plan known', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constantFrom(0.5, 1, 2, 3), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), (bound, step, below) => {
        const known = below === undefined ? undefined : (Math.floor(bound / step) - below) * step;
        const cutoffs = cutoffLadder(bound, step, known);
        expect(cutoffs.length).toBeGreaterThan(0);
        cutoffs.forEach((cutoff, i) => {
          expect(Math.abs(cutoff / step - Math.floor(cutoff / step) - 0.5)).toBeLessThan(1e-6);
          expect(cutoff).toBeLessThan(bound);
          if (known !== undefined) expect(cutoff).toBeGreaterThanOrEqual(known + step / 2 - 1e-9);
          if (i > 0) expect(cutoff).toBeLessThan(cutoffs[i - 1]!);
        });
        if (known !== undefined && cutoffs.length < 3) expect(cutoffs.at(-1)).toBeCloseTo(known + step / 2, 9);
      }),
    );
  });

  it('find a forced plan three steps under the LP bound, the same as without restriction', async () => {
    // Three triangles of conflicts (any two of a, b, c exclude each other; each worth 2): the LP
    // takes every column at one half (3 per triangle), a plan one column per triangle. f, worth
    // nothing, excludes the first triangle's a. With f forced: U = 2 + 3 + 3 = 8, the best plan
    // 6, below the first two cutoffs (6.5, 4.5 is the first one it reaches).
    const triangle = (t: number) => [[0, 1], [1, 2], [0, 2]].map(([i, j]) => ({ name: `t${t}-${i}${j}`, indices: [3 * t + i!, 3 * t + j!], values: [1, 1], lower: -Infinity, upper: 1 }));
    const model: LinearModel = {
      columns: {
        names: [...Array.from({ length: 9 }, (_, j) => `x${j}`), 'f'],
        integer: Array.from({ length: 10 }, () => true),
        lower: Array.from({ length: 10 }, () => 0),
        upper: Array.from({ length: 10 }, () => 1),
        cost: [...Array.from({ length: 9 }, () => 2), 0],
      },
      rows: [...triangle(0), ...triangle(1), ...triangle(2), { name: 'f-a', indices: [9, 0], values: [1, 1], lower: -Infinity, upper: 1 }],
      offset: 0,
    };
    for (const restrict of [{ step: 1, delta: 1 }, undefined]) {
      const session = await openHighsSession(model, {}, restrict);
      try {
        expect((await session.solve()).objective).toBeCloseTo(6, 9);
        const forced = await session.solve({ force: [9] });
        expect([forced.status, forced.objective]).toEqual(['optimal', 6]);
        expect(forced.values![9]).toBe(1);
        expect(forced.values![0]).toBe(0);
      } finally {
        await session.close();
      }
    }
  });
});
