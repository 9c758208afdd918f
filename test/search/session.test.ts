// An open search answers as fresh solves do: the best plan with a move forced in the open model
// (its column fixed at 1, the LP duals and solutions of earlier searches reused) has the
// objective of a fresh solve of the round with that move pinned, and a ranking after forced
// solves is the ranking of a fresh solve (no cut or forced column left behind). Restricted and
// unrestricted HiGHS, and javascript-lp-solver.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPin } from '../../src/explain/why-not.ts';
import { generateProvince } from '../../src/generate/province.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound, type Round } from '../../src/scenario/round.ts';
import { openSearch, solveRound, type SearchOptions } from '../../src/search/kbest.ts';
import { buildPairs } from '../../src/model/build.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { roundOf, smallScenarioArb } from '../property/arbitraries.ts';
import { expectObjectives } from '../support/plans.ts';
import { runs } from '../support/size.ts';

const CONFIGURATIONS: readonly SearchOptions[] = [
  { solver: 'highs', restrict: 'on' },
  { solver: 'highs', restrict: 'off' },
  { solver: 'jslp' },
];

/** Some eligible moves of the round: a few of each cadre's, spread by `seed`. */
function someMoves(round: Round, count: number, seed: number): { cadre: string; to: string }[] {
  const pairs = buildPairs(round);
  if (pairs.length === 0) return [];
  return Array.from({ length: Math.min(count, pairs.length) }, (_, i) => pairs[(seed * 7919 + i * 104_729) % pairs.length]!);
}

async function expectSameAsFresh(round: Round, options: SearchOptions, moves: readonly { cadre: string; to: string }[]): Promise<void> {
  const search = await openSearch(round, options);
  try {
    const first = await search.rank({ top: 3 });
    for (const move of moves) {
      const forced = (await search.bestWith(move.cadre, move.to))!;
      const pinned = await solveRound(withPin(round, { cadre: move.cadre, from: round.cadres.get(move.cadre)!.position, to: move.to }), { solver: options.solver });
      expect(forced.status, `${move.cadre}→${move.to}`).toBe(pinned.status);
      expectObjectives(forced.plan ? [forced.plan.objective] : [], pinned.plans.slice(0, 1).map((p) => p.objective), `${move.cadre}→${move.to}: `);
      if (forced.plan) {
        expect(forced.plan.moves.some((m) => m.cadre === move.cadre && m.to === move.to)).toBe(true);
        expect(checkPlan(round, forced.plan)).toEqual([]);
      }
    }
    const again = await search.rank({ top: 3 });
    const fresh = await solveRound(round, { ...options, top: 3 });
    for (const outcome of [first, again]) {
      expect(outcome.status).toBe(fresh.status);
      expectObjectives(outcome.plans.map((p) => p.objective), fresh.plans.map((p) => p.objective));
    }
  } finally {
    await search.close();
  }
}

describe.each(CONFIGURATIONS)('an open search ($solver, restrict $restrict)', (options) => {
  it('forces moves exactly as pinned rounds solve them, and ranks as a fresh solve afterwards', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb({ strictness: 'lenient' }), fc.nat(1000), async (input, seed) => {
        const round = roundOf(input);
        await expectSameAsFresh(round, options, someMoves(round, 4, seed));
      }),
      { numRuns: runs({ small: 6, large: 30 }) },
    );
  });
});

describe('an open search whose worker died', () => {
  it('answers the next call on a fresh worker, the same as before', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 30, seed: 4 })).scenario);
    const search = await openSearch(round, { solver: 'highs' });
    try {
      const before = await search.rank({ top: 2 });
      // What a crash leaves behind: the session's worker is gone.
      await (search as unknown as { session: { close(): Promise<void> } }).session.close();
      const after = await search.rank({ top: 2 });
      expectObjectives(after.plans.map((p) => p.objective), before.plans.map((p) => p.objective));
    } finally {
      await search.close();
    }
  });
});

describe('a fork of an open search (its own worker, the duals already priced)', () => {
  it('answers forced moves as the search itself does', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 40, seed: 17 })).scenario);
    const search = await openSearch(round, { solver: 'highs', restrict: 'on' });
    try {
      await search.rank({ top: 2 });
      const fork = await search.fork();
      try {
        for (const move of someMoves(round, 4, 3)) {
          const [a, b] = await Promise.all([search.bestWith(move.cadre, move.to), fork.bestWith(move.cadre, move.to)]);
          expect(b!.status).toBe(a!.status);
          expect(b!.plan?.objective).toBe(a!.plan?.objective);
        }
      } finally {
        await fork.close();
      }
    } finally {
      await search.close();
    }
  });
});

describe('an open search on generated provinces (restricted HiGHS)', () => {
  it('forces moves exactly as pinned rounds solve them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 30, max: 50 }), fc.integer({ min: 1, max: 10_000 }), async (cadres, seed) => {
        const round = buildRound(parseScenario(generateProvince({ cadres, seed })).scenario);
        await expectSameAsFresh(round, { solver: 'highs', restrict: 'on' }, someMoves(round, 5, seed));
      }),
      { numRuns: runs({ small: 1, large: 8 }) },
    );
  });
});

/** The round with these moves pinned and those forbidden, as a committee's decisions write them. */
function withDecisions(round: Round, one: readonly { cadre: string; to: string }[], zero: readonly { cadre: string; to: string }[]): Round {
  const scenario = round.scenario;
  return buildRound({
    ...scenario,
    pins: [...scenario.pins, ...one.map((m) => ({ cadre: m.cadre, position: m.to }))],
    forbids: [...scenario.forbids, ...zero.map((m) => ({ cadre: m.cadre, position: m.to }))],
  });
}

describe.each(CONFIGURATIONS)('fixed columns on an open search ($solver, restrict $restrict)', (options) => {
  it('rank the plans the round with those pins and forbids ranks, and leave nothing behind', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb({ strictness: 'lenient' }), fc.nat(1000), fc.nat(3), async (input, seed, ones) => {
        const round = roundOf(input);
        const moves = someMoves(round, 4, seed);
        const pairs = buildPairs(round);
        const search = await openSearch(round, options);
        try {
          const before = await search.rank({ top: 2 });
          // The best plan's moves are the telling ones to forbid: the answer must change.
          const zero = [...(before.plans[0]?.moves ?? []).slice(0, 2).map((m) => ({ cadre: m.cadre, to: m.to })), ...moves.slice(ones)];
          const one = moves.slice(0, Math.min(ones, 1));
          const fixed = await search.rank({
            top: 2,
            fix: {
              one: one.map((m) => search.pairOf(m.cadre, m.to)!),
              zero: zero.filter((m) => !one.some((o) => o.cadre === m.cadre && o.to === m.to)).map((m) => pairs.find((p) => p.cadre === m.cadre && p.to === m.to)!),
            },
          });
          const decided = withDecisions(round, one, zero.filter((m) => !one.some((o) => o.cadre === m.cadre && o.to === m.to)));
          const fresh = await solveRound(decided, { solver: options.solver, top: 2 });
          expect(fixed.status).toBe(fresh.status);
          expectObjectives(fixed.plans.map((p) => p.objective), fresh.plans.map((p) => p.objective));
          for (const plan of fixed.plans) expect(checkPlan(decided, plan)).toEqual([]);
          const after = await search.rank({ top: 2 });
          expectObjectives(after.plans.map((p) => p.objective), before.plans.map((p) => p.objective));
        } finally {
          await search.close();
        }
      }),
      { numRuns: runs({ small: 6, large: 30 }) },
    );
  });
});

describe.each(CONFIGURATIONS)('bounds of forced moves ($solver, restrict $restrict)', (options) => {
  it('are never below the best plan with the move, −Infinity exactly when there is none, and exact with a plan', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb({ strictness: 'lenient' }), fc.nat(1000), async (input, seed) => {
        const round = roundOf(input);
        const search = await openSearch(round, options);
        try {
          await search.rank({ top: 1 });
          for (const move of someMoves(round, 4, seed)) {
            const bounded = (await search.boundWith(move.cadre, move.to))!;
            const forced = (await search.bestWith(move.cadre, move.to))!;
            const label = `${move.cadre}→${move.to}`;
            if (forced.status === 'infeasible') {
              expect(bounded.bound, label).toBe(-Infinity);
              continue;
            }
            expect(bounded.bound, label).toBeGreaterThanOrEqual(forced.plan!.objective);
            if (bounded.plan) {
              expectObjectives([bounded.plan.objective], [forced.plan!.objective], `${label}: `);
              expect(checkPlan(round, bounded.plan)).toEqual([]);
              expect(bounded.plan.moves.some((m) => m.cadre === move.cadre && m.to === move.to)).toBe(true);
            }
          }
        } finally {
          await search.close();
        }
      }),
      { numRuns: runs({ small: 6, large: 30 }) },
    );
  });
});

describe('bounds of forced moves on a generated province (restricted HiGHS)', () => {
  it('hold against the best plan with each move (boundWith, and quickBoundWith from the duals alone)', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 45, seed: 23 })).scenario);
    const search = await openSearch(round, { solver: 'highs', restrict: 'on' });
    try {
      await search.best();
      for (const move of someMoves(round, 6, 5)) {
        const quick = search.quickBoundWith(move.cadre, move.to);
        expect(quick).toBeDefined();
        const bounded = (await search.boundWith(move.cadre, move.to))!;
        const forced = (await search.bestWith(move.cadre, move.to))!;
        if (forced.status === 'infeasible') expect(bounded.bound).toBe(-Infinity);
        else expect(Math.min(bounded.bound, quick!)).toBeGreaterThanOrEqual(forced.plan!.objective);
        if (bounded.plan) expectObjectives([bounded.plan.objective], [forced.plan!.objective]);
      }
    } finally {
      await search.close();
    }
  });

  it("bound the post's other candidates from the same LP, and solve the move along with its bound when asked", async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 45, seed: 23 })).scenario);
    const pairs = buildPairs(round);
    const search = await openSearch(round, { solver: 'highs', restrict: 'on' });
    let swapped = 0;
    let solvedWith = 0;
    try {
      await search.best();
      for (const move of someMoves(round, 6, 5)) {
        const rivals = pairs.filter((p) => p.to === move.to && p.cadre !== move.cadre).map((p) => p.cadre);
        const bounded = (await search.boundWith(move.cadre, move.to, { rivals, thenSolve: () => true }))!;
        const forced = (await search.bestWith(move.cadre, move.to))!;
        if (bounded.forced) {
          solvedWith += 1;
          expect(bounded.forced.status).toBe(forced.status);
          expectObjectives([bounded.forced.plan!.objective], [forced.plan!.objective]);
        }
        for (const [rival, bound] of bounded.rivals ?? []) {
          if (!Number.isFinite(bound)) continue;
          swapped += 1;
          const theirs = (await search.bestWith(rival, move.to))!;
          if (theirs.plan) expect(bound, `${rival} in ${move.to}`).toBeGreaterThanOrEqual(theirs.plan.objective);
        }
      }
    } finally {
      await search.close();
    }
    expect(swapped).toBeGreaterThan(5);
    expect(solvedWith).toBeGreaterThan(0);
  });
});
