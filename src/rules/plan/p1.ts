/** P1: each cadre moves at most once; each post receives at most one cadre. */
import { ones } from '../../model/builder.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const oneMoveEach: PlanRule = {
  id: 'P1',
  name: 'one-move-each',
  title: 'each cadre moves at most once and each post receives at most one cadre',
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const [cadre, moves] of facts.movesOfCadre) {
      if (moves.length > 1) found.push({ rule: 'P1', kind: 'cadre-twice', cadre, posts: moves.map((m) => m.to) });
    }
    for (const [post, moves] of facts.movesIntoPost) {
      if (moves.length > 1) found.push({ rule: 'P1', kind: 'post-twice', post, cadres: moves.map((m) => m.cadre) });
    }
    return found;
  },
  /** Σ_p x[c,p] ≤ 1 for every cadre c;  Σ_c x[c,p] ≤ 1 for every post p. */
  rows(model) {
    for (const [cadre, pairs] of model.pairsOfCadre) model.addRow(`one_move(${cadre})`, pairs, ones(pairs.length), -Infinity, 1);
    for (const [post, pairs] of model.pairsIntoPost) model.addRow(`one_cadre(${post})`, pairs, ones(pairs.length), -Infinity, 1);
  },
};
