/** P5: every pin (a move the Standing Committee has approved in principle) is a move of the plan. */
import type { InstanceText, RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const pins: PlanRule<'P5'> = {
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
  rows(sink) {
    for (const pin of sink.round.scenario.pins) {
      const pair = (sink.pairsOfCadre.get(pin.cadre) ?? []).filter((i) => sink.pairs[i]!.to === pin.position);
      sink.addRow({ rule: 'P5', cadre: pin.cadre, post: pin.position }, pair, 1, 1, 1);
    }
  },
  rowName: (tag) => `pin(${tag.cadre}→${tag.post})`,
  role: (tag) => ({ id: `pin(${tag.cadre}→${tag.post})`, rule: 'P5', data: { kind: 'pin', cadre: tag.cadre, post: tag.post } }),
  relax: (_round, data) => (data.kind === 'pin' ? [{ kind: 'drop-pin', cadre: data.cadre, post: data.post }] : undefined),
};

export const P5_TEXT = {
  en: { 'pin-missing': (v, w) => `pinned move of ${w.cadre(v.cadre)} to ${w.post(v.post)} is not in the plan` },
  vi: { 'pin-missing': (v, w) => `phương án thiếu trường hợp luân chuyển Ban Thường vụ đã cho chủ trương: ${w.cadre(v.cadre)} đến ${w.post(v.post)}` },
} satisfies RuleText<'pin-missing'>;

export const P5_INSTANCE_TEXT = {
  en: { pin: (d, w) => `the pinned move ${w.cadre(d.cadre)} → ${w.post(d.post)} must be in every plan` },
  vi: { pin: (d, w) => `trường hợp luân chuyển ${w.cadre(d.cadre)} → ${w.post(d.post)} (Ban Thường vụ đã cho chủ trương) phải có trong phương án` },
} satisfies InstanceText<'pin'>;
