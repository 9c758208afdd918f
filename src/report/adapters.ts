/**
 * The report's view of the comparison and explanation APIs: the only file of src/report
 * that knows where metrics, chains and why-not answers come from. Metrics come from
 * src/compare/metrics.ts; chains and why-not from ./fallback.ts until src/explain/chains.ts and
 * src/explain/why-not.ts are committed, then from them, mapped onto the shapes below.
 */
import type { Move, Plan } from '../rules/types.ts';
import type { RuleId, Violation } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import { planMetrics } from '../compare/metrics.ts';
import { fallbackChains, fallbackWhyNot } from './fallback.ts';

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

export interface WhyNotView {
  readonly eligible: boolean;
  readonly blockedBy: readonly RuleId[];
  /** The eligibility violations behind blockedBy, for their sentences. */
  readonly violations: readonly Violation[];
  readonly bestWith: number | null;
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

export function chainsOf(round: Round, plan: Plan): ChainView[] {
  return fallbackChains(round, plan);
}

export function whyNotOf(round: Round, cadreId: string, postId: string): Promise<WhyNotView> {
  return fallbackWhyNot(round, cadreId, postId);
}
