/**
 * S: a unit is never stripped of too many leaders at once, nor flooded with newcomers.
 * Out of u ≤ min(maxOutPerUnit, max(1, floor(maxOutShare·n))); into u ≤ maxInPerUnit.
 * A cadre's unit is the unit of its `position` (version 2: whatever it holds through alsoHolds).
 */
import { outCap, unitOf } from '../../scenario/round.ts';
import { SOURCES } from '../sources.ts';
import type { InstanceText, RuleText } from '../text.ts';
import type { Change, PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';

export const stability: PlanRule<'S'> = {
  id: 'S',
  name: 'stability',
  title: 'no unit loses or receives too many cadres at once',
  source: `${SOURCES.qd65}; ${SOURCES.practiceStable}`,
  check(round, plan) {
    const out = new Map<string, number>();
    const into = new Map<string, number>();
    for (const move of plan.moves) {
      const from = unitOf(round, round.cadres.get(move.cadre)!.position);
      const to = unitOf(round, move.to);
      out.set(from, (out.get(from) ?? 0) + 1);
      into.set(to, (into.get(to) ?? 0) + 1);
    }
    const found: Violation[] = [];
    for (const unit of round.scenario.units) {
      const leaving = out.get(unit.id) ?? 0;
      const cap = outCap(round, unit.id);
      if (leaving > cap) found.push({ rule: 'S', kind: 'too-many-out', unit: unit.id, out: leaving, cap });
      const arriving = into.get(unit.id) ?? 0;
      const inCap = round.policy.stability.maxInPerUnit;
      if (arriving > inCap) found.push({ rule: 'S', kind: 'too-many-in', unit: unit.id, in: arriving, cap: inCap });
    }
    return found;
  },
  /** Σ_{c in u} Σ_p x[c,p] ≤ outCap(u);  Σ_{p in u} Σ_c x[c,p] ≤ maxInPerUnit, for every unit u. */
  rows(sink) {
    const { round } = sink;
    for (const [unit, pairs] of sink.pairsOutOfUnit) {
      const cap = outCap(round, unit);
      if (pairs.length > cap) sink.addRow({ rule: 'S', kind: 'out', unit, cap }, pairs, 1, -Infinity, cap);
    }
    const inCap = round.policy.stability.maxInPerUnit;
    for (const [unit, pairs] of sink.pairsIntoUnit) {
      if (pairs.length > inCap) sink.addRow({ rule: 'S', kind: 'in', unit, cap: inCap }, pairs, 1, -Infinity, inCap);
    }
  },
  rowName: (tag) => `stability_${tag.kind}(${tag.unit})`,
  role: (tag) => ({
    id: `stability_${tag.kind}(${tag.unit})`,
    rule: 'S',
    data: tag.kind === 'out' ? { kind: 'stability-out', unit: tag.unit, cap: tag.cap } : { kind: 'stability-in', unit: tag.unit, cap: tag.cap },
  }),
  relax(round, data) {
    const policy = round.policy;
    if (data.kind === 'stability-in') {
      return [{ kind: 'policy', path: 'stability.maxInPerUnit', from: policy.stability.maxInPerUnit, to: policy.stability.maxInPerUnit + 1 }];
    }
    if (data.kind !== 'stability-out') return undefined;
    const n = round.cadresInUnit.get(data.unit)?.length ?? 0;
    const want = outCap(round, data.unit) + 1;
    if (want > n) return undefined;
    const changes: Change[] = [];
    const { maxOutPerUnit, maxOutShare } = policy.stability;
    if (maxOutPerUnit < want) changes.push({ kind: 'policy', path: 'stability.maxOutPerUnit', from: maxOutPerUnit, to: want });
    if (Math.max(1, Math.floor(maxOutShare * n + 1e-9)) < want) {
      changes.push({ kind: 'policy', path: 'stability.maxOutShare', from: maxOutShare, to: Math.min(1, Math.ceil((want / n) * 100) / 100) });
    }
    return changes;
  },
};

export const S_TEXT = {
  en: {
    'too-many-out': (v, w) => `unit ${w.unit(v.unit)} loses ${v.out} cadres, at most ${v.cap} allowed`,
    'too-many-in': (v, w) => `unit ${w.unit(v.unit)} receives ${v.in} cadres, at most ${v.cap} allowed`,
  },
  vi: {
    'too-many-out': (v, w) => `đơn vị ${w.unit(v.unit)} có ${v.out} cán bộ chuyển đi, tối đa ${v.cap}`,
    'too-many-in': (v, w) => `đơn vị ${w.unit(v.unit)} nhận ${v.in} cán bộ, tối đa ${v.cap}`,
  },
} satisfies RuleText<'too-many-out' | 'too-many-in'>;

export const S_INSTANCE_TEXT = {
  en: {
    'stability-out': (d, w) => `${w.unit(d.unit)} may lose at most ${d.cap} cadre(s) (stability)`,
    'stability-in': (d, w) => `${w.unit(d.unit)} may receive at most ${d.cap} cadre(s) (stability)`,
  },
  vi: {
    'stability-out': (d, w) => `${w.unit(d.unit)} chỉ được có tối đa ${d.cap} cán bộ chuyển đi (ổn định đơn vị)`,
    'stability-in': (d, w) => `${w.unit(d.unit)} chỉ được tiếp nhận tối đa ${d.cap} cán bộ (ổn định đơn vị)`,
  },
} satisfies InstanceText<'stability-out' | 'stability-in'>;
