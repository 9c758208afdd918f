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
import type { LinearRow } from '../model/linear.ts';
import { checkPlan } from '../rules/check.ts';
import { scorePlan } from '../rules/score.ts';
import type { Move } from '../rules/types.ts';
import type { Violation } from '../rules/violations.ts';
import type { Round } from '../scenario/round.ts';
import type { BackendName, BackendSettings, SolverSession } from './backend.ts';
import { chooseBackend, type SolverChoice } from './choose.ts';
import { movesOf, TieFinder, type ChosenPlan } from './ties.ts';
import { collectGarbage } from '../util/memory.ts';

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
  /** Seconds for the whole search. */
  readonly timeLimit?: number;
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

export async function solveRound(round: Round, options: SolveOptions = {}, built?: RoundModel): Promise<SolveOutcome> {
  const top = options.top ?? 1;
  const minDiff = options.minDiff ?? 1;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  options.onProgress?.({ phase: 'build', plansFound: 0 });
  const { pairs, size, backend, session } = await openRound(round, options, built);
  // The model is garbage now; collect it before the search's own peak (large rounds only).
  if (!built && pairs.length >= LARGE_ROUND_PAIRS) collectGarbage();
  const buildSeconds = elapsed();
  if (!session) return withoutMoves(round, backend, size, pairs.length, top, buildSeconds, elapsed);
  const plans: RankedPlan[] = [];
  const chosenPlans: ChosenPlan[] = [];
  const ties = new TieFinder(round, pairs);
  let status: RoundStatus = 'optimal';
  try {
    while (plans.length < top) {
      const last = plans.at(-1);
      const tied = last?.proven && options.ties !== false ? ties.next(chosenPlans, minDiff, last.objective, TIE_TOLERANCE) : undefined;
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
        onProgress: (progress) =>
          options.onProgress?.({ phase: 'solve', plansFound: found, bestBound: progress.bound, incumbent: progress.primal }),
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
  } finally {
    await session.close();
  }
  return {
    status,
    backend,
    plans,
    stats: {
      pairs: pairs.length,
      ...size,
      buildSeconds,
      solveSeconds: elapsed() - buildSeconds,
    },
  };
}

interface ModelSize {
  readonly columns: number;
  readonly rows: number;
}

/**
 * Builds the round's model (unless given) and opens a solver session on it (none without
 * pairs). The model is not kept here: at 10^5–10^6 pairs it is most of the heap, and the
 * session holds what it needs (HiGHS a typed-array copy in its worker).
 */
async function openRound(
  round: Round,
  options: SolveOptions,
  built: RoundModel | undefined,
): Promise<{ pairs: RoundModel['pairs']; size: ModelSize; backend: BackendName; session: SolverSession | undefined }> {
  const { model, pairs } = built ?? buildModel(round);
  const size = { columns: model.columns.cost.length, rows: model.rows.length };
  const backend = chooseBackend(options.solver ?? 'auto', model);
  const session = pairs.length === 0 ? undefined : await backend.open(model, { restrict: options.restrict, grid: options.grid });
  return { pairs, size, backend: backend.name, session };
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
function withoutMoves(
  round: Round,
  backend: BackendName,
  size: ModelSize,
  pairCount: number,
  top: number,
  buildSeconds: number,
  elapsed: () => number,
): SolveOutcome {
  const feasible = top > 0 && checkPlan(round, { moves: [] }).length === 0;
  const plans = feasible ? [{ rank: 1, objective: scorePlan(round, { moves: [] }).objective, moves: [], proven: true, gap: 0 }] : [];
  return {
    status: feasible || top === 0 ? 'optimal' : 'infeasible',
    backend,
    plans,
    stats: { pairs: pairCount, ...size, buildSeconds, solveSeconds: elapsed() - buildSeconds },
  };
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
