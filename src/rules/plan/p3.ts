/** P3: a must-fill post has a holder after the plan. */
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const mustFill: PlanRule = {
  id: 'P3',
  name: 'must-fill',
  title: 'every must-fill post has a holder after the plan',
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const post of round.scenario.positions) {
      if (!post.mustFill) continue;
      const holder = round.holderOf.get(post.id);
      const filled = facts.movesIntoPost.has(post.id) || (holder !== undefined && !facts.moved(holder));
      if (!filled) found.push({ rule: 'P3', kind: 'vacant', post: post.id, unit: post.unit });
    }
    return found;
  },
  /**
   * Held by h:  Σ_c x[c,p] − Σ_q x[h,q] ≥ 0  (whoever leaves is replaced);
   * vacant:     Σ_c x[c,p] ≥ 1.
   */
  rows(model) {
    for (const post of model.round.scenario.positions) {
      if (!post.mustFill) continue;
      const incoming = model.pairsIntoPost.get(post.id) ?? [];
      const holder = model.round.holderOf.get(post.id);
      if (holder === undefined) {
        model.addRow(`must_fill(${post.id})`, incoming, incoming.map(() => 1), 1, Infinity, [post.id]);
        continue;
      }
      const outgoing = model.pairsOfCadre.get(holder) ?? [];
      model.addRow(
        `must_fill(${post.id})`,
        [...incoming, ...outgoing],
        [...incoming.map(() => 1), ...outgoing.map(() => -1)],
        0,
        Infinity,
        [post.id],
      );
    }
  },
};
