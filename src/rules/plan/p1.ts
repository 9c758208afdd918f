/** P1: each cadre moves at most once; each post receives at most one cadre. */
import type { RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

export const oneMoveEach: PlanRule<'P1'> = {
  id: 'P1',
  name: 'one-move-each',
  title: 'each cadre moves at most once and each post receives at most one cadre',
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const [cadre, moves] of facts.movesOfCadre) {
      if (moves.length > 1) found.push({ rule: 'P1', kind: 'cadre-twice', cadre, posts: moves.map((m) => m.to) });
    }
    for (const [post, moves] of facts.movesIntoPost) {
      if (moves.length > 1) found.push({ rule: 'P1', kind: 'post-twice', post, cadres: moves.map((m) => m.cadre) });
    }
    return found;
  },
  /** Σ_p x[c,p] ≤ 1 for every cadre c;  Σ_c x[c,p] ≤ 1 for every post p. */
  rows(sink) {
    for (const [cadre, pairs] of sink.pairsOfCadre) sink.addRow({ rule: 'P1', kind: 'one-move', cadre }, pairs, 1, -Infinity, 1);
    for (const [post, pairs] of sink.pairsIntoPost) sink.addRow({ rule: 'P1', kind: 'one-cadre', post }, pairs, 1, -Infinity, 1);
  },
  rowName: (tag) => (tag.kind === 'one-move' ? `one_move(${tag.cadre})` : `one_cadre(${tag.post})`),
  // What a plan is: never relaxed.
  role: () => 'background',
};

export const P1_TEXT = {
  en: {
    'cadre-twice': (v, w) => `${w.cadre(v.cadre)} moves more than once (to ${v.posts.map(w.post).join(', ')})`,
    'post-twice': (v, w) => `post ${w.post(v.post)} receives more than one cadre (${v.cadres.map(w.cadre).join(', ')})`,
  },
  vi: {
    'cadre-twice': (v, w) => `${w.cadre(v.cadre)} được luân chuyển nhiều hơn một lần (đến ${v.posts.map(w.post).join(', ')})`,
    'post-twice': (v, w) => `vị trí ${w.post(v.post)} nhận nhiều hơn một cán bộ (${v.cadres.map(w.cadre).join(', ')})`,
  },
} satisfies RuleText<'cadre-twice' | 'post-twice'>;
