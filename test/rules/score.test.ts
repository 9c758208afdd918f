// The score of section 4: each term of a move, objections counted once per side and only for
// soft sides, the soft-quota shortfall as a real number, and the empty plan at 0.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { moveValue, scoreMove, scorePlan } from '../../src/rules/score.ts';
import { generateProvince } from '../../src/generate/province.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { roundOf, scenarioOf } from '../property/arbitraries.ts';
import { Oracle } from '../support/bruteforce.ts';
import { base, C1_TO_V3 } from './cases.ts';

describe('value of a move', () => {
  const input = base({
    policy: { consent: { origin: 'soft', destination: 'ignore', cadre: 'soft' } },
    c1: { goals: ['g', 'h', 'g', 'z'], experience: ['x', 'w'], preferences: ['U2', 'U3'] },
    posts: [],
    more: {
      consents: [
        { side: 'origin', cadre: 'C1', agree: false },
        { side: 'origin', cadre: 'C1', agree: false, note: 'twice: counts once' },
        { side: 'origin', cadre: 'C1', agree: true },
        { side: 'cadre', cadre: 'C1', agree: false },
        { side: 'destination', cadre: 'C1', unit: 'U3', agree: false, note: 'ignored side' },
      ],
    },
  });
  input.positions[2] = { id: 'V3', unit: 'U3', title: 'T', offers: ['g', 'h', 'k'], desired: ['x', 'y', 'x'] };

  it('breaks down into development, fit, preference, move and objections', () => {
    const round = roundOf(input);
    const score = scoreMove(round, round.cadres.get('C1')!, round.posts.get('V3')!);
    expect(score.goalsCovered).toEqual(['g', 'h']);
    expect(score.experienceFit).toEqual(['x']);
    expect(score.preferred).toBe(true);
    expect([...score.softObjections].sort()).toEqual(['cadre', 'origin']);
    expect(score.terms).toEqual({ development: 20, fit: 5, preference: 3, move: -4, objections: -40 });
    expect(score.value).toBe(-16);
    expect(new Oracle(scenarioOf(input)).moveValue('C1', 'V3')).toBe(-16);
  });

  it('a soft destination objection counts only for its own unit', () => {
    const soft = { ...input, policy: { consent: { origin: 'ignore' as const, destination: 'soft' as const, cadre: 'ignore' as const } } };
    const round = roundOf(soft);
    expect(scoreMove(round, round.cadres.get('C1')!, round.posts.get('V3')!).terms.objections).toBe(-20);
    const other = { ...soft, consents: [{ side: 'destination' as const, cadre: 'C1', unit: 'U2', agree: false }] };
    const r2 = roundOf(other);
    expect(scoreMove(r2, r2.cadres.get('C1')!, r2.posts.get('V3')!).terms.objections).toBe(0);
  });

  it('weights come from the policy (partial weights keep the other defaults)', () => {
    const round = roundOf({ ...input, policy: { ...input.policy, weights: { development: 1.5, objection: 0.25 } } });
    const score = scoreMove(round, round.cadres.get('C1')!, round.posts.get('V3')!);
    expect(score.terms).toEqual({ development: 3, fit: 5, preference: 3, move: -4, objections: -0.5 });
  });
});

describe('objective of a plan', () => {
  // Two male cadres move; a soft quota of 34 % women misses by 0.68 of a cadre.
  const input = base({
    policy: { quotas: [{ group: 'female', minShare: 0.34, mode: 'soft' }] },
    posts: [{ id: 'V4', unit: 'U1', title: 'T' }],
  });
  const plan = { moves: [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V4' }] };

  it('a soft quota shortfall is real-valued (0.68 cadres cost 0.68 × 30)', () => {
    const round = roundOf(input);
    const score = scorePlan(round, plan);
    expect(score.shortfalls).toHaveLength(1);
    expect(score.shortfalls[0]!.shortfall).toBeCloseTo(0.68, 9);
    expect(score.shortfalls[0]!.cost).toBeCloseTo(20.4, 9);
    // values: C1→V3 10 − 4 = 6; C2→V4 −4.
    expect(score.objective).toBeCloseTo(6 - 4 - 20.4, 9);
    expect(new Oracle(scenarioOf(input)).objective(plan.moves)).toBeCloseTo(score.objective, 9);
  });

  it('a hard quota costs nothing in the score', () => {
    const round = roundOf({ ...input, policy: { quotas: [{ group: 'female', minShare: 0.34, mode: 'hard' }] } });
    expect(scorePlan(round, plan).objective).toBe(2);
  });

  it('the empty plan scores 0, whatever the quotas and weights', () => {
    const round = roundOf({ ...input, policy: { quotas: [{ group: 'young', minShare: 1, mode: 'soft' }], weights: { move: -7, quotaShortfall: -3 } } });
    expect(scorePlan(round, { moves: [] }).objective).toBe(0);
    expect(scorePlan(round, { moves: [] }).shortfalls).toEqual([{ group: 'young', minShare: 1, shortfall: 0, cost: 0 }]);
  });

  it.each(['jslp', 'highs'] as const)('%s: the solver prices the real-valued shortfall (and a negative weight) like the oracle', async (solver) => {
    for (const quotaShortfall of [30, 5, -3]) {
      const scenario = { ...input, policy: { ...input.policy, weights: { quotaShortfall } } };
      const outcome = await solveRound(roundOf(scenario), { top: 3, solver });
      const expected = new Oracle(scenarioOf(scenario)).topObjectives(3);
      expect(outcome.plans.map((p) => p.objective).map((v) => Math.round(v * 1e6) / 1e6)).toEqual(expected.map((v) => Math.round(v * 1e6) / 1e6));
    }
  });
});

describe('quota groups', () => {
  it.each([
    ['1987-01-01', 'is 40 on asOf: not young', ['Q']],
    ['1987-01-02', 'turns 40 a day after asOf: young', []],
  ])('born %s %s', (born, _why, rules) => {
    const round = roundOf(base({ policy: { quotas: [{ group: 'young', minShare: 1, mode: 'hard' }] }, c1: { born } }));
    expect(checkPlan(round, { moves: [C1_TO_V3] }).map((v) => v.rule)).toEqual(rules);
  });
  it('minority counts only cadres marked minority', () => {
    const input = base({ policy: { quotas: [{ group: 'minority', minShare: 0.5, mode: 'hard' }] } });
    expect(checkPlan(roundOf(input), { moves: [C1_TO_V3] }).map((v) => v.rule)).toEqual(['Q']);
    const minority = base({ policy: { quotas: [{ group: 'minority', minShare: 0.5, mode: 'hard' }] }, c1: { minority: true } });
    expect(checkPlan(roundOf(minority), { moves: [C1_TO_V3] })).toEqual([]);
  });
});

describe('moveValue (the model objective coefficients)', () => {
  it('is scoreMove(...).value exactly, for every pair of generated rounds of both versions', () => {
    for (const version of [1, 2] as const) {
      const round = buildRound(parseScenario(generateProvince({ cadres: 60, seed: 11, version })).scenario);
      let pairs = 0;
      for (const cadre of round.scenario.cadres) {
        for (const post of round.scenario.positions) {
          expect(Object.is(moveValue(round, cadre, post), scoreMove(round, cadre, post).value)).toBe(true);
          pairs += 1;
        }
      }
      expect(pairs).toBeGreaterThan(1000);
    }
  });

  it('is scoreMove(...).value on the value-of-a-move case (duplicates, soft and ignored sides)', () => {
    const input = base({
      policy: { consent: { origin: 'soft', destination: 'soft', cadre: 'soft' } },
      c1: { goals: ['g', 'h', 'g', 'z'], experience: ['x', 'w'], preferences: ['U2', 'U3'] },
      posts: [],
      more: { consents: [{ side: 'destination', cadre: 'C1', unit: 'U3', agree: false }] },
    });
    input.positions[2] = { id: 'V3', unit: 'U3', title: 'T', offers: ['g', 'h', 'k'], desired: ['x', 'y', 'x'] };
    const round = roundOf(input);
    for (const post of round.scenario.positions) {
      const cadre = round.cadres.get('C1')!;
      expect(moveValue(round, cadre, post)).toBe(scoreMove(round, cadre, post).value);
    }
  });
});
