/**
 * why-not answers for many candidates of one round, as the report's alternatives need them:
 * the same `eligible`, `blockedBy` and `bestWith` as src/explain/why-not.ts, but the round's
 * model is built once and each forced move is one extra row (x[c→p] = 1) on a copy of it,
 * instead of a rebuilt round and a fresh solve of the base round on every call.
 * test/report/why-not-many.test.ts checks the answers against whyNot.
 */
import { buildModel, type RoundModel } from '../model/build.ts';
import { pairViolations } from '../rules/eligibility.ts';
import type { EligibilityRuleId } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import { solveRound } from '../solver/kbest.ts';
import type { WhyNotView } from './adapters.ts';

const ORDER: readonly EligibilityRuleId[] = ['E1', 'E2', 'E3', 'E4'];

export interface WhyNotManyOptions {
  /** Seconds for each forced solve (the command's --time-limit); unlimited by default. */
  readonly timeLimit?: number;
}

export function whyNotMany(round: Round, options: WhyNotManyOptions = {}): (cadreId: string, postId: string) => Promise<WhyNotView> {
  let built: RoundModel | undefined;
  const cache = new Map<string, Promise<WhyNotView>>();
  const answer = async (cadreId: string, postId: string): Promise<WhyNotView> => {
    const violations = pairViolations(round, round.cadres.get(cadreId)!, round.posts.get(postId)!);
    const blockedBy = ORDER.filter((id) => violations.some((v) => v.rule === id));
    if (violations.length > 0) return { eligible: false, blockedBy, violations, bestWith: null, proven: true };
    built ??= buildModel(round);
    const pair = built.pairs.find((p) => p.cadre === cadreId && p.to === postId);
    if (!pair) throw new Error(`why-not: eligible move ${cadreId}→${postId} has no column in the model`);
    const forced: RoundModel = {
      pairs: built.pairs,
      model: {
        ...built.model,
        rows: [...built.model.rows, { name: `pin(${cadreId}→${postId})`, indices: [pair.index], values: [1], lower: 1, upper: 1 }],
      },
    };
    const outcome = await solveRound(round, { top: 1, timeLimit: options.timeLimit }, forced);
    const plan = outcome.plans[0];
    const proven = plan ? plan.proven : outcome.status === 'infeasible';
    return { eligible: true, blockedBy: [], violations: [], bestWith: plan?.objective ?? null, proven };
  };
  return (cadreId, postId) => {
    const key = `${cadreId}\u0000${postId}`;
    let result = cache.get(key);
    if (!result) {
      result = answer(cadreId, postId);
      cache.set(key, result);
    }
    return result;
  };
}
