/**
 * Tied plans without a search. Once a plan of objective o is ranked, no plan left can score
 * more than o; so a feasible plan that scores o and that no cut excludes is the next one,
 * proven. Ranked plans often tie (a cadre can take either of two posts of equal value), and
 * such a plan is usually a neighbour of one already found: one cadre sent to another post of
 * the same value (same movers, so the quotas count the same), or two movers trading posts at
 * the same total value. Every candidate is verified by the independent checker and scored
 * exactly; the solver is asked only when no neighbour ties.
 */
import type { Pair } from '../model/builder.ts';
import { checkPlan } from '../rules/check.ts';
import { scorePlan } from '../rules/score.ts';
import type { Move } from '../rules/types.ts';
import type { Round } from '../scenario/round.ts';
import { byId } from '../util/order.ts';

/** A ranked plan as the columns it chose. */
export interface ChosenPlan {
  readonly objective: number;
  readonly pairs: readonly Pair[];
}

/** How many candidates the checker sees per rank at most (each costs about a millisecond at 700 cadres). */
const MAX_CHECKS = 2000;

export class TieFinder {
  /** cadre → its pairs; made at the first call (a round ranked once never needs it). */
  private byCadre: Map<string, Pair[]> | undefined;

  constructor(
    private readonly round: Round,
    private readonly pairs: readonly Pair[],
  ) {}

  private pairsOf(cadre: string): readonly Pair[] {
    if (!this.byCadre) {
      this.byCadre = new Map();
      for (const pair of this.pairs) {
        const list = this.byCadre.get(pair.cadre);
        if (list) list.push(pair);
        else this.byCadre.set(pair.cadre, [pair]);
      }
    }
    return this.byCadre.get(cadre) ?? [];
  }

  private pairOf(cadre: string, post: string): Pair | undefined {
    return this.pairsOf(cadre).find((pair) => pair.to === post);
  }

  /**
   * A plan that scores `target` (within `tolerance`), that every exclusion cut of the plans
   * in `found` allows (at least `minDiff` apart), and that passes the checker; undefined when
   * none of the neighbours tried does. `allows` narrows the candidates further (fixed columns).
   */
  next(found: readonly ChosenPlan[], minDiff: number, target: number, tolerance: number, allows: (candidate: readonly Pair[]) => boolean = () => true): Pair[] | undefined {
    const { round } = this;
    const foundSets = found.map((plan) => new Set(plan.pairs.map((pair) => pair.index)));
    let checks = 0;
    const accept = (candidate: Pair[]): boolean => {
      if (!foundSets.every((set) => allowedBy(set, candidate, minDiff)) || !allows(candidate)) return false;
      if (checks++ >= MAX_CHECKS) return false;
      const plan = { moves: movesOf(candidate) };
      return checkPlan(round, plan).length === 0 && Math.abs(scorePlan(round, plan).objective - target) <= tolerance;
    };
    for (const plan of [...found].reverse()) {
      if (Math.abs(plan.objective - target) > tolerance) continue;
      const taken = new Set(plan.pairs.map((pair) => pair.to));
      const moving = new Set(plan.pairs.map((pair) => pair.cadre));
      // A post can take a cadre when nobody else goes there and it is vacant or its holder moves.
      const free = (post: string) => {
        const holder = round.posts.get(post)?.holder;
        return !taken.has(post) && (holder === null || holder === undefined || moving.has(holder));
      };
      for (let k = 0; k < plan.pairs.length; k++) {
        const move = plan.pairs[k]!;
        for (const other of this.pairsOf(move.cadre)) {
          if (other.to === move.to || other.value !== move.value || !free(other.to)) continue;
          const candidate = plan.pairs.map((pair, i) => (i === k ? other : pair));
          if (accept(candidate)) return candidate;
        }
      }
      for (let a = 0; a < plan.pairs.length; a++) {
        for (let b = a + 1; b < plan.pairs.length; b++) {
          const first = plan.pairs[a]!;
          const second = plan.pairs[b]!;
          const firstThere = this.pairOf(first.cadre, second.to);
          const secondThere = firstThere && this.pairOf(second.cadre, first.to);
          if (!firstThere || !secondThere || firstThere.value + secondThere.value !== first.value + second.value) continue;
          const candidate = plan.pairs.map((pair, i) => (i === a ? firstThere : i === b ? secondThere : pair));
          if (accept(candidate)) return candidate;
        }
      }
    }
    return undefined;
  }
}

/** Σ_{i∈S} x_i − Σ_{i∉S} x_i ≤ |S| − D for the candidate x (the exclusion cut of plan S). */
function allowedBy(previous: ReadonlySet<number>, candidate: readonly Pair[], minDiff: number): boolean {
  let lhs = 0;
  for (const pair of candidate) lhs += previous.has(pair.index) ? 1 : -1;
  return lhs <= previous.size - minDiff;
}

export function movesOf(pairs: readonly Pair[]): Move[] {
  return pairs.map((pair) => ({ cadre: pair.cadre, from: pair.from, to: pair.to })).sort(byId((move) => move.cadre));
}
