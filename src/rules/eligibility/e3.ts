/**
 * E3: key posts go to non-local cadres (version 2: a cadre may have several hometowns); a
 * forbid excludes a cadre from a post or a unit.
 */
import { hometownsOf } from '../../scenario/round.ts';
import { SOURCES } from '../sources.ts';
import type { BlockerText, RuleText } from '../text.ts';
import type { EligibilityRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const nonLocal: EligibilityRule = {
  id: 'E3',
  name: 'non-local',
  words: { en: 'non-local rule met', vi: 'đáp ứng quy định không là người địa phương' },
  title: 'key posts go to cadres who are not from the locality',
  source: `${SOURCES.qd65}: bí thư, chủ tịch, trưởng công an, thanh tra, tài chính, thuế, hải quan`,
  scope: 'pair',
  check(round, cadre, post) {
    if (!round.policy.nonLocalTitles.includes(post.title)) return [];
    const locality = round.units.get(post.unit)?.locality;
    if (locality == null || !hometownsOf(cadre).includes(locality)) return [];
    return [{ rule: 'E3', kind: 'non-local', cadre: cadre.id, post: post.id, unit: post.unit, locality, title: post.title }];
  },
  blockerKey: (v) => (v.kind === 'non-local' ? `non_local(${v.cadre},${v.post})` : undefined),
  relax(round, v) {
    if (v.kind !== 'non-local') return undefined;
    const titles = round.policy.nonLocalTitles;
    return [{ kind: 'policy', path: 'nonLocalTitles', from: titles, to: titles.filter((t) => t !== v.title) }];
  },
};

/** Forbids: a diagnosis relaxes each matching forbid on its own (see src/explain/extended-model.ts). */
export const forbids: EligibilityRule = {
  id: 'E3',
  name: 'forbids',
  words: { en: 'no forbid', vi: 'không bị loại trừ' },
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

export const E3_BLOCKER_TEXT = {
  en: { 'non-local': (v, w) => `as a local of ${w.place(v.locality)}` },
  vi: { 'non-local': (v, w) => `do là người địa phương tại ${w.place(v.locality)}` },
} satisfies BlockerText<'non-local'>;

export const E3_TEXT = {
  en: {
    'non-local': (v, w) => `${w.cadre(v.cadre)} is a local of ${w.place(v.locality)}: post ${w.post(v.post)} (${w.title(v.title)}) in ${w.unit(v.unit)} must go to a non-local cadre`,
    forbidden: (v, w) => v.by === 'unit'
      ? `${w.cadre(v.cadre)} is forbidden from unit ${w.unit(v.unit)} (post ${w.post(v.post)})`
      : `${w.cadre(v.cadre)} is forbidden from post ${w.post(v.post)}`,
  },
  vi: {
    'non-local': (v, w) => `${w.cadre(v.cadre)} là người địa phương tại ${w.place(v.locality)}: vị trí ${w.post(v.post)} (${w.title(v.title)}) tại ${w.unit(v.unit)} phải bố trí cán bộ không là người địa phương`,
    forbidden: (v, w) => v.by === 'unit'
      ? `${w.cadre(v.cadre)} không được bố trí về đơn vị ${w.unit(v.unit)} (vị trí ${w.post(v.post)})`
      : `${w.cadre(v.cadre)} không được bố trí vào vị trí ${w.post(v.post)}`,
  },
} satisfies RuleText<'non-local' | 'forbidden'>;
