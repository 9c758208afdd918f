// HiGHS in a worker thread (plain JavaScript, so that tsx, vitest and node all load it as is).
// The main thread (highs.ts) sends the model once as typed arrays, then cuts and solve
// requests; this thread keeps one persistent HiGHS model, so the WebAssembly stays warm and
// cuts accumulate. A WebAssembly abort or out-of-memory is caught here and reported; the
// main thread then discards this worker. Progress (best bound, incumbents) is posted while
// HiGHS runs, so an incumbent survives even when the main thread has to terminate us.
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';

let highs;
let model;
let dead = false;

const finite = (v) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
const finiteArray = (array) => Float64Array.from(array, finite);

function open(data) {
  model?.dispose();
  model = highs.createModel({
    numCols: data.numCols,
    numRows: data.numRows,
    sense: highs.constants.objectiveSense.maximize,
    offset: data.offset,
    colCost: data.cost,
    colLower: finiteArray(data.lower),
    colUpper: finiteArray(data.upper),
    rowLower: finiteArray(data.rowLower),
    rowUpper: finiteArray(data.rowUpper),
    matrix: { format: 'csr', numRows: data.numRows, numCols: data.numCols, starts: data.starts, indices: data.indices, values: data.values },
    integrality: data.integrality,
  });
  // mip_rel_gap 0: the default 1e-4 can call a slightly worse plan optimal (breaks exact
  // ranking). Presolve stays on (off aborted on hard models). Symmetry detection is off: it
  // aborted the WebAssembly build (RuntimeError: Aborted()) once on a generated 700-cadre round.
  model.options.set({ output_flag: false, mip_rel_gap: 0, presolve: 'on', mip_detect_symmetry: false, ...data.options });
}

function solve(request) {
  const codes = highs.constants.modelStatus;
  model.options.set({ time_limit: request.timeLimit ?? 1e20 });
  let lastPost = 0;
  const started = performance.now();
  model.run({
    [highs.constants.callbackType.mipImprovingSolution](event) {
      const values = event.data.mip_solution;
      if (values) parentPort.postMessage({ type: 'incumbent', objective: event.data.objective_function_value, bound: event.data.mip_dual_bound, values });
    },
    [highs.constants.callbackType.mipInterrupt](event) {
      const now = performance.now();
      if (now - lastPost < 500) return;
      lastPost = now;
      parentPort.postMessage({
        type: 'progress',
        seconds: (now - started) / 1000,
        primal: event.data.mip_primal_bound,
        bound: event.data.mip_dual_bound,
      });
    },
  });
  const status = model.getModelStatus();
  const bound = Number(model.info.get('mip_dual_bound'));
  const primal = () => Float64Array.from(model.getSolution().colValue, (v) => Math.round(v * 1e6) / 1e6);
  if (status === codes.optimal) return { status: 'optimal', values: primal(), objective: model.getObjectiveValue(), bound };
  if (status === codes.empty) return { status: 'optimal', values: new Float64Array(0), objective: 0, bound: 0 };
  if (status === codes.infeasible) return { status: 'infeasible' };
  if (status === codes.timeLimit || status === codes.interrupted) {
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    return hasSolution
      ? { status: 'time-limit', values: primal(), objective: model.getObjectiveValue(), bound }
      : { status: 'time-limit', bound };
  }
  return { status: 'error', message: `HiGHS ended with model status ${status}` };
}

parentPort.on('message', async (message) => {
  if (dead) return;
  try {
    highs ??= await loadHighs();
    if (message.type === 'open') {
      open(message.model);
      parentPort.postMessage({ type: 'ready' });
    } else if (message.type === 'addRow') {
      model.addRow(finite(message.lower), finite(message.upper), { indices: message.indices, values: message.values });
      parentPort.postMessage({ type: 'ready' });
    } else if (message.type === 'solve') {
      const result = solve(message);
      parentPort.postMessage({ type: 'result', result }, result.values ? [result.values.buffer] : []);
    } else if (message.type === 'close') {
      model?.dispose();
      model = undefined;
      parentPort.postMessage({ type: 'ready' });
    }
  } catch (error) {
    // A WebAssembly abort (RuntimeError: Aborted()) or OOM leaves the instance unusable.
    dead = true;
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    parentPort.postMessage({ type: 'failed', message: text });
  }
});
