/**
 * S: a unit is never stripped of too many leaders at once, nor flooded with newcomers.
 * Out of u ≤ min(maxOutPerUnit, max(1, floor(maxOutShare·n))); into u ≤ maxInPerUnit.
 */
import { ones } from '../../model/builder.ts';
import { outCap, unitOf } from '../../scenario/round.ts';
import { SOURCES } from '../sources.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const stability: PlanRule = {
  id: 'S',
  name: 'stability',
  title: 'no unit loses or receives too many cadres at once',
  source: SOURCES.qd65,
  check(round, plan) {
    const out = new Map<string, number>();
    const into = new Map<string, number>();
    for (const move of plan.moves) {
      const from = unitOf(round, round.cadres.get(move.cadre)!.position);
      const to = unitOf(round, move.to);
      out.set(from, (out.get(from) ?? 0) + 1);
      into.set(to, (into.get(to) ?? 0) + 1);
    }
    const found: Violation[] = [];
    for (const unit of round.scenario.units) {
      const leaving = out.get(unit.id) ?? 0;
      const cap = outCap(round, unit.id);
      if (leaving > cap) found.push({ rule: 'S', kind: 'too-many-out', unit: unit.id, out: leaving, cap });
      const arriving = into.get(unit.id) ?? 0;
      const inCap = round.policy.stability.maxInPerUnit;
      if (arriving > inCap) found.push({ rule: 'S', kind: 'too-many-in', unit: unit.id, in: arriving, cap: inCap });
    }
    return found;
  },
  /** Σ_{c in u} Σ_p x[c,p] ≤ outCap(u);  Σ_{p in u} Σ_c x[c,p] ≤ maxInPerUnit, for every unit u. */
  rows(model) {
    const { round } = model;
    for (const [unit, pairs] of model.pairsOutOfUnit) {
      const cap = outCap(round, unit);
      if (pairs.length > cap) model.addRow(`stability_out(${unit})`, pairs, ones(pairs.length), -Infinity, cap, [unit]);
    }
    const inCap = round.policy.stability.maxInPerUnit;
    for (const [unit, pairs] of model.pairsIntoUnit) {
      if (pairs.length > inCap) model.addRow(`stability_in(${unit})`, pairs, ones(pairs.length), -Infinity, inCap, [unit]);
    }
  },
};
