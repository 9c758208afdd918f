// Tied plans found as neighbours of ranked ones (src/search/ties.ts): verified, exact, and
// kept apart by the same exclusion cuts as the solver's plans.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { TieFinder } from '../../src/search/ties.ts';

// C1 may take V3 or V4: same unit kind, same offer, so the same value (10 − 4 = 6).
const input: ScenarioInput = {
  version: 1,
  name: 'two equal posts',
  asOf: '2027-01-01',
  policy: {},
  units: [{ id: 'U1' }, { id: 'U2' }, { id: 'U3' }],
  positions: [
    { id: 'P1', unit: 'U1', title: 'T', holder: 'C1' },
    { id: 'V3', unit: 'U3', title: 'T', offers: ['g'] },
    { id: 'V4', unit: 'U2', title: 'T', offers: ['g'] },
  ],
  cadres: [{ id: 'C1', name: 'C1', gender: 'male', born: '1990-01-01', position: 'P1', since: '2020-01-01', goals: ['g'], planning: ['T'], rating: 'good' }],
};

describe('tied plans', () => {
  const round = buildRound(parseScenario(input).scenario);
  const { pairs } = buildModel(round);
  const toV3 = pairs.find((pair) => pair.to === 'V3')!;

  it('are the neighbour that sends a mover to another post of the same value', () => {
    const tied = new TieFinder(round, pairs).next([{ objective: 6, pairs: [toV3] }], 1, 6, 1e-6);
    expect(tied?.map((pair) => pair.to)).toEqual(['V4']);
  });

  it('respect --min-diff: one move apart is not far enough for 3', () => {
    expect(new TieFinder(round, pairs).next([{ objective: 6, pairs: [toV3] }], 3, 6, 1e-6)).toBeUndefined();
  });

  it('are never offered for a lower target than their score', () => {
    expect(new TieFinder(round, pairs).next([{ objective: 6, pairs: [toV3] }], 1, 5, 1e-6)).toBeUndefined();
  });

  it('take their rank in the K best, proven, then the solver goes on', async () => {
    for (const solver of ['jslp', 'highs'] as const) {
      const outcome = await solveRound(round, { top: 3, solver });
      expect(outcome.plans.map((plan) => plan.objective)).toEqual([6, 6, 0]);
      expect(outcome.plans.map((plan) => plan.proven)).toEqual([true, true, true]);
      expect(new Set(outcome.plans.map((plan) => plan.moves.map((move) => move.to).join()))).toEqual(new Set(['V3', 'V4', '']));
    }
  });
});
