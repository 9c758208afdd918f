// Every registered rule has a case it accepts and a case it rejects (the violation's kind and
// ids checked), and every plan rule binds in the integer program. A rule added to the registry
// without cases makes the first test fail.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules/check.ts';
import { ELIGIBILITY_RULES, PLAN_RULES } from '../../src/rules/registry.ts';
import { scorePlan } from '../../src/rules/score.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { roundOf, scenarioOf } from '../property/arbitraries.ts';
import { Oracle } from '../support/bruteforce.ts';
import { BINDING_CASES, RULE_CASES, V2_RULE_CASES } from './cases.ts';

const eligibilityKey = (rule: { id: string; name: string }) => `${rule.id}/${rule.name}`;
const REGISTERED = [...ELIGIBILITY_RULES.map(eligibilityKey), ...PLAN_RULES.map((rule) => rule.id)];

describe('rule cases', () => {
  it('every registered rule has an accepting and a rejecting case (and no case is orphaned)', () => {
    const missing = REGISTERED.filter((key) => !RULE_CASES[key]?.accept || !RULE_CASES[key]?.reject);
    expect(missing, 'rules without a pair of cases').toEqual([]);
    expect(Object.keys(RULE_CASES).filter((key) => !REGISTERED.includes(key)), 'cases of no registered rule').toEqual([]);
    expect(new Set(REGISTERED).size, 'registry keys are unique').toBe(REGISTERED.length);
  });

  describe.each(ELIGIBILITY_RULES.map((rule) => [eligibilityKey(rule), rule] as const))('%s', (key, rule) => {
    const cases = RULE_CASES[key]!;
    it('accepts its accepting case (and the whole plan is feasible)', () => {
      const round = roundOf(cases.accept.input);
      for (const move of cases.accept.moves) {
        expect(rule.check(round, round.cadres.get(move.cadre)!, round.posts.get(move.to)!)).toEqual([]);
      }
      expect(checkPlan(round, { moves: cases.accept.moves })).toEqual([]);
    });
    it('rejects its rejecting case, naming the cadre, post and unit; no other rule objects', () => {
      const round = roundOf(cases.reject.input);
      const [move] = cases.reject.moves;
      const cadre = round.cadres.get(move!.cadre)!;
      const post = round.posts.get(move!.to)!;
      expect(rule.check(round, cadre, post)).toEqual([cases.reject.violation]);
      for (const other of ELIGIBILITY_RULES) if (other !== rule) expect(other.check(round, cadre, post), eligibilityKey(other)).toEqual([]);
      expect(checkPlan(round, { moves: cases.reject.moves })).toEqual([cases.reject.violation]);
    });
  });

  describe.each(PLAN_RULES.map((rule) => [rule.id, rule] as const))('%s', (key, rule) => {
    const cases = RULE_CASES[key]!;
    it('accepts its accepting case (and the whole plan is feasible)', () => {
      const round = roundOf(cases.accept.input);
      expect(rule.check(round, { moves: cases.accept.moves })).toEqual([]);
      expect(checkPlan(round, { moves: cases.accept.moves })).toEqual([]);
    });
    it('rejects its rejecting case with the expected violation, and only it', () => {
      const round = roundOf(cases.reject.input);
      expect(rule.check(round, { moves: cases.reject.moves })).toEqual([cases.reject.violation]);
      expect(checkPlan(round, { moves: cases.reject.moves })).toEqual([cases.reject.violation]);
    });
  });
});

describe('version 2 readings of the rules (contract 8.3)', () => {
  const ruleOf = (key: string) => {
    const registered = key.split(':')[0]!;
    return { registered, eligibility: ELIGIBILITY_RULES.find((rule) => eligibilityKey(rule) === registered), plan: PLAN_RULES.find((rule) => rule.id === registered) };
  };
  it('every case belongs to a registered rule', () => {
    expect(Object.keys(V2_RULE_CASES).filter((key) => !REGISTERED.includes(ruleOf(key).registered))).toEqual([]);
  });
  describe.each(Object.keys(V2_RULE_CASES))('%s', (key) => {
    const cases = V2_RULE_CASES[key]!;
    const { eligibility, plan } = ruleOf(key);
    it('accepts its accepting case (and the whole plan is feasible)', () => {
      const round = roundOf(cases.accept.input);
      if (plan) expect(plan.check(round, { moves: cases.accept.moves })).toEqual([]);
      expect(checkPlan(round, { moves: cases.accept.moves })).toEqual([]);
    });
    it('rejects its rejecting case with the expected violation, and only it', () => {
      const round = roundOf(cases.reject.input);
      if (eligibility) {
        const [move] = cases.reject.moves;
        expect(eligibility.check(round, round.cadres.get(move!.cadre)!, round.posts.get(move!.to)!)).toEqual([cases.reject.violation]);
      }
      if (plan) expect(plan.check(round, { moves: cases.reject.moves })).toEqual([cases.reject.violation]);
      expect(checkPlan(round, { moves: cases.reject.moves })).toEqual([cases.reject.violation]);
    });
    it('the brute-force oracle agrees on both plans', () => {
      const accepted = new Oracle(scenarioOf(cases.accept.input));
      expect([...accepted.broken(cases.accept.moves)]).toEqual([]);
      const rejected = new Oracle(scenarioOf(cases.reject.input));
      expect([...rejected.broken(cases.reject.moves)]).toEqual([cases.reject.violation!.rule]);
    });
  });
});

describe('plan rules bind in the model', () => {
  it('every plan rule has a binding case', () => {
    expect(PLAN_RULES.map((rule) => rule.id).filter((id) => !BINDING_CASES[id])).toEqual([]);
  });
  const bindingKeys = Object.keys(BINDING_CASES);
  describe.each(['jslp', 'highs'] as const)('%s', (solver) => {
    it.each(bindingKeys)('%s: the tempting plan breaks only it and beats the optimum', async (key) => {
      const { input, tempting } = BINDING_CASES[key]!;
      const id = key.split('/')[0];
      const round = roundOf(input);
      expect([...new Set(checkPlan(round, { moves: tempting }).map((v) => v.rule))]).toEqual([id]);
      const outcome = await solveRound(round, { top: 1, solver });
      expect(outcome.status).toBe('optimal');
      const best = outcome.plans[0]!;
      expect(checkPlan(round, best)).toEqual([]);
      expect(scorePlan(round, { moves: tempting }).objective).toBeGreaterThan(best.objective + 1e-6);
      expect(best.objective).toBeCloseTo(new Oracle(scenarioOf(input)).topObjectives(1)[0]!, 6);
    });
  });
});
