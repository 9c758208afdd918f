/**
 * why-not answers for many candidates of one round, as the report's alternatives need them:
 * the same `eligible`, `blockedBy` and `bestWith` as src/explain/why-not.ts, computed on open
 * searches (src/explain/searches.ts): the round's model is built once and each forced move is
 * its column fixed at 1 in the same warm model, starting from the solutions already met. Up to
 * `parallel` searches (one worker each) answer at the same time, the first of them the search
 * the report's plans came from when it is given. `bound` gives an upper bound on `bestWith`
 * from the LP alone (and the exact answer when the LP meets it), so that the report solves
 * only the candidates that can still make its list (./alternatives.ts).
 * test/report/why-not-many.test.ts checks the answers against whyNot and against solves of
 * the round with the move pinned.
 */
import { pairViolations } from '../rules/eligibility.ts';
import type { EligibilityRuleId } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import type { SolverChoice } from '../solver/choose.ts';
import { openSearch, type BoundWith, type ForcedPlan, type RankedPlan, type RoundSearch } from '../search/kbest.ts';
import { SearchPool } from '../explain/searches.ts';
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
  /** Plans already known (the report's ranked plans): each is a lower bound for every move it makes (`known`). */
  readonly plans?: readonly PlanSeen[];
}

/** A feasible plan's objective and moves: no plan with one of its moves scores less. */
type PlanSeen = Pick<RankedPlan, 'objective' | 'moves'>;

/** `WhyNotMany.bound`'s answer. */
export interface MoveBound {
  readonly bound: number;
  readonly answer?: WhyNotView;
  readonly rivals?: ReadonlyMap<string, number>;
}

/** How a bound is asked (`WhyNotMany.bound`). */
export interface BoundAsked {
  /** Other cadres for the post: a bound for each of them in the post instead, from the same LP's duals. */
  readonly rivals?: readonly string[];
  /** Asked with a bound that is not exact: true for the move's exact answer at once (see `bound`). */
  readonly thenSolve?: (found: MoveBound) => boolean;
  /** Taken before the questions of lower priority waiting for a worker (default 0). */
  readonly priority?: number;
}

export interface WhyNotMany {
  /** The answer (`priority`: see BoundAsked). */
  (cadreId: string, postId: string, priority?: number): Promise<WhyNotView>;
  /**
   * An eligible move's bound: no plan with it scores more than `bound` (the LP with its column
   * fixed, far cheaper than the solve behind `bestWith`), and its answer when the LP met a
   * plan that reaches it (exact: the call for the move then solves nothing). With `rivals`
   * (other cadres for the post), also a bound for each of them in the post instead, from the
   * same LP's duals (no solve; looser than their own LP's, often far tighter than `quickBound`).
   * `thenSolve`, asked with a bound that is not exact, may ask for the move's exact answer at
   * once, on the worker that has just priced its LP (the answer is then kept as the call's).
   */
  bound(cadreId: string, postId: string, asked?: BoundAsked): Promise<MoveBound>;
  /**
   * The move's answer when a plan already seen with it (one of `plans`, or the plan of an
   * answer or a bound given) scores `upper` or more, `upper` being a bound on the move's best
   * plan: that plan is then the best (exact, no solve; kept as the move's answer). Undefined
   * otherwise.
   */
  known(cadreId: string, postId: string, upper: number): WhyNotView | undefined;
  /** A cheaper bound of the same kind, from the duals already priced (no solve); undefined when none. */
  quickBound(cadreId: string, postId: string): Promise<number | undefined>;
  /** The grid every plan's objective lies on, when known (bounds may be floored to it). */
  objectiveStep(): Promise<number | undefined>;
  /** Closes the searches this opened (not the one given). */
  close(): Promise<void>;
}

export function whyNotMany(round: Round, options: WhyNotManyOptions = {}): WhyNotMany {
  let pool: Promise<SearchPool> | undefined;
  const searches = () => {
    pool ??= (options.search ? Promise.resolve(options.search) : openSearch(round, { solver: options.solver })).then(
      (search) => new SearchPool(search, options.parallel),
    );
    return pool;
  };
  const cache = new Map<string, Promise<WhyNotView>>();
  // The best objective of a plan seen with each move.
  const lower = new Map<string, number>();
  const seen = (plan: PlanSeen | undefined) => {
    for (const move of plan?.moves ?? []) {
      const key = moveKey(move.cadre, move.to);
      lower.set(key, Math.max(lower.get(key) ?? -Infinity, plan!.objective));
    }
  };
  for (const plan of options.plans ?? []) seen(plan);

  const answer = async (cadreId: string, postId: string, priority: number | undefined): Promise<WhyNotView> => {
    const violations = pairViolations(round, round.cadres.get(cadreId)!, round.posts.get(postId)!);
    const blockedBy = ORDER.filter((id) => violations.some((v) => v.rule === id));
    if (violations.length > 0) return { eligible: false, blockedBy, violations, bestWith: null, proven: true };
    const forced = await (await searches()).bestWith(cadreId, postId, { timeLimit: options.timeLimit, ...(priority === undefined ? {} : { priority }) });
    if (!forced) throw new Error(`why-not: eligible move ${cadreId}→${postId} has no column in the model`);
    seen(forced.plan);
    return forcedView(forced);
  };

  const many = (cadreId: string, postId: string, priority?: number) => {
    const key = moveKey(cadreId, postId);
    let result = cache.get(key);
    if (!result) {
      result = answer(cadreId, postId, priority);
      cache.set(key, result);
    }
    return result;
  };
  return Object.assign(many, {
    async bound(cadreId: string, postId: string, asked: BoundAsked = {}): Promise<MoveBound> {
      const { rivals, thenSolve, priority } = asked;
      const key = moveKey(cadreId, postId);
      const known = cache.get(key);
      if (known) {
        const answer = await known;
        return { bound: answer.bestWith ?? -Infinity, answer };
      }
      const found = await (await searches()).boundWith(cadreId, postId, {
        timeLimit: options.timeLimit,
        ...(rivals ? { rivals } : {}),
        ...(thenSolve ? { thenSolve: (lp: BoundWith) => thenSolve(boundOf(lp)) } : {}),
        ...(priority === undefined ? {} : { priority }),
      });
      if (!found) throw new Error(`why-not: eligible move ${cadreId}→${postId} has no column in the model`);
      seen(found.plan);
      seen(found.forced?.plan);
      const view = boundOf(found);
      const exact = found.forced ? forcedView(found.forced) : view.answer;
      if (!exact) return view;
      // Kept: the call for the move then solves nothing (the first answer kept, if it raced another).
      if (!cache.has(key)) cache.set(key, Promise.resolve(exact));
      return { ...view, answer: await cache.get(key)! };
    },
    known(cadreId: string, postId: string, upper: number): WhyNotView | undefined {
      const key = moveKey(cadreId, postId);
      const best = lower.get(key);
      // Objectives are sums of weights and bounds come from floating-point LPs: within rounding counts.
      if (best === undefined || best < upper - 1e-6 * Math.max(1, Math.abs(upper))) return undefined;
      const answer = eligibleView(best, true);
      if (!cache.has(key)) cache.set(key, Promise.resolve(answer));
      return answer;
    },
    async quickBound(cadreId: string, postId: string) {
      return (await searches()).quickBoundWith(cadreId, postId);
    },
    async objectiveStep() {
      return (await searches()).objectiveStep;
    },
    async close() {
      if (!pool) return;
      const opened = await pool.catch(() => undefined);
      await opened?.close();
      if (opened && !options.search) await opened.main.close();
    },
  });
}

/** The key of a move in the maps above. */
function moveKey(cadreId: string, postId: string): string {
  return `${cadreId}\u0000${postId}`;
}

/** A bound's answer as the report takes it: exact when no plan has the move or the LP met the best plan with it. */
function boundOf(found: BoundWith): MoveBound {
  const rivals = found.rivals ? { rivals: found.rivals } : {};
  if (found.bound !== -Infinity && !found.plan) return { bound: found.bound, ...rivals };
  return { bound: found.bound, answer: eligibleView(found.plan?.objective ?? null, true), ...rivals };
}

/** The answer of an eligible move from the best plan with it. */
function forcedView(forced: ForcedPlan): WhyNotView {
  return eligibleView(forced.plan?.objective ?? null, forced.plan ? forced.plan.proven : forced.status === 'infeasible');
}

/** An eligible move's answer: its best plan's objective (null: no plan has it), proven or not. */
function eligibleView(bestWith: number | null, proven: boolean): WhyNotView {
  return { eligible: true, blockedBy: [], violations: [], bestWith, proven };
}
