/** P2: a held post can receive a cadre only when its holder moves out in the same plan. */
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const holderMovesOut: PlanRule = {
  id: 'P2',
  name: 'holder-moves-out',
  title: 'a held post receives a cadre only when its holder moves out (chains and swaps)',
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const [post, moves] of facts.movesIntoPost) {
      const holder = round.holderOf.get(post);
      if (holder !== undefined && !facts.moved(holder)) {
        for (const move of moves) found.push({ rule: 'P2', kind: 'holder-stays', post, holder, incoming: move.cadre });
      }
    }
    return found;
  },
  /** Σ_c x[c,p] − Σ_q x[h,q] ≤ 0 for every post p held by h. */
  rows(model) {
    for (const [post, incoming] of model.pairsIntoPost) {
      const holder = model.round.holderOf.get(post);
      if (holder === undefined) continue;
      const outgoing = model.pairsOfCadre.get(holder) ?? [];
      model.addRow(
        `holder_out(${post})`,
        [...incoming, ...outgoing],
        [...incoming.map(() => 1), ...outgoing.map(() => -1)],
        -Infinity,
        0,
      );
    }
  },
};
