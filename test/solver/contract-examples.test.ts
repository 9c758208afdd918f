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
