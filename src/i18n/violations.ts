/**
 * Sentences for violations, one renderer per language, shared by the CLI, the explanations
 * and the report. The data carries ids; `label` turns an id into what a reader recognises.
 */
import type { Violation } from '../rules/violations.ts';
import { GROUP, RATING, SIDE, type Lang } from './terms.ts';

export type { Lang };

/** Turns an id into a readable name (e.g. "Nguyễn Văn A (C-01)"); identity by default. */
export type Labeler = (id: string, kind: 'cadre' | 'post' | 'unit') => string;

export const plainLabels: Labeler = (id) => id;

export function violationText(v: Violation, lang: Lang = 'en', label: Labeler = plainLabels): string {
  const c = (id: string) => label(id, 'cadre');
  const p = (id: string) => label(id, 'post');
  const u = (id: string) => label(id, 'unit');
  if (lang === 'vi') return vi(v, c, p, u);
  switch (v.kind) {
    case 'same-unit': return `${c(v.cadre)}: post ${p(v.post)} is in the cadre's own unit ${u(v.unit)}`;
    case 'unavailable': return `${c(v.cadre)} is not available for rotation`;
    case 'wrong-origin': return `${c(v.cadre)} holds ${p(v.holds)}, not ${p(v.from)}`;
    case 'planning': return `${c(v.cadre)} is not in the succession plan for "${v.title}" (post ${p(v.post)})`;
    case 'tenure': return `${c(v.cadre)} has been in post ${v.months} months, needs ${v.required}`;
    case 'rotations': return `${c(v.cadre)} has been rotated ${v.count} times already (limit ${v.max})`;
    case 'no-return': return `${c(v.cadre)} left ${u(v.unit)} on ${v.left}, less than ${v.years} years ago`;
    case 'retirement': return `${c(v.cadre)} has ${v.yearsLeft} years of service left, needs ${v.required}`;
    case 'rating': return `${c(v.cadre)} is rated "${v.rating}", needs at least "${v.min}"`;
    case 'non-local': return `${c(v.cadre)} is from ${v.locality}: post ${p(v.post)} (${v.title}) in ${u(v.unit)} must go to a non-local cadre`;
    case 'forbidden': return v.by === 'unit'
      ? `${c(v.cadre)} is forbidden from unit ${u(v.unit)} (post ${p(v.post)})`
      : `${c(v.cadre)} is forbidden from post ${p(v.post)}`;
    case 'objection': return v.side === 'destination'
      ? `${SIDE.en.destination} ${u(v.unit!)} objects to ${c(v.cadre)}`
      : `${SIDE.en[v.side]} objects to moving ${c(v.cadre)}`;
    case 'cadre-twice': return `${c(v.cadre)} moves more than once (to ${v.posts.map(p).join(', ')})`;
    case 'post-twice': return `post ${p(v.post)} receives more than one cadre (${v.cadres.map(c).join(', ')})`;
    case 'holder-stays': return `post ${p(v.post)} receives ${c(v.incoming)} but its holder ${c(v.holder)} does not move out`;
    case 'vacant': return `must-fill post ${p(v.post)} in ${u(v.unit)} is left vacant`;
    case 'too-many-out': return `unit ${u(v.unit)} loses ${v.out} cadres, at most ${v.cap} allowed`;
    case 'too-many-in': return `unit ${u(v.unit)} receives ${v.in} cadres, at most ${v.cap} allowed`;
    case 'too-many-moves': return `the plan has ${v.moves} moves, at most ${v.max} allowed`;
    case 'relatives-together': return `relatives ${c(v.cadres[0])} and ${c(v.cadres[1])} end up together in ${u(v.unit)}`;
    case 'quota': return `${v.inGroup} of ${v.moves} moved cadres are ${GROUP.en[v.group]}, needs at least ${formatShare(v.minShare)}`;
    case 'pin-missing': return `pinned move of ${c(v.cadre)} to ${p(v.post)} is not in the plan`;
  }
}

function vi(v: Violation, c: (id: string) => string, p: (id: string) => string, u: (id: string) => string): string {
  switch (v.kind) {
    case 'same-unit': return `${c(v.cadre)}: vị trí ${p(v.post)} thuộc chính đơn vị ${u(v.unit)} của cán bộ`;
    case 'unavailable': return `${c(v.cadre)} hiện không thể luân chuyển`;
    case 'wrong-origin': return `${c(v.cadre)} đang giữ ${p(v.holds)}, không phải ${p(v.from)}`;
    case 'planning': return `${c(v.cadre)} không nằm trong quy hoạch chức danh "${v.title}" (vị trí ${p(v.post)})`;
    case 'tenure': return `${c(v.cadre)} mới giữ chức vụ ${v.months} tháng, cần ${v.required} tháng`;
    case 'rotations': return `${c(v.cadre)} đã được luân chuyển ${v.count} lần (tối đa ${v.max})`;
    case 'no-return': return `${c(v.cadre)} rời ${u(v.unit)} ngày ${v.left}, chưa đủ ${v.years} năm`;
    case 'retirement': return `${c(v.cadre)} còn ${v.yearsLeft} năm công tác, cần ít nhất ${v.required} năm`;
    case 'rating': return `${c(v.cadre)} được xếp loại "${RATING.vi[v.rating]}", cần ít nhất "${RATING.vi[v.min]}"`;
    case 'non-local': return `${c(v.cadre)} là người địa phương ${v.locality}: vị trí ${p(v.post)} (${v.title}) tại ${u(v.unit)} phải bố trí cán bộ không là người địa phương`;
    case 'forbidden': return v.by === 'unit'
      ? `${c(v.cadre)} không được bố trí về đơn vị ${u(v.unit)} (vị trí ${p(v.post)})`
      : `${c(v.cadre)} không được bố trí vào vị trí ${p(v.post)}`;
    case 'objection': return v.side === 'destination'
      ? `${SIDE.vi.destination} ${u(v.unit!)} không đồng ý tiếp nhận ${c(v.cadre)}`
      : `${SIDE.vi[v.side]} không đồng ý luân chuyển ${c(v.cadre)}`;
    case 'cadre-twice': return `${c(v.cadre)} được điều động nhiều hơn một lần (đến ${v.posts.map(p).join(', ')})`;
    case 'post-twice': return `vị trí ${p(v.post)} nhận nhiều hơn một cán bộ (${v.cadres.map(c).join(', ')})`;
    case 'holder-stays': return `vị trí ${p(v.post)} nhận ${c(v.incoming)} nhưng người đang giữ ${c(v.holder)} không chuyển đi`;
    case 'vacant': return `vị trí bắt buộc bố trí ${p(v.post)} tại ${u(v.unit)} bị bỏ trống`;
    case 'too-many-out': return `đơn vị ${u(v.unit)} có ${v.out} cán bộ chuyển đi, tối đa ${v.cap}`;
    case 'too-many-in': return `đơn vị ${u(v.unit)} nhận ${v.in} cán bộ, tối đa ${v.cap}`;
    case 'too-many-moves': return `phương án có ${v.moves} lượt điều động, tối đa ${v.max}`;
    case 'relatives-together': return `${c(v.cadres[0])} và ${c(v.cadres[1])} có quan hệ gia đình, cùng công tác tại ${u(v.unit)}`;
    case 'quota': return `${v.inGroup}/${v.moves} cán bộ được luân chuyển là ${GROUP.vi[v.group]}, cần ít nhất ${formatShare(v.minShare)}`;
    case 'pin-missing': return `phương án thiếu điều động bắt buộc ${c(v.cadre)} đến ${p(v.post)}`;
  }
}

export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
