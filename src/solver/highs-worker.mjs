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

// Warm starts between ranked solves: every improving solution HiGHS reports is kept; before
// the next solve the best of them that all cuts added since still allow is handed to HiGHS as
// its starting incumbent (the k-th best plan is often one the search already met). A start
// only prunes the search: HiGHS checks it, and the answer is proven as before.
let pool = [];
let cuts = [];

function allowedByCuts(values) {
  return cuts.every((cut) => {
    let sum = 0;
    for (let k = 0; k < cut.indices.length; k++) sum += cut.values[k] * values[cut.indices[k]];
    return sum >= cut.lower - 1e-6 && sum <= cut.upper + 1e-6;
  });
}

/** Keeps a solution for later warm starts: the best ones, at most ~40 MB of them. */
function keep(objective, values) {
  if (!values) return;
  const limit = Math.min(2000, Math.max(10, Math.floor(5e6 / Math.max(1, values.length))));
  if (pool.length >= limit) {
    let worst = 0;
    for (let i = 1; i < pool.length; i++) if (pool[i].objective < pool[worst].objective) worst = i;
    if (pool[worst].objective >= objective) return;
    pool.splice(worst, 1);
  }
  pool.push({ objective, values: Float64Array.from(values) });
}

function warmStart() {
  let best;
  for (const candidate of pool) {
    if ((!best || candidate.objective > best.objective) && allowedByCuts(candidate.values)) best = candidate;
  }
  if (best) model.setSolution({ colValue: best.values });
}

function open(data) {
  pool = [];
  cuts = [];
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

/**
 * With a known upper bound (the plan ranked above), the search may stop at the first solution
 * that reaches it (objective_target): no plan can score more, so it is optimal. Whatever the
 * option's direction, the answer is only taken when its objective really reaches the bound;
 * otherwise the solve runs again without the target.
 */
const NEVER = 1e300;

function solve(request) {
  const target = request.upperBound;
  if (target === undefined) return solveOnce(request);
  model.options.set({ objective_target: target - 1e-6 });
  const result = solveOnce(request);
  // Maximising, HiGHS stops once the incumbent is at least the target; 1e300 is never reached.
  model.options.set({ objective_target: NEVER });
  if (result.status !== 'target') return result;
  if (result.objective >= target - 1e-6) return { ...result, status: 'optimal' };
  return solveOnce(request);
}

function solveOnce(request) {
  const codes = highs.constants.modelStatus;
  model.options.set({ time_limit: request.timeLimit ?? 1e20 });
  let lastPost = 0;
  const started = performance.now();
  warmStart();
  model.run({
    [highs.constants.callbackType.mipSolution](event) {
      keep(event.data.objective_function_value, event.data.mip_solution);
    },
    [highs.constants.callbackType.mipImprovingSolution](event) {
      const values = event.data.mip_solution;
      keep(event.data.objective_function_value, values);
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
  if (status === codes.objectiveTarget) return { status: 'target', values: primal(), objective: model.getObjectiveValue(), bound };
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
      cuts.push({ lower: message.lower, upper: message.upper, indices: Int32Array.from(message.indices), values: Float64Array.from(message.values) });
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
