/**
 * Eligibility of (cadre, post) pairs from the rule modules: every violation of one pair
 * (for why-not and check), and the eligible pairs of a round found through indexes
 * (cadre-level rules once per cadre, then only the posts whose title the cadre is planned for).
 */
import type { Round } from '../scenario/round.ts';
import type { Cadre, Position } from '../scenario/schema.ts';
import { CADRE_RULES, ELIGIBILITY_RULES, PAIR_RULES } from './registry.ts';
import type { Violation } from './violations.ts';

export function pairViolations(round: Round, cadre: Cadre, post: Position): Violation[] {
  return ELIGIBILITY_RULES.flatMap((rule) => rule.check(round, cadre, post));
}

export interface EligiblePair {
  readonly cadre: Cadre;
  readonly post: Position;
}

/** Every eligible pair, cadres in file order, posts in file order within a cadre. */
export function eligiblePairs(round: Round): EligiblePair[] {
  const postOrder = new Map(round.scenario.positions.map((post, i) => [post.id, i]));
  const pairs: EligiblePair[] = [];
  for (const cadre of round.scenario.cadres) {
    const anyPost = round.scenario.positions[0];
    if (!anyPost) break;
    if (CADRE_RULES.some((rule) => rule.check(round, cadre, anyPost).length > 0)) continue;
    const candidates = round.policy.requirePlanning
      ? [...new Set(cadre.planning.flatMap((title) => round.postsByTitle.get(title) ?? []))].sort(
          (a, b) => postOrder.get(a)! - postOrder.get(b)!,
        )
      : round.scenario.positions.map((post) => post.id);
    for (const postId of candidates) {
      const post = round.posts.get(postId)!;
      if (PAIR_RULES.every((rule) => rule.check(round, cadre, post).length === 0)) pairs.push({ cadre, post });
    }
  }
  return pairs;
}
