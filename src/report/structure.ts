/**
 * The structure of the holders of key posts before and after a plan: how many key posts are
 * held, and how many of their holders are women, young, or from an ethnic minority (the
 * structure targets of Quy định 50-QĐ/TW). The summary of the report and the proposal print it.
 * A key post is one whose title the catalogue marks `key` (version 2), else one whose title
 * is in `policy.nonLocalTitles` (the posts the regulations reserve for non-local cadres).
 */
import type { Plan } from '../rules/types.ts';
import { inGroup, isKeyTitle, type Round } from '../scenario/round.ts';
import type { Position } from '../scenario/schema.ts';

export interface GroupCounts {
  /** Key posts with a holder. */
  readonly held: number;
  readonly women: number;
  readonly young: number;
  readonly minority: number;
}

export interface KeyPostStructure {
  /** Key posts in the round (held or not). */
  readonly total: number;
  readonly before: GroupCounts;
  readonly after: GroupCounts;
}

export function isKeyPost(round: Round, post: Position): boolean {
  return round.titles.size > 0 ? isKeyTitle(round, post.title) : round.policy.nonLocalTitles.includes(post.title);
}

export function keyPostStructure(round: Round, plan: Plan): KeyPostStructure {
  const after = new Map(round.holderOf);
  for (const move of plan.moves) if (after.get(move.from) === move.cadre) after.delete(move.from);
  for (const move of plan.moves) after.set(move.to, move.cadre);
  const keyPosts = [...round.posts.values()].filter((post) => isKeyPost(round, post));
  const count = (holders: ReadonlyMap<string, string>): GroupCounts => {
    const counts = { held: 0, women: 0, young: 0, minority: 0 };
    for (const post of keyPosts) {
      const cadre = round.cadres.get(holders.get(post.id) ?? '');
      if (!cadre) continue;
      counts.held++;
      if (inGroup(round, cadre, 'female')) counts.women++;
      if (inGroup(round, cadre, 'young')) counts.young++;
      if (inGroup(round, cadre, 'minority')) counts.minority++;
    }
    return counts;
  };
  return { total: keyPosts.length, before: count(round.holderOf), after: count(after) };
}
