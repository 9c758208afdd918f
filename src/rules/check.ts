/**
 * The independent plan checker: every rule's `check` on a plan, nothing from any solver.
 * A plan a solver returns is printed only when this finds nothing.
 */
import type { Round } from '../scenario/round.ts';
import { pairViolations } from './eligibility.ts';
import { PLAN_RULES } from './registry.ts';
import type { Plan } from './types.ts';
import { RULE_ORDER, type Violation } from './violations.ts';

export function checkPlan(round: Round, plan: Plan): Violation[] {
  const found: Violation[] = [];
  for (const move of plan.moves) {
    const cadre = round.cadres.get(move.cadre)!;
    if (cadre.position !== move.from) {
      found.push({ rule: 'E1', kind: 'wrong-origin', cadre: cadre.id, from: move.from, holds: cadre.position });
    }
    found.push(...pairViolations(round, cadre, round.posts.get(move.to)!));
  }
  for (const rule of PLAN_RULES) found.push(...rule.check(round, plan));
  return dedupe(found).sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule));
}

function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const key = JSON.stringify(violation);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
