/**
 * why-not answers for many candidates of one round, as the report's alternatives need them:
 * the same `eligible`, `blockedBy` and `bestWith` as src/explain/why-not.ts, computed on open
 * searches (src/search/kbest.ts RoundSearch): the round's model is built once per search and
 * each forced move is its column fixed at 1 in the same warm model, starting from the
 * solutions already met. Up to `parallel` searches (one worker each) answer at the same time,
 * the first of them the search the report's plans came from when it is given.
 * test/report/why-not-many.test.ts checks the answers against whyNot and against solves of
 * the round with the move pinned.
 */
import { availableParallelism } from 'node:os';
import { pairViolations } from '../rules/eligibility.ts';
import type { EligibilityRuleId } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import type { SolverChoice } from '../solver/choose.ts';
import { openSearch, type RoundSearch } from '../search/kbest.ts';
import type { WhyNotView } from './adapters.ts';

const ORDER: readonly EligibilityRuleId[] = ['E1', 'E2', 'E3', 'E4'];

export interface WhyNotManyOptions {
  /** Seconds for each forced solve (the command's --time-limit); unlimited by default. */
  readonly timeLimit?: number;
  /** A search already open on the round (it stays open: the caller closes it). */
  readonly search?: RoundSearch;
  /** Searches answering at the same time, at most (default: the cores, at most 2). */
  readonly parallel?: number;
  readonly solver?: SolverChoice;
}

export interface WhyNotMany {
  (cadreId: string, postId: string): Promise<WhyNotView>;
  /** Closes the searches this opened (not the one given). */
  close(): Promise<void>;
}

export function whyNotMany(round: Round, options: WhyNotManyOptions = {}): WhyNotMany {
  const parallel = Math.max(1, options.parallel ?? Math.min(2, availableParallelism()));
  const opened: Promise<RoundSearch>[] = [];
  const searches: { search: Promise<RoundSearch>; busy: number }[] = [];
  if (options.search) searches.push({ search: Promise.resolve(options.search), busy: 0 });
  const cache = new Map<string, Promise<WhyNotView>>();

  /** The least busy search, opening another while fewer than `parallel` are open and all are busy. */
  const pick = () => {
    const idle = searches.find((entry) => entry.busy === 0);
    if (idle) return idle;
    if (searches.length < parallel) {
      // A fork of the given search shares its model and priced duals; else a search of its own.
      const search = options.search ? options.search.fork() : openSearch(round, { solver: options.solver });
      opened.push(search);
      const entry = { search, busy: 0 };
      searches.push(entry);
      return entry;
    }
    return searches.reduce((a, b) => (b.busy < a.busy ? b : a));
  };

  const answer = async (cadreId: string, postId: string): Promise<WhyNotView> => {
    const violations = pairViolations(round, round.cadres.get(cadreId)!, round.posts.get(postId)!);
    const blockedBy = ORDER.filter((id) => violations.some((v) => v.rule === id));
    if (violations.length > 0) return { eligible: false, blockedBy, violations, bestWith: null, proven: true };
    const entry = pick();
    entry.busy += 1;
    try {
      const forced = await (await entry.search).bestWith(cadreId, postId, { timeLimit: options.timeLimit });
      if (!forced) throw new Error(`why-not: eligible move ${cadreId}→${postId} has no column in the model`);
      const proven = forced.plan ? forced.plan.proven : forced.status === 'infeasible';
      return { eligible: true, blockedBy: [], violations: [], bestWith: forced.plan?.objective ?? null, proven };
    } finally {
      entry.busy -= 1;
    }
  };

  const many = (cadreId: string, postId: string) => {
    const key = `${cadreId}\u0000${postId}`;
    let result = cache.get(key);
    if (!result) {
      result = answer(cadreId, postId);
      cache.set(key, result);
    }
    return result;
  };
  return Object.assign(many, {
    async close() {
      const settled = await Promise.allSettled(opened);
      await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    },
  });
}
