/** P4: rotations are not mass moves: at most maxMoves moves in a plan. */
import type { InstanceText, RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';

export const moveCap: PlanRule<'P4'> = {
  id: 'P4',
  name: 'move-cap',
  title: 'at most maxMoves moves in the plan',
  check(round, plan) {
    const max = round.policy.maxMoves;
    if (max === null || plan.moves.length <= max) return [];
    return [{ rule: 'P4', kind: 'too-many-moves', moves: plan.moves.length, max }];
  },
  /** Σ x[c,p] ≤ maxMoves. */
  rows(sink) {
    const max = sink.round.policy.maxMoves;
    const all = sink.pairs.map((pair) => pair.index);
    if (max !== null && all.length > max) sink.addRow({ rule: 'P4', cap: max }, all, 1, -Infinity, max);
  },
  rowName: () => 'move_cap',
  role: (tag) => ({ id: 'move_cap', rule: 'P4', data: { kind: 'move-cap', cap: tag.cap } }),
  relax: (round, data) =>
    data.kind === 'move-cap' ? [{ kind: 'policy', path: 'maxMoves', from: round.policy.maxMoves, to: (round.policy.maxMoves ?? 0) + 1 }] : undefined,
};

export const P4_TEXT = {
  en: { 'too-many-moves': (v) => `the plan has ${v.moves} moves, at most ${v.max} allowed` },
  vi: { 'too-many-moves': (v) => `phương án có ${v.moves} trường hợp luân chuyển, số trường hợp tối đa là ${v.max}` },
} satisfies RuleText<'too-many-moves'>;

export const P4_INSTANCE_TEXT = {
  en: { 'move-cap': (d) => `a plan has at most ${d.cap} moves` },
  vi: { 'move-cap': (d) => `phương án có tối đa ${d.cap} trường hợp luân chuyển` },
} satisfies InstanceText<'move-cap'>;
