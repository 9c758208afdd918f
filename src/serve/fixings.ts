/**
 * The pins and forbids of D as column fixings on the round without them, so that one search
 * kept open answers every state of a review session (no new round, no new model, no new
 * pricing; the solver starts from the best plan it has met that the fixings allow).
 *
 * Why this is exact: D's pins and forbids change nothing in a round but which plans are
 * allowed. A forbid is an eligibility condition only (E3): it takes the pairs it names out of
 * the columns, which is the same as fixing them at 0; no row, no score and no other pair reads
 * it. A pin is the row x[c,p] = 1 (P5) over the pair's column when the pair is eligible, and
 * an empty row 0 = 1 (no plan) when it is not: eligibility never reads pins, so a pin makes no
 * pair a column. Every other rule (stability, quotas, key changes, relatives, the move cap)
 * writes the same rows whatever is pinned or forbidden. Consents do change eligibility and
 * scores, so they are never fixings: they belong to the open round itself.
 */
import type { Pair } from '../model/builder.ts';
import type { Round } from '../scenario/round.ts';
import type { Fixings } from '../search/kbest.ts';
import type { Decisions } from './decisions.ts';

/** A pin of a move that is no column (ineligible, or forbidden too): no plan can contain it, so there is none. */
export const NO_PLAN = 'no plan';

/**
 * The fixings that make the round `round` (FILE with D's consents) allow exactly the plans of
 * the round with D's pins and forbids as well. `pairOf` gives a move's column in that round.
 */
export function fixingsOf(round: Round, decisions: Decisions, pairOf: (cadre: string, post: string) => Pair | undefined): Fixings | typeof NO_PLAN {
  const zero = new Set<Pair>();
  for (const forbid of decisions.forbids) {
    // A forbid names a position or a unit (E3 reads both when both are given).
    const posts = [
      ...(forbid.position != null ? [forbid.position] : []),
      ...(forbid.unit != null ? (round.postsInUnit.get(forbid.unit) ?? []) : []),
    ];
    for (const post of posts) {
      const pair = pairOf(forbid.cadre, post);
      if (pair) zero.add(pair);
    }
  }
  const one: Pair[] = [];
  for (const pin of decisions.pins) {
    const pair = pairOf(pin.cadre, pin.position);
    if (!pair || zero.has(pair)) return NO_PLAN;
    if (!one.includes(pair)) one.push(pair);
  }
  return { one, zero: [...zero].sort((a, b) => a.index - b.index) };
}
