// The contract's twelve test vectors: `solve --top 3` objectives, on both backends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { solveRound } from '../../src/solver/kbest.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { scorePlan } from '../../src/rules/score.ts';

const dir = join(import.meta.dirname, '../fixtures/contract');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { top3: number[]; best: { cadre: string; from: string; to: string }[] | null }
>;

describe.each(['jslp', 'highs'] as const)('contract examples with %s', (solver) => {
  it.each(Object.keys(expected))('%s', async (file) => {
    const round = buildRound(loadScenario(join(dir, file)).scenario);
    const outcome = await solveRound(round, { top: 3, solver });
    const want = expected[file]!;
    expect(outcome.plans.map((plan) => plan.objective)).toEqual(want.top3);
    expect(outcome.status).toBe(want.top3.length === 0 ? 'infeasible' : 'optimal');
    if (want.best) {
      expect(checkPlan(round, { moves: want.best })).toEqual([]);
      expect(scorePlan(round, { moves: want.best }).objective).toBeCloseTo(want.top3[0]!, 6);
    }
  });
});

// The oracle itself checked against the contract's own answers (computed outside this project):
// the brute force must give the same top 3 on every vector small enough to enumerate.
import { Oracle } from '../support/bruteforce.ts';

describe('the brute-force oracle on the contract examples', () => {
  const small = Object.keys(expected).filter((file) => loadScenario(join(dir, file)).scenario.cadres.length <= 10);
  it('covers at least the ten small vectors', () => expect(small.length).toBeGreaterThanOrEqual(10));
  it.each(small)('%s', (file) => {
    const oracle = new Oracle(loadScenario(join(dir, file)).scenario);
    const want = expected[file]!;
    expect(oracle.topObjectives(3).map((v) => Math.round(v * 1e6) / 1e6)).toEqual(want.top3);
    if (want.best) expect([...oracle.broken(want.best)]).toEqual([]);
  });
});
