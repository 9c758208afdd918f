/**
 * K (version 2): a unit does not change too many of its key leaders in one round (not its
 * party secretary and its chairman together). For each unit u, the cadres who hold a key
 * post in u (through position or alsoHolds) and move, plus the vacant key posts of u (held
 * by no cadre) that receive a cadre, number at most stability.maxKeyChangesPerUnit (null:
 * no cap). Without a catalogue no title is key and K never binds. The rule's whole
 * knowledge: its check, its rows, its diagnosis instance and relaxation, its sentences.
 */
import { isKeyTitle, type Round } from '../../scenario/round.ts';
import { compareIds } from '../../util/order.ts';
import { SOURCES } from '../sources.ts';
import type { InstanceText, RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

interface KeyUnit {
  /** Cadres holding a key post of the unit (each once). */
  readonly holders: string[];
  /** Key posts of the unit that no cadre holds. */
  readonly vacant: string[];
}

/** The key posts of each unit, split into held (by whom) and vacant; units without key posts are left out. */
export function keyUnits(round: Round): Map<string, KeyUnit> {
  const units = new Map<string, KeyUnit>();
  for (const post of round.scenario.positions) {
    if (!isKeyTitle(round, post.title)) continue;
    const unit = units.get(post.unit) ?? units.set(post.unit, { holders: [], vacant: [] }).get(post.unit)!;
    const holder = round.holderOf.get(post.id);
    if (holder === undefined) unit.vacant.push(post.id);
    else if (!unit.holders.includes(holder)) unit.holders.push(holder);
  }
  return units;
}

export const keyChanges: PlanRule<'K'> = {
  id: 'K',
  name: 'key-changes',
  title: 'a unit changes at most maxKeyChangesPerUnit of its key leaders in one round',
  source: `${SOURCES.qd65}; ${SOURCES.practiceStable}`,
  check(round, plan) {
    const cap = round.v2?.maxKeyChangesPerUnit ?? null;
    if (cap === null) return [];
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const [unit, key] of [...keyUnits(round)].sort((a, b) => compareIds(a[0], b[0]))) {
      const cadres = key.holders.filter((cadre) => facts.moved(cadre));
      const posts = key.vacant.filter((post) => facts.movesIntoPost.has(post));
      const changes = cadres.length + posts.length;
      if (changes > cap) found.push({ rule: 'K', kind: 'key-changes', unit, changes, cap, cadres, posts });
    }
    return found;
  },
  /**
   * Σ_{c holds a key post in u} Σ_p x[c,p] + Σ_{p key in u, vacant} Σ_c x[c,p] ≤ cap, for every
   * unit u whose key posts could change more than cap times.
   */
  rows(sink) {
    const cap = sink.round.v2?.maxKeyChangesPerUnit ?? null;
    if (cap === null) return;
    for (const [unit, key] of keyUnits(sink.round)) {
      const indices: number[] = [];
      let terms = 0;
      for (const cadre of key.holders) {
        const pairs = sink.pairsOfCadre.get(cadre) ?? [];
        if (pairs.length > 0) terms += 1;
        indices.push(...pairs);
      }
      for (const post of key.vacant) {
        const pairs = sink.pairsIntoPost.get(post) ?? [];
        if (pairs.length > 0) terms += 1;
        indices.push(...pairs);
      }
      if (terms > cap) sink.addRow({ rule: 'K', unit, cap }, indices, 1, -Infinity, cap);
    }
  },
  rowName: (tag) => `key_changes(${tag.unit})`,
  role: (tag) => ({ id: `key_changes(${tag.unit})`, rule: 'K', data: { kind: 'key-changes', unit: tag.unit, cap: tag.cap } }),
  relax: (_round, data) =>
    data.kind === 'key-changes' ? [{ kind: 'policy', path: 'stability.maxKeyChangesPerUnit', from: data.cap, to: data.cap + 1 }] : undefined,
};

export const K_TEXT = {
  en: {
    'key-changes': (v, w) =>
      `${w.unit(v.unit)} changes ${v.changes} key leaders in one round (${w.list([...v.cadres.map(w.cadre), ...v.posts.map(w.post)])}), at most ${v.cap} allowed`,
  },
  vi: {
    'key-changes': (v, w) =>
      `${w.unit(v.unit)} thay đổi ${v.changes} vị trí chủ chốt trong một đợt (${w.list([...v.cadres.map(w.cadre), ...v.posts.map(w.post)])}), tối đa ${v.cap}`,
  },
} satisfies RuleText<'key-changes'>;

export const K_INSTANCE_TEXT = {
  en: { 'key-changes': (d, w) => `${w.unit(d.unit)} may change at most ${d.cap} key leader(s) in one round (stability of key posts)` },
  vi: { 'key-changes': (d, w) => `${w.unit(d.unit)} chỉ được thay đổi tối đa ${d.cap} vị trí chủ chốt trong một đợt (ổn định vị trí chủ chốt)` },
} satisfies InstanceText<'key-changes'>;
