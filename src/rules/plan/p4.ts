/** P4: rotations are not mass moves: at most maxMoves moves in a plan. */
import { ones } from '../../model/builder.ts';
import type { PlanRule } from '../types.ts';

export const moveCap: PlanRule = {
  id: 'P4',
  name: 'move-cap',
  title: 'at most maxMoves moves in the plan',
  check(round, plan) {
    const max = round.policy.maxMoves;
    if (max === null || plan.moves.length <= max) return [];
    return [{ rule: 'P4', kind: 'too-many-moves', moves: plan.moves.length, max }];
  },
  /** Σ x[c,p] ≤ maxMoves. */
  rows(model) {
    const max = model.round.policy.maxMoves;
    const all = model.pairs.map((pair) => pair.index);
    if (max !== null && all.length > max) model.addRow('move_cap', all, ones(all.length), -Infinity, max);
  },
};
