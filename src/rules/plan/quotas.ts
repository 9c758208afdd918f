/**
 * Q: structure targets among the moved cadres (women, young, ethnic minorities).
 * Hard: G ≥ minShare·N. Soft: the shortfall max(0, minShare·N − G) costs W.quotaShortfall
 * per cadre in the objective (section 4).
 */
import { inGroup } from '../../scenario/round.ts';
import type { Quota } from '../../scenario/schema.ts';
import type { Round } from '../../scenario/round.ts';
import { SOURCES } from '../sources.ts';
import type { InstanceText, RuleText } from '../text.ts';
import type { Plan, PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const QUOTA_TOLERANCE = 1e-9;

const QUOTA_ROW = { hard: 'quota', soft: 'quota_soft', 'soft-exact': 'quota_soft_exact', 'soft-switch': 'quota_soft_switch' } as const;

/** G and N of a quota in a plan. */
export function quotaCount(round: Round, plan: Plan, quota: Quota): { inGroup: number; moves: number } {
  const moved = new Set(plan.moves.map((move) => move.cadre));
  let count = 0;
  for (const cadre of moved) if (inGroup(round, round.cadres.get(cadre)!, quota.group)) count += 1;
  return { inGroup: count, moves: moved.size };
}

export function shortfall(round: Round, plan: Plan, quota: Quota): number {
  const { inGroup: g, moves: n } = quotaCount(round, plan, quota);
  return Math.max(0, quota.minShare * n - g);
}

export const quotas: PlanRule<'Q'> = {
  id: 'Q',
  name: 'quotas',
  title: 'hard structure quotas (women, young, minority) are met among the moved cadres',
  source: `${SOURCES.qd50}: tỷ lệ cán bộ nữ, cán bộ trẻ`,
  check(round, plan) {
    const found: Violation[] = [];
    for (const quota of round.policy.quotas) {
      if (quota.mode !== 'hard') continue;
      const { inGroup: g, moves: n } = quotaCount(round, plan, quota);
      if (g < quota.minShare * n - QUOTA_TOLERANCE) {
        found.push({ rule: 'Q', kind: 'quota', group: quota.group, inGroup: g, moves: n, minShare: quota.minShare });
      }
    }
    return found;
  },
  /**
   * Hard:  Σ_{c,p} (g_c − minShare)·x[c,p] ≥ 0.
   * Soft:  s_q + Σ_{c,p} (g_c − minShare)·x[c,p] ≥ 0, s_q ≥ 0 costing W.quotaShortfall.
   */
  rows(sink) {
    const { round } = sink;
    round.policy.quotas.forEach((quota, q) => {
      const member = new Map<string, number>();
      for (const cadre of round.scenario.cadres) member.set(cadre.id, inGroup(round, cadre, quota.group) ? 1 : 0);
      // Columns in increasing order, the shortfall column (added last) at the end: the
      // builder then takes the row as it is, without merging (10^5–10^6 pairs).
      // Typed, with room for the shortfall columns (added last): a row over every pair.
      const n = sink.pairs.length;
      const indices = new Int32Array(n + 2);
      const values = new Float64Array(n + 2);
      // A cadre's pairs come one after another: its coefficient is looked up once.
      let cadre: string | undefined;
      let value = 0;
      for (let k = 0; k < n; k++) {
        const pair = sink.pairs[k]!;
        if (pair.cadre !== cadre) {
          cadre = pair.cadre;
          value = member.get(cadre)! - quota.minShare;
        }
        indices[k] = pair.index;
        values[k] = value;
      }
      const tag = (kind: 'hard' | 'soft' | 'soft-exact' | 'soft-switch') =>
        ({ rule: 'Q', kind, index: q, group: quota.group, minShare: quota.minShare }) as const;
      if (quota.mode === 'hard') {
        sink.addRow(tag('hard'), indices.subarray(0, n), values.subarray(0, n), 0, Infinity);
        return;
      }
      const weight = round.policy.weights.quotaShortfall;
      if (weight === 0) return;
      const name = `${q}:${quota.group}`;
      // s never needs more than minShare·N ≤ minShare·(cadres): a finite bound keeps LP duality bounds finite.
      const most = Math.max(0, quota.minShare) * round.cadres.size;
      const s = sink.addColumn(`shortfall(${name})`, { integer: false, lower: 0, upper: most, cost: -weight });
      indices[n] = s;
      values[n] = 1;
      sink.addRow(tag('soft'), indices.subarray(0, n + 1), values.subarray(0, n + 1), 0, Infinity);
      if (weight > 0) return;
      // A negative weight rewards shortfall: pin s to max(0, Σ (minShare − g)·x) exactly with
      // a binary z:  s ≤ Σ (minShare − g)·x + M(1 − z),  s ≤ M·z,  M = number of cadres.
      const big = round.cadres.size + 1;
      const z = sink.addColumn(`shortfall_on(${name})`, { integer: true, lower: 0, upper: 1, cost: 0 });
      indices[n + 1] = z;
      values[n + 1] = big;
      sink.addRow(tag('soft-exact'), indices, values, -Infinity, big);
      sink.addRow(tag('soft-switch'), [s, z], [1, -big], -Infinity, 0);
    });
  },
  rowName: (tag) => `${QUOTA_ROW[tag.kind]}(${tag.index}:${tag.group})`,
  // A soft quota costs points; it never makes a round infeasible.
  role: (tag) =>
    tag.kind === 'hard'
      ? { id: `quota(${tag.index}:${tag.group})`, rule: 'Q', data: { kind: 'quota', index: tag.index, group: tag.group, minShare: tag.minShare } }
      : 'cost',
  relax: (_round, data) => (data.kind === 'quota' ? [{ kind: 'policy', path: `quotas[${data.index}].mode`, from: 'hard', to: 'soft' }] : undefined),
};

export const Q_TEXT = {
  en: { quota: (v, w) => `${v.inGroup} of ${v.moves} moved cadres are ${w.group(v.group)}, needs at least ${w.share(v.minShare)}` },
  vi: { quota: (v, w) => `${v.inGroup}/${v.moves} cán bộ được luân chuyển là ${w.group(v.group)}, cần ít nhất ${w.share(v.minShare)}` },
} satisfies RuleText<'quota'>;

export const Q_INSTANCE_TEXT = {
  en: { quota: (d, w) => `at least ${w.share(d.minShare)} of the moved cadres must be ${w.group(d.group)} (hard quota)` },
  vi: { quota: (d, w) => `ít nhất ${w.share(d.minShare)} cán bộ được luân chuyển phải là ${w.group(d.group)} (chỉ tiêu bắt buộc)` },
} satisfies InstanceText<'quota'>;
