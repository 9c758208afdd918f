// The report's alternatives by best-first search over bounds (src/report/alternatives.ts): for
// any valid bounds (at least bestWith; exact answers given or not; floored to the grid of the
// objectives or not), the list is the N highest
// bestWith of all candidates, ties by the move's value then the id, exactly what solving every
// candidate and sorting gives; and a tight bound saves solves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../src/report/alternatives.ts';
import type { WhyNotView } from '../../src/report/adapters.ts';
import { compareIds } from '../../src/util/order.ts';

const view = (bestWith: number | null): WhyNotView => ({ eligible: true, blockedBy: [], violations: [], bestWith, proven: true });

const candidateArb = fc.record({
  bestWith: fc.option(fc.integer({ min: 90, max: 100 }), { freq: 6 }),
  value: fc.integer({ min: 0, max: 5 }),
  slack: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 4, noNaN: true })),
  exact: fc.boolean(),
  /** A cheaper bound known from the start (none, or at least bestWith). */
  quick: fc.option(fc.double({ min: 0, max: 6, noNaN: true })),
  /** Whether the search offers to solve the move along with its bound. */
  solveWithBound: fc.boolean(),
  /** The bound a rival's LP gives it (none, or at least bestWith). */
  rival: fc.option(fc.double({ min: 0, max: 3, noNaN: true })),
  /** A plan with the move seen elsewhere (none, or bestWith or a little less). */
  seen: fc.option(fc.integer({ min: 0, max: 2 })),
});

describe('bestFirst', () => {
  it('gives the N best by bestWith (then value, then id), whatever valid bounds it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(candidateArb, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom(undefined, 1), async (cases, shown, step) => {
        const candidates = cases.map((c, i) => ({ ...c, cadre: `C-${String(i).padStart(2, '0')}` }));
        const byId = new Map(candidates.map((c) => [c.cadre, c]));
        let solves = 0;
        const got = await bestFirst(
          candidates.map(({ cadre, value, quick, bestWith }) => ({ cadre, value, upper: quick === null ? undefined : (bestWith ?? 90) + quick })),
          shown,
          async (cadre, { rivals, thenSolve }) => {
            const c = byId.get(cadre)!;
            const others = new Map(rivals.flatMap((rival) => {
              const r = byId.get(rival)!;
              return r.rival === null ? [] : [[rival, (r.bestWith ?? 90) + r.rival] as const];
            }));
            if (c.exact) return { bound: c.bestWith ?? -Infinity, answer: view(c.bestWith), rivals: others };
            const found = { bound: c.bestWith === null ? 100 + c.slack : c.bestWith + c.slack, rivals: others };
            // The search may have the move solved with its bound (when it would take it next).
            if (!c.solveWithBound || !thenSolve(found)) return found;
            solves += 1;
            return { ...found, answer: view(c.bestWith) };
          },
          async (cadre) => {
            solves += 1;
            return view(byId.get(cadre)!.bestWith);
          },
          step,
          (cadre, upper) => {
            const { bestWith, seen } = byId.get(cadre)!;
            return bestWith !== null && seen !== null && bestWith - seen >= upper ? view(bestWith - seen) : undefined;
          },
        );
        const expected = [...candidates]
          .sort((a, b) => (b.bestWith ?? -Infinity) - (a.bestWith ?? -Infinity) || b.value - a.value || compareIds(a.cadre, b.cadre))
          .slice(0, shown);
        expect(got.map((a) => [a.cadre, a.answer.bestWith])).toEqual(expected.map((c) => [c.cadre, c.bestWith]));
        expect(solves).toBeLessThanOrEqual(candidates.length);
      }),
      { numRuns: 300 },
    );
  });

  /**
   * The candidates solved for a list of three among `count`: C-00..C-02 reach 100, 99 and 98,
   * the others 97 with the bound `others`; every bound of the first three is half a point high.
   */
  async function solvedFor(count: number, others: number, step?: number): Promise<string[]> {
    const candidates = Array.from({ length: count }, (_, i) => ({ cadre: `C-${String(i).padStart(2, '0')}`, value: 0 }));
    const best = (cadre: string) => [100, 99, 98][Number(cadre.slice(2))] ?? 97;
    const solved: string[] = [];
    const bound = async (cadre: string) => ({ bound: best(cadre) >= 98 ? best(cadre) + 0.5 : others });
    const solve = async (cadre: string) => (solved.push(cadre), view(best(cadre)));
    await bestFirst(candidates, 3, bound, solve, step);
    return solved;
  }

  it('solves only the candidates whose bound can still enter the list', async () => {
    expect(await solvedFor(40, 97)).toEqual(['C-00', 'C-01', 'C-02']);
  });

  it('solves a candidate along with its bound exactly when the search would take it next', async () => {
    const best = (cadre: string) => [100, 99, 98][Number(cadre.slice(2))] ?? 90;
    // Bounds known at the start a little above the LP's; C-03's is above C-02's LP bound, its own LP far below.
    const upper = [100.6, 99.6, 98.6, 98.55, 90.6, 90.6];
    const candidates = upper.map((u, i) => ({ cadre: `C-0${i}`, value: 0, upper: u }));
    const asked: [string, boolean][] = [];
    const bound = async (cadre: string, { thenSolve }: { thenSolve: (found: { bound: number }) => boolean }) => {
      const found = { bound: cadre === 'C-03' ? 95 : best(cadre) + 0.5 };
      const now = thenSolve(found);
      asked.push([cadre, now]);
      return now ? { ...found, answer: view(best(cadre)) } : found;
    };
    const apart: string[] = [];
    const got = await bestFirst(candidates, 3, bound, async (cadre) => (apart.push(cadre), view(best(cadre))));
    expect(got.map((a) => [a.cadre, a.answer.bestWith])).toEqual([
      ['C-00', 100],
      ['C-01', 99],
      ['C-02', 98],
    ]);
    // C-02 is not next once its LP is known (C-03 may still beat it); C-03's LP leaves it out.
    expect(asked).toEqual([
      ['C-00', true],
      ['C-01', true],
      ['C-02', false],
      ['C-03', false],
    ]);
    expect(apart).toEqual(['C-02']);
  });

  it("asks no LP of a candidate whose bound from a rival's LP leaves it out", async () => {
    const candidates = Array.from({ length: 20 }, (_, i) => ({ cadre: `C-${String(i).padStart(2, '0')}`, value: 0 }));
    const best = (cadre: string) => [100, 99, 98][Number(cadre.slice(2))] ?? 90;
    const bounded: string[] = [];
    const bound = async (cadre: string, { rivals }: { rivals: readonly string[] }) => {
      bounded.push(cadre);
      return { bound: best(cadre) + 0.5, rivals: new Map(rivals.map((rival) => [rival, best(rival) + 0.5])) };
    };
    await bestFirst(candidates, 3, bound, async (cadre) => view(best(cadre)));
    expect(bounded).toEqual(['C-00', 'C-01', 'C-02']);
  });

  it('asks neither an LP nor a solve of a candidate whose best plan was seen reaching its bound', async () => {
    const best = (cadre: string) => 100 - Number(cadre.slice(2));
    // Bounds half a point high (whole on the grid of step 1), C-01's first one two points high.
    const candidates = Array.from({ length: 6 }, (_, i) => ({ cadre: `C-0${i}`, value: 0, upper: (i === 1 ? 101 : 100 - i) + 0.5 }));
    const asked: string[] = [];
    const solve = async (cadre: string) => (asked.push(`solve ${cadre}`), view(best(cadre)));
    const bound = async (cadre: string, { thenSolve }: { thenSolve: (found: { bound: number }) => boolean }) => {
      asked.push(`bound ${cadre}`);
      const found = { bound: best(cadre) + 0.5 };
      return thenSolve(found) ? { ...found, answer: await solve(cadre) } : found;
    };
    // Plans seen: C-00's best, C-01's best (but its first bound is above it), and a plan of C-02 short of its best.
    const seen = new Map([['C-00', 100], ['C-01', 99], ['C-02', 97]]);
    const known = (cadre: string, upper: number) => ((seen.get(cadre) ?? -Infinity) >= upper ? view(seen.get(cadre)!) : undefined);
    const got = await bestFirst(candidates, 3, bound, solve, 1, known);
    expect(got.map((a) => [a.cadre, a.answer.bestWith])).toEqual([
      ['C-00', 100],
      ['C-01', 99],
      ['C-02', 98],
    ]);
    expect(asked).toEqual(['bound C-01', 'bound C-02', 'solve C-02']);
  });

  it('on a grid of objectives, solves no candidate that can only tie and loses the tie', async () => {
    expect(await solvedFor(10, 98.5, 1)).toEqual(['C-00', 'C-01', 'C-02']);
    expect(await solvedFor(10, 98.5)).toHaveLength(10);
  });
});
