/**
 * Sentences for explanations, why-not answers and diagnoses, in English and Vietnamese,
 * rendered from the data of src/explain (which never holds text). The organisation
 * committee's terms: phương án (plan), luân chuyển (rotation), quy hoạch (succession plan),
 * đơn vị đi / đơn vị đến (origin / destination unit), vị trí (post), cán bộ (cadre).
 */
import type { Chain } from '../explain/chains.ts';
import type { Conflict, Diagnosis } from '../explain/diagnose.ts';
import type { Binding, MoveExplanation, PlanExplanation, VacantPost } from '../explain/explain.ts';
import type { InstanceData } from '../explain/instances.ts';
import type { Change, Relaxation } from '../explain/relaxations.ts';
import type { KindedMove } from '../explain/kinded.ts';
import type { WhyNotResult } from '../explain/why-not.ts';
import type { Violation } from '../rules/violations.ts';
import { localityName, titleName, type Round } from '../scenario/round.ts';
import type { Rating } from '../scenario/schema.ts';
import { CLI_WORDS, fieldMeaning } from './cli.ts';
import { GROUP, KIND_SHORT, RATING } from './terms.ts';
import { BLOCKER_SENTENCES, INSTANCE_SENTENCES } from '../rules/registry.ts';
import type { Words } from '../rules/text.ts';
import { formatShare, plainLabels, violationText, wordsFor, type Labeler, type Lang } from './violations.ts';

export type { Lang, Labeler };

/**
 * Cadres and units by name with their id ("Nguyễn Văn A (C-01)"); titles by their catalogue
 * name; posts by id, or, with a title catalogue, by their name (or their title's) and id.
 */
export function roundLabels(round: Round): Labeler {
  return (id, kind) => {
    if (kind === 'title') return titleName(round, id);
    if (kind === 'locality') return localityName(round, id);
    if (kind === 'post' && round.titles.size > 0) {
      // Its own name or its title's; explanations name the unit beside it.
      const post = round.posts.get(id);
      return post ? `${post.name ?? titleName(round, post.title)} (${id})` : id;
    }
    if (kind === 'cadre') {
      const name = round.cadres.get(id)?.name;
      return name ? `${name} (${id})` : id;
    }
    if (kind === 'unit') {
      const name = round.units.get(id)?.name;
      return name ? `${name} (${id})` : id;
    }
    return id;
  };
}

/** The language asked for, else the scenario's, else English. */
export function pickLang(asked: string | undefined, round: Round): Lang {
  if (asked === 'en' || asked === 'vi') return asked;
  return round.scenario.language ?? 'en';
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

const SIDE: Record<Lang, Record<string, string>> = {
  en: { origin: 'origin unit', destination: 'destination unit', cadre: 'cadre' },
  vi: { origin: 'đơn vị đi', destination: 'đơn vị đến', cadre: 'bản thân cán bộ' },
};

const KIND: Record<Lang, Record<Chain['kind'], string>> = {
  en: { swap: 'swap', cycle: 'cycle', chain: 'chain' },
  vi: { swap: 'hoán đổi', cycle: 'vòng luân chuyển', chain: 'chuỗi luân chuyển' },
};

function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function signed(value: number): string {
  return value >= 0 ? `+${num(value)}` : `−${num(-value)}`;
}

function tag(text: string): string {
  return text.replace(/[-_]/g, ' ');
}

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/** A move with its kind ("… → … [ngang cấp]"). */
function moveText(move: KindedMove, lang: Lang, label: Labeler): string {
  return `${label(move.cadre, 'cadre')}: ${label(move.from, 'post')} → ${label(move.to, 'post')} [${KIND_SHORT[lang][move.kind]}]`;
}

// ---------------------------------------------------------------------------------------
// explain
// ---------------------------------------------------------------------------------------

/** The score terms of a move in words. */
export function scoreWords(m: MoveExplanation, lang: Lang): string[] {
  const s = m.score;
  const t = s.terms;
  const parts: string[] = [];
  const goals = s.goalsCovered.map(tag).join(', ');
  if (lang === 'vi') {
    if (m.goals.length > 0) {
      parts.push(s.goalsCovered.length > 0
        ? `đáp ứng ${s.goalsCovered.length}/${m.goals.length} mục tiêu phát triển: ${goals} (${signed(t.development)})`
        : `không đáp ứng mục tiêu phát triển nào của cán bộ (${m.goals.map(tag).join(', ')})`);
    }
    if (s.experienceFit.length > 0) parts.push(`có kinh nghiệm ${s.experienceFit.map(tag).join(', ')} mà vị trí yêu cầu (${signed(t.fit)})`);
    else if (m.desired.length > 0) parts.push(`chưa có kinh nghiệm vị trí yêu cầu (${m.desired.map(tag).join(', ')})`);
    if (s.preferred) parts.push(`đúng nguyện vọng của cán bộ về đơn vị này (${signed(t.preference)})`);
    parts.push(`chi phí một trường hợp luân chuyển (${signed(t.move)})`);
    if (t.merit) parts.push(`xếp loại gần nhất "${RATING.vi.excellent}" (${signed(t.merit)})`);
    for (const side of s.softObjections) parts.push(`không tiếp thu ý kiến không đồng ý của ${SIDE.vi[side]} (${signed(t.objections / s.softObjections.length)})`);
    return parts;
  }
  if (m.goals.length > 0) {
    parts.push(s.goalsCovered.length > 0
      ? `covers ${s.goalsCovered.length} of ${m.goals.length} development goals: ${goals} (${signed(t.development)})`
      : `covers none of the cadre's development goals (${m.goals.map(tag).join(', ')})`);
  }
  if (s.experienceFit.length > 0) parts.push(`brings ${s.experienceFit.map(tag).join(', ')} experience the post asks for (${signed(t.fit)})`);
  else if (m.desired.length > 0) parts.push(`brings none of the experience the post asks for (${m.desired.map(tag).join(', ')})`);
  if (s.preferred) parts.push(`the cadre asked for this unit (${signed(t.preference)})`);
  parts.push(`cost of a move (${signed(t.move)})`);
  if (t.merit) parts.push(`latest rating excellent (${signed(t.merit)})`);
  for (const side of s.softObjections) parts.push(`overrides the ${SIDE.en[side]}'s objection (${signed(t.objections / s.softObjections.length)})`);
  return parts;
}

/** The eligibility rules a move meets, grouped by rule id, with their sources. */
export function rulesWords(m: MoveExplanation, lang: Lang): string[] {
  const groups = new Map<string, { names: string[]; sources: Set<string> }>();
  for (const rule of m.rulesSatisfied) {
    const group = groups.get(rule.id) ?? { names: [], sources: new Set<string>() };
    group.names.push(rule.words[lang]);
    for (const part of rule.source?.split('; ') ?? []) group.sources.add(part);
    groups.set(rule.id, group);
  }
  return [...groups].map(([id, g]) => `${id} ${g.names.join(', ')}${g.sources.size > 0 ? ` [${[...g.sources].join('; ')}]` : ''}`);
}

export function chainWords(chain: Chain, lang: Lang, label: Labeler): string {
  const units = chain.units.map((u) => label(u, 'unit'));
  const path = chain.kind === 'chain' ? units.join(' → ') : [...units, units[0]!].join(' → ');
  const cadres = chain.moves.map((m) => label(m.cadre, 'cadre')).join(', ');
  if (lang === 'vi') {
    if (chain.kind === 'chain' && chain.moves.length === 1) return `luân chuyển một chiều: ${path}`;
    return `${KIND.vi[chain.kind]} ${path} (${cadres})`;
  }
  if (chain.kind === 'chain' && chain.moves.length === 1) return `a single move: ${path}`;
  return `${KIND.en[chain.kind]} ${path} (${cadres})`;
}

export function bindingWords(b: Binding, lang: Lang, label: Labeler): string {
  const u = (id: string) => label(id, 'unit');
  if (lang === 'vi') {
    switch (b.kind) {
      case 'out-cap-reached': return `S: ${u(b.unit)} đã có ${b.count}/${b.cap} cán bộ chuyển đi (đạt mức trần ổn định)`;
      case 'in-cap-reached': return `S: ${u(b.unit)} đã nhận ${b.count}/${b.cap} cán bộ (đạt mức trần tiếp nhận)`;
      case 'move-cap-reached': return `P4: phương án đã có ${b.count}/${b.cap} trường hợp luân chuyển (đạt số trường hợp tối đa)`;
      case 'quota-tight': return `Q: ${b.inGroup}/${b.moves} cán bộ luân chuyển là ${GROUP.vi[b.group]}, vừa đủ chỉ tiêu ${formatShare(b.minShare)}: không thể thêm cán bộ ngoài nhóm`;
      case 'quota-short': return `Q: chỉ ${b.inGroup}/${b.moves} cán bộ luân chuyển là ${GROUP.vi[b.group]}, dưới chỉ tiêu mềm ${formatShare(b.minShare)} (${signed(-b.cost)})`;
      case 'pinned': return `Ban Thường vụ đã cho chủ trương (P5): ${label(b.cadre, 'cadre')} → ${label(b.post, 'post')}`;
      case 'key-cap-reached': return `K: ${u(b.unit)} đã thay đổi ${b.count}/${b.cap} vị trí chủ chốt trong đợt (đạt mức tối đa)`;
    }
  }
  switch (b.kind) {
    case 'out-cap-reached': return `S: ${u(b.unit)} loses ${b.count} of at most ${b.cap} cadres (stability cap reached)`;
    case 'in-cap-reached': return `S: ${u(b.unit)} receives ${b.count} of at most ${b.cap} cadres (cap reached)`;
    case 'move-cap-reached': return `P4: ${b.count} moves of at most ${b.cap} (move cap reached)`;
    case 'quota-tight': return `Q: ${b.inGroup} of ${b.moves} moved cadres are ${GROUP.en[b.group]}, meeting the ${formatShare(b.minShare)} quota with no room for another move outside the group`;
    case 'quota-short': return `Q: only ${b.inGroup} of ${b.moves} moved cadres are ${GROUP.en[b.group]}, short of the soft ${formatShare(b.minShare)} quota (${signed(-b.cost)})`;
    case 'pinned': return `P5: pinned move ${label(b.cadre, 'cadre')} → ${label(b.post, 'post')}`;
    case 'key-cap-reached': return `K: ${u(b.unit)} changes ${b.count} of at most ${b.cap} key leaders this round (cap reached)`;
  }
}

export function vacantWords(v: VacantPost, lang: Lang, label: Labeler): string {
  const where = `${label(v.post, 'post')} (${label(v.unit, 'unit')})`;
  if (lang === 'vi') return v.how === 'left' ? `${where}: ${label(v.holderBefore!, 'cadre')} chuyển đi, chưa có người thay` : `${where}: vẫn còn trống`;
  return v.how === 'left' ? `${where}: ${label(v.holderBefore!, 'cadre')} leaves, nobody replaces them` : `${where}: stays vacant`;
}

export function renderExplanation(expl: PlanExplanation, lang: Lang = 'en', label: Labeler = plainLabels, rank = 1): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(vi
    ? `Phương án ${rank} của "${expl.scenario}": tổng điểm ${num(expl.objective)}, ${expl.moves.length} trường hợp luân chuyển`
    : `Plan ${rank} of "${expl.scenario}": objective ${num(expl.objective)}, ${expl.moves.length} move(s)`);
  if (expl.moves.length === 0) lines.push(vi ? '  (không luân chuyển ai: phương án rỗng)' : '  (no moves: the empty plan)');
  expl.moves.forEach((m, i) => {
    lines.push('');
    lines.push(`${i + 1}. ${label(m.move.cadre, 'cadre')}: ${label(m.move.from, 'post')} (${label(m.fromUnit, 'unit')}) → ${label(m.move.to, 'post')} (${label(m.toUnit, 'unit')}) [${KIND_SHORT[lang][m.kind]}], ${vi ? 'điểm' : 'value'} ${num(m.score.value)}`);
    lines.push(`   ${vi ? 'điểm' : 'score'}: ${scoreWords(m, lang).join('; ')}`);
    lines.push(`   ${vi ? 'đủ điều kiện' : 'eligible'}: ${rulesWords(m, lang).join('; ')}`);
    for (const v of m.violations) lines.push(`   ${vi ? 'VI PHẠM' : 'BREAKS'} ${v.rule}: ${violationText(v, lang, label)}`);
    for (const o of m.objectionsOverridden) {
      const notes = o.notes.length > 0 ? `: ${o.notes.map((n) => `"${n}"`).join(', ')}` : '';
      lines.push(vi ? `   không tiếp thu ý kiến không đồng ý (mềm) của ${SIDE.vi[o.side]}${notes}` : `   overrides the ${SIDE.en[o.side]}'s objection (soft)${notes}`);
    }
    if (m.mustMove) lines.push(vi ? '   thuộc diện phải luân chuyển trong đợt này (P6)' : '   must move this round (P6)');
    if (m.pinned) lines.push(vi ? '   Ban Thường vụ đã cho chủ trương' : '   pinned: required in every plan');
    if (m.fillsMustFill) lines.push(vi ? '   kiện toàn vị trí bắt buộc' : '   fills a must-fill post');
    const chain = expl.chains[m.chain];
    if (chain) lines.push(`   ${vi ? 'thuộc' : 'part of'}: ${chainWords(chain, lang, label)}`);
  });
  lines.push('');
  lines.push(vi ? 'Toàn phương án:' : 'The plan as a whole:');
  const swaps = expl.chains.filter((c) => c.kind !== 'chain' || c.moves.length > 1);
  if (swaps.length > 0) {
    lines.push(vi ? '  các chuỗi và hoán đổi giữa đơn vị:' : '  chains and swaps between units:');
    for (const chain of swaps) lines.push(`    - ${chainWords(chain, lang, label)}`);
  }
  if (expl.binding.length === 0) lines.push(vi ? '  không có quy định nào ở mức giới hạn' : '  no rule binds');
  else {
    lines.push(vi ? '  các quy định đang ở mức giới hạn:' : '  rules that bind:');
    for (const b of expl.binding) lines.push(`    - ${bindingWords(b, lang, label)}`);
  }
  if (expl.vacant.length === 0) lines.push(vi ? '  không vị trí nào bị bỏ trống' : '  no post is left vacant');
  else {
    lines.push(vi ? '  vị trí còn trống sau phương án:' : '  posts left vacant:');
    for (const v of expl.vacant) lines.push(`    - ${vacantWords(v, lang, label)}`);
  }
  if (expl.violations.length > 0) {
    lines.push(vi ? '  PHƯƠNG ÁN KHÔNG KHẢ THI:' : '  THE PLAN IS NOT FEASIBLE:');
    for (const v of expl.violations) lines.push(`    - ${v.rule}: ${violationText(v, lang, label)}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// diagnose
// ---------------------------------------------------------------------------------------

/** Why one candidate is stopped, in a few words ("by tenure (in post 14 months, needs 36)"). */
export function blockerWords(data: InstanceData, lang: Lang, label: Labeler): string {
  const vi = lang === 'vi';
  if (data.kind === 'forbid') {
    const target = data.post ? label(data.post, 'post') : label(data.unit!, 'unit');
    return vi ? `do bị loại trừ khỏi ${target}` : `by a forbid (${target})`;
  }
  if (data.kind !== 'blocker') return data.kind;
  const v = data.violation;
  const words = (BLOCKER_SENTENCES[lang] as Partial<Record<string, (v: Violation, w: Words) => string>>)[v.kind];
  // A violation that is no relaxable blocker (background, or a plan rule's) is told by its own sentence.
  return words ? words(v, wordsFor(lang, label)) : violationText(v, lang, label);
}

/**
 * The sentence of one conflict member. `members` are the other members of the same
 * conflict (a must-fill post names its candidates' blockers from among them).
 */
export function conflictText(c: Conflict, lang: Lang = 'en', label: Labeler = plainLabels, members: readonly Conflict[] = [c]): string {
  const vi = lang === 'vi';
  const d = c.data;
  const u = (id: string) => label(id, 'unit');
  const p = (id: string) => label(id, 'post');
  const k = (id: string) => label(id, 'cadre');
  const words = wordsFor(lang, label);
  switch (d.kind) {
    case 'must-fill': {
      const head = INSTANCE_SENTENCES[lang]['must-fill'](d, words);
      const candidates = c.candidates ?? [];
      if (candidates.length === 0) {
        return vi ? `${head}; không có cán bộ đơn vị khác nào trong quy hoạch chức danh của vị trí này` : `${head}; no cadre from another unit is in the succession plan for its title`;
      }
      const blocked = candidates.filter((cand) => cand.blockedBy.length > 0);
      const free = candidates.filter((cand) => cand.blockedBy.length === 0);
      const instance = (id: string) => members.find((m) => m.id === id)?.data;
      const why = blocked.map((cand) => `${k(cand.cadre)} ${cand.blockedBy.map((id) => { const data = instance(id); return data ? blockerWords(data, lang, label) : id; }).join(vi ? ' và ' : ' and ')}`);
      const parts: string[] = [];
      if (blocked.length > 0) {
        parts.push(vi
          ? `${blocked.length === candidates.length ? `cả ${candidates.length} ứng viên đều bị chặn` : `${blocked.length}/${candidates.length} ứng viên bị chặn`}: ${why.join(', ')}`
          : `${blocked.length === candidates.length ? `its only ${candidates.length === 1 ? 'candidate is' : `${candidates.length} candidates are`} blocked` : `${blocked.length} of its ${candidates.length} candidates are blocked`}: ${why.join(', ')}`);
      }
      if (free.length > 0) {
        parts.push(vi
          ? `${list(free.map((cand) => k(cand.cadre)), lang)} bị giữ lại bởi các quy định khác dưới đây`
          : `${list(free.map((cand) => k(cand.cadre)), lang)} ${free.length === 1 ? 'is' : 'are'} held back by the other rules listed`);
      }
      return `${head}; ${parts.join('; ')}`;
    }
    case 'forbid': return vi ? `${k(d.cadre)} không được bố trí vào ${d.post ? `vị trí ${p(d.post)}` : `đơn vị ${u(d.unit!)}`}` : `${k(d.cadre)} is forbidden from ${d.post ? `post ${p(d.post)}` : `unit ${u(d.unit!)}`}`;
    case 'blocker': return blockerSentence(d.violation, lang, label);
    // Every other instance is a plan rule's, worded by the rule (the registry's catalogue has each).
    default: return (INSTANCE_SENTENCES[lang][d.kind] as (data: typeof d, w: Words) => string)(d, words);
  }
}

/** A blocker for any move of the cadre (not one post): the violation's sentence without the post. */
function blockerSentence(v: Violation, lang: Lang, label: Labeler): string {
  const vi = lang === 'vi';
  const k = (id: string) => label(id, 'cadre');
  if (v.kind === 'non-local') {
    return vi
      ? `${k(v.cadre)} là người địa phương tại ${label(v.locality, 'locality')}: không được bố trí vào vị trí ${label(v.post, 'post')} tại ${label(v.unit, 'unit')} (chức danh ${label(v.title, 'title')} không bố trí người địa phương)`
      : `${k(v.cadre)} is a local of ${label(v.locality, 'locality')} and may not take ${label(v.post, 'post')} in ${label(v.unit, 'unit')} (${label(v.title, 'title')} goes to non-local cadres)`;
  }
  return violationText(v, lang, label);
}

export function conflictMessages(conflicts: readonly Conflict[], lang: Lang, label: Labeler = plainLabels): string[] {
  return conflicts.map((c) => conflictText(c, lang, label, conflicts));
}

export function changeText(change: Change, lang: Lang = 'en', label: Labeler = plainLabels): string {
  const vi = lang === 'vi';
  switch (change.kind) {
    case 'drop-must-fill': return vi ? `không yêu cầu kiện toàn vị trí bắt buộc ${label(change.post, 'post')}` : `drop mustFill on ${label(change.post, 'post')}`;
    case 'drop-pin': return vi ? `bỏ trường hợp luân chuyển Ban Thường vụ đã cho chủ trương: ${label(change.cadre, 'cadre')} → ${label(change.post, 'post')}` : `drop the pin ${label(change.cadre, 'cadre')} → ${label(change.post, 'post')}`;
    case 'make-available': return vi ? `đưa ${label(change.cadre, 'cadre')} vào diện luân chuyển (available)` : `make ${label(change.cadre, 'cadre')} available`;
    case 'drop-must-move': return vi ? `không bắt buộc ${label(change.cadre, 'cadre')} phải luân chuyển trong đợt này` : `do not require ${label(change.cadre, 'cadre')} to move this round (drop mustMove)`;
    case 'drop-forbid': return vi ? `bỏ hạn chế bố trí ${label(change.cadre, 'cadre')} vào ${change.target}` : `lift the forbid of ${label(change.cadre, 'cadre')} for ${change.target}`;
    case 'drop-relatives': return vi ? `cho phép ngoại lệ về quan hệ gia đình giữa ${label(change.cadres[0], 'cadre')} và ${label(change.cadres[1], 'cadre')}` : `allow an exception for the relatives ${label(change.cadres[0], 'cadre')} and ${label(change.cadres[1], 'cadre')}`;
    case 'policy': {
      const consent = /^consent\.(\w+)$/.exec(change.path);
      if (consent && change.to === 'soft') {
        return vi ? `chuyển ý kiến của ${SIDE.vi[consent[1]!]} thành mềm (phản đối chỉ bị trừ điểm)` : `make ${SIDE.en[consent[1]!]} consent soft (an objection then costs points)`;
      }
      if (/^quotas\[\d+\]\.mode$/.test(change.path)) {
        return vi ? `chuyển ${fieldMeaning(`policy.${change.path}`, lang)} thành cân nhắc (thiếu chỉ bị trừ điểm)` : `make quota ${change.path.replace('.mode', '')} soft`;
      }
      const show = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : value === null ? (vi ? 'không giới hạn' : 'none') : String(value));
      // A policy field by its meaning ("số trường hợp tối đa"), never its path, in Vietnamese.
      const field = vi ? fieldMeaning(`policy.${change.path}`, lang) : `policy.${change.path}`;
      if (vi && change.path === 'minRating') return `hạ ${field} từ "${RATING.vi[change.from as Rating]}" xuống "${RATING.vi[change.to as Rating]}"`;
      if (typeof change.from === 'number' && typeof change.to === 'number') {
        const up = change.to > change.from;
        if (vi) return `${up ? 'tăng' : 'giảm'} ${field} từ ${show(change.from)} ${up ? 'lên' : 'xuống'} ${show(change.to)}`;
        return `${up ? 'raise' : 'lower'} ${field} from ${show(change.from)} to ${show(change.to)}`;
      }
      if (vi && change.path === 'nonLocalTitles') {
        const titles = (value: unknown) => `[${(value as string[]).map((t) => label(t, 'title')).join(', ')}]`;
        return `đổi ${field} từ ${titles(change.from)} thành ${titles(change.to)}`;
      }
      return vi ? `đổi ${field} từ ${show(change.from)} thành ${show(change.to)}` : `set ${field} from ${show(change.from)} to ${show(change.to)}`;
    }
  }
}

export function relaxationText(r: Relaxation, lang: Lang = 'en', label: Labeler = plainLabels): string {
  const changes = r.changes.map((c) => changeText(c, lang, label)).join(lang === 'vi' ? ' và ' : ' and ');
  const moves = r.moves.length;
  const proof = r.proven ? '' : lang === 'vi' ? ', chưa phải tối ưu đã kiểm chứng' : ', not proven best';
  return lang === 'vi'
    ? `${changes}: có phương án khả thi, tổng điểm tốt nhất ${num(r.objective)} (${moves} trường hợp luân chuyển${proof})`
    : `${changes}: a feasible plan exists, best objective ${num(r.objective)} (${moves} move(s)${proof})`;
}

export function renderDiagnosis(d: Diagnosis, lang: Lang = 'en', label: Labeler = plainLabels): string {
  const vi = lang === 'vi';
  if (d.feasible) {
    return vi ? `${d.scenario}: có phương án khả thi; không có xung đột giữa các quy định.\n` : `${d.scenario}: a feasible plan exists; no rules conflict.\n`;
  }
  const lines: string[] = [];
  lines.push(vi
    ? d.conflicts.length === 1
      ? `${d.scenario}: không có phương án khả thi. Quy định sau không thể thỏa mãn:`
      : `${d.scenario}: không có phương án khả thi. ${d.conflicts.length} quy định sau không thể cùng thỏa mãn (bỏ bất kỳ một quy định nào thì phần còn lại thỏa mãn được):`
    : d.conflicts.length === 1
      ? `${d.scenario}: no feasible plan. This rule cannot hold on its own:`
      : `${d.scenario}: no feasible plan. These ${d.conflicts.length} rules cannot hold together (drop any one and the rest can):`);
  conflictMessages(d.conflicts, lang, label).forEach((text, i) => lines.push(`  ${i + 1}. [${d.conflicts[i]!.rule}] ${text}`));
  lines.push('');
  if (d.relaxations.length === 0) {
    lines.push(vi ? 'Không có thay đổi đơn lẻ nào trong số đã thử giúp có phương án khả thi.' : 'No single change among those tried makes a plan possible.');
  } else {
    lines.push(vi ? 'Có thể xem xét nới lỏng (mỗi phương án đã được giải lại để kiểm chứng):' : 'Relaxations to consider (each checked by re-solving):');
    for (const r of d.relaxations) lines.push(`  - ${relaxationText(r, lang, label)}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// why-not
// ---------------------------------------------------------------------------------------

export function renderWhyNot(w: WhyNotResult, lang: Lang = 'en', label: Labeler = plainLabels): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  const what = `${label(w.cadre, 'cadre')}: ${label(w.from, 'post')} (${label(w.fromUnit, 'unit')}) → ${label(w.post, 'post')} (${label(w.toUnit, 'unit')}) [${KIND_SHORT[lang][w.kind]}]`;
  lines.push(what);
  switch (w.status) {
    case 'ineligible':
      // Vietnamese: a rule code only beside its plain words.
      lines.push(vi ? `Không đủ điều kiện: ${w.blockedBy.map((id) => CLI_WORDS.vi.rule(id)).join('; ')}.` : `Not eligible (${w.blockedBy.join(', ')}):`);
      for (const r of w.reasons) {
        const text = `${violationText(r.violation, lang, label)}${r.source ? `: ${r.source}` : ''}`;
        lines.push(vi ? `  - ${text} (${r.rule})` : `  - ${r.rule}: ${text}`);
      }
      lines.push(vi ? 'Không phương án khả thi nào có trường hợp luân chuyển này.' : 'No feasible plan can contain this move.');
      break;
    case 'in-best-plan':
      lines.push(vi ? `Đủ điều kiện, và đã có trong phương án tốt nhất (tổng điểm ${num(w.bestWith!)}).` : `Eligible, and already in the best plan (objective ${num(w.bestWith!)}).`);
      break;
    case 'possible':
      lines.push(vi
        ? `Đủ điều kiện. Phương án tốt nhất${w.proven ? '' : ' tìm được'} có trường hợp luân chuyển này đạt ${num(w.bestWith!)} điểm${w.best !== null ? `, thấp hơn phương án tốt nhất (${num(w.best)}) ${num(w.loss!)} điểm` : ''}.`
        : `Eligible. The best plan${w.proven ? '' : ' found'} with this move scores ${num(w.bestWith!)}${w.best !== null ? `, ${num(w.loss!)} below the best plan (${num(w.best)})` : ''}.`);
      if (w.displaced.length > 0) {
        lines.push(vi ? 'Trường hợp luân chuyển này thay thế các trường hợp sau của phương án tốt nhất:' : 'It displaces these moves of the best plan:');
        for (const m of w.displaced) lines.push(`  - ${moveText(m, lang, label)}`);
      }
      if (w.added.length > 0) {
        lines.push(vi ? 'Phương án có trường hợp luân chuyển này gồm thêm:' : 'The plan with it makes these moves instead:');
        for (const m of w.added) lines.push(`  - ${moveText(m, lang, label)}`);
      }
      break;
    case 'unknown':
      lines.push(vi
        ? 'Đủ điều kiện; hết thời gian trước khi tìm được phương án có trường hợp luân chuyển này.'
        : 'Eligible; the time limit ran out before a plan with this move was found.');
      break;
    case 'prevented':
      lines.push(vi
        ? 'Đủ điều kiện, nhưng không phương án khả thi nào có trường hợp luân chuyển này. Cùng với trường hợp này, các quy định sau không thể cùng thỏa mãn:'
        : 'Eligible, but no feasible plan contains it. Together with this move, these rules cannot hold:');
      if (w.holder !== null && w.holder !== w.cadre) {
        lines.push(vi
          ? `  - [P2] vị trí ${label(w.post, 'post')} do ${label(w.holder, 'cadre')} đảm nhiệm: ${label(w.holder, 'cadre')} phải chuyển đi nơi khác`
          : `  - [P2] ${label(w.post, 'post')} is held by ${label(w.holder, 'cadre')}, who must move out for it`);
      }
      conflictMessages(w.preventedBy, lang, label).forEach((text, i) => lines.push(`  - [${w.preventedBy[i]!.rule}] ${text}`));
      break;
  }
  if (!w.proven && w.status !== 'unknown') {
    const gap = w.bestWithGap !== null && w.bestWithGap > 0 ? w.bestWithGap : 0;
    lines.push(vi
      ? `Chưa chứng minh là tối ưu: hết thời gian tìm kiếm (--time-limit), đây là các phương án tốt nhất tìm được trong thời gian đó${gap > 0 ? `; phương án có trường hợp luân chuyển này có thể đạt tới ${num(w.bestWith! + gap)} điểm` : ''}.`
      : `Not proven: the time limit (--time-limit) stopped the search, and these are the best plans found in it${gap > 0 ? `; a plan with this move may score up to ${num(w.bestWith! + gap)}` : ''}.`);
  }
  return `${lines.join('\n')}\n`;
}
