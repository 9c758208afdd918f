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
 * on it (the worker is reused; only the model is sent again). Questions asked together are
 * answered on up to `parallel` warm workers (default: two on a machine with two cores): the
 * second is a fork of the first search, opened only when two questions are in flight, with
 * the duals already priced (./searches.ts). A caller asking one question at a time uses one.
 */
import type { Round } from '../scenario/round.ts';
import { openSearch, type ForcedPlan, type RankOptions, type RoundSearch, type SearchOptions, type SolveOutcome } from '../search/kbest.ts';
import { whyNot, type WhyNotResult } from './why-not.ts';
import { SearchPool } from './searches.ts';

export interface SessionOptions extends Omit<SearchOptions, 'keepModel'> {
  /** Warm workers answering questions asked together, at most (default: the cores, at most 2). */
  readonly parallel?: number;
}

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
  const { parallel, ...searchOptions } = options;
  const search: RoundSearch = await openSearch(round, searchOptions);
  const searches = new SearchPool(search, parallel);
  return {
    round,
    solve: (rank) => searches.rank(rank),
    whyNot: (cadre, post, asked = {}) => whyNot(round, cadre, post, { solver: options.solver, timeLimit: asked.timeLimit, searches }),
    bestWith: (cadre, post, asked = {}) => searches.bestWith(cadre, post, asked),
    close: async () => {
      await searches.close();
      await search.close();
    },
  };
}
