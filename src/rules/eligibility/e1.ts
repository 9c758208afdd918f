/**
 * E1: a rotation goes to another unit, only an available cadre is rotated, and (version 2)
 * never to a post the cadre already holds through alsoHolds (kiêm nhiệm).
 */
import { homeUnit } from '../../scenario/round.ts';
import type { BlockerText, RuleText } from '../text.ts';
import type { EligibilityRule } from '../types.ts';

export const otherUnit: EligibilityRule = {
  id: 'E1',
  name: 'other-unit',
  words: { en: 'another unit', vi: 'sang đơn vị khác' },
  title: 'the new post is in another unit than the current one',
  source: 'Quy định 65-QĐ/TW (2022): luân chuyển là sang đơn vị khác',
  scope: 'pair',
  background: true,
  check(round, cadre, post) {
    const unit = homeUnit(round, cadre);
    return post.unit === unit ? [{ rule: 'E1', kind: 'same-unit', cadre: cadre.id, post: post.id, unit }] : [];
  },
};

/** Version 2 (8.3 E1): p is not a post the cadre already holds through alsoHolds. */
export const notHeldAlready: EligibilityRule = {
  id: 'E1',
  name: 'not-held-already',
  words: { en: 'not a post already held', vi: 'không phải chức vụ đang kiêm nhiệm' },
  title: 'the new post is not one the cadre already holds (kiêm nhiệm)',
  scope: 'pair',
  background: true,
  applies: (round) => round.version === 2,
  check(_round, cadre, post) {
    return cadre.alsoHolds?.includes(post.id) ? [{ rule: 'E1', kind: 'already-holds', cadre: cadre.id, post: post.id }] : [];
  },
};

export const available: EligibilityRule = {
  id: 'E1',
  name: 'available',
  words: { en: 'available', vi: 'sẵn sàng luân chuyển' },
  title: 'the cadre is available for rotation',
  scope: 'cadre',
  check(_round, cadre) {
    return cadre.available ? [] : [{ rule: 'E1', kind: 'unavailable', cadre: cadre.id }];
  },
  blockerKey: (v) => (v.kind === 'unavailable' ? `unavailable(${v.cadre})` : undefined),
  relax: (_round, v) => (v.kind === 'unavailable' ? [{ kind: 'make-available', cadre: v.cadre }] : undefined),
};

export const E1_BLOCKER_TEXT = {
  en: { unavailable: () => 'as unavailable' },
  vi: { unavailable: () => 'do không thể luân chuyển' },
} satisfies BlockerText<'unavailable'>;

export const E1_TEXT = {
  en: {
    'same-unit': (v, w) => `${w.cadre(v.cadre)}: post ${w.post(v.post)} is in the cadre's own unit ${w.unit(v.unit)}`,
    unavailable: (v, w) => `${w.cadre(v.cadre)} is not available for rotation`,
    'wrong-origin': (v, w) => `${w.cadre(v.cadre)} holds ${w.post(v.holds)}, not ${w.post(v.from)}`,
    'already-holds': (v, w) => `${w.cadre(v.cadre)} already holds ${w.post(v.post)} (concurrently)`,
  },
  vi: {
    'same-unit': (v, w) => `${w.cadre(v.cadre)}: vị trí ${w.post(v.post)} thuộc chính đơn vị ${w.unit(v.unit)} của cán bộ`,
    unavailable: (v, w) => `${w.cadre(v.cadre)} hiện không thể luân chuyển`,
    'wrong-origin': (v, w) => `${w.cadre(v.cadre)} đang giữ ${w.post(v.holds)}, không phải ${w.post(v.from)}`,
    'already-holds': (v, w) => `${w.cadre(v.cadre)} đang kiêm nhiệm ${w.post(v.post)}`,
  },
} satisfies RuleText<'same-unit' | 'unavailable' | 'wrong-origin' | 'already-holds'>;
