/**
 * How the moves of a plan link between units. A move is an arc from the post a cadre leaves
 * to the post it takes. Each post is left by at most one cadre (its holder) and receives at
 * most one (P1), so the arcs fall apart into closed loops and open paths:
 *   - swap:  a loop of two posts (two cadres trade places);
 *   - cycle: a longer loop (A→B→C→A);
 *   - chain: a path; it starts at a post whose holder leaves without replacement and ends
 *            in a post that was vacant (P2 makes every other end impossible in a feasible plan).
 * Robust to infeasible plans (a cadre moving twice): every move lands in exactly one chain.
 */
import type { Round } from '../scenario/round.ts';
import type { Move, Plan } from '../rules/types.ts';
import { compareIds } from '../util/order.ts';

export type ChainKind = 'swap' | 'cycle' | 'chain';

export interface Chain {
  readonly kind: ChainKind;
  /** In the order of the arcs: each move's `to` is the next move's `from` (a loop starts at its smallest cadre id). */
  readonly moves: readonly Move[];
  /**
   * The units along the way: for a chain, the unit of the first post left and then the unit
   * of each post taken (moves.length + 1 entries); for a swap or cycle, the unit of each
   * post left, in loop order (moves.length entries; the loop closes on the first).
   */
  readonly units: readonly string[];
}

export function chainsOf(round: Round, plan: Plan): Chain[] {
  const moves = [...plan.moves];
  const unit = (post: string) => round.posts.get(post)?.unit ?? post;
  // Arcs out of a post (the post's holder leaving) and into a post.
  const leaving = new Map<string, number>();
  const entering = new Map<string, number>();
  moves.forEach((move, i) => {
    if (!leaving.has(move.from)) leaving.set(move.from, i);
    if (!entering.has(move.to)) entering.set(move.to, i);
  });
  const used = new Set<number>();
  const chains: Chain[] = [];
  const follow = (start: number): number[] => {
    const path: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && !used.has(i)) {
      used.add(i);
      path.push(i);
      i = leaving.get(moves[i]!.to);
    }
    return path;
  };
  // Open paths first: start where no arc enters the post left.
  const order = moves.map((_m, i) => i).sort((a, b) => compareIds(moves[a]!.cadre, moves[b]!.cadre));
  for (const i of order) {
    if (used.has(i)) continue;
    const into = entering.get(moves[i]!.from);
    if (into !== undefined && into !== i) continue;
    const path = follow(i).map((k) => moves[k]!);
    chains.push({ kind: 'chain', moves: path, units: [unit(path[0]!.from), ...path.map((m) => unit(m.to))] });
  }
  // What is left are loops (or remnants of an infeasible plan, shown as chains).
  for (const i of order) {
    if (used.has(i)) continue;
    const path = follow(i).map((k) => moves[k]!);
    const closed = path.at(-1)!.to === path[0]!.from;
    if (!closed) {
      chains.push({ kind: 'chain', moves: path, units: [unit(path[0]!.from), ...path.map((m) => unit(m.to))] });
      continue;
    }
    chains.push({ kind: path.length === 2 ? 'swap' : 'cycle', moves: path, units: path.map((m) => unit(m.from)) });
  }
  return chains.sort((a, b) => compareIds(firstCadre(a), firstCadre(b)));
}

/** Loops start at their smallest cadre id; chains keep their direction. */
function firstCadre(chain: Chain): string {
  return chain.moves[0]!.cadre;
}
