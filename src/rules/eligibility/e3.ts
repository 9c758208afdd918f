/** E3: key posts go to non-local cadres; a forbid excludes a cadre from a post or a unit. */
import type { EligibilityRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const nonLocal: EligibilityRule = {
  id: 'E3',
  name: 'non-local',
  title: 'key posts go to cadres who are not from the locality',
  source: 'Nghị quyết 26-NQ/TW (2018); Quy định 65-QĐ/TW (2022): bí thư, chủ tịch không là người địa phương',
  scope: 'pair',
  check(round, cadre, post) {
    if (!round.policy.nonLocalTitles.includes(post.title)) return [];
    const locality = round.units.get(post.unit)?.locality;
    if (cadre.hometown == null || locality == null || cadre.hometown !== locality) return [];
    return [{ rule: 'E3', kind: 'non-local', cadre: cadre.id, post: post.id, unit: post.unit, locality, title: post.title }];
  },
};

export const forbids: EligibilityRule = {
  id: 'E3',
  name: 'forbids',
  title: 'no forbid names the cadre with the post or its unit',
  scope: 'pair',
  check(round, cadre, post) {
    const found: Violation[] = [];
    for (const forbid of round.forbidsOf.get(cadre.id) ?? []) {
      if (forbid.position != null && forbid.position === post.id) {
        found.push({ rule: 'E3', kind: 'forbidden', cadre: cadre.id, post: post.id, unit: post.unit, by: 'position' });
      } else if (forbid.unit != null && forbid.unit === post.unit) {
        found.push({ rule: 'E3', kind: 'forbidden', cadre: cadre.id, post: post.id, unit: post.unit, by: 'unit' });
      }
    }
    return found.slice(0, 1);
  },
};
