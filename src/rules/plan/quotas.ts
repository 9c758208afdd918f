/**
 * Q: structure targets among the moved cadres (women, young, ethnic minorities).
 * Hard: G ≥ minShare·N. Soft: the shortfall max(0, minShare·N − G) costs W.quotaShortfall
 * per cadre in the objective (section 4).
 */
import { inGroup } from '../../scenario/round.ts';
import type { Quota } from '../../scenario/schema.ts';
import type { Round } from '../../scenario/round.ts';
import type { Plan, PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const QUOTA_TOLERANCE = 1e-9;

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

export const quotas: PlanRule = {
  id: 'Q',
  name: 'quotas',
  title: 'hard structure quotas (women, young, minority) are met among the moved cadres',
  source: 'Nghị quyết 26-NQ/TW (2018): cơ cấu hợp lý nữ, trẻ, dân tộc thiểu số',
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
  rows(model) {
    const { round } = model;
    round.policy.quotas.forEach((quota, q) => {
      const member = new Map<string, number>();
      for (const cadre of round.scenario.cadres) member.set(cadre.id, inGroup(round, cadre, quota.group) ? 1 : 0);
      // Columns in increasing order, the shortfall column (added last) at the end: the
      // builder then takes the row as it is, without merging (10^5–10^6 pairs).
      const indices = model.pairs.map((pair) => pair.index);
      const values = model.pairs.map((pair) => member.get(pair.cadre)! - quota.minShare);
      if (quota.mode === 'hard') {
        model.addRow(`quota(${q}:${quota.group})`, indices, values, 0, Infinity, [String(q)]);
        return;
      }
      const weight = round.policy.weights.quotaShortfall;
      if (weight === 0) return;
      const name = `${q}:${quota.group}`;
      // s never needs more than minShare·N ≤ minShare·(cadres): a finite bound keeps LP duality bounds finite.
      const most = Math.max(0, quota.minShare) * round.cadres.size;
      const s = model.addColumn(`shortfall(${name})`, { integer: false, lower: 0, upper: most, cost: -weight });
      indices.push(s);
      values.push(1);
      model.addRow(`quota_soft(${name})`, indices, values, 0, Infinity);
      if (weight > 0) return;
      // A negative weight rewards shortfall: pin s to max(0, Σ (minShare − g)·x) exactly with
      // a binary z:  s ≤ Σ (minShare − g)·x + M(1 − z),  s ≤ M·z,  M = number of cadres.
      const big = round.cadres.size + 1;
      const z = model.addColumn(`shortfall_on(${name})`, { integer: true, lower: 0, upper: 1, cost: 0 });
      indices.push(z);
      values.push(big);
      model.addRow(`quota_soft_exact(${name})`, indices, values, -Infinity, big);
      model.addRow(`quota_soft_switch(${name})`, [s, z], [1, -big], -Infinity, 0);
    });
  },
};
