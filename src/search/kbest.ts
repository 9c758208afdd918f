/**
 * The K best plans, exactly. Solve; read the plan; check it independently; cut it off with
 *   Σ_{i∈S} x_i − Σ_{i∉S} x_i ≤ |S| − D
 * (D = 1 excludes plan S alone, whatever the sign of its moves' values; D > 1 also excludes
 * every plan within D − 1 moves of it, for --min-diff); solve again. Each solve proves its
 * plan the best of those not yet returned, so the objectives are exactly the K highest. A
 * plan that ties with the one above and that every cut allows is the best of those left as
 * well: such plans are looked for first among checked neighbours (ties.ts), without a solve.
 */
import { buildModel, type RoundModel } from '../model/build.ts';
import { columnCount, rowCount, type LinearRow } from '../model/linear.ts';
import type { Pair } from '../model/builder.ts';
import { checkPlan } from '../rules/check.ts';
import { scorePlan } from '../rules/score.ts';
import type { Move } from '../rules/types.ts';
import type { Violation } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import type { BackendName, BackendSettings, SolverSession } from '../solver/backend.ts';
import { chooseBackend, type SolverChoice } from '../solver/choose.ts';
import { objectiveGrid, toWorkerModel } from '../solver/highs.ts';
import type { WorkerArrays } from '../solver/highs-protocol.ts';
import { dualBound, penalty, type Priced } from '../solver/restrict.mjs';
import { movesOf, TieFinder, type ChosenPlan } from './ties.ts';
import { collectGarbage } from '../util/memory.ts';
import { trace } from '../solver/trace.mjs';

export interface RankedPlan {
  readonly rank: number;
  readonly objective: number;
  readonly moves: readonly Move[];
  /** True when the solver proved this plan the best of all plans not ranked above it. */
  readonly proven: boolean;
  /** With a time limit: the proven upper bound minus the objective (0 when proven). */
  readonly gap: number;
}

export interface SolveOptions {
  readonly top?: number;
  readonly minDiff?: number;
  readonly solver?: SolverChoice;
  /** HiGHS on large rounds: solve over the pairs that can still pay off (exact; 'auto' by size). */
  readonly restrict?: BackendSettings['restrict'];
  /** HiGHS: use the objective's grid to stop early (exact; default on). Off for tests and measurements. */
  readonly grid?: boolean;
  /** Look for tied plans among checked neighbours before solving for a rank (exact; default on). */
  readonly ties?: boolean;
  /** Seconds for the whole search: for `solveRound`, building the model included. */
  readonly timeLimit?: number;
  /**
   * When the time limit started counting (a `performance.now()` time; by default when the
   * search, or `solveRound`, is called): the CLI passes its own start, so that `--time-limit`
   * covers loading the file and building the model as well.
   */
  readonly startedAt?: number;
  /** Reports progress (phase, plans found, bound). */
  readonly onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  readonly phase: 'build' | 'solve';
  readonly plansFound: number;
  readonly bestBound?: number;
  /** Objective of the best plan the running solve has found so far. */
  readonly incumbent?: number;
}

export type RoundStatus = 'optimal' | 'infeasible' | 'time-limit';

export interface SolveOutcome {
  readonly status: RoundStatus;
  readonly backend: BackendName;
  readonly plans: readonly RankedPlan[];
  readonly stats: {
    readonly pairs: number;
    readonly columns: number;
    readonly rows: number;
    readonly buildSeconds: number;
    readonly solveSeconds: number;
  };
}

/** A solver answer that fails the independent check: a bug, never a result. */
export class SolverBugError extends Error {
  constructor(message: string, readonly violations: readonly Violation[] = []) {
    super(message);
    this.name = 'SolverBugError';
  }
}

/**
 * The K best plans of a round: a search opened for one ranking (the model is built, handed
 * to the solver and dropped before the search's own peak).
 */
export async function solveRound(round: Round, options: SolveOptions = {}, built?: RoundModel): Promise<SolveOutcome> {
  const startedAt = options.startedAt ?? performance.now();
  options.onProgress?.({ phase: 'build', plansFound: 0 });
  const search = await openSearch(round, { ...options, keepModel: false }, built);
  try {
    return await search.rank({ ...options, startedAt });
  } finally {
    await search.close();
  }
}

export interface SearchOptions {
  readonly solver?: SolverChoice;
  readonly restrict?: BackendSettings['restrict'];
  readonly grid?: boolean;
  readonly ties?: boolean;
  /**
   * Keep the model in this thread (default true), so that a session lost to a solver crash
   * is replaced without building the model again; false frees it once the solver has it.
   */
  readonly keepModel?: boolean;
}

export type RankOptions = Omit<SolveOptions, 'solver' | 'restrict' | 'grid'> & {
  /** Pairs every plan must contain (`one`) or must not contain (`zero`): columns fixed for this search only. */
  readonly fix?: Fixings;
};

/**
 * Columns fixed for one search on an open model (a committee's pins and forbids, why-not's
 * forced move): the plans allowed are those of the round with these pins and forbids, scored
 * the same. Nothing is rebuilt; the solver keeps its duals, its pool of plans and its worker.
 */
export interface Fixings {
  readonly one?: readonly Pair[];
  readonly zero?: readonly Pair[];
}

/** `RoundSearch.boundWith`: a bound on the best plan with a move, and that plan when the LP met it. */
export interface BoundWith {
  /** No plan with the move scores more (−Infinity: no plan has it; Infinity: no bound in time). */
  readonly bound: number;
  /** The best plan with the move, when the LP met one that reaches the bound (exact). */
  readonly plan?: RankedPlan;
  /**
   * For each of the rivals asked (other cadres for the same post), a bound on the best plan
   * with the rival in the post instead, from the same duals (no solve; Infinity when none).
   */
  readonly rivals?: ReadonlyMap<string, number>;
  /** The best plan with the move, solved right after the bound when `thenSolve` asked for it. */
  readonly forced?: ForcedPlan;
}

/** `RoundSearch.boundWith`'s options. */
export type BoundWithOptions = Pick<RankOptions, 'timeLimit' | 'fix'> & {
  /** Other cadres for the post whose bound is wanted too. */
  readonly rivals?: readonly string[];
  /**
   * Asked with the bound when it is not exact: true to solve the move there and then (its
   * `bestWith`), on the same worker with the LP just priced, rather than in a later call that
   * may find the worker priced for another move.
   */
  readonly thenSolve?: (found: BoundWith) => boolean;
};

/** The best plan containing one forced move (why-not's `bestWith`). */
export interface ForcedPlan {
  /** 'optimal': `plan` is the best plan containing the move; 'infeasible': no plan contains it. */
  readonly status: RoundStatus;
  readonly plan: RankedPlan | undefined;
}

/**
 * A round held open for many searches: the model is built once and stays in one solver
 * session on a warm worker (HiGHS loaded once, the LP duals of the restriction priced once),
 * and each search starts from the solutions the earlier ones met. `rank` gives the K best
 * plans; `bestWith` the best plan containing a move, by forcing its column to 1 in the same
 * model (no new round, no new model). Every plan is checked and scored independently, as in
 * solveRound. A solver that crashes or runs out of memory fails that call with its error;
 * the next call runs on a fresh session.
 */
export class RoundSearch {
  private session: SolverSession | undefined;
  /** cadre → post → pair; made at the first forced move (a round ranked once never needs it). */
  private pairIndex: Map<string, Pair> | undefined;
  /** The best plan per fixing (its key: fixingKey), ranked once and kept. */
  private readonly bestRankings = new Map<string, Promise<SolveOutcome>>();
  /** The bound and penalties of the duals priced last, over the model as opened (quickBoundWith). */
  private quick: { readonly dual: Float64Array; readonly data: WorkerArrays; readonly priced: Priced } | undefined;
  /** One search at a time on the session (calls made together wait their turn). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly round: Round,
    private readonly options: SearchOptions,
    private readonly pairs: readonly Pair[],
    private readonly size: ModelSize,
    readonly backend: BackendName,
    private built: RoundModel | undefined,
    session: SolverSession | undefined,
    readonly buildSeconds: number,
    /**
     * The grid every plan's objective lies on, when it is known and the offset lies on it too:
     * every plan scores a whole multiple of it, so a bound may be floored to it.
     */
    readonly objectiveStep: number | undefined,
  ) {
    this.session = session;
  }

  static async open(round: Round, options: SearchOptions = {}, given?: RoundModel): Promise<RoundSearch> {
    const started = performance.now();
    const built = given ?? buildModel(round);
    const { model, pairs } = built;
    const size = { columns: columnCount(model), rows: rowCount(model) };
    trace(`model built: ${pairs.length} pairs, ${size.rows} rows`);
    const backend = chooseBackend(options.solver ?? 'auto', model);
    const session = pairs.length === 0 ? undefined : await backend.open(model, settingsOf(options));
    trace('model opened');
    const keep = options.keepModel !== false;
    // The model is garbage now; collect it before the search's own peak (large rounds only).
    if (!keep && !given && pairs.length >= LARGE_ROUND_PAIRS) collectGarbage();
    const seconds = (performance.now() - started) / 1000;
    return new RoundSearch(round, options, pairs, size, backend.name, keep ? built : undefined, session, seconds, gridOf(model));
  }

  /**
   * Another search on the same round and model, on a worker of its own (for parallel work),
   * starting from what this one learnt: HiGHS takes the duals this search priced instead of
   * pricing again.
   */
  async fork(): Promise<RoundSearch> {
    const started = performance.now();
    const built = this.built ?? buildModel(this.round);
    const backend = chooseBackend(this.options.solver ?? 'auto', built.model);
    // The fork starts from this search's duals (priced here first when not yet, in turn with
    // the searches asked before) and best plan: the same whenever it is opened, so the same
    // answers. Once both are known the fork need not wait for this search's turn (a forced
    // solve under way here held the fork of a 20-question session back by a second).
    const known = this.session?.hints();
    const hints = known?.dual && known.plan ? known : this.session?.sharedHints ? await this.withSession((session) => session.sharedHints?.() ?? Promise.resolve({})) : {};
    const session = this.pairs.length === 0 ? undefined : await backend.open(built.model, { ...settingsOf(this.options), hints });
    const seconds = (performance.now() - started) / 1000;
    return new RoundSearch(this.round, this.options, built.pairs, this.size, backend.name, this.options.keepModel === false ? undefined : built, session, seconds, this.objectiveStep);
  }

  /**
   * A bound on the best plan containing the move cadre → post from the duals this search has
   * already priced, with no solve at all: U(y) less the move's penalty (restrict.mjs `penalty`:
   * with the one-move-per-cadre and one-cadre-per-post groups, what its group adds to U less its
   * reduced cost), padded against rounding (a plan never scores more). Looser than `boundWith`;
   * undefined before a restricted HiGHS search has priced its round, without the model kept,
   * or when the move has no column.
   */
  quickBoundWith(cadre: string, post: string): number | undefined {
    const pair = this.pairOf(cadre, post);
    const dual = this.session?.hints().dual;
    if (!pair || !dual || !this.built) return undefined;
    if (this.quick?.dual !== dual) {
      const data = toWorkerModel(this.built.model);
      this.quick = { dual, data, priced: dualBound(data, dual) };
    }
    return padded(this.quick.priced.bound - penalty(this.quick.data, this.quick.priced, pair.index));
  }

  /** The eligible pair of a move, if any. */
  pairOf(cadre: string, post: string): Pair | undefined {
    if (!this.pairIndex) {
      this.pairIndex = new Map();
      for (const pair of this.pairs) this.pairIndex.set(pairKey(pair.cadre, pair.to), pair);
    }
    return this.pairIndex.get(pairKey(cadre, post));
  }

  /** The K best plans (see solveRound). */
  async rank(options: RankOptions = {}): Promise<SolveOutcome> {
    const started = performance.now();
    const top = options.top ?? 1;
    const stats = () => ({ pairs: this.pairs.length, ...this.size, buildSeconds: this.buildSeconds, solveSeconds: (performance.now() - started) / 1000 });
    if (this.pairs.length === 0) return withoutMoves(this.round, this.backend, stats(), top);
    const found = await this.withSession((session) =>
      rankPlans(session, this.round, this.pairs, this.backend, { ...options, ties: options.ties ?? this.options.ties }),
    );
    return { ...found, backend: this.backend, stats: stats() };
  }

  /** True once the best plan (no fixing) is ranked (or being ranked) on this search. */
  get bestAsked(): boolean {
    return this.bestRankings.has(fixingKey(undefined));
  }

  /**
   * The best plan, ranked once per search and per fixing and kept (why-not asks for it with
   * every move; the review server with the committee's pins and forbids as `fix`).
   */
  best(options: Pick<RankOptions, 'timeLimit' | 'fix'> = {}): Promise<SolveOutcome> {
    const key = fixingKey(options.fix);
    let ranking = this.bestRankings.get(key);
    if (!ranking) {
      ranking = this.rank({ top: 1, ...options });
      this.bestRankings.set(key, ranking);
      // A failed or unproven answer is not kept.
      const forget = () => this.bestRankings.get(key) === ranking && this.bestRankings.delete(key);
      ranking.then((outcome) => {
        if (outcome.status === 'time-limit' || outcome.plans.some((plan) => !plan.proven)) forget();
      }, forget);
    }
    return ranking;
  }

  /**
   * An upper bound on the best plan containing the move cadre → post (and the fixings), from
   * the LP relaxation with its column fixed at 1: no MIP, so far cheaper than `bestWith`, and
   * exact when the LP itself meets a plan that reaches it (`plan`, checked and scored as every
   * plan is). −Infinity when no plan contains the move. Safe against rounding: a plan never
   * scores more than `bound`. Undefined when the move has no column. Backends without an LP
   * bound answer with `bestWith`'s exact objective.
   */
  async boundWith(cadre: string, post: string, options: BoundWithOptions = {}): Promise<BoundWith | undefined> {
    const pair = this.pairOf(cadre, post);
    if (!pair) return undefined;
    const fix = { one: [...(options.fix?.one ?? []), pair], zero: options.fix?.zero ?? [] };
    const rivals = (options.rivals ?? []).flatMap((rival) => this.pairOf(rival, post) ?? []);
    return this.withSession(async (session): Promise<BoundWith> => {
      const found = await this.boundOn(session, fix, rivals, options.timeLimit);
      if (found.plan || found.bound === -Infinity || !options.thenSolve?.(found)) return found;
      return { ...found, forced: await this.forcedOn(session, fix, options.timeLimit) };
    });
  }

  /** `boundWith` on the session: the LP bound with the fixings, and the rivals' in the forced move's place. */
  private async boundOn(session: SolverSession, fix: Required<Fixings>, rivals: readonly Pair[], timeLimit: number | undefined): Promise<BoundWith> {
    const { one, zero } = fix;
    if (!session.bound) {
      const found = await rankPlans(session, this.round, this.pairs, this.backend, { top: 1, timeLimit, ties: false, fix });
      const plan = found.plans[0];
      if (found.status === 'infeasible') return { bound: -Infinity };
      return plan?.proven ? { bound: plan.objective, plan } : { bound: Infinity };
    }
    const result = await session.bound({ force: one.map((p) => p.index), forbid: zero.map((p) => p.index), timeLimit, swaps: rivals.map((p) => p.index) });
    if (result.status === 'infeasible') return { bound: -Infinity };
    if (result.bound === undefined || !Number.isFinite(result.bound)) return { bound: Infinity };
    const bound = padded(result.bound);
    const swaps = result.swaps;
    const others = swaps ? { rivals: new Map(rivals.map((p, i) => [p.cadre, padded(swaps[i]!)])) } : {};
    if (result.status !== 'optimal' || !result.values) return { bound, ...others };
    const chosen = this.pairs.filter((p) => result.values![p.index]! > 0.5);
    const moves = movesOf(chosen);
    if (!allowedBy(chosen, one, zero) || checkPlan(this.round, { moves }).length > 0) return { bound, ...others };
    const objective = scorePlan(this.round, { moves }).objective;
    return { bound: Math.max(objective, Math.min(bound, padded(objective))), plan: { rank: 1, objective, moves, proven: true, gap: 0 }, ...others };
  }

  /**
   * The best plan containing the move cadre → post: its column is forced to 1 for this solve
   * only. Undefined when the move has no column (not an eligible pair).
   */
  async bestWith(cadre: string, post: string, options: Pick<RankOptions, 'timeLimit' | 'fix'> = {}): Promise<ForcedPlan | undefined> {
    const pair = this.pairOf(cadre, post);
    if (!pair) return undefined;
    const fix = { one: [...(options.fix?.one ?? []), pair], zero: options.fix?.zero ?? [] };
    return this.withSession((session) => this.forcedOn(session, fix, options.timeLimit));
  }

  /** The best plan with these fixings, on the session. */
  private async forcedOn(session: SolverSession, fix: Fixings, timeLimit: number | undefined): Promise<ForcedPlan> {
    const found = await rankPlans(session, this.round, this.pairs, this.backend, { top: 1, timeLimit, ties: false, fix });
    return { status: found.status, plan: found.plans[0] };
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    const session = this.session;
    this.session = undefined;
    this.built = undefined;
    await session?.close();
  }

  /**
   * Runs a search on the session (opened again when a solver crash took the last one), from
   * the model as opened: the cuts of the last search are dropped first. Searches run one
   * after the other.
   */
  private async reopen(): Promise<SolverSession> {
    this.session = undefined;
    const built = this.built ?? buildModel(this.round);
    if (this.options.keepModel !== false) this.built = built;
    const session = await chooseBackend(this.options.solver ?? 'auto', built.model).open(built.model, settingsOf(this.options));
    this.session = session;
    return session;
  }

  private withSession<T>(search: (session: SolverSession) => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(async () => {
      let session = this.session ?? (await this.reopen());
      try {
        await session.dropRows();
      } catch {
        // Stopped at the last search's time limit (or crashed): a fresh session, same model.
        await session.close().catch(() => undefined);
        session = await this.reopen();
      }
      try {
        return await search(session);
      } catch (error) {
        // The session may be dead (a worker crash, an overrun stopped hard): never reuse it.
        if (this.session === session) this.session = undefined;
        await session.close().catch(() => undefined);
        throw error;
      }
    });
    this.queue = run;
    return run;
  }
}

/** Opens a round for many searches (see RoundSearch). */
export function openSearch(round: Round, options: SearchOptions = {}, built?: RoundModel): Promise<RoundSearch> {
  return RoundSearch.open(round, options, built);
}

function settingsOf(options: SearchOptions): BackendSettings {
  return { restrict: options.restrict, grid: options.grid };
}

/** The objective's grid (objectiveGrid) when the model's offset is a whole multiple of it, else undefined. */
function gridOf(model: RoundModel['model']): number | undefined {
  const step = objectiveGrid(model);
  if (step === undefined || !(step > 0)) return undefined;
  const multiple = model.offset / step;
  return Math.abs(multiple - Math.round(multiple)) <= 1e-9 * Math.max(1, Math.abs(multiple)) ? step : undefined;
}

/** True when a plan's columns contain every pair of `one` and none of `zero` (its fixings allow it). */
function allowedBy(candidate: readonly Pair[], one: readonly Pair[], zero: readonly Pair[]): boolean {
  const columns = new Set(candidate.map((pair) => pair.index));
  return one.every((pair) => columns.has(pair.index)) && !zero.some((pair) => columns.has(pair.index));
}

/** A fixing as a key: its columns, in order. */
function fixingKey(fix: Fixings | undefined): string {
  const columns = (pairs: readonly Pair[] | undefined) => (pairs ?? []).map((pair) => pair.index).sort((a, b) => a - b).join(',');
  return `${columns(fix?.one)}/${columns(fix?.zero)}`;
}

function pairKey(cadre: string, post: string): string {
  return `${cadre}\u0000${post}`;
}

/**
 * The ranking loop: solve; read the plan; check it; cut it off; solve again. A plan that ties
 * with the one above is taken from checked neighbours first (ties.ts), without a solve.
 */
async function rankPlans(
  session: SolverSession,
  round: Round,
  pairs: readonly Pair[],
  backend: BackendName,
  options: RankOptions,
): Promise<{ status: RoundStatus; plans: RankedPlan[] }> {
  const top = options.top ?? 1;
  const minDiff = options.minDiff ?? 1;
  const started = options.startedAt ?? performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const one = options.fix?.one ?? [];
  const zero = options.fix?.zero ?? [];
  const force = one.length > 0 ? one.map((pair) => pair.index) : undefined;
  const forbid = zero.length > 0 ? zero.map((pair) => pair.index) : undefined;
  const allows = (candidate: readonly Pair[]) => allowedBy(candidate, one, zero);
  const plans: RankedPlan[] = [];
  const chosenPlans: ChosenPlan[] = [];
  const ties = new TieFinder(round, pairs);
  let status: RoundStatus = 'optimal';
  while (plans.length < top) {
    const last = plans.at(-1);
    const tied = last?.proven && options.ties !== false ? ties.next(chosenPlans, minDiff, last.objective, TIE_TOLERANCE, allows) : undefined;
    if (tied) {
      // Scores what the plan above scores, allowed by every cut: the best of those left.
      const objective = scorePlan(round, { moves: movesOf(tied) }).objective;
      plans.push({ rank: plans.length + 1, objective, moves: movesOf(tied), proven: true, gap: 0 });
      chosenPlans.push({ objective, pairs: tied });
      options.onProgress?.({ phase: 'solve', plansFound: plans.length });
      if (plans.length < top) await session.addRow(exclusionCut(tied.map((pair) => pair.index), pairs.length, minDiff, plans.length));
      continue;
    }
    const remaining = options.timeLimit === undefined ? undefined : Math.max(0.01, options.timeLimit - elapsed());
    options.onProgress?.({ phase: 'solve', plansFound: plans.length });
    const found = plans.length;
    const result = await session.solve({
      timeLimit: remaining,
      upperBound: plans.at(-1)?.objective,
      ...(force ? { force } : {}),
      ...(forbid ? { forbid } : {}),
      onProgress: (progress) => options.onProgress?.({ phase: 'solve', plansFound: found, bestBound: progress.bound, incumbent: progress.primal }),
    });
    if (result.status === 'error') throw new SolverBugError(`${backend}: ${result.message ?? 'solver error'}`);
    if (result.status === 'infeasible') {
      if (plans.length === 0) status = 'infeasible';
      break;
    }
    if (!result.values) {
      status = 'time-limit'; // stopped before it found a plan
      break;
    }
    const chosen = pairs.filter((pair) => result.values![pair.index]! > 0.5);
    const moves = movesOf(chosen);
    const violations = checkPlan(round, { moves });
    if (violations.length > 0 && violations.every(isNearMissQuota) && result.status === 'optimal') {
      // Within the solver's feasibility tolerance but not the contract's: cut it off, go on.
      await session.addRow(exclusionCut(chosen.map((pair) => pair.index), pairs.length, 1, plans.length));
      if (options.timeLimit !== undefined && elapsed() >= options.timeLimit) {
        status = 'time-limit';
        break;
      }
      continue;
    }
    if (violations.length > 0) {
      throw new SolverBugError(`${backend} returned a plan that breaks ${violations[0]!.rule}`, violations);
    }
    if (!allows(chosen)) {
      throw new SolverBugError(`${backend} returned a plan that breaks a fixed move (${one.length} fixed in, ${zero.length} out)`);
    }
    const objective = scorePlan(round, { moves }).objective;
    const proven = result.status === 'optimal';
    if (proven && result.objective !== undefined && Math.abs(result.objective - objective) > objectiveTolerance(round, objective)) {
      throw new SolverBugError(`${backend} objective ${result.objective} differs from the plan's score ${objective}`);
    }
    const gap = proven ? 0 : Math.max(0, (result.bound ?? objective) - objective);
    plans.push({ rank: plans.length + 1, objective, moves, proven, gap });
    chosenPlans.push({ objective, pairs: chosen });
    options.onProgress?.({ phase: 'solve', plansFound: plans.length, bestBound: result.bound });
    // A plan not proven means the time is up (and a HiGHS worker stopped hard is gone): stop.
    if (!proven) {
      status = 'time-limit';
      break;
    }
    if (plans.length >= top) break;
    if (options.timeLimit !== undefined && elapsed() >= options.timeLimit) {
      status = 'time-limit';
      break;
    }
    await session.addRow(exclusionCut(chosen.map((pair) => pair.index), pairs.length, minDiff, plans.length));
  }
  return { status, plans };
}

interface ModelSize {
  readonly columns: number;
  readonly rows: number;
}

/** From this many eligible pairs on, the model is worth a garbage collection once handed over. */
const LARGE_ROUND_PAIRS = 50_000;

/** Objectives this close are equal (section 4 of the contract). */
const TIE_TOLERANCE = 1e-6;

/**
 * A hard quota missed by less than a millionth of a cadre: the row Σ (g − minShare)·x ≥ 0
 * holds within the solvers' feasibility tolerance (1e-7) while the contract says no. Only
 * shares with many decimals (minShare = 1e-9) produce it; the plan is not one, so it is cut.
 */
function isNearMissQuota(violation: Violation): boolean {
  return violation.rule === 'Q' && violation.minShare * violation.moves - violation.inGroup < 1e-6;
}

/**
 * How far a solver's objective may stray from the exact score before it is a bug: its
 * continuous shortfall columns are only feasible within ~1e-6 cadres, times their weight.
 */
function objectiveTolerance(round: Round, objective: number): number {
  const shortfallWeight = round.policy.quotas.filter((quota) => quota.mode === 'soft').length * Math.abs(round.policy.weights.quotaShortfall);
  return 1e-6 * Math.max(1, Math.abs(objective)) + 1e-5 * shortfallWeight;
}

/**
 * No eligible pair: the empty plan is the only candidate, feasible exactly when every rule
 * accepts it (a pin or a must-fill vacancy makes it infeasible). No solver is needed, and
 * none is asked: HiGHS reports a model without columns as "empty" whatever its rows say.
 */
function withoutMoves(round: Round, backend: BackendName, stats: SolveOutcome['stats'], top: number): SolveOutcome {
  const feasible = top > 0 && checkPlan(round, { moves: [] }).length === 0;
  const plans = feasible ? [{ rank: 1, objective: scorePlan(round, { moves: [] }).objective, moves: [], proven: true, gap: 0 }] : [];
  return { status: feasible || top === 0 ? 'optimal' : 'infeasible', backend, plans, stats };
}

/** Σ_{i∈S} x_i − Σ_{i∉S} x_i ≤ |S| − D over the pair columns 0..pairCount−1. */
export function exclusionCut(selected: readonly number[], pairCount: number, minDiff: number, rank: number): LinearRow {
  const values = new Array<number>(pairCount).fill(-1);
  for (const i of selected) values[i] = 1;
  return { name: `exclude_plan(${rank})`, indices: firstColumns(pairCount), values, lower: -Infinity, upper: selected.length - minDiff };
}

/** 0, 1, …, n − 1: one array shared by every cut of a round (10^6 pairs make each copy count). */
let shared: readonly number[] = [];
function firstColumns(n: number): readonly number[] {
  if (shared.length !== n) shared = Array.from({ length: n }, (_, i) => i);
  return shared;
}

/** A bound from floating-point duals, padded against rounding: a plan never scores more. */
function padded(bound: number): number {
  return bound + 1e-6 * Math.max(1, Math.abs(bound));
}
