/**
 * E4: hard consents. The origin unit, the destination unit and the cadre are consulted; an
 * objection from a side whose consent the policy makes hard forbids the move.
 */
import { objectionKey } from '../../scenario/round.ts';
import { SOURCES } from '../sources.ts';
import type { EligibilityRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const hardConsents: EligibilityRule = {
  id: 'E4',
  name: 'consents',
  title: 'no hard objection from the origin unit, the destination unit or the cadre',
  source: SOURCES.qd65,
  scope: 'pair',
  check(round, cadre, post) {
    const { consent } = round.policy;
    const found: Violation[] = [];
    if (consent.origin === 'hard' && round.objections.origin.has(cadre.id)) {
      found.push({ rule: 'E4', kind: 'objection', side: 'origin', cadre: cadre.id });
    }
    if (consent.destination === 'hard' && round.objections.destination.has(objectionKey(cadre.id, post.unit))) {
      found.push({ rule: 'E4', kind: 'objection', side: 'destination', cadre: cadre.id, unit: post.unit });
    }
    if (consent.cadre === 'hard' && round.objections.cadre.has(cadre.id)) {
      found.push({ rule: 'E4', kind: 'objection', side: 'cadre', cadre: cadre.id });
    }
    return found;
  },
};
