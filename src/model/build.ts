/**
 * The integer program of a round: columns for the eligible pairs, valued by the score,
 * and the rows of every plan rule in the registry.
 */
import { homeUnit, type Round } from '../scenario/round.ts';
import { eligiblePairs } from '../rules/eligibility.ts';
import { PLAN_RULES } from '../rules/registry.ts';
import { scoreMove } from '../rules/score.ts';
import { ModelBuilder, type Pair } from './builder.ts';
import type { LinearModel } from './linear.ts';

export interface RoundModel {
  readonly model: LinearModel;
  /** Column i < pairs.length is the move pairs[i]. */
  readonly pairs: readonly Pair[];
}

export function buildPairs(round: Round): Pair[] {
  return eligiblePairs(round).map(({ cadre, post }, index) => ({
    index,
    cadre: cadre.id,
    from: cadre.position,
    to: post.id,
    fromUnit: homeUnit(round, cadre),
    toUnit: post.unit,
    value: scoreMove(round, cadre, post).value,
  }));
}

export function buildModel(round: Round, pairs: readonly Pair[] = buildPairs(round)): RoundModel {
  const builder = new ModelBuilder(round, pairs);
  for (const rule of PLAN_RULES) rule.rows(builder);
  return { model: builder.build(), pairs };
}
