/**
 * The difference between two plans as sets of moves: a move is the same in both only when
 * cadre, origin and destination all agree (a cadre sent elsewhere shows on both sides).
 */
import type { Move, Plan } from '../rules/types.ts';
import { compareIds } from '../util/order.ts';

export interface PlanDiff {
  readonly onlyA: readonly Move[];
  readonly onlyB: readonly Move[];
  readonly both: readonly Move[];
}

type Moves = Plan | readonly Move[];

/** Moves only in a, only in b, and in both; each list sorted by cadre, then posts. */
export function comparePlans(a: Moves, b: Moves): PlanDiff {
  const left = movesOf(a);
  const right = movesOf(b);
  const inRight = new Set(right.map(key));
  const inLeft = new Set(left.map(key));
  return {
    onlyA: sortMoves(left.filter((move) => !inRight.has(key(move)))),
    onlyB: sortMoves(right.filter((move) => !inLeft.has(key(move)))),
    both: sortMoves(left.filter((move) => inRight.has(key(move)))),
  };
}

export function compareMoves(a: Move, b: Move): number {
  return compareIds(a.cadre, b.cadre) || compareIds(a.from, b.from) || compareIds(a.to, b.to);
}

function movesOf(plan: Moves): readonly Move[] {
  return 'moves' in plan ? plan.moves : plan;
}

function key(move: Move): string {
  return `${move.cadre}\u0000${move.from}\u0000${move.to}`;
}

/** Unique moves, as plain {cadre, from, to} objects, sorted. */
function sortMoves(moves: readonly Move[]): Move[] {
  const seen = new Set<string>();
  const unique: Move[] = [];
  for (const move of moves) {
    if (seen.has(key(move))) continue;
    seen.add(key(move));
    unique.push({ cadre: move.cadre, from: move.from, to: move.to });
  }
  return unique.sort(compareMoves);
}
