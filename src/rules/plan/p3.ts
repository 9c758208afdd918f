/**
 * P3: a must-fill post has a holder after the plan: it receives a cadre, or its holder
 * (through position or, in version 2, alsoHolds) does not move.
 */
import type { InstanceText, RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const mustFill: PlanRule<'P3'> = {
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
  rows(sink) {
    for (const post of sink.round.scenario.positions) {
      if (!post.mustFill) continue;
      const incoming = sink.pairsIntoPost.get(post.id) ?? [];
      const holder = sink.round.holderOf.get(post.id);
      if (holder === undefined) {
        sink.addRow({ rule: 'P3', post: post.id, unit: post.unit }, incoming, 1, 1, Infinity);
        continue;
      }
      const outgoing = sink.pairsOfCadre.get(holder) ?? [];
      sink.addRow(
        { rule: 'P3', post: post.id, unit: post.unit, holder },
        [...incoming, ...outgoing],
        [...incoming.map(() => 1), ...outgoing.map(() => -1)],
        0,
        Infinity,
      );
    }
  },
  rowName: (tag) => `must_fill(${tag.post})`,
  role: (tag) => ({
    id: `must_fill(${tag.post})`,
    rule: 'P3',
    data: { kind: 'must-fill', post: tag.post, unit: tag.unit, ...(tag.holder ? { holder: tag.holder } : {}) },
  }),
  relax: (_round, data) => (data.kind === 'must-fill' ? [{ kind: 'drop-must-fill', post: data.post }] : undefined),
};

export const P3_TEXT = {
  en: { vacant: (v, w) => `must-fill post ${w.post(v.post)} in ${w.unit(v.unit)} is left vacant` },
  vi: { vacant: (v, w) => `vị trí bắt buộc bố trí ${w.post(v.post)} tại ${w.unit(v.unit)} bị bỏ trống` },
} satisfies RuleText<'vacant'>;

/** The must-fill instance's sentence without its candidates (src/i18n adds who could fill it). */
export const P3_INSTANCE_TEXT = {
  en: {
    'must-fill': (d, w) => d.holder
      ? `post ${w.post(d.post)} (${w.unit(d.unit)}, held by ${w.cadre(d.holder)}) must stay filled: if ${w.cadre(d.holder)} leaves, someone must take it`
      : `post ${w.post(d.post)} (${w.unit(d.unit)}) must be filled`,
  },
  vi: {
    'must-fill': (d, w) => d.holder
      ? `kiện toàn vị trí bắt buộc ${w.post(d.post)} (${w.unit(d.unit)}, do ${w.cadre(d.holder)} đảm nhiệm): nếu ${w.cadre(d.holder)} chuyển đi thì phải có người thay`
      : `kiện toàn vị trí bắt buộc ${w.post(d.post)} (${w.unit(d.unit)}): phải bố trí người`,
  },
} satisfies InstanceText<'must-fill'>;
