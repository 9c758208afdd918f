/**
 * E2: the cadre qualifies: in the succession plan for the post's title (version 2: or a
 * sideways move, and a down move only when planned), long enough in the current post (and,
 * on rotation, the rotation term), not rotated too often, not returning to a recent unit,
 * enough years before retirement (a shorter margin for must-move cadres and non-local
 * titles in version 2), rated well enough (version 2: over the last ratingYears).
 */
import { compareDates, dateOf, yearsBefore } from '../../scenario/dates.ts';
import { ageAt, moveKind, tenureMonths } from '../../scenario/round.ts';
import { RATINGS, type Cadre, type Position, type Rating } from '../../scenario/schema.ts';
import { SOURCES } from '../sources.ts';
import type { BlockerText, RuleText } from '../text.ts';
import type { EligibilityRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const planning: EligibilityRule = {
  id: 'E2',
  name: 'planning',
  words: { en: 'in the succession plan for the title', vi: 'trong quy hoạch chức danh' },
  title: "the post's title is in the cadre's succession plan (quy hoạch)",
  source: SOURCES.qd65,
  scope: 'pair',
  background: true,
  check(round, cadre, post) {
    const planned = cadre.planning.includes(post.title);
    const v2 = round.v2;
    if (!v2) return !round.policy.requirePlanning || planned ? [] : notPlanned(cadre, post);
    // Version 2 (8.3): only cadres in a succession plan are rotated; sideways needs no entry;
    // a down move is eligible only when its title is planned, whatever requirePlanning says.
    if (round.policy.requirePlanning && cadre.planning.length === 0) return notPlanned(cadre, post, 'empty-plan');
    const kind = moveKind(round, cadre, post);
    if (kind === 'down' && !planned) return notPlanned(cadre, post, 'down');
    if (!round.policy.requirePlanning || planned || (v2.allowSideways && kind === 'sideways')) return [];
    return notPlanned(cadre, post);
  },
};

/** The planning violation of a pair (a function of the module, not a closure: checked once per pair of a round). */
function notPlanned(cadre: Cadre, post: Position, why?: 'empty-plan' | 'down'): Violation[] {
  return [{ rule: 'E2', kind: 'planning', cadre: cadre.id, post: post.id, title: post.title, ...(why ? { why } : {}) }];
}

export const tenure: EligibilityRule = {
  id: 'E2',
  name: 'tenure',
  words: { en: 'long enough in post', vi: 'đủ thời gian giữ chức vụ' },
  title: 'long enough in the current post (and, on rotation, the rotation term)',
  source: SOURCES.qd65,
  scope: 'cadre',
  check(round, cadre) {
    const months = tenureMonths(round, cadre);
    const found: Violation[] = [];
    const required = round.policy.minTenureMonths;
    if (months < required) found.push({ rule: 'E2', kind: 'tenure', cadre: cadre.id, months, required });
    const term = round.v2?.rotationTermMonths;
    if (term !== undefined && cadre.rotated === true && months < term) {
      found.push({ rule: 'E2', kind: 'rotation-term', cadre: cadre.id, months, required: term });
    }
    return found;
  },
  blockerKey: (v) => (v.kind === 'tenure' || v.kind === 'rotation-term' ? `${v.kind}(${v.cadre})` : undefined),
  relax(_round, v) {
    if (v.kind === 'tenure') return [{ kind: 'policy', path: 'minTenureMonths', from: v.required, to: Math.max(0, v.months) }];
    if (v.kind === 'rotation-term') return [{ kind: 'policy', path: 'rotationTermMonths', from: v.required, to: Math.max(0, v.months) }];
    return undefined;
  },
};

export const rotations: EligibilityRule = {
  id: 'E2',
  name: 'rotations',
  words: { en: 'not rotated too often', vi: 'chưa luân chuyển quá số lần' },
  title: 'not rotated too many times already',
  source: SOURCES.practice,
  scope: 'cadre',
  check(round, cadre) {
    const count = cadre.history.filter((entry) => entry.rotation).length;
    const max = round.policy.maxRotations;
    return count < max ? [] : [{ rule: 'E2', kind: 'rotations', cadre: cadre.id, count, max }];
  },
  blockerKey: (v) => (v.kind === 'rotations' ? `rotations(${v.cadre})` : undefined),
  relax: (_round, v) => (v.kind === 'rotations' ? [{ kind: 'policy', path: 'maxRotations', from: v.max, to: v.count + 1 }] : undefined),
};

export const noReturn: EligibilityRule = {
  id: 'E2',
  name: 'no-return',
  words: { en: 'not returning to a unit left recently', vi: 'không trở lại đơn vị vừa rời' },
  title: 'does not return to a unit left recently',
  source: SOURCES.practice,
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
  blockerKey: (v) => (v.kind === 'no-return' ? `no_return(${v.cadre},${v.unit})` : undefined),
  relax(round, v) {
    if (v.kind !== 'no-return') return undefined;
    let years = v.years - 1;
    while (years > 0 && compareDates(dateOf(v.left), yearsBefore(round.asOf, years)) > 0) years -= 1;
    return [{ kind: 'policy', path: 'noReturnYears', from: v.years, to: years }];
  },
};

export const retirement: EligibilityRule = {
  id: 'E2',
  name: 'retirement',
  words: { en: 'enough years before retirement', vi: 'đủ thời gian công tác trước khi nghỉ hưu' },
  title: 'enough years of service left before retirement',
  source: `${SOURCES.qd65}; ${SOURCES.nd138art56}`,
  // Version 2 reads the post's title (non-local titles take the shorter margin).
  scope: 'pair',
  check(round, cadre, post) {
    const yearsLeft = round.policy.retirementAge[cadre.gender] - ageAt(round, cadre);
    const short = round.v2 !== undefined && (cadre.mustMove === true || round.policy.nonLocalTitles.includes(post.title));
    const required = short ? round.v2!.minYearsToRetirementShort : round.policy.minYearsToRetirement;
    if (yearsLeft >= required) return [];
    return [{ rule: 'E2', kind: 'retirement', cadre: cadre.id, yearsLeft, required, ...(short ? { short: true as const } : {}) }];
  },
  blockerKey: (v) => (v.kind === 'retirement' ? `${v.short ? 'retirement_short' : 'retirement'}(${v.cadre})` : undefined),
  relax(_round, v) {
    if (v.kind !== 'retirement' || v.yearsLeft < 0) return undefined;
    return [{ kind: 'policy', path: v.short ? 'minYearsToRetirementShort' : 'minYearsToRetirement', from: v.required, to: v.yearsLeft }];
  },
};

/** excellent > good > complete > incomplete: a lower index is a better rating. */
export function ratingAtLeast(rating: Rating, min: Rating): boolean {
  return RATINGS.indexOf(rating) <= RATINGS.indexOf(min);
}

export const rating: EligibilityRule = {
  id: 'E2',
  name: 'rating',
  words: { en: 'rated well enough', vi: 'xếp loại đạt yêu cầu' },
  title: 'rated well enough (the latest annual review; version 2: the last ratingYears)',
  source: SOURCES.nd138art56,
  scope: 'cadre',
  check(round, cadre) {
    const min = round.policy.minRating;
    // The worst rating read (the `rating` field first, then the latest year), reported once.
    const read: { rating: Rating; year?: number }[] = cadre.rating != null ? [{ rating: cadre.rating }] : [];
    if (round.v2) {
      const from = round.asOf.year - round.v2.ratingYears;
      const entries = (cadre.ratings ?? []).filter((entry) => entry.year >= from).sort((a, b) => b.year - a.year);
      read.push(...entries);
    }
    const below = read.filter((entry) => !ratingAtLeast(entry.rating, min));
    if (below.length === 0) return [];
    const worst = below.reduce((a, b) => (RATINGS.indexOf(b.rating) > RATINGS.indexOf(a.rating) ? b : a));
    return [{ rule: 'E2', kind: 'rating', cadre: cadre.id, rating: worst.rating, min, ...(worst.year !== undefined ? { year: worst.year } : {}) }];
  },
  blockerKey: (v) => (v.kind === 'rating' ? `rating(${v.cadre})` : undefined),
  relax: (_round, v) => (v.kind === 'rating' ? [{ kind: 'policy', path: 'minRating', from: v.min, to: v.rating }] : undefined),
};

export const E2_BLOCKER_TEXT = {
  en: {
    tenure: (v) => `by tenure (in post ${v.months} months, needs ${v.required})`,
    'rotation-term': (v) => `by the rotation term (${v.months} months, needs ${v.required})`,
    rotations: (v) => `by the rotation limit (rotated ${v.count} times, limit ${v.max})`,
    retirement: (v) => `by age (${v.yearsLeft} years before retirement, needs ${v.required})`,
    rating: (v) => `by rating ("${v.rating}", needs "${v.min}")`,
    'no-return': (v, w) => `by the no-return rule (left ${w.unit(v.unit)} on ${v.left})`,
  },
  vi: {
    tenure: (v) => `do chưa đủ thời gian giữ chức vụ (${v.months} tháng, cần ${v.required})`,
    'rotation-term': (v) => `do chưa hết thời gian luân chuyển (${v.months} tháng, cần ${v.required})`,
    rotations: (v) => `do đã luân chuyển ${v.count} lần (tối đa ${v.max})`,
    retirement: (v) => `do gần tuổi nghỉ hưu (còn ${v.yearsLeft} năm, cần ${v.required})`,
    rating: (v, w) => `do xếp loại "${w.rating(v.rating)}" (cần "${w.rating(v.min)}")`,
    'no-return': (v, w) => `do mới rời ${w.unit(v.unit)} ngày ${v.left} (chưa đủ ${v.years} năm)`,
  },
} satisfies BlockerText<'tenure' | 'rotation-term' | 'rotations' | 'retirement' | 'rating' | 'no-return'>;

export const E2_TEXT = {
  en: {
    planning: (v, w) =>
      v.why === 'empty-plan'
        ? `${w.cadre(v.cadre)} is in no succession plan, so is not rotated (post ${w.post(v.post)})`
        : v.why === 'down'
          ? `${w.cadre(v.cadre)} would move down to "${w.title(v.title)}" (post ${w.post(v.post)}), which is not in the cadre's succession plan`
          : `${w.cadre(v.cadre)} is not in the succession plan for "${w.title(v.title)}" (post ${w.post(v.post)})`,
    tenure: (v, w) => `${w.cadre(v.cadre)} has been in post ${v.months} months, needs ${v.required}`,
    'rotation-term': (v, w) => `${w.cadre(v.cadre)} is on rotation and has served ${v.months} of the ${v.required} months of the rotation term`,
    rotations: (v, w) => `${w.cadre(v.cadre)} has been rotated ${v.count} times already (limit ${v.max})`,
    'no-return': (v, w) => `${w.cadre(v.cadre)} left ${w.unit(v.unit)} on ${v.left}, less than ${v.years} years ago`,
    retirement: (v, w) => `${w.cadre(v.cadre)} has ${v.yearsLeft} years of service left, needs ${v.required}`,
    rating: (v, w) => `${w.cadre(v.cadre)} is rated "${w.rating(v.rating)}"${v.year !== undefined ? ` for ${v.year}` : ''}, needs at least "${w.rating(v.min)}"`,
  },
  vi: {
    planning: (v, w) =>
      v.why === 'empty-plan'
        ? `${w.cadre(v.cadre)} chưa có trong quy hoạch chức danh nào nên không thuộc diện luân chuyển (vị trí ${w.post(v.post)})`
        : v.why === 'down'
          ? `${w.cadre(v.cadre)} sẽ giữ chức vụ thấp hơn "${w.title(v.title)}" (vị trí ${w.post(v.post)}) mà chức danh này không có trong quy hoạch của cán bộ`
          : `${w.cadre(v.cadre)} không nằm trong quy hoạch chức danh "${w.title(v.title)}" (vị trí ${w.post(v.post)})`,
    tenure: (v, w) => `${w.cadre(v.cadre)} mới giữ chức vụ ${v.months} tháng, cần ${v.required} tháng`,
    'rotation-term': (v, w) => `${w.cadre(v.cadre)} đang trong thời gian luân chuyển: mới ${v.months} tháng, chưa đủ ${v.required} tháng`,
    rotations: (v, w) => `${w.cadre(v.cadre)} đã được luân chuyển ${v.count} lần (tối đa ${v.max})`,
    'no-return': (v, w) => `${w.cadre(v.cadre)} rời ${w.unit(v.unit)} ngày ${v.left}, chưa đủ ${v.years} năm`,
    retirement: (v, w) => `${w.cadre(v.cadre)} còn ${v.yearsLeft} năm công tác, cần ít nhất ${v.required} năm`,
    rating: (v, w) => `${w.cadre(v.cadre)} được xếp loại "${w.rating(v.rating)}"${v.year !== undefined ? ` năm ${v.year}` : ''}, cần ít nhất "${w.rating(v.min)}"`,
  },
} satisfies RuleText<'planning' | 'tenure' | 'rotation-term' | 'rotations' | 'no-return' | 'retirement' | 'rating'>;
