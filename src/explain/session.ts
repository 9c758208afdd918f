/**
 * A session on one round, for programs that ask many questions of it (the review server, a
 * notebook): the model is built once, HiGHS stays loaded in a warm worker, the LP duals that
 * restrict large rounds are priced once, and each answer starts from the plans already met.
 * Answers are exactly those of `solveRound` and `whyNot` (every plan is checked and scored
 * independently of the solver). A solver crash or out-of-memory fails the call it happened in
 * (HighsFailure) and the next call runs on a fresh worker: never a wrong answer.
 *
 *   import { openSession } from 'rotaplan/src/explain/session.ts';
 *   const session = await openSession(round, { solver: 'auto' });
 *   try {
 *     const ranked = await session.solve({ top: 3 });          // the 3 best plans
 *     const why = await session.whyNot('C-12', 'P-LN-SEC');    // contract section 7, and more
 *     const forced = await session.bestWith('C-12', 'P-LN-SEC'); // the best plan with that move
 *   } finally {
 *     await session.close();                                    // hands the worker back, warm
 *   }
 *
 * A decision that changes the round (a pin, a forbid) makes a new round: open a new session
 * on it (the worker is reused; only the model is sent again). Calls on one session run one
 * after the other; open two sessions to use two cores.
 */
import type { Round } from '../scenario/round.ts';
import { openSearch, type ForcedPlan, type RankOptions, type RoundSearch, type SearchOptions, type SolveOutcome } from '../search/kbest.ts';
import { whyNot, type WhyNotResult } from './why-not.ts';

export interface SessionOptions extends Omit<SearchOptions, 'keepModel'> {}

export interface Session {
  readonly round: Round;
  /** The K best plans (`top`, `minDiff`, `timeLimit` for the whole search, `onProgress`). */
  solve(options?: RankOptions): Promise<SolveOutcome>;
  /** Why the cadre is not moved to the post; `timeLimit` bounds each solve behind the answer. */
  whyNot(cadre: string, post: string, options?: { readonly timeLimit?: number }): Promise<WhyNotResult>;
  /** The best plan containing the move (undefined when the move is not eligible). */
  bestWith(cadre: string, post: string, options?: { readonly timeLimit?: number }): Promise<ForcedPlan | undefined>;
  close(): Promise<void>;
}

export async function openSession(round: Round, options: SessionOptions = {}): Promise<Session> {
  const search: RoundSearch = await openSearch(round, options);
  return {
    round,
    solve: (rank) => search.rank(rank),
    whyNot: (cadre, post, asked = {}) => whyNot(round, cadre, post, { solver: options.solver, timeLimit: asked.timeLimit, search }),
    bestWith: (cadre, post, asked = {}) => search.bestWith(cadre, post, asked),
    close: () => search.close(),
  };
}
