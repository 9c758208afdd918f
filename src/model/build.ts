/**
 * The integer program of a round: columns for the eligible pairs, valued by the score,
 * and the rows of every plan rule in the registry.
 */
import { homeUnit, type Round } from '../scenario/round.ts';
import type { Cadre } from '../scenario/schema.ts';
import { forEachEligiblePair } from '../rules/eligibility.ts';
import { PLAN_RULES } from '../rules/registry.ts';
import { moveValue } from '../rules/score.ts';
import { indexPairs, measureRows, ModelBuilder, type Pair } from './builder.ts';
import type { LinearModel } from './linear.ts';
import { collectGarbage } from '../util/memory.ts';

export interface RoundModel {
  readonly model: LinearModel;
  /** Column i < pairs.length is the move pairs[i]. */
  readonly pairs: readonly Pair[];
}

export function buildPairs(round: Round): Pair[] {
  const pairs: Pair[] = [];
  let last: { cadre: Cadre; home: string } | undefined;
  forEachEligiblePair(round, (cadre, post) => {
    if (last?.cadre !== cadre) last = { cadre, home: homeUnit(round, cadre) };
    pairs.push({ index: pairs.length, cadre: cadre.id, from: cadre.position, to: post.id, fromUnit: last.home, toUnit: post.unit, value: moveValue(round, cadre, post) });
  });
  return pairs;
}

/** The model, packed (see linear.ts): the rules run twice, once to size the arrays, once to fill them. */
export function buildModel(round: Round, pairs: readonly Pair[] = buildPairs(round)): RoundModel {
  const indexes = indexPairs(pairs);
  const size = measureRows(round, pairs, indexes, PLAN_RULES);
  // The rules' own arrays (a quota's row spans every pair) are garbage after each pass; on a
  // round of 250,000 pairs or more they are collected before they pile up into the peak.
  const large = pairs.length >= LARGE_BUILD_PAIRS;
  if (large) collectGarbage();
  const builder = new ModelBuilder(round, pairs, indexes, size);
  for (const rule of PLAN_RULES) rule.rows(builder);
  if (large) collectGarbage();
  return { model: builder.build(objectiveStep(round, pairs)), pairs };
}

/** From this many pairs on, the build collects the rules' garbage between its passes (a full collection: a fraction of a second at 800,000 pairs, seconds at 5 million). */
const LARGE_BUILD_PAIRS = 250_000;

/**
 * The grid every plan's objective lies on: the largest 10^-k (k ≤ 6) that divides every
 * pair's value and, for each soft quota, W and W·minShare (a shortfall max(0, minShare·N − G)
 * costs W·minShare·N − W·G or nothing). Undefined when no such grid exists.
 */
export function objectiveStep(round: Round, pairs: readonly Pair[]): number | undefined {
  const weight = round.policy.weights.quotaShortfall;
  const terms = pairs.map((pair) => pair.value);
  for (const quota of round.policy.quotas) if (quota.mode === 'soft') terms.push(weight, weight * quota.minShare);
  for (let digits = 0; digits <= 6; digits++) {
    const scale = 10 ** digits;
    const onGrid = terms.every((term) => {
      const scaled = term * scale;
      return Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled));
    });
    if (onGrid) return 1 / scale;
  }
  return undefined;
}
