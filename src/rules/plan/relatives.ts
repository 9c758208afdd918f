/**
 * R: no conflict of interest among relatives: two related cadres may not sit in the same
 * unit after the plan if either of them moved. A cadre sits in the unit of its `position`
 * (or of its new post), whatever it holds through alsoHolds (8.3).
 */
import { homeUnit } from '../../scenario/round.ts';
import { compareIds } from '../../util/order.ts';
import { SOURCES } from '../sources.ts';
import type { InstanceText, RuleText } from '../text.ts';
import type { PlanRule } from '../types.ts';
import type { Violation } from '../violations.ts';
import { planFacts } from './facts.ts';

/** Each related pair once, a < b. */
export function relatedPairs(relatives: ReadonlyMap<string, ReadonlySet<string>>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [a, others] of relatives) for (const b of others) if (compareIds(a, b) < 0) pairs.push([a, b]);
  return pairs.sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
}

export const relatives: PlanRule<'R'> = {
  id: 'R',
  name: 'relatives',
  title: 'related cadres do not end up in the same unit through a move',
  source: `${SOURCES.pcttn20}; ${SOURCES.qd114}`,
  check(round, plan) {
    const facts = planFacts(round, plan);
    const found: Violation[] = [];
    for (const [a, b] of relatedPairs(round.relatives)) {
      if (!facts.moved(a) && !facts.moved(b)) continue;
      const unit = facts.finalUnit(a);
      if (unit === facts.finalUnit(b)) found.push({ rule: 'R', kind: 'relatives-together', cadres: [a, b], unit });
    }
    return found;
  },
  /**
   * With A_u the indicator that a sits in u after the plan (1 − Σ_p x[a,p] in its home unit,
   * Σ_{p in u} x[a,p] elsewhere): A_u + B_u ≤ 1 for every unit u but a shared home unit
   * (there both stay only when neither moved, which is allowed).
   */
  rows(sink) {
    const { round } = sink;
    for (const [a, b] of relatedPairs(round.relatives)) {
      const homeA = homeUnit(round, round.cadres.get(a)!);
      const homeB = homeUnit(round, round.cadres.get(b)!);
      // Each cadre's pairs by destination unit, in their order (one pass, not one per unit).
      const byUnit = new Map<string, Map<string, number[]>>();
      for (const cadre of [a, b]) {
        const units = new Map<string, number[]>();
        for (const i of sink.pairsOfCadre.get(cadre) ?? []) {
          const unit = sink.pairs[i]!.toUnit;
          const list = units.get(unit);
          if (list) list.push(i);
          else units.set(unit, [i]);
        }
        byUnit.set(cadre, units);
      }
      const into = (cadre: string, unit: string): readonly number[] => byUnit.get(cadre)!.get(unit) ?? [];
      const units = new Set<string>([...byUnit.get(a)!.keys(), ...byUnit.get(b)!.keys()]);
      units.add(homeA);
      units.add(homeB);
      for (const unit of [...units].sort()) {
        if (unit === homeA && unit === homeB) continue;
        const indices: number[] = [];
        const values: number[] = [];
        let constant = 0; // A_u + B_u = constant + Σ values·x
        for (const [cadre, home] of [[a, homeA], [b, homeB]] as const) {
          if (unit === home) {
            constant += 1;
            for (const i of sink.pairsOfCadre.get(cadre) ?? []) (indices.push(i), values.push(-1));
          } else for (const i of into(cadre, unit)) (indices.push(i), values.push(1));
        }
        if (indices.length === 0) continue;
        sink.addRow({ rule: 'R', cadres: [a, b], unit }, indices, values, -Infinity, 1 - constant);
      }
    }
  },
  rowName: (tag) => `relatives(${tag.cadres[0]},${tag.cadres[1]},${tag.unit})`,
  // One instance per related pair, whatever the unit.
  role: (tag) => ({ id: `relatives(${tag.cadres[0]},${tag.cadres[1]})`, rule: 'R', data: { kind: 'relatives', cadres: tag.cadres } }),
  relax: (_round, data) => (data.kind === 'relatives' ? [{ kind: 'drop-relatives', cadres: data.cadres }] : undefined),
};

export const R_TEXT = {
  en: { 'relatives-together': (v, w) => `relatives ${w.cadre(v.cadres[0])} and ${w.cadre(v.cadres[1])} end up together in ${w.unit(v.unit)}` },
  vi: { 'relatives-together': (v, w) => `${w.cadre(v.cadres[0])} và ${w.cadre(v.cadres[1])} có quan hệ gia đình, cùng công tác tại ${w.unit(v.unit)}` },
} satisfies RuleText<'relatives-together'>;

export const R_INSTANCE_TEXT = {
  en: { relatives: (d, w) => `${w.cadre(d.cadres[0])} and ${w.cadre(d.cadres[1])} are relatives: a move may not put them in the same unit` },
  vi: { relatives: (d, w) => `${w.cadre(d.cadres[0])} và ${w.cadre(d.cadres[1])} có quan hệ gia đình: không được cùng công tác tại một đơn vị sau luân chuyển` },
} satisfies InstanceText<'relatives'>;
