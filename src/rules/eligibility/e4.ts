/**
 * E4: hard consents. The origin unit, the destination unit and the cadre are consulted; an
 * objection from a side whose consent the policy makes hard forbids the move. Which entries
 * make an objection (version 1: any objection stands; version 2: the last entry decides) is
 * read once by the round (src/scenario/round.ts).
 */
import { destinationObjects } from '../../scenario/round.ts';
import { SOURCES } from '../sources.ts';
import type { BlockerText, RuleText } from '../text.ts';
import type { EligibilityRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const hardConsents: EligibilityRule = {
  id: 'E4',
  name: 'consents',
  words: { en: 'no hard objection', vi: 'không có ý kiến phản đối bắt buộc' },
  title: 'no hard objection from the origin unit, the destination unit or the cadre',
  source: `${SOURCES.qd65}; ${SOURCES.practiceConsent}`,
  scope: 'pair',
  check(round, cadre, post) {
    const { consent } = round.policy;
    const found: Violation[] = [];
    if (consent.origin === 'hard' && round.objections.origin.has(cadre.id)) {
      found.push({ rule: 'E4', kind: 'objection', side: 'origin', cadre: cadre.id });
    }
    if (consent.destination === 'hard' && destinationObjects(round, cadre.id, post.unit)) {
      found.push({ rule: 'E4', kind: 'objection', side: 'destination', cadre: cadre.id, unit: post.unit });
    }
    if (consent.cadre === 'hard' && round.objections.cadre.has(cadre.id)) {
      found.push({ rule: 'E4', kind: 'objection', side: 'cadre', cadre: cadre.id });
    }
    return found;
  },
  blockerKey: (v) =>
    v.kind !== 'objection' ? undefined : v.side === 'destination' ? `objection(destination,${v.cadre},${v.unit})` : `objection(${v.side},${v.cadre})`,
  relax: (round, v) => (v.kind === 'objection' ? [{ kind: 'policy', path: `consent.${v.side}`, from: round.policy.consent[v.side], to: 'soft' }] : undefined),
};

export const E4_BLOCKER_TEXT = {
  en: {
    objection: (v, w) => v.side === 'destination'
      ? `by a destination objection from ${w.unit(v.unit!)}`
      : `by ${v.side === 'origin' ? 'an origin' : "the cadre's own"} objection`,
  },
  vi: { objection: (v, w) => (v.side === 'destination' ? `do đơn vị đến ${w.unit(v.unit!)} không đồng ý` : `do ${w.side(v.side)} không đồng ý`) },
} satisfies BlockerText<'objection'>;

export const E4_TEXT = {
  en: {
    objection: (v, w) => v.side === 'destination'
      ? `${w.side('destination')} ${w.unit(v.unit!)} objects to ${w.cadre(v.cadre)}`
      : `${w.side(v.side)} objects to moving ${w.cadre(v.cadre)}`,
  },
  vi: {
    objection: (v, w) => v.side === 'destination'
      ? `${w.side('destination')} ${w.unit(v.unit!)} không đồng ý tiếp nhận ${w.cadre(v.cadre)}`
      : `${w.side(v.side)} không đồng ý luân chuyển ${w.cadre(v.cadre)}`,
  },
} satisfies RuleText<'objection'>;
