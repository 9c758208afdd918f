/**
 * A HiGHS session tuned for the diagnosis's many feasibility tests: presolve off. On the
 * extended model of a 150-cadre round (≈20 000 columns) HiGHS's presolve costs 2–5 s per
 * solve and saves nothing (the rows are already tight), while the solve itself takes a
 * fraction of a second. Same Backend interface as src/solver; it belongs there as a
 * `presolve` option of the HiGHS backend (kept here until that exists).
 */
import loadHighs from 'highs';
import type { LinearModel } from '../model/linear.ts';
import type { Backend, SolveResult, SolverSession } from '../solver/backend.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let instance: Promise<Highs> | undefined;

export const feasibilityBackend: Backend = {
  name: 'highs',
  async open(model: LinearModel): Promise<SolverSession> {
    instance ??= loadHighs();
    const h = await instance;
    const solver = h.createModel(modelData(h, model));
    solver.options.set({ output_flag: false, mip_rel_gap: 0, presolve: 'off' });
    return {
      backend: 'highs',
      async addRow(row) {
        solver.addRow(finite(h, row.lower), finite(h, row.upper), { indices: Int32Array.from(row.indices), values: Float64Array.from(row.values) });
      },
      async solve(options = {}) {
        const started = performance.now();
        solver.options.set({ time_limit: options.timeLimit ?? 1e20 });
        solver.run();
        const seconds = (performance.now() - started) / 1000;
        const codes = h.constants.modelStatus;
        const status = solver.getModelStatus();
        const values = () => Float64Array.from(solver.getSolution().colValue, (v) => Math.round(v * 1e6) / 1e6);
        let result: SolveResult;
        if (status === codes.optimal) result = { status: 'optimal', values: values(), objective: solver.getObjectiveValue(), seconds };
        else if (status === codes.empty) result = { status: 'optimal', values: new Float64Array(0), objective: 0, seconds };
        else if (status === codes.infeasible) result = { status: 'infeasible', seconds };
        else if (status === codes.timeLimit || status === codes.interrupted) result = { status: 'time-limit', seconds };
        else result = { status: 'error', message: `HiGHS ended with model status ${status}`, seconds };
        return result;
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

function modelData(h: Highs, model: LinearModel) {
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
