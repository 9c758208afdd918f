// The generators make valid scenarios, and they exercise every rule: over a fixed sample,
// every kind of violation of every registered rule occurs, and so do feasible non-empty plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { pairViolations } from '../../src/rules/eligibility.ts';
import { ELIGIBILITY_RULES, PLAN_RULES, VIOLATION_SENTENCES } from '../../src/rules/registry.ts';
import { planArb, roundOf, scenarioArb, scenarioOf, shuffleScenario, smallScenarioArb, v2ScenarioArb } from './arbitraries.ts';
import { Oracle } from '../support/bruteforce.ts';

const SAMPLE = { seed: 7, numRuns: 400 };

describe('arbitraries', () => {
  it('make valid scenarios, shuffled ones too', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb({ cadres: [1, 12], units: [1, 5], vacant: [0, 4] }), v2ScenarioArb({ cadres: [1, 12], units: [1, 5], vacant: [0, 4] })), fc.integer(), (input, seed) => {
        roundOf(input);
        roundOf(shuffleScenario(input, seed));
      }),
      { numRuns: 200 },
    );
  });

  it('exercise every kind of violation and every registered rule', () => {
    const kinds = new Set<string>();
    const rules = new Set<string>();
    const names = new Set<string>();
    const samples = fc.sample(
      fc
        .oneof(scenarioArb({ cadres: [2, 7], units: [1, 4], vacant: [0, 3] }), v2ScenarioArb({ cadres: [2, 7], units: [1, 4], vacant: [0, 3] }))
        .chain((input) => fc.tuple(fc.constant(input), planArb(input))),
      SAMPLE,
    );
    for (const [input, moves] of samples) {
      const round = roundOf(input);
      for (const cadre of round.scenario.cadres) {
        for (const post of round.scenario.positions) {
          for (const rule of ELIGIBILITY_RULES) if (rule.check(round, cadre, post).length > 0) names.add(`${rule.id}/${rule.name}`);
          for (const v of pairViolations(round, cadre, post)) kinds.add(v.kind);
        }
      }
      for (const v of checkPlan(round, { moves })) {
        kinds.add(v.kind);
        rules.add(v.rule);
      }
    }
    expect([...names].sort()).toEqual(ELIGIBILITY_RULES.map((r) => `${r.id}/${r.name}`).sort());
    expect(PLAN_RULES.map((r) => r.id).filter((id) => !rules.has(id))).toEqual([]);
    // Every violation kind a rule can report: the registry's sentence catalogue has one per kind.
    const ALL_KINDS = Object.keys(VIOLATION_SENTENCES.en);
    expect(ALL_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it('give small rounds with rich optima: chains, several moves, infeasible ones too', () => {
    let infeasible = 0;
    let multiMove = 0;
    let chain = 0;
    for (const input of fc.sample(smallScenarioArb(), { seed: 7, numRuns: 150 })) {
      const oracle = new Oracle(scenarioOf(input));
      const plans = oracle.enumerate();
      if (plans.length === 0) infeasible++;
      else if (plans[0]!.moves.length >= 2) multiMove++;
      // A chain: some move goes into a post that is held now.
      if (plans.slice(0, 3).some((p) => p.moves.some((m) => input.positions.find((q) => q.id === m.to)?.holder))) chain++;
    }
    expect(infeasible).toBeGreaterThan(5);
    expect(multiMove).toBeGreaterThan(15);
    expect(chain).toBeGreaterThan(15);
  });
});
