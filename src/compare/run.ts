/**
 * The scenario runner shared by `compare`, `sweep`, the report and the tests: load every
 * file first (so that invalid input is reported for all files at once, each problem with its
 * file, before any solving), then solve each round on its own and measure its plans.
 * Each scenario is solved independently, so the result for a file does not depend on the
 * other files or their order.
 */
import { relative } from 'node:path';
import { loadScenario, type SourceFile } from '../scenario/load.ts';
import { InputError, type Problem } from '../scenario/problems.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import type { Move } from '../rules/types.ts';
import type { Lang } from '../i18n/terms.ts';
import type { SolverChoice } from '../solver/choose.ts';
import { solveRound, type RoundStatus, type SolveOptions } from '../search/kbest.ts';
import { planMetrics, type PlanMetrics } from './metrics.ts';
import { runAll, type PoolOptions } from './pool.ts';

export interface RunOptions {
  /** How many best plans per scenario (default 1). */
  readonly top?: number;
  readonly minDiff?: number;
  readonly solver?: SolverChoice;
  /** Seconds per scenario. */
  readonly timeLimit?: number;
  readonly onProgress?: SolveOptions['onProgress'];
}

export interface RunAllOptions extends Omit<RunOptions, 'onProgress'> {
  /** Rounds solved at once (1: one after the other); default 'auto': one per core. */
  readonly jobs?: number | 'auto';
  /** Called after each scenario is solved, with how many are done and the first scenario's own language. */
  readonly onDone?: (done: number, total: number, language: Lang | undefined) => void;
}

export interface MeasuredPlan {
  readonly rank: number;
  readonly objective: number;
  readonly proven: boolean;
  readonly gap: number;
  readonly moves: readonly Move[];
  readonly metrics: PlanMetrics;
}

/** What solving one round gives, without the round itself (plain data, can cross threads). */
export interface RoundRun {
  readonly name: string;
  readonly feasible: boolean;
  readonly status: RoundStatus;
  readonly backend: string;
  /** Best first; empty when infeasible (or nothing was found within the time limit). */
  readonly plans: readonly MeasuredPlan[];
}

export interface ScenarioRun extends RoundRun {
  /** The file as given. */
  readonly file: string;
  /** The file, then the bases it extends. */
  readonly files: readonly SourceFile[];
  readonly round: Round;
}

/** Loads every file (all problems of all files, each naming its file), then solves each in turn. */
export async function runScenarios(files: readonly string[], options: RunAllOptions = {}): Promise<ScenarioRun[]> {
  const loaded = loadAll(files);
  const { jobs = 'auto', onDone, ...runOptions } = options;
  const language = loaded[0]?.round.scenario.language ?? undefined;
  const solved = await solveAll(
    loaded.map(({ round }) => round),
    runOptions,
    { jobs, ...(onDone ? { onDone: (done: number, total: number) => onDone(done, total, language) } : {}) },
  );
  return solved.map((run, i) => ({ ...run, file: files[i]!, files: loaded[i]!.sources, round: loaded[i]!.round }));
}

/** Solves each round (several at once: pool.ts), results in the order given. */
export function solveAll(rounds: readonly Round[], options: RunOptions, pool: PoolOptions): Promise<RoundRun[]> {
  return runAll(rounds, (round) => runRound(round, options), pool);
}

/** Solves one round and measures its plans. */
export async function runRound(round: Round, options: RunOptions = {}): Promise<RoundRun> {
  const outcome = await solveRound(round, {
    top: options.top ?? 1,
    minDiff: options.minDiff ?? 1,
    solver: options.solver ?? 'auto',
    timeLimit: options.timeLimit,
    onProgress: options.onProgress,
  });
  return {
    name: round.scenario.name,
    feasible: outcome.plans.length > 0,
    status: outcome.status,
    backend: outcome.backend,
    plans: outcome.plans.map((plan) => ({
      rank: plan.rank,
      objective: plan.objective,
      proven: plan.proven,
      gap: plan.gap,
      moves: plan.moves.map((move) => ({ cadre: move.cadre, from: move.from, to: move.to })),
      metrics: planMetrics(round, plan),
    })),
  };
}

/** Loads each file; throws one InputError with the problems of every invalid file. */
export function loadAll(files: readonly string[]): { round: Round; sources: readonly SourceFile[] }[] {
  const problems: Problem[] = [];
  const loaded: { round: Round; sources: readonly SourceFile[] }[] = [];
  for (const file of files) {
    try {
      const { scenario, files: sources } = loadScenario(file);
      loaded.push({ round: buildRound(scenario), sources });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems.map((problem) => withFile(problem, file)));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return loaded;
}

/** Names the file a problem is in, unless the problem already does. */
export function withFile(problem: Problem, file: string): Problem {
  if (problem.file) return problem;
  const shown = displayPath(file);
  if (problem.path.length === 0 && (problem.message.startsWith(shown) || problem.message.startsWith(file))) return problem;
  return { ...problem, file: shown };
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}
