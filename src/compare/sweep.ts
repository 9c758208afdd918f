/**
 * Sweeps: the grid of values given by `--set PATH=V1,V2,...` options, each point the loaded
 * scenario with those values set, re-validated as a whole (`parseScenario`) before anything
 * is solved, then solved on its own. Points are in the order of the options and values
 * (the first option varies slowest), whatever order they are solved in.
 */
import { loadScenario, parseScenario, type SourceFile } from '../scenario/load.ts';
import { InputError, type Problem } from '../scenario/problems.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Lang } from '../i18n/terms.ts';
import { buildRound } from '../scenario/round.ts';
import { runAll } from './pool.ts';
import { runRound, withFile, type RoundRun, type RunOptions } from './run.ts';
import { resolveSetOption, setAt, type SetOption, type SweepValue } from './set-option.ts';

export interface SweepAssignment {
  readonly path: string;
  readonly value: SweepValue;
}

export interface SweepPoint {
  /** 1-based, in grid order. */
  readonly index: number;
  readonly set: readonly SweepAssignment[];
  readonly run: RoundRun;
}

export interface SweepResult {
  readonly name: string;
  /** The scenario's `language`, when it gives one. */
  readonly language?: 'en' | 'vi';
  readonly file: string;
  readonly files: readonly SourceFile[];
  readonly axes: readonly { readonly path: string; readonly values: readonly SweepValue[] }[];
  readonly points: readonly SweepPoint[];
}

export interface SweepOptions extends Omit<RunOptions, 'onProgress'> {
  /** Points solved at once (1: one after the other); default 'auto': one per core. */
  readonly jobs?: number | 'auto';
  /** Called after each point is solved, with how many are done and the scenario's own language. */
  readonly onDone?: (done: number, total: number, language: Lang | undefined) => void;
}

/** Grids larger than this are refused: most likely a typing mistake, and hours of solving. */
export const MAX_SWEEP_POINTS = 10_000;

/** Loads the file, resolves every --set, builds and validates the grid, then solves it. */
export async function runSweep(file: string, sets: readonly string[], options: SweepOptions = {}): Promise<SweepResult> {
  let loaded;
  try {
    loaded = loadScenario(file);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.problems.map((problem) => withFile(problem, file)));
    throw error;
  }
  const axes = resolveAll(sets, loaded.scenario);
  const grid = sweepGrid(loaded.scenario, axes, file);
  const { jobs = 'auto', onDone, ...runOptions } = options;
  // Each point's round is built when its turn comes (a grid of large rounds never sits in memory).
  const language = loaded.scenario.language ?? undefined;
  const done = onDone ? { onDone: (count: number, total: number) => onDone(count, total, language) } : {};
  const runs = await runAll(grid, (point) => runRound(buildRound(point.scenario), runOptions), { jobs, ...done });
  return {
    name: loaded.scenario.name,
    ...(loaded.scenario.language ? { language: loaded.scenario.language } : {}),
    file,
    files: loaded.files,
    axes: axes.map((axis) => ({ path: axis.pathText, values: axis.values })),
    points: grid.map((point, i) => ({ index: i + 1, set: point.set, run: runs[i]! })),
  };
}

/** Every --set resolved, with every problem of every option reported at once. */
export function resolveAll(sets: readonly string[], scenario: Scenario): SetOption[] {
  if (sets.length === 0) throw new InputError('sweep: give at least one --set PATH=V1,V2,... (e.g. --set policy.stability.maxOutPerUnit=1,2,3)');
  const problems: Problem[] = [];
  const axes: SetOption[] = [];
  for (const text of sets) {
    try {
      axes.push(resolveSetOption(text, scenario));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  const seen = new Map<string, string>();
  for (const axis of axes) {
    const key = JSON.stringify(axis.path);
    if (seen.has(key)) problems.push({ path: [], message: `--set ${axis.text}: the same field as --set ${seen.get(key)}` });
    else seen.set(key, axis.text);
  }
  if (problems.length > 0) throw new InputError(problems);
  return axes;
}

/** The points of the grid, first axis slowest, each re-validated as a whole scenario. */
export function sweepGrid(
  scenario: Scenario,
  axes: readonly SetOption[],
  file = 'scenario',
): { set: SweepAssignment[]; scenario: Scenario }[] {
  const size = axes.reduce((product, axis) => product * axis.values.length, 1);
  if (size > MAX_SWEEP_POINTS) {
    throw new InputError(`sweep: ${size} points in the grid, more than ${MAX_SWEEP_POINTS}: give fewer values`);
  }
  let assignments: SweepAssignment[][] = [[]];
  for (const axis of axes) {
    assignments = assignments.flatMap((prefix) => axis.values.map((value) => [...prefix, { path: axis.pathText, value }]));
  }
  const problems: Problem[] = [];
  const points: { set: SweepAssignment[]; scenario: Scenario }[] = [];
  for (const set of assignments) {
    let raw: unknown = scenario;
    set.forEach((assignment, i) => {
      raw = setAt(raw, axes[i]!.path, assignment.value);
    });
    try {
      points.push({ set, scenario: parseScenario(raw).scenario });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const where = `${file} with ${pointLabel(set)}`;
      problems.push(...error.problems.map((problem) => ({ ...problem, file: where })));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return points;
}

export function pointLabel(set: readonly SweepAssignment[]): string {
  return set.map((assignment) => `${assignment.path}=${formatValue(assignment.value)}`).join(', ');
}

export function formatValue(value: SweepValue): string {
  return value === null ? 'none' : String(value);
}
