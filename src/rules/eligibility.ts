/**
 * Eligibility of (cadre, post) pairs from the rule modules: every violation of one pair
 * (for why-not and check), and the eligible pairs of a round found through indexes
 * (cadre-level rules once per cadre, then only the posts whose title the cadre is planned for).
 */
import { titleLevel, type Round } from '../scenario/round.ts';
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

/**
 * The posts a cadre may be considered for under the planning rule, in file order: those whose
 * title is in the cadre's succession plan (version 2: and, with allowSideways, the titles of
 * a sideways move), or every post when the policy does not require it. A superset of what
 * the planning rule allows: the rule itself still judges each pair.
 */
export function plannedPosts(round: Round, cadre: Cadre, postOrder: ReadonlyMap<string, number>): string[] {
  if (!round.policy.requirePlanning) return round.scenario.positions.map((post) => post.id);
  const titles = new Set(cadre.planning);
  if (round.v2?.allowSideways && cadre.planning.length > 0) for (const title of sidewaysTitles(round, cadre)) titles.add(title);
  const ids = new Set([...titles].flatMap((title) => round.postsByTitle.get(title) ?? []));
  return [...ids].sort((a, b) => postOrder.get(a)! - postOrder.get(b)!);
}

/** Titles a move from the cadre's current title to would be sideways (8.3). */
function sidewaysTitles(round: Round, cadre: Cadre): string[] {
  const from = round.posts.get(cadre.position)!.title;
  const level = titleLevel(round, from);
  if (level === undefined) return [from];
  return [...round.postsByTitle.keys()].filter((title) => titleLevel(round, title) === level);
}

/** Every eligible pair, cadres in file order, posts in file order within a cadre. */
export function eligiblePairs(round: Round): EligiblePair[] {
  const postOrder = new Map(round.scenario.positions.map((post, i) => [post.id, i]));
  const pairs: EligiblePair[] = [];
  for (const cadre of round.scenario.cadres) {
    const anyPost = round.scenario.positions[0];
    if (!anyPost) break;
    if (CADRE_RULES.some((rule) => rule.check(round, cadre, anyPost).length > 0)) continue;
    for (const postId of plannedPosts(round, cadre, postOrder)) {
      const post = round.posts.get(postId)!;
      if (PAIR_RULES.every((rule) => rule.check(round, cadre, post).length === 0)) pairs.push({ cadre, post });
    }
  }
  return pairs;
}
