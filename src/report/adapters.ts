/**
 * The report's view of the comparison and explanation APIs: the only file of src/report
 * that knows where metrics, differences, explanations, chains and why-not answers come from
 * (src/compare/metrics.ts and diff.ts, src/explain/explain.ts, ./why-not-many.ts),
 * mapped onto the shapes the report model reads.
 */
import { planMetrics } from '../compare/metrics.ts';
import { comparePlans } from '../compare/diff.ts';
import { explainPlan, type Binding } from '../explain/explain.ts';
import type { Move, Plan } from '../rules/types.ts';
import type { RuleId, Violation } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import type { ConsentSide } from '../scenario/schema.ts';

/** The comparison metrics of one plan (shares among the moved cadres; null for the empty plan). */
export interface PlanMetricsView {
  readonly moves: number;
  readonly unitsTouched: number;
  readonly womenShare: number | null;
  readonly youngShare: number | null;
  readonly minorityShare: number | null;
  readonly goalsCovered: number;
  readonly objectionsOverridden: number;
  readonly keyPostsNonLocal: number;
  readonly vacancies: number;
}

export interface ChainView {
  readonly kind: 'swap' | 'cycle' | 'chain';
  readonly moves: readonly Move[];
  readonly units: readonly string[];
}

export interface MoveExplanationView {
  readonly move: Move;
  /** Names of the eligibility rules (sub-conditions) the move satisfies, registry order. */
  readonly rulesSatisfied: readonly string[];
  /** Soft objections the move overrides, with the notes written for them. */
  readonly objections: readonly { readonly side: ConsentSide; readonly notes: readonly string[] }[];
  readonly pinned: boolean;
  readonly fillsMustFill: boolean;
  /** Index into chains. */
  readonly chain: number;
}

export type { Binding };

export interface PlanExplanationView {
  readonly moves: readonly MoveExplanationView[];
  readonly chains: readonly ChainView[];
  /** Rules the plan meets with no room to spare (caps reached, quotas tight or short, pins). */
  readonly binding: readonly Binding[];
  /** Posts without a holder after the plan: left by their holder, or vacant before and after. */
  readonly vacant: readonly { readonly post: string; readonly how: 'left' | 'still'; readonly holderBefore?: string }[];
}

/** Moves of `plan` that `reference` does not make, and moves of `reference` that `plan` drops. */
export function differenceOf(reference: Plan, plan: Plan): { readonly added: readonly Move[]; readonly dropped: readonly Move[]; readonly common: number } {
  const diff = comparePlans(reference, plan);
  return { added: diff.onlyB, dropped: diff.onlyA, common: diff.both.length };
}

export interface WhyNotView {
  readonly eligible: boolean;
  readonly blockedBy: readonly RuleId[];
  /** The eligibility violations behind blockedBy, for their sentences. */
  readonly violations: readonly Violation[];
  readonly bestWith: number | null;
  /** False when a time limit stopped the search: bestWith is then only a plan found (or none yet). */
  readonly proven: boolean;
}

/** From planMetrics (src/compare/metrics.ts), the numbers the committee compares. */
export function metricsOf(round: Round, plan: Plan): PlanMetricsView {
  const m = planMetrics(round, plan);
  return {
    moves: m.moves,
    unitsTouched: new Set([...m.unitsLosing, ...m.unitsReceiving]).size,
    womenShare: m.shares.women,
    youngShare: m.shares.young,
    minorityShare: m.shares.minority,
    goalsCovered: m.goals.tagsMatched,
    objectionsOverridden: m.softObjections.length,
    keyPostsNonLocal: m.keyPosts.heldByNonLocal,
    vacancies: m.vacancies.length,
  };
}

/** From explainPlan (src/explain/explain.ts): per move, the rules, objections and chain. */
export function explanationOf(round: Round, plan: Plan): PlanExplanationView {
  const explained = explainPlan(round, plan);
  return {
    moves: explained.moves.map((m) => ({
      move: m.move,
      rulesSatisfied: m.rulesSatisfied.map((rule) => rule.name),
      objections: m.objectionsOverridden.map((o) => ({ side: o.side, notes: o.notes })),
      pinned: m.pinned,
      fillsMustFill: m.fillsMustFill,
      chain: m.chain,
    })),
    chains: explained.chains,
    binding: explained.binding,
    vacant: explained.vacant.map((v) => ({ post: v.post, how: v.how, ...(v.holderBefore ? { holderBefore: v.holderBefore } : {}) })),
  };
}

export { whyNotMany } from './why-not-many.ts';
