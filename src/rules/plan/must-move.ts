/**
 * P6 (version 2): every cadre with `mustMove: true` moves (a head at the end of two terms,
 * a cadre the committee has decided to rotate). The rule's whole knowledge: its check, its
 * row, its diagnosis instance and relaxation, its sentences.
 */
import { SOURCES } from '../sources.ts';
import type { InstanceText, RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const mustMove: PlanRule<'P6'> = {
  id: 'P6',
  name: 'must-move',
  title: 'every must-move cadre moves',
  source: `${SOURCES.qd65}; quy định về số nhiệm kỳ giữ chức vụ người đứng đầu`,
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const cadre of round.scenario.cadres) {
      if (cadre.mustMove === true && !facts.moved(cadre.id)) found.push({ rule: 'P6', kind: 'must-move', cadre: cadre.id, post: cadre.position });
    }
    return found;
  },
  /** Σ_p x[c,p] ≥ 1 for every cadre c with mustMove (an empty row 0 ≥ 1 when c has no eligible post: infeasible). */
  rows(sink) {
    for (const cadre of sink.round.scenario.cadres) {
      if (cadre.mustMove !== true) continue;
      const pairs = sink.pairsOfCadre.get(cadre.id) ?? [];
      sink.addRow({ rule: 'P6', cadre: cadre.id }, pairs, 1, 1, Infinity);
    }
  },
  rowName: (tag) => `must_move(${tag.cadre})`,
  role: (tag) => ({ id: `must_move(${tag.cadre})`, rule: 'P6', data: { kind: 'must-move', cadre: tag.cadre } }),
  relax: (_round, data) => (data.kind === 'must-move' ? [{ kind: 'drop-must-move', cadre: data.cadre }] : undefined),
};

export const P6_TEXT = {
  en: { 'must-move': (v, w) => `${w.cadre(v.cadre)} must move this round (must-move) but stays in ${w.post(v.post)}` },
  vi: { 'must-move': (v, w) => `${w.cadre(v.cadre)} thuộc diện phải luân chuyển trong đợt này nhưng vẫn giữ ${w.post(v.post)}` },
} satisfies RuleText<'must-move'>;

export const P6_INSTANCE_TEXT = {
  en: { 'must-move': (d, w) => `${w.cadre(d.cadre)} must move this round (must-move)` },
  vi: { 'must-move': (d, w) => `${w.cadre(d.cadre)} thuộc diện phải luân chuyển trong đợt này` },
} satisfies InstanceText<'must-move'>;
