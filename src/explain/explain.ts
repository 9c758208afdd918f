/**
 * Why each move is in a plan, as data: the score terms (section 4), the eligibility rules the
 * move satisfies with their sources (the same rule objects that `check` runs), the soft
 * objections it overrides, the chain or swap it belongs to; and for the plan the rules that
 * bind (caps reached, quotas met with no room to spare) and the posts left vacant.
 * Sentences are rendered from this by src/i18n/explain.ts.
 */
import { checkPlan } from '../rules/check.ts';
import { ELIGIBILITY_RULES } from '../rules/registry.ts';
import { keyUnits } from '../rules/plan/key-changes.ts';
import { quotaCount } from '../rules/plan/quotas.ts';
import { scoreMove, scorePlan, type MoveScore, type PlanScore } from '../rules/score.ts';
import type { Move, Plan } from '../rules/types.ts';
import type { EligibilityRuleId, Violation } from '../rules/violations.ts';
import { homeUnit, moveKind, objectionSideKey, outCap, type MoveKind, type Round } from '../scenario/round.ts';
import type { ConsentSide, QuotaGroup } from '../scenario/schema.ts';
import { byId, compareIds } from '../util/order.ts';
import { chainsOf, type Chain } from './chains.ts';

export { whyNot, type WhyNotOptions, type WhyNotResult } from './why-not.ts';

export interface RuleRef {
  readonly id: EligibilityRuleId;
  readonly name: string;
  /** The condition in a few words, per language. */
  readonly words: { readonly en: string; readonly vi: string };
  readonly title: string;
  readonly source?: string;
}

export interface OverriddenObjection {
  readonly side: ConsentSide;
  /** The notes of the objections on that side, as written in the scenario. */
  readonly notes: readonly string[];
}

export interface MoveExplanation {
  readonly move: Move;
  /** up, sideways, down (by the catalogue's levels), or other (contract 8.3). */
  readonly kind: MoveKind;
  /** Version 2: the cadre must move this round (P6). */
  readonly mustMove: boolean;
  readonly fromUnit: string;
  readonly toUnit: string;
  readonly score: MoveScore;
  /** All of the cadre's development goals (goalsCovered is the part the post offers). */
  readonly goals: readonly string[];
  /** All the experience the post asks for (experienceFit is the part the cadre brings). */
  readonly desired: readonly string[];
  /** Every eligibility rule (sub-condition) the move satisfies, in registry order. */
  readonly rulesSatisfied: readonly RuleRef[];
  /** Eligibility violations (empty for a feasible plan's move). */
  readonly violations: readonly Violation[];
  readonly objectionsOverridden: readonly OverriddenObjection[];
  readonly pinned: boolean;
  /** The post it takes must be filled (mustFill). */
  readonly fillsMustFill: boolean;
  /** Index into PlanExplanation.chains. */
  readonly chain: number;
}

export type Binding =
  | { rule: 'S'; kind: 'out-cap-reached'; unit: string; count: number; cap: number }
  | { rule: 'S'; kind: 'in-cap-reached'; unit: string; count: number; cap: number }
  | { rule: 'P4'; kind: 'move-cap-reached'; count: number; cap: number }
  /** A hard quota with no room for one more move outside the group. */
  | { rule: 'Q'; kind: 'quota-tight'; group: QuotaGroup; inGroup: number; moves: number; minShare: number }
  /** A soft quota that is not met: its shortfall costs points. */
  | { rule: 'Q'; kind: 'quota-short'; group: QuotaGroup; inGroup: number; moves: number; minShare: number; cost: number }
  | { rule: 'P5'; kind: 'pinned'; cadre: string; post: string }
  /** Version 2: a unit changes as many key leaders as rule K allows. */
  | { rule: 'K'; kind: 'key-cap-reached'; unit: string; count: number; cap: number };

export interface VacantPost {
  readonly post: string;
  readonly unit: string;
  /** 'left': its holder moves out and nobody replaces them; 'still': vacant before and after. */
  readonly how: 'left' | 'still';
  readonly holderBefore?: string;
}

export interface PlanExplanation {
  readonly scenario: string;
  readonly objective: number;
  readonly score: PlanScore;
  readonly moves: readonly MoveExplanation[];
  readonly chains: readonly Chain[];
  readonly binding: readonly Binding[];
  readonly vacant: readonly VacantPost[];
  /** checkPlan's findings: empty for a feasible plan. */
  readonly violations: readonly Violation[];
}

export function explainPlan(round: Round, plan: Plan): PlanExplanation {
  const moves = [...plan.moves].sort(byId((move) => move.cadre));
  const chains = chainsOf(round, { moves });
  const chainOf = new Map<Move, number>();
  chains.forEach((chain, i) => chain.moves.forEach((move) => chainOf.set(move, i)));
  const pins = new Set(round.scenario.pins.map((pin) => `${pin.cadre}\u0000${pin.position}`));
  const explained = moves.map((move): MoveExplanation => {
    const cadre = round.cadres.get(move.cadre)!;
    const post = round.posts.get(move.to)!;
    const satisfied: RuleRef[] = [];
    const violations: Violation[] = [];
    for (const rule of ELIGIBILITY_RULES) {
      const found = rule.check(round, cadre, post);
      if (found.length > 0) violations.push(...found);
      else if (rule.applies?.(round) !== false) {
        satisfied.push({ id: rule.id, name: rule.name, words: rule.words, title: rule.title, ...(rule.source ? { source: rule.source } : {}) });
      }
    }
    const score = scoreMove(round, cadre, post);
    return {
      move,
      kind: moveKind(round, cadre, post),
      mustMove: cadre.mustMove === true,
      fromUnit: homeUnit(round, cadre),
      toUnit: post.unit,
      score,
      goals: [...new Set(cadre.goals)].sort(),
      desired: [...new Set(post.desired)].sort(),
      rulesSatisfied: satisfied,
      violations,
      objectionsOverridden: score.softObjections.map((side) => ({ side, notes: objectionNotes(round, side, cadre.id, post.unit) })),
      pinned: pins.has(`${move.cadre}\u0000${move.to}`),
      fillsMustFill: post.mustFill,
      chain: chainOf.get(move) ?? -1,
    };
  });
  return {
    scenario: round.scenario.name,
    objective: scorePlan(round, { moves }).objective,
    score: scorePlan(round, { moves }),
    moves: explained,
    chains,
    binding: bindingRules(round, { moves }),
    vacant: vacantPosts(round, { moves }),
    violations: checkPlan(round, { moves }),
  };
}

/** The notes of the entries that make the objection (version 2: the deciding last entry). */
function objectionNotes(round: Round, side: ConsentSide, cadre: string, unit: string): string[] {
  return (round.objectionNotes.get(objectionSideKey(side, cadre, unit)) ?? []).filter((note) => note.length > 0);
}

/** The rules the plan meets with no room to spare. */
export function bindingRules(round: Round, plan: Plan): Binding[] {
  const out = new Map<string, number>();
  const into = new Map<string, number>();
  for (const move of plan.moves) {
    const from = homeUnit(round, round.cadres.get(move.cadre)!);
    const to = round.posts.get(move.to)!.unit;
    out.set(from, (out.get(from) ?? 0) + 1);
    into.set(to, (into.get(to) ?? 0) + 1);
  }
  const found: Binding[] = [];
  const units = round.scenario.units.map((unit) => unit.id).sort(compareIds);
  for (const unit of units) {
    const count = out.get(unit) ?? 0;
    const cap = outCap(round, unit);
    if (count > 0 && count >= cap) found.push({ rule: 'S', kind: 'out-cap-reached', unit, count, cap });
  }
  const inCap = round.policy.stability.maxInPerUnit;
  for (const unit of units) {
    const count = into.get(unit) ?? 0;
    if (count > 0 && count >= inCap) found.push({ rule: 'S', kind: 'in-cap-reached', unit, count, cap: inCap });
  }
  const max = round.policy.maxMoves;
  if (max !== null && plan.moves.length >= max && plan.moves.length > 0) {
    found.push({ rule: 'P4', kind: 'move-cap-reached', count: plan.moves.length, cap: max });
  }
  const weight = round.policy.weights.quotaShortfall;
  for (const quota of round.policy.quotas) {
    const { inGroup, moves } = quotaCount(round, plan, quota);
    if (quota.mode === 'hard') {
      // One more move of a cadre outside the group would break it.
      if (moves > 0 && quota.minShare > 0 && inGroup < quota.minShare * (moves + 1) - 1e-9) {
        found.push({ rule: 'Q', kind: 'quota-tight', group: quota.group, inGroup, moves, minShare: quota.minShare });
      }
    } else {
      const missing = Math.max(0, quota.minShare * moves - inGroup);
      if (missing > 1e-9) {
        found.push({ rule: 'Q', kind: 'quota-short', group: quota.group, inGroup, moves, minShare: quota.minShare, cost: weight * missing });
      }
    }
  }
  for (const pin of round.scenario.pins) {
    if (plan.moves.some((move) => move.cadre === pin.cadre && move.to === pin.position)) {
      found.push({ rule: 'P5', kind: 'pinned', cadre: pin.cadre, post: pin.position });
    }
  }
  const keyCap = round.v2?.maxKeyChangesPerUnit ?? null;
  if (keyCap !== null) {
    const moved = new Set(plan.moves.map((move) => move.cadre));
    const filled = new Set(plan.moves.map((move) => move.to));
    for (const [unit, key] of [...keyUnits(round)].sort((a, b) => compareIds(a[0], b[0]))) {
      const count = key.holders.filter((cadre) => moved.has(cadre)).length + key.vacant.filter((post) => filled.has(post)).length;
      if (count > 0 && count >= keyCap) found.push({ rule: 'K', kind: 'key-cap-reached', unit, count, cap: keyCap });
    }
  }
  return found;
}

/** Posts without a holder after the plan, in id order. */
export function vacantPosts(round: Round, plan: Plan): VacantPost[] {
  const taken = new Set(plan.moves.map((move) => move.to));
  const moved = new Set(plan.moves.map((move) => move.cadre));
  const vacant: VacantPost[] = [];
  for (const post of round.scenario.positions) {
    if (taken.has(post.id)) continue;
    const holder = round.holderOf.get(post.id);
    if (holder === undefined) vacant.push({ post: post.id, unit: post.unit, how: 'still' });
    else if (moved.has(holder)) vacant.push({ post: post.id, unit: post.unit, how: 'left', holderBefore: holder });
  }
  return vacant.sort(byId((v) => v.post));
}
