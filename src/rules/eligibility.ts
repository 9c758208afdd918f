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
  return postsPlannedFor(round, cadre, postOrder).map((post) => post.id);
}

function postsPlannedFor(round: Round, cadre: Cadre, postOrder: ReadonlyMap<string, number>): readonly Position[] {
  const positions = round.scenario.positions;
  if (!round.policy.requirePlanning) return positions;
  const titles = new Set(cadre.planning);
  if (round.v2?.allowSideways && cadre.planning.length > 0) for (const title of sidewaysTitles(round, cadre)) titles.add(title);
  // A post has one title: the titles' posts are distinct; sorted by their place in the file.
  const places = titlePlaces(round, postOrder);
  let count = 0;
  for (const title of titles) count += places.get(title)?.length ?? 0;
  const order = new Int32Array(count);
  let at = 0;
  for (const title of titles) {
    const list = places.get(title);
    if (list) (order.set(list, at), (at += list.length));
  }
  return Array.from(order.sort(), (i) => positions[i]!);
}

/** Each title's posts as places in the file (found once per round and post order). */
function titlePlaces(round: Round, postOrder: ReadonlyMap<string, number>): ReadonlyMap<string, Int32Array> {
  let places = TITLE_PLACES.get(postOrder);
  if (!places) {
    places = new Map([...round.postsByTitle].map(([title, ids]) => [title, Int32Array.from(ids, (id) => postOrder.get(id)!)]));
    TITLE_PLACES.set(postOrder, places);
  }
  return places;
}
const TITLE_PLACES = new WeakMap<ReadonlyMap<string, number>, ReadonlyMap<string, Int32Array>>();

/** Titles a move from the cadre's current title to would be sideways (8.3). */
function sidewaysTitles(round: Round, cadre: Cadre): string[] {
  const from = round.posts.get(cadre.position)!.title;
  const level = titleLevel(round, from);
  if (level === undefined) return [from];
  return [...round.postsByTitle.keys()].filter((title) => titleLevel(round, title) === level);
}

/** Every eligible pair, cadres in file order, posts in file order within a cadre. */
export function eligiblePairs(round: Round): EligiblePair[] {
  const pairs: EligiblePair[] = [];
  forEachEligiblePair(round, (cadre, post) => pairs.push({ cadre, post }));
  return pairs;
}

/**
 * Calls `visit` with every eligible pair, in the order of `eligiblePairs`, without a list of
 * them (a round of 5 million pairs needs none: its model is built pair by pair).
 */
export function forEachEligiblePair(round: Round, visit: (cadre: Cadre, post: Position) => void): void {
  const anyPost = round.scenario.positions[0];
  if (!anyPost) return;
  const postOrder = new Map(round.scenario.positions.map((post, i) => [post.id, i]));
  for (const cadre of round.scenario.cadres) {
    if (CADRE_RULES.some((rule) => rule.check(round, cadre, anyPost).length > 0)) continue;
    for (const post of postsPlannedFor(round, cadre, postOrder)) if (passesPairRules(round, cadre, post)) visit(cadre, post);
  }
}

function passesPairRules(round: Round, cadre: Cadre, post: Position): boolean {
  for (const rule of PAIR_RULES) if (rule.check(round, cadre, post).length > 0) return false;
  return true;
}
