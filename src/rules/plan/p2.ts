/**
 * P2: a held post can receive a cadre only when its holder moves out in the same plan
 * (chains and swaps). Version 2: a post held through alsoHolds likewise; a cadre who moves
 * leaves every post it holds. The round's `holderOf` already counts both.
 */
import type { RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const holderMovesOut: PlanRule<'P2'> = {
  id: 'P2',
  name: 'holder-moves-out',
  title: 'a held post receives a cadre only when its holder moves out (chains and swaps)',
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const [post, moves] of facts.movesIntoPost) {
      const holder = round.holderOf.get(post);
      if (holder !== undefined && !facts.moved(holder)) {
        for (const move of moves) found.push({ rule: 'P2', kind: 'holder-stays', post, holder, incoming: move.cadre });
      }
    }
    return found;
  },
  /** Σ_c x[c,p] − Σ_q x[h,q] ≤ 0 for every post p held by h (through position or alsoHolds). */
  rows(sink) {
    for (const [post, incoming] of sink.pairsIntoPost) {
      const holder = sink.round.holderOf.get(post);
      if (holder === undefined) continue;
      const outgoing = sink.pairsOfCadre.get(holder) ?? [];
      sink.addRow(
        { rule: 'P2', post, holder },
        [...incoming, ...outgoing],
        [...incoming.map(() => 1), ...outgoing.map(() => -1)],
        -Infinity,
        0,
      );
    }
  },
  rowName: (tag) => `holder_out(${tag.post})`,
  role: () => 'background',
};

export const P2_TEXT = {
  en: { 'holder-stays': (v, w) => `post ${w.post(v.post)} receives ${w.cadre(v.incoming)} but its holder ${w.cadre(v.holder)} does not move out` },
  vi: { 'holder-stays': (v, w) => `vị trí ${w.post(v.post)} nhận ${w.cadre(v.incoming)} nhưng người đang giữ ${w.cadre(v.holder)} không chuyển đi` },
} satisfies RuleText<'holder-stays'>;
