/** Moves with their kind (contract 8.3: up, sideways, down, other), as explanations show them. */
import type { Move } from '../rules/types.ts';
import { moveKind, type MoveKind, type Round } from '../scenario/round.ts';

export type KindedMove = Move & { readonly kind: MoveKind };

export function withKinds(round: Round, moves: readonly Move[]): KindedMove[] {
  return moves.map((m) => ({ ...m, kind: moveKind(round, round.cadres.get(m.cadre)!, round.posts.get(m.to)!) }));
}
