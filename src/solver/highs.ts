/**
 * HiGHS backend (WebAssembly): for large models. mip_rel_gap is set to 0 (the default 1e-4
 * can call a slightly worse plan optimal, which breaks exact ranking); presolve stays on.
 * The model is passed once as sparse rows; cuts are added to the same persistent model.
 */
import loadHighs from 'highs';
import type { LinearModel } from '../model/linear.ts';
import type { Backend, SolveResult, SolverSession } from './backend.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let instance: Promise<Highs> | undefined;

/** One WebAssembly instance per process: the second solve is about twice as fast as the first. */
function highs(): Promise<Highs> {
  instance ??= loadHighs();
  return instance;
}

export const highsBackend: Backend = {
  name: 'highs',
  async open(model: LinearModel): Promise<SolverSession> {
    const h = await highs();
    const solver = h.createModel(toModelData(h, model));
    solver.options.set({ output_flag: false, mip_rel_gap: 0, presolve: 'on' });
    return {
      backend: 'highs',
      async addRow(row) {
        solver.addRow(finite(h, row.lower), finite(h, row.upper), {
          indices: Int32Array.from(row.indices),
          values: Float64Array.from(row.values),
        });
      },
      async solve(options = {}) {
        const started = performance.now();
        solver.options.set({ time_limit: options.timeLimit ?? 1e20 });
        solver.run();
        const seconds = (performance.now() - started) / 1000;
        return readResult(h, solver, seconds);
      },
      async close() {
        solver.dispose();
      },
    };
  },
};

function finite(h: Highs, value: number): number {
  if (value === Infinity) return h.infinity;
  if (value === -Infinity) return -h.infinity;
  return value;
}

function toModelData(h: Highs, model: LinearModel) {
  const { columns, rows } = model;
  const starts = new Int32Array(rows.length + 1);
  let nonzeros = 0;
  rows.forEach((row, r) => {
    nonzeros += row.indices.length;
    starts[r + 1] = nonzeros;
  });
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  rows.forEach((row, r) => {
    indices.set(row.indices, starts[r]!);
    values.set(row.values, starts[r]!);
  });
  return {
    numCols: columns.names.length,
    numRows: rows.length,
    sense: h.constants.objectiveSense.maximize,
    offset: model.offset,
    colCost: Float64Array.from(columns.cost),
    colLower: Float64Array.from(columns.lower, (v) => finite(h, v)),
    colUpper: Float64Array.from(columns.upper, (v) => finite(h, v)),
    rowLower: Float64Array.from(rows, (row) => finite(h, row.lower)),
    rowUpper: Float64Array.from(rows, (row) => finite(h, row.upper)),
    matrix: { format: 'csr' as const, numRows: rows.length, numCols: columns.names.length, starts, indices, values },
    integrality: Int32Array.from(columns.integer, (integer) => (integer ? 1 : 0)),
  };
}

function readResult(h: Highs, solver: ReturnType<Highs['createModel']>, seconds: number): SolveResult {
  const status = solver.getModelStatus();
  const codes = h.constants.modelStatus;
  const bound = Number(solver.info.get('mip_dual_bound'));
  const primal = () => {
    const solution = solver.getSolution();
    return Float64Array.from(solution.colValue, (v) => Math.round(v * 1e6) / 1e6);
  };
  if (status === codes.optimal) {
    return { status: 'optimal', values: primal(), objective: solver.getObjectiveValue(), bound, seconds };
  }
  if (status === codes.empty) {
    return { status: 'optimal', values: new Float64Array(0), objective: 0, bound: 0, seconds };
  }
  if (status === codes.infeasible) return { status: 'infeasible', seconds };
  if (status === codes.timeLimit || status === codes.interrupted) {
    const hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
    return hasSolution
      ? { status: 'time-limit', values: primal(), objective: solver.getObjectiveValue(), bound, seconds }
      : { status: 'time-limit', seconds };
  }
  return { status: 'error', message: `HiGHS ended with model status ${status}`, seconds };
}
