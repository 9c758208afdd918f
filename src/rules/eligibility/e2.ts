/**
 * E2: the cadre qualifies: in the succession plan for the post's title, long enough in the
 * current post, not rotated too often, not returning to a recent unit, enough years before
 * retirement, rated well enough.
 */
import { compareDates, dateOf, yearsBefore } from '../../scenario/dates.ts';
import { ageAt, tenureMonths } from '../../scenario/round.ts';
import { RATINGS } from '../../scenario/schema.ts';
import { SOURCES } from '../sources.ts';
import type { EligibilityRule } from '../types.ts';

export const planning: EligibilityRule = {
  id: 'E2',
  name: 'planning',
  title: "the post's title is in the cadre's succession plan (quy hoạch)",
  source: SOURCES.qd65art5,
  scope: 'pair',
  check(round, cadre, post) {
    if (!round.policy.requirePlanning || cadre.planning.includes(post.title)) return [];
    return [{ rule: 'E2', kind: 'planning', cadre: cadre.id, post: post.id, title: post.title }];
  },
};

export const tenure: EligibilityRule = {
  id: 'E2',
  name: 'tenure',
  title: 'long enough in the current post',
  source: SOURCES.qd65,
  scope: 'cadre',
  check(round, cadre) {
    const months = tenureMonths(round, cadre);
    const required = round.policy.minTenureMonths;
    return months >= required ? [] : [{ rule: 'E2', kind: 'tenure', cadre: cadre.id, months, required }];
  },
};

export const rotations: EligibilityRule = {
  id: 'E2',
  name: 'rotations',
  title: 'not rotated too many times already',
  source: SOURCES.qd65,
  scope: 'cadre',
  check(round, cadre) {
    const count = cadre.history.filter((entry) => entry.rotation).length;
    const max = round.policy.maxRotations;
    return count < max ? [] : [{ rule: 'E2', kind: 'rotations', cadre: cadre.id, count, max }];
  },
};

export const noReturn: EligibilityRule = {
  id: 'E2',
  name: 'no-return',
  title: 'does not return to a unit left recently',
  source: SOURCES.qd65,
  scope: 'pair',
  check(round, cadre, post) {
    const years = round.policy.noReturnYears;
    if (years === 0) return [];
    const cutoff = yearsBefore(round.asOf, years);
    const recent = cadre.history.flatMap((entry) =>
      entry.unit === post.unit && entry.to != null && compareDates(dateOf(entry.to), cutoff) > 0 ? [entry.to] : [],
    );
    if (recent.length === 0) return [];
    const left = recent.sort().at(-1)!;
    return [{ rule: 'E2', kind: 'no-return', cadre: cadre.id, unit: post.unit, left, years }];
  },
};

export const retirement: EligibilityRule = {
  id: 'E2',
  name: 'retirement',
  title: 'enough years of service left before retirement',
  source: SOURCES.qd65art5,
  scope: 'cadre',
  check(round, cadre) {
    const yearsLeft = round.policy.retirementAge[cadre.gender] - ageAt(round, cadre);
    const required = round.policy.minYearsToRetirement;
    return yearsLeft >= required ? [] : [{ rule: 'E2', kind: 'retirement', cadre: cadre.id, yearsLeft, required }];
  },
};

/** excellent > good > complete > incomplete: a lower index is a better rating. */
export function ratingAtLeast(rating: (typeof RATINGS)[number], min: (typeof RATINGS)[number]): boolean {
  return RATINGS.indexOf(rating) <= RATINGS.indexOf(min);
}

export const rating: EligibilityRule = {
  id: 'E2',
  name: 'rating',
  title: 'rated well enough in the latest annual review',
  source: SOURCES.qd65,
  scope: 'cadre',
  check(round, cadre) {
    const min = round.policy.minRating;
    if (cadre.rating == null || ratingAtLeast(cadre.rating, min)) return [];
    return [{ rule: 'E2', kind: 'rating', cadre: cadre.id, rating: cadre.rating, min }];
  },
};
