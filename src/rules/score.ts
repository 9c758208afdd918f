/**
 * The score of section 4 (version 2: plus the merit term of 8.4), per move with a breakdown
 * by term, and per plan with the soft-quota shortfalls. The model's objective coefficients
 * come from here too.
 */
import { latestRating, objectingSides, type Round } from '../scenario/round.ts';
import type { Cadre, ConsentSide, Position } from '../scenario/schema.ts';
import { shortfall } from './plan/quotas.ts';
import type { Plan } from './types.ts';

export interface MoveScore {
  /** c.goals ∩ p.offers */
  readonly goalsCovered: string[];
  /** p.desired ∩ c.experience */
  readonly experienceFit: string[];
  readonly preferred: boolean;
  /** Sides whose soft objection the move meets (and so pays for). */
  readonly softObjections: ConsentSide[];
  readonly terms: {
    readonly development: number;
    readonly fit: number;
    readonly preference: number;
    readonly move: number;
    readonly objections: number;
    /** Version 2 only: W.merit when the cadre's latest rating is excellent. */
    readonly merit?: number;
  };
  readonly value: number;
}

export function scoreMove(round: Round, cadre: Cadre, post: Position): MoveScore {
  const w = round.policy.weights;
  const goalsCovered = [...new Set(cadre.goals)].filter((goal) => post.offers.includes(goal)).sort();
  const experienceFit = [...new Set(post.desired)].filter((tag) => cadre.experience.includes(tag)).sort();
  const preferred = cadre.preferences.includes(post.unit);
  const softObjections = objectingSides(round, cadre.id, post.unit).filter(
    (side) => round.policy.consent[side] === 'soft',
  );
  const terms = {
    development: plainZero(w.development * goalsCovered.length),
    fit: plainZero(w.fit * experienceFit.length),
    preference: preferred ? w.preference : 0,
    move: plainZero(-w.move),
    objections: plainZero(-w.objection * softObjections.length),
    ...(round.v2 ? { merit: latestRating(cadre) === 'excellent' ? round.v2.merit : 0 } : {}),
  };
  const value = terms.development + terms.fit + terms.preference + terms.move + terms.objections + (terms.merit ?? 0);
  return { goalsCovered, experienceFit, preferred, softObjections, terms, value };
}

export interface PlanScore {
  readonly moves: number;
  readonly valueSum: number;
  /** One entry per soft quota: shortfall in cadres and its cost. */
  readonly shortfalls: { group: string; minShare: number; shortfall: number; cost: number }[];
  readonly objective: number;
}

/** objective(plan) = Σ value − W.quotaShortfall · Σ_soft max(0, minShare·N − G). */
export function scorePlan(round: Round, plan: Plan): PlanScore {
  let valueSum = 0;
  for (const move of plan.moves) {
    valueSum += scoreMove(round, round.cadres.get(move.cadre)!, round.posts.get(move.to)!).value;
  }
  const weight = round.policy.weights.quotaShortfall;
  const shortfalls = round.policy.quotas
    .filter((quota) => quota.mode === 'soft')
    .map((quota) => {
      const missing = shortfall(round, plan, quota);
      return { group: quota.group, minShare: quota.minShare, shortfall: missing, cost: plainZero(weight * missing) };
    });
  const objective = valueSum - shortfalls.reduce((sum, s) => sum + s.cost, 0);
  return { moves: plan.moves.length, valueSum, shortfalls, objective: roundObjective(objective) };
}

/** −0 (from −w · 0 or a negative weight times 0) prints as "-0" in some formatters: make it 0. */
function plainZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

/** Removes floating noise (0.1 + 0.2) so that equal objectives print equal. */
export function roundObjective(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return Object.is(rounded, -0) ? 0 : rounded;
}
