/** P5: every pin is a move of the plan. */
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const pins: PlanRule = {
  id: 'P5',
  name: 'pins',
  title: 'every pinned move is in the plan',
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const pin of round.scenario.pins) {
      const moves = facts.movesOfCadre.get(pin.cadre) ?? [];
      if (!moves.some((move) => move.to === pin.position)) {
        found.push({ rule: 'P5', kind: 'pin-missing', cadre: pin.cadre, post: pin.position });
      }
    }
    return found;
  },
  /** x[c,p] = 1 for every pin (c, p); a pin of an ineligible pair is an empty row 0 = 1: infeasible. */
  rows(model) {
    for (const pin of model.round.scenario.pins) {
      const pair = (model.pairsOfCadre.get(pin.cadre) ?? []).filter((i) => model.pairs[i]!.to === pin.position);
      model.addRow(`pin(${pin.cadre}→${pin.position})`, pair, pair.map(() => 1), 1, 1, [pin.cadre, pin.position]);
    }
  },
};
