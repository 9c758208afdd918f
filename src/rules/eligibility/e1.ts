/** E1: a rotation goes to another unit, and only an available cadre is rotated. */
import { homeUnit } from '../../scenario/round.ts';
import type { EligibilityRule } from '../types.ts';

export const otherUnit: EligibilityRule = {
  id: 'E1',
  name: 'other-unit',
  title: 'the new post is in another unit than the current one',
  source: 'Quy định 65-QĐ/TW (2022): luân chuyển là điều động sang đơn vị khác',
  scope: 'pair',
  check(round, cadre, post) {
    const unit = homeUnit(round, cadre);
    return post.unit === unit ? [{ rule: 'E1', kind: 'same-unit', cadre: cadre.id, post: post.id, unit }] : [];
  },
};

export const available: EligibilityRule = {
  id: 'E1',
  name: 'available',
  title: 'the cadre is available for rotation',
  scope: 'cadre',
  check(_round, cadre) {
    return cadre.available ? [] : [{ rule: 'E1', kind: 'unavailable', cadre: cadre.id }];
  },
};
