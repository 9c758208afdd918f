/**
 * Stand-ins for the comparison and explanation APIs (src/compare, src/explain) while they
 * are being written: the same questions answered from the rules and the score directly.
 * adapters.ts is the only importer; once the real modules land it switches to them.
 */
import { pairViolations } from '../rules/eligibility.ts';
import type { Move, Plan } from '../rules/types.ts';
import type { Violation } from '../rules/violations.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import { solveRound } from '../solver/kbest.ts';
import { compareIds } from '../util/order.ts';
import type { ChainView, WhyNotView } from './adapters.ts';

/**
 * Moves linked post to post, in the order and shape of src/explain/chains.ts: a chain runs
 * from the post left without replacement to the post that was vacant (each move's `to` is the
 * next move's `from`); what is left are loops, swaps when they have two moves.
 */
export function fallbackChains(round: Round, plan: Plan): ChainView[] {
  const unit = (post: string) => round.posts.get(post)!.unit;
  const leaving = new Map(plan.moves.map((move) => [move.from, move]));
  const entered = new Set(plan.moves.map((move) => move.to));
  const order = [...plan.moves].sort((a, b) => compareIds(a.cadre, b.cadre));
  const seen = new Set<Move>();
  const follow = (first: Move): Move[] => {
    const moves: Move[] = [];
    let current: Move | undefined = first;
    while (current && !seen.has(current)) {
      seen.add(current);
      moves.push(current);
      current = leaving.get(current.to);
    }
    return moves;
  };
  const chains: ChainView[] = [];
  for (const move of order) {
    if (seen.has(move) || entered.has(move.from)) continue;
    const moves = follow(move);
    chains.push({ kind: 'chain', moves, units: [unit(moves[0]!.from), ...moves.map((m) => unit(m.to))] });
  }
  for (const move of order) {
    if (seen.has(move)) continue;
    const moves = follow(move);
    chains.push({ kind: moves.length === 2 ? 'swap' : 'cycle', moves, units: moves.map((m) => unit(m.from)) });
  }
  return chains.sort((a, b) => compareIds(a.moves[0]!.cadre, b.moves[0]!.cadre));
}

export async function fallbackWhyNot(round: Round, cadreId: string, postId: string): Promise<WhyNotView> {
  const cadre = round.cadres.get(cadreId)!;
  const post = round.posts.get(postId)!;
  const violations: Violation[] = pairViolations(round, cadre, post);
  const blockedBy = [...new Set(violations.map((v) => v.rule))].sort();
  if (violations.length > 0) return { eligible: false, blockedBy, violations, bestWith: null };
  const pins = [...round.scenario.pins, { cadre: cadreId, position: postId }];
  const outcome = await solveRound(buildRound({ ...round.scenario, pins }), { top: 1 });
  const best = outcome.plans[0];
  return { eligible: true, blockedBy: [], violations: [], bestWith: best ? best.objective : null };
}
