/** What a plan does, indexed once for the plan rules' checks. */
import { homeUnit, type Round } from '../../scenario/round.ts';
import type { Move, Plan } from '../types.ts';

export interface PlanFacts {
  readonly movesOfCadre: ReadonlyMap<string, readonly Move[]>;
  readonly movesIntoPost: ReadonlyMap<string, readonly Move[]>;
  /** The unit each cadre sits in after the plan (its first move when it has several). */
  finalUnit(cadreId: string): string;
  moved(cadreId: string): boolean;
}

export function planFacts(round: Round, plan: Plan): PlanFacts {
  const movesOfCadre = new Map<string, Move[]>();
  const movesIntoPost = new Map<string, Move[]>();
  for (const move of plan.moves) {
    (movesOfCadre.get(move.cadre) ?? movesOfCadre.set(move.cadre, []).get(move.cadre)!).push(move);
    (movesIntoPost.get(move.to) ?? movesIntoPost.set(move.to, []).get(move.to)!).push(move);
  }
  return {
    movesOfCadre,
    movesIntoPost,
    moved: (cadreId) => movesOfCadre.has(cadreId),
    finalUnit(cadreId) {
      const move = movesOfCadre.get(cadreId)?.[0];
      return move ? round.posts.get(move.to)!.unit : homeUnit(round, round.cadres.get(cadreId)!);
    },
  };
}
