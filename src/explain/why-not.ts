/**
 * Why is cadre C not moved to post P? Contract section 7: `eligible`, `blockedBy` (E1…E4,
 * each once, in order) and `bestWith` (the best objective of a feasible plan containing the
 * move, null when none). Found by the rule checks (the same objects `check` runs) and by
 * solving the round with the move forced as an extra pin; when it cannot be in any feasible
 * plan, a minimal set of rules that prevents it (the diagnosis with the forced move fixed).
 */
import { ELIGIBILITY_RULES } from '../rules/registry.ts';
import type { Move } from '../rules/types.ts';
import type { EligibilityRuleId, Violation } from '../rules/violations.ts';
import { buildRound, homeUnit, moveKind, type MoveKind, type Round } from '../scenario/round.ts';
import { InputError } from '../scenario/problems.ts';
import type { SolverChoice } from '../solver/choose.ts';
import { openSearch, solveRound, type Fixings, type ForcedPlan, type RoundSearch } from '../search/kbest.ts';
import { byId } from '../util/order.ts';
import { diagnoseRound, type Conflict } from './diagnose.ts';
import { withKinds, type KindedMove } from './kinded.ts';
import { SearchPool } from './searches.ts';

export interface WhyNotOptions {
  readonly solver?: SolverChoice;
  /** Seconds for each solve. */
  readonly timeLimit?: number;
  /**
   * Searches already open on this round (a session answering many questions): the best plan
   * is ranked once, and each move is forced in the same model, on the least busy search.
   * Default: a search opened for this call (the best plan, then the best plan with the move,
   * on it).
   */
  readonly searches?: SearchPool;
  /** A search already open on this round (kept open; forks this call opens are closed). */
  readonly search?: RoundSearch;
  /**
   * Columns fixed in the open search for every solve (the review server's pins and forbids):
   * `round` is then the round with those pins and forbids (its rules give `blockedBy` and the
   * diagnosis), the search that of the round without them.
   */
  readonly fix?: Fixings;
}

export interface Reason {
  readonly rule: EligibilityRuleId;
  /** The sub-condition's name in the registry, e.g. 'tenure'. */
  readonly name: string;
  readonly title: string;
  readonly source?: string;
  readonly violation: Violation;
}

export type WhyNotStatus =
  /** The move breaks an eligibility rule. */
  | 'ineligible'
  /** The best plan already contains it. */
  | 'in-best-plan'
  /** Some feasible plan contains it, at a cost (loss ≥ 0). */
  | 'possible'
  /** Eligible, but no feasible plan can contain it (see preventedBy). */
  | 'prevented'
  /** Eligible; the time limit ran out before a plan with it was found. */
  | 'unknown';

export interface WhyNotResult {
  readonly cadre: string;
  readonly post: string;
  readonly from: string;
  readonly fromUnit: string;
  readonly toUnit: string;
  /** Who holds the post now (they must move out for the move to happen: P2). */
  readonly holder: string | null;
  /** The move's kind (contract 8.3). */
  readonly kind: MoveKind;
  readonly eligible: boolean;
  readonly blockedBy: EligibilityRuleId[];
  readonly bestWith: number | null;
  readonly status: WhyNotStatus;
  /** Each broken eligibility sub-condition with its concrete reason and source. */
  readonly reasons: readonly Reason[];
  /** The best objective of any feasible plan (null when the round has none). */
  readonly best: number | null;
  /** best − bestWith, when both exist. */
  readonly loss: number | null;
  readonly bestPlan: readonly KindedMove[] | null;
  /** A best plan containing the move. */
  readonly planWith: readonly KindedMove[] | null;
  /** Moves of the best plan that the plan with this move does not keep. */
  readonly displaced: readonly KindedMove[];
  /** Moves the plan with this move makes that the best plan does not. */
  readonly added: readonly KindedMove[];
  /** When eligible but in no feasible plan: rule instances that, with the move, cannot hold together. */
  readonly preventedBy: readonly Conflict[];
  /**
   * False when a time limit (`--time-limit`) stopped a solve behind `best` or `bestWith` before
   * its plan was proven best: they are then the best plans found in the time.
   */
  readonly proven: boolean;
  /** How much more than `bestWith` a plan with the move may still score (0 when proven; null without a plan). */
  readonly bestWithGap: number | null;
}

export async function whyNot(round: Round, cadreId: string, postId: string, options: WhyNotOptions = {}): Promise<WhyNotResult> {
  const cadre = round.cadres.get(cadreId);
  const post = round.posts.get(postId);
  const problems = [];
  if (!cadre) problems.push({ path: ['cadre'], message: `unknown cadre "${cadreId}"` });
  if (!post) problems.push({ path: ['post'], message: `unknown position "${postId}"` });
  if (!cadre || !post) throw new InputError(problems);

  const reasons: Reason[] = [];
  for (const rule of ELIGIBILITY_RULES) {
    for (const violation of rule.check(round, cadre, post)) {
      reasons.push({ rule: rule.id, name: rule.name, title: rule.title, ...(rule.source ? { source: rule.source } : {}), violation });
    }
  }
  const blockedBy = (['E1', 'E2', 'E3', 'E4'] as const).filter((id) => reasons.some((reason) => reason.rule === id));
  const move: Move = { cadre: cadre.id, from: cadre.position, to: post.id };
  const base = {
    cadre: cadre.id,
    post: post.id,
    from: cadre.position,
    fromUnit: homeUnit(round, cadre),
    toUnit: post.unit,
    holder: round.holderOf.get(post.id) ?? null,
    kind: moveKind(round, cadre, post),
    eligible: blockedBy.length === 0,
    blockedBy,
    reasons,
  };
  if (options.searches) return answer(round, move, base, options.searches, options);
  const search = options.search ?? (await openSearch(round, { solver: options.solver }));
  const searches = new SearchPool(search);
  try {
    return await answer(round, move, base, searches, options);
  } finally {
    await searches.close();
    if (!options.search) await search.close();
  }
}

type Base = Pick<WhyNotResult, 'cadre' | 'post' | 'from' | 'fromUnit' | 'toUnit' | 'holder' | 'kind' | 'eligible' | 'blockedBy' | 'reasons'>;

async function answer(round: Round, move: Move, base: Base, searches: SearchPool, options: WhyNotOptions): Promise<WhyNotResult> {
  const asked = { timeLimit: options.timeLimit, ...(options.fix ? { fix: options.fix } : {}) };
  // The best plan first, then the best plan with the move, on the same search: the second
  // starts from the first's duals and plan (RINS's guide). Asked at once, the second would
  // open a fork that waits for those duals anyway (a second worker, model and LP for one
  // question: a CLI why-not took 1 s longer); questions asked together still share forks.
  const best = await searches.best(asked);
  const bestPlan = best.plans[0] ? withKinds(round, best.plans[0].moves) : null;
  const bestObjective = best.plans[0]?.objective ?? null;
  const bestProven = best.plans[0]?.proven ?? best.status !== 'time-limit';
  const empty = { displaced: [], added: [], preventedBy: [], proven: bestProven, bestWithGap: null };
  if (base.blockedBy.length > 0) {
    return { ...base, bestWith: null, status: 'ineligible', best: bestObjective, loss: null, bestPlan, planWith: null, ...empty };
  }
  if (bestPlan && bestPlan.some((m) => m.cadre === move.cadre && m.to === move.to)) {
    return { ...base, bestWith: bestObjective, status: 'in-best-plan', best: bestObjective, loss: 0, bestPlan, planWith: bestPlan, ...empty, bestWithGap: best.plans[0]!.gap };
  }
  // The move forced in the open model; a move without a column (none known) through a pinned round.
  const forced = withPin(round, move);
  const withMove = (await searches.bestWith(move.cadre, move.to, asked)) ?? (await pinnedBest(forced, options));
  const plan = withMove.plan;
  if (!plan && withMove.status !== 'infeasible') {
    return { ...base, bestWith: null, status: 'unknown', best: bestObjective, loss: null, bestPlan, planWith: null, ...empty, proven: false };
  }
  if (!plan) {
    // The forced solve proved that no plan exists, unless fixings (the review server's
    // decisions, not in `forced`) took part in it.
    const diagnosis = await diagnoseRound(forced, { solver: options.solver, fixed: [`pin(${move.cadre}→${move.to})`], conflictOnly: true, knownInfeasible: !options.fix });
    return {
      ...base,
      bestWith: null,
      status: 'prevented',
      best: bestObjective,
      loss: null,
      bestPlan,
      planWith: null,
      ...empty,
      preventedBy: diagnosis.conflicts,
    };
  }
  const key = (m: Move) => `${m.cadre}\u0000${m.to}`;
  const inWith = new Set(plan.moves.map(key));
  const inBest = new Set((bestPlan ?? []).map(key));
  return {
    ...base,
    bestWith: plan.objective,
    status: 'possible',
    best: bestObjective,
    loss: bestObjective === null ? null : roundLoss(bestObjective - plan.objective),
    bestPlan,
    planWith: withKinds(round, plan.moves),
    displaced: (bestPlan ?? []).filter((m) => !inWith.has(key(m))).sort(byId((m) => m.cadre)),
    added: withKinds(round, plan.moves.filter((m) => !inBest.has(key(m)))).sort(byId((m) => m.cadre)),
    preventedBy: [],
    proven: bestProven && plan.proven,
    bestWithGap: plan.proven ? 0 : plan.gap,
  };
}

async function pinnedBest(forced: Round, options: WhyNotOptions): Promise<ForcedPlan> {
  const outcome = await solveRound(forced, { solver: options.solver, timeLimit: options.timeLimit });
  return { status: outcome.status, plan: outcome.plans[0] };
}

/** The round with one more pin: every plan of it contains the move. */
export function withPin(round: Round, move: Move): Round {
  const scenario = round.scenario;
  return buildRound({ ...scenario, pins: [...scenario.pins, { cadre: move.cadre, position: move.to }] });
}

function roundLoss(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return Object.is(rounded, -0) ? 0 : Math.max(0, rounded);
}

/** A move with its kind, as every answer shows a move. */
