/**
 * javascript-lp-solver backend: fine up to about a hundred cadres. Integer columns are
 * declared as `ints` (not `binaries`, which add a dense row each); their upper bounds come
 * from the model's own rows where those imply them. Its time limit can return a fractional
 * "feasible" answer, so integrality is checked here, never trusted.
 */
import solver from 'javascript-lp-solver';
import { objectiveOf, type LinearModel, type LinearRow } from '../model/linear.ts';
import { isIntegral, type Backend, type SolveResult, type SolverSession } from './backend.ts';

interface JslpResult {
  feasible: boolean;
  result: number;
  bounded?: boolean;
  isIntegral?: boolean;
  [column: string]: number | boolean | undefined;
}

type Constraint = { min?: number; max?: number; equal?: number };

export const jslpBackend: Backend = {
  name: 'jslp',
  async open(model: LinearModel): Promise<SolverSession> {
    const cuts: LinearRow[] = [];
    return {
      backend: 'jslp',
      async addRow(row) {
        cuts.push(row);
      },
      async dropRows() {
        cuts.length = 0;
      },
      hints() {
        return {};
      },
      async solve(options = {}) {
        const started = performance.now();
        const seconds = () => (performance.now() - started) / 1000;
        const fixed = (columns: readonly number[] | undefined, value: 0 | 1) =>
          (columns ?? []).map((j): LinearRow => ({ name: `fix(${j})`, indices: [j], values: [1], lower: value, upper: value }));
        const forced = [...fixed(options.force, 1), ...fixed(options.forbid, 0)];
        const rows = [...model.rows, ...cuts, ...forced];
        if (rows.some(isEmptyContradiction)) return { status: 'infeasible', seconds: seconds() };
        const problem = toJslp(model, rows, options.timeLimit);
        const raw = solver.Solve(problem as never) as unknown as JslpResult;
        const result = readResult(model, raw);
        const stopped = options.timeLimit !== undefined && seconds() >= options.timeLimit;
        // A solve that ran into its time limit has proven nothing, whatever it returned.
        if (stopped && result.status !== 'error') {
          return { ...result, status: 'time-limit', seconds: seconds() };
        }
        return { ...result, seconds: seconds() };
      },
      async close() {},
    };
  },
};

function isEmptyContradiction(row: LinearRow): boolean {
  return row.indices.length === 0 && (row.lower > 1e-9 || row.upper < -1e-9);
}

/**
 * One side of a row, written with a non-negative right-hand side: javascript-lp-solver 1.0.3
 * gets `{max: -1}` wrong (x0 = 1 feasible for −x0 ≤ −1 with objective −4 reported as 0, even
 * as a pure LP), while the same row as x0 ≥ 1 is right. So every row is split into its finite
 * sides and each side is negated where its bound is negative.
 */
interface Side {
  readonly sign: 1 | -1;
  readonly constraint: Constraint;
}

export function normalisedSides(lower: number, upper: number): Side[] {
  if (lower === upper) return [{ sign: lower < 0 ? -1 : 1, constraint: { equal: Math.abs(lower) } }];
  const sides: Side[] = [];
  if (Number.isFinite(upper)) sides.push(upper < 0 ? { sign: -1, constraint: { min: -upper } } : { sign: 1, constraint: { max: upper } });
  if (Number.isFinite(lower)) sides.push(lower < 0 ? { sign: -1, constraint: { max: -lower } } : { sign: 1, constraint: { min: lower } });
  return sides;
}

function toJslp(model: LinearModel, rows: readonly LinearRow[], timeLimit: number | undefined) {
  const { columns } = model;
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, Constraint> = {};
  const ints: Record<string, 1> = {};
  const implied = impliedUpperBounds(model, rows);
  columns.names.forEach((_name, i) => {
    variables[`x${i}`] = { objective: columns.cost[i]! };
    if (columns.integer[i]) ints[`x${i}`] = 1;
    if (columns.lower[i] !== 0) throw new Error('jslp: columns must have lower bound 0');
    if (Number.isFinite(columns.upper[i]!) && !(implied[i]! <= columns.upper[i]!)) {
      constraints[`ub${i}`] = { max: columns.upper[i]! };
      variables[`x${i}`]![`ub${i}`] = 1;
    }
  });
  rows.forEach((row, r) => {
    if (row.indices.length === 0) return;
    normalisedSides(row.lower, row.upper).forEach(({ sign, constraint }, side) => {
      const name = `r${r}_${side}`;
      constraints[name] = constraint;
      row.indices.forEach((column, k) => (variables[`x${column}`]![name] = sign * row.values[k]!));
    });
  });
  const options: Record<string, unknown> = { tolerance: 0 };
  if (timeLimit !== undefined) options.timeout = Math.max(1, Math.round(timeLimit * 1000));
  return { optimize: 'objective', opType: 'max', constraints, variables, ints, options };
}

/** x_i ≤ upper/coef from any row whose coefficients and column lower bounds are all non-negative. */
function impliedUpperBounds(model: LinearModel, rows: readonly LinearRow[]): number[] {
  const bound = model.columns.names.map(() => Infinity);
  for (const row of rows) {
    if (!Number.isFinite(row.upper) || row.values.some((value) => value < 0)) continue;
    row.indices.forEach((column, k) => {
      bound[column] = Math.min(bound[column]!, row.upper / row.values[k]!);
    });
  }
  return bound;
}

function readResult(model: LinearModel, raw: JslpResult): Omit<SolveResult, 'seconds'> {
  if (!raw.feasible) return { status: 'infeasible' };
  if (raw.bounded === false) return { status: 'error', message: 'javascript-lp-solver: the model is unbounded' };
  const values = new Float64Array(model.columns.names.length);
  values.forEach((_v, i) => {
    const value = raw[`x${i}`];
    values[i] = typeof value === 'number' ? value : 0;
  });
  if (!isIntegral(model, values)) {
    return { status: 'time-limit', message: 'javascript-lp-solver stopped with a fractional solution' };
  }
  for (let i = 0; i < values.length; i++) if (model.columns.integer[i]) values[i] = Math.round(values[i]!);
  // The objective is recomputed from the values: the library's `result` has been seen wrong.
  return { status: 'optimal', values, objective: objectiveOf(model, values) };
}
