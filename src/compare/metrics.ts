/**
 * What a plan does to a round, in the numbers a committee compares side by side: how many
 * moves, which units lose and receive cadres, who is moved (women, young, minority), the
 * development goals served, the soft objections overridden, who holds the key posts and
 * which posts stay vacant afterwards. Pure: reads the round and the plan, nothing else.
 */
import { homeUnit, hometownsOf, inGroup, type Round } from '../scenario/round.ts';
import type { ConsentSide } from '../scenario/schema.ts';
import { scoreMove } from '../rules/score.ts';
import type { Plan } from '../rules/types.ts';
import { compareIds } from '../util/order.ts';

export interface SoftObjection {
  readonly cadre: string;
  readonly side: ConsentSide;
  /** The destination unit for a destination objection. */
  readonly unit?: string;
}

export interface PlanMetrics {
  readonly moves: number;
  /** Units at least one cadre leaves, sorted. */
  readonly unitsLosing: readonly string[];
  /** Units at least one cadre arrives in, sorted. */
  readonly unitsReceiving: readonly string[];
  /** Cadres moved, and how many of them are in each group; shares are null for no moves. */
  readonly moved: {
    readonly women: number;
    readonly young: number;
    readonly minority: number;
  };
  readonly shares: {
    readonly women: number | null;
    readonly young: number | null;
    readonly minority: number | null;
  };
  readonly goals: {
    /** Σ over moves of |c.goals ∩ p.offers|. */
    readonly tagsMatched: number;
    /** Moves that serve at least one goal of their cadre. */
    readonly movesCovering: number;
  };
  /** Soft objections the plan goes against (each side of each move once). */
  readonly softObjections: readonly SoftObjection[];
  /** Posts whose title is in policy.nonLocalTitles, after the plan. */
  readonly keyPosts: {
    readonly total: number;
    /** Key posts with a holder after the plan. */
    readonly held: number;
    /** Held key posts whose holder is not local (hometown absent or ≠ the unit's locality). */
    readonly heldByNonLocal: number;
    /** heldByNonLocal / held; null when no key post is held. */
    readonly nonLocalShare: number | null;
  };
  /** Posts without a holder after the plan, sorted; and those among them marked mustFill. */
  readonly vacancies: readonly string[];
  readonly mustFillVacancies: readonly string[];
}

/** The metrics of a plan whose moves name existing cadres and posts (any plan `checkPlan` accepts). */
export function planMetrics(round: Round, plan: Plan): PlanMetrics {
  const losing = new Set<string>();
  const receiving = new Set<string>();
  const moved = { women: 0, young: 0, minority: 0 };
  const goals = { tagsMatched: 0, movesCovering: 0 };
  const softObjections: SoftObjection[] = [];
  const holderAfter = new Map(round.holderOf);
  for (const move of plan.moves) {
    const cadre = round.cadres.get(move.cadre)!;
    const to = round.posts.get(move.to)!;
    losing.add(round.posts.get(move.from)?.unit ?? homeUnit(round, cadre));
    receiving.add(to.unit);
    if (inGroup(round, cadre, 'female')) moved.women++;
    if (inGroup(round, cadre, 'young')) moved.young++;
    if (inGroup(round, cadre, 'minority')) moved.minority++;
    const score = scoreMove(round, cadre, to);
    goals.tagsMatched += score.goalsCovered.length;
    if (score.goalsCovered.length > 0) goals.movesCovering++;
    for (const side of score.softObjections) {
      softObjections.push(side === 'destination' ? { cadre: cadre.id, side, unit: to.unit } : { cadre: cadre.id, side });
    }
    if (holderAfter.get(move.from) === cadre.id) holderAfter.delete(move.from);
  }
  for (const move of plan.moves) holderAfter.set(move.to, move.cadre);

  const keyTitles = new Set(round.policy.nonLocalTitles);
  const keyPosts = { total: 0, held: 0, heldByNonLocal: 0 };
  const vacancies: string[] = [];
  for (const post of round.posts.values()) {
    const holder = holderAfter.get(post.id);
    if (holder === undefined) vacancies.push(post.id);
    if (!keyTitles.has(post.title)) continue;
    keyPosts.total++;
    if (holder === undefined) continue;
    keyPosts.held++;
    const holderCadre = round.cadres.get(holder);
    const locality = round.units.get(post.unit)?.locality;
    if (!holderCadre || !locality || !hometownsOf(holderCadre).includes(locality)) keyPosts.heldByNonLocal++;
  }
  vacancies.sort(compareIds);
  const n = plan.moves.length;
  const share = (count: number) => (n === 0 ? null : count / n);
  return {
    moves: n,
    unitsLosing: [...losing].sort(compareIds),
    unitsReceiving: [...receiving].sort(compareIds),
    moved,
    shares: { women: share(moved.women), young: share(moved.young), minority: share(moved.minority) },
    goals,
    softObjections: softObjections.sort(
      (a, b) => compareIds(a.cadre, b.cadre) || compareIds(a.side, b.side) || compareIds(a.unit ?? '', b.unit ?? ''),
    ),
    keyPosts: { ...keyPosts, nonLocalShare: keyPosts.held === 0 ? null : keyPosts.heldByNonLocal / keyPosts.held },
    vacancies,
    mustFillVacancies: vacancies.filter((id) => round.posts.get(id)!.mustFill),
  };
}
