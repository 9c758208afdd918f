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
  const goalsCovered = [...new Set(cadre.goals)].filter((goal) => post.offers.includes(goal)).sort();
  const experienceFit = [...new Set(post.desired)].filter((tag) => cadre.experience.includes(tag)).sort();
  const preferred = cadre.preferences.includes(post.unit);
  const softObjections = softSides(round, cadre, post);
  const terms = moveTerms(round, cadre, goalsCovered.length, experienceFit.length, preferred, softObjections.length);
  return { goalsCovered, experienceFit, preferred, softObjections, terms, value: valueOf(terms) };
}

/**
 * value(c, p) alone, exactly as `scoreMove` gives it, without the breakdown: the model's
 * objective coefficient, asked once per eligible pair (5 million at 5,000 cadres).
 */
export function moveValue(round: Round, cadre: Cadre, post: Position): number {
  const goals = distinctWithin(cadre.goals, post.offers);
  const fit = distinctWithin(post.desired, cadre.experience);
  return valueOf(moveTerms(round, cadre, goals, fit, cadre.preferences.includes(post.unit), softSides(round, cadre, post).length));
}

/** Sides whose soft objection the move meets. */
function softSides(round: Round, cadre: Cadre, post: Position): ConsentSide[] {
  return objectingSides(round, cadre.id, post.unit).filter((side) => round.policy.consent[side] === 'soft');
}

/** How many distinct entries of `items` are in `within`. */
function distinctWithin(items: readonly string[], within: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) if (within.includes(items[i]!) && items.indexOf(items[i]!) === i) count += 1;
  return count;
}

/** The terms of a move from the counts of what it covers. */
function moveTerms(round: Round, cadre: Cadre, goals: number, fit: number, preferred: boolean, softObjections: number): MoveScore['terms'] {
  const w = round.policy.weights;
  return {
    development: plainZero(w.development * goals),
    fit: plainZero(w.fit * fit),
    preference: preferred ? w.preference : 0,
    move: plainZero(-w.move),
    objections: plainZero(-w.objection * softObjections),
    ...(round.v2 ? { merit: latestRating(cadre) === 'excellent' ? round.v2.merit : 0 } : {}),
  };
}

function valueOf(terms: MoveScore['terms']): number {
  return terms.development + terms.fit + terms.preference + terms.move + terms.objections + (terms.merit ?? 0);
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
