// HiGHS in a worker thread (plain JavaScript, so that tsx, vitest and node all load it as is).
// The main thread (highs.ts) sends the model once as typed arrays, then cuts and solve
// requests; this thread keeps one persistent HiGHS model, so the WebAssembly stays warm and
// cuts accumulate. A WebAssembly abort or out-of-memory is caught here and reported; the
// main thread then discards this worker. Progress (best bound, incumbents) is posted while
// HiGHS runs, so an incumbent survives even when the main thread has to terminate us.
//
// A large model is solved restricted (restrict.mjs): the HiGHS model holds only the columns
// whose LP reduced cost leaves them a chance; a solve is accepted only when no left-out
// column can beat it; until then the restriction grows. Values, cuts and the pool of
// solutions below are always over the full model's columns.
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';
import { priceRelaxation, restriction, restrictedModel } from './restrict.mjs';

/** ROTAPLAN_HIGHS_LOG=1 shows HiGHS's own log on stderr (for tuning; never in normal use). */
const LOG = process.env.ROTAPLAN_HIGHS_LOG === '1';

let highs;
let dead = false;
/** The full model as opened (typed arrays, CSR rows) and its HiGHS options. */
let data;
/** Rows added since the model was opened (cuts), over the full columns. */
let cuts = [];
/** The HiGHS model: of every column, or of `view.kept` when restricted. */
let model;
/** { kept, position, outside } while restricted; undefined when the model has every column. */
let view;
/**
 * { step, delta } when the model may be restricted: objectives lie on a grid of `step` (0: no
 * grid known), `delta` is the first penalty allowed; `priced` once the LP relaxation is priced.
 */
let restrict;

const finite = (v) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
const finiteArray = (array) => Float64Array.from(array, finite);
const fullIndex = (c) => (view ? view.kept[c] : c);

// Warm starts between ranked solves: every improving solution HiGHS reports is kept (sparse,
// over the full columns); before the next solve the best of them that all cuts added since
// still allow is handed to HiGHS as its starting incumbent (the k-th best plan is often one
// the search already met). A start only prunes the search: HiGHS checks it, and the answer
// is proven as before.
const POOL_LIMIT = 2000;
let pool = [];

function keep(objective, values) {
  if (!values) return;
  if (pool.length >= POOL_LIMIT) {
    let worst = 0;
    for (let i = 1; i < pool.length; i++) if (pool[i].objective < pool[worst].objective) worst = i;
    if (pool[worst].objective >= objective) return;
    pool.splice(worst, 1);
  }
  pool.push({ objective, ...sparse(values) });
}

/** The nonzero entries of the model's values, over the full model's columns. */
function sparse(values) {
  const indices = [];
  const entries = [];
  for (let c = 0; c < values.length; c++) {
    if (Math.abs(values[c]) > 1e-9) {
      indices.push(fullIndex(c));
      entries.push(values[c]);
    }
  }
  return { indices: Int32Array.from(indices), values: Float64Array.from(entries) };
}

function allowedByCuts(solution, dense) {
  solution.indices.forEach((j, k) => (dense[j] = solution.values[k]));
  const allowed = cutsAllow(dense);
  solution.indices.forEach((j) => (dense[j] = 0));
  return allowed;
}

/** True when full-model values meet every cut (within 1e-6). */
function cutsAllow(values) {
  return cuts.every((cut) => {
    let sum = 0;
    for (let k = 0; k < cut.indices.length; k++) sum += cut.values[k] * values[cut.indices[k]];
    return sum >= cut.lower - 1e-6 && sum <= cut.upper + 1e-6;
  });
}

/**
 * A cut as kept here. Exclusion cuts span every pair with coefficients ±1: their columns
 * 0..n−1 share one array, their coefficients take a byte each (8 MB less per cut at 10^6 pairs).
 */
let prefix = new Int32Array(0);
function compactCut(message) {
  const { indices, values } = message;
  let isPrefix = true;
  for (let k = 0; k < indices.length && isPrefix; k++) isPrefix = indices[k] === k;
  if (isPrefix && prefix.length < indices.length) prefix = Int32Array.from({ length: indices.length }, (_, k) => k);
  const small = values.every((value) => Number.isInteger(value) && value >= -128 && value <= 127);
  return {
    lower: message.lower,
    upper: message.upper,
    indices: isPrefix ? prefix.subarray(0, indices.length) : indices,
    values: small ? Int8Array.from(values) : values,
  };
}

/** The best kept solution that every cut allows (and, when given, that `fits`), or undefined. */
function bestAllowed(fits = () => true) {
  const dense = new Float64Array(data.numCols);
  const candidates = pool.filter(fits).sort((a, b) => b.objective - a.objective);
  return candidates.find((solution) => allowedByCuts(solution, dense));
}

function warmStart() {
  const best = bestAllowed((solution) => !view || solution.indices.every((j) => view.position[j] >= 0));
  if (!best) return;
  const colValue = new Float64Array(view ? view.kept.length : data.numCols);
  best.indices.forEach((j, k) => (colValue[view ? view.position[j] : j] = best.values[k]));
  model.setSolution({ colValue });
}

/**
 * A kept solution that reaches the bound of the plan ranked above is the best of those left
 * (ties with it): once re-checked here against every row and cut, it is the answer, and
 * HiGHS is not run at all. Ranked plans with equal scores are common.
 */
function keptReaching(target) {
  const best = bestAllowed();
  if (!best || best.objective < target - 1e-6) return undefined;
  const values = new Float64Array(data.numCols);
  best.indices.forEach((j, k) => (values[j] = best.values[k]));
  const objective = objectiveIfFeasible(values);
  if (objective === undefined || objective < target - 1e-6) return undefined;
  return { status: 'optimal', values, objective, bound: target };
}

/** The objective of full-model values that meet every bound, row and cut (within 1e-6); else undefined. */
function objectiveIfFeasible(values) {
  let objective = data.offset;
  for (let j = 0; j < data.numCols; j++) {
    if (values[j] < data.lower[j] - 1e-9 || values[j] > data.upper[j] + 1e-9) return undefined;
    if (data.integrality[j] === 1 && Math.abs(values[j] - Math.round(values[j])) > 1e-9) return undefined;
    objective += data.cost[j] * values[j];
  }
  for (let i = 0; i < data.numRows; i++) {
    let activity = 0;
    for (let k = data.starts[i]; k < data.starts[i + 1]; k++) activity += data.values[k] * values[data.indices[k]];
    if (activity < data.rowLower[i] - 1e-6 || activity > data.rowUpper[i] + 1e-6) return undefined;
  }
  return cutsAllow(values) ? objective : undefined;
}

/**
 * A restriction without columns has one candidate, all zeros; HiGHS would call such a model
 * "empty" whatever its rows and cuts say, so it is checked here.
 */
function solveWithoutColumns() {
  const values = new Float64Array(data.numCols);
  const objective = objectiveIfFeasible(values);
  return objective === undefined ? { status: 'infeasible' } : { status: 'optimal', values, objective, bound: objective };
}

/** Values over the model's columns → values over the full model's columns. */
function expand(values) {
  if (!view) return values;
  const full = new Float64Array(data.numCols);
  values.forEach((value, c) => (full[view.kept[c]] = value));
  return full;
}

function open(message) {
  data = message;
  cuts = [];
  pool = [];
  view = undefined;
  restrict = message.restrict ? { ...message.restrict } : undefined;
  load(restrict ? undefined : data);
}

/** Replaces the HiGHS model by one over `arrays` (none: no model until the first solve). */
function load(arrays) {
  model?.dispose();
  model = undefined;
  if (!arrays) return;
  model = highs.createModel({
    numCols: arrays.numCols,
    numRows: arrays.numRows,
    sense: highs.constants.objectiveSense.maximize,
    offset: arrays.offset,
    colCost: arrays.cost,
    colLower: finiteArray(arrays.lower),
    colUpper: finiteArray(arrays.upper),
    rowLower: finiteArray(arrays.rowLower),
    rowUpper: finiteArray(arrays.rowUpper),
    matrix: { format: 'csr', numRows: arrays.numRows, numCols: arrays.numCols, starts: arrays.starts, indices: arrays.indices, values: arrays.values },
    integrality: arrays.integrality,
  });
  // mip_rel_gap 0: the default 1e-4 can call a slightly worse plan optimal (breaks exact
  // ranking). Presolve stays on (off aborted on hard models). Symmetry detection is off: it
  // aborted the WebAssembly build (RuntimeError: Aborted()) once on a generated 700-cadre round.
  // Restarts are off on a restricted model: the restriction already left out what a restart
  // would (columns fixed by reduced cost), and restarting cost 2-2.5x on generated rounds.
  model.options.set({
    output_flag: LOG,
    mip_rel_gap: 0,
    presolve: 'on',
    mip_detect_symmetry: false,
    ...(restrict ? { mip_allow_restart: false } : {}),
    ...data.options,
  });
}

function addCut(cut) {
  cuts.push(cut);
  if (!model) return;
  if (!view) {
    model.addRow(finite(cut.lower), finite(cut.upper), { indices: cut.indices, values: Float64Array.from(cut.values) });
    return;
  }
  const indices = [];
  const values = [];
  cut.indices.forEach((j, k) => {
    if (view.position[j] >= 0) {
      indices.push(view.position[j]);
      values.push(cut.values[k]);
    }
  });
  model.addRow(finite(cut.lower), finite(cut.upper), { indices, values });
}

/** Restricts the model to the columns whose penalty is at most `delta` (never fewer than now). */
function restrictTo(delta) {
  restrict.delta = delta;
  const { kept, outside } = restriction(data, restrict.priced, delta);
  const arrays = restrictedModel(data, kept, cuts);
  view = { kept, position: arrays.position, outside };
  load(arrays);
}

/** With a model of every column, or once restricting gave up: HiGHS on the whole model. */
function unrestrict() {
  restrict = undefined;
  view = undefined;
  load(restrictedModel(data, Int32Array.from({ length: data.numCols }, (_, j) => j), cuts));
}

function solve(request) {
  const kept = request.upperBound === undefined ? undefined : keptReaching(request.upperBound);
  if (kept) return kept;
  if (!restrict) return solveTargeted(request);
  const deadline = request.timeLimit === undefined ? Infinity : performance.now() + request.timeLimit * 1000;
  const left = () => (deadline === Infinity ? undefined : Math.max(0.01, (deadline - performance.now()) / 1000));
  if (!restrict.priced) {
    const started = performance.now();
    const report = (bound) => parentPort.postMessage({ type: 'progress', seconds: (performance.now() - started) / 1000, bound });
    const priced = priceRelaxation(highs, data, deadline === Infinity ? started + 1e12 : deadline, report);
    // An infeasible LP relaxation: no plan at all.
    if (priced.status === 'infeasible') return { status: 'infeasible' };
    if (priced.status !== 'bounded') {
      unrestrict();
      return solveTargeted({ ...request, timeLimit: left() });
    }
    restrict.priced = priced;
    restrictTo(restrict.delta);
  }
  const { priced } = restrict;
  // A plan beating o scores at least o + step, so it uses only columns of penalty up to
  // U − o − step: growing to that (and a little more) is enough to settle o.
  const slack = Math.max(restrict.step, data.restrict.delta) / 4;
  for (;;) {
    const result = view.kept.length === 0 ? solveWithoutColumns() : solveTargeted({ ...request, timeLimit: left() });
    const outside = view.outside;
    const everything = view.kept.length === data.numCols;
    if (result.status === 'optimal') {
      const reachedTarget = request.upperBound !== undefined && result.objective >= request.upperBound - 1e-6;
      if (everything || reachedTarget || unbeatable(result.objective, outside)) return result;
      // A left-out column might still pay: let in every column that could reach this plan.
      restrictTo(Math.max(priced.bound - result.objective - restrict.step + slack, priced.bound - outside));
      continue;
    }
    if (result.status === 'infeasible' && !everything) {
      restrictTo(Math.max(2 * restrict.delta + slack, priced.bound - outside));
      continue;
    }
    if (result.status === 'time-limit') return { ...result, bound: globalBound(result.bound) };
    return result;
  }
}

/**
 * A bound on every plan from HiGHS's bound on the model it has: a restricted model's plans
 * score at most that, the others at most `outside`, and all at most the LP bound U.
 */
function globalBound(bound) {
  if (!view) return bound;
  return Math.min(restrict.priced.bound, Math.max(bound ?? Infinity, view.outside));
}

/**
 * True when no plan using a left-out column (each scores at most `outside`) can beat an
 * objective: plans' objectives lie on a grid of `step`, so one below objective + step is no
 * better. The margin covers rounding in the bound's long sum.
 */
function unbeatable(objective, outside) {
  const margin = 1e-6 * Math.max(1, Math.abs(restrict.priced.bound));
  return restrict.step > 0 ? outside + margin < objective + restrict.step : outside + margin <= objective;
}

/**
 * With a known upper bound (the plan ranked above), the search may stop at the first solution
 * that reaches it (objective_target): no plan can score more, so it is optimal. Whatever the
 * option's direction, the answer is only taken when its objective really reaches the bound;
 * otherwise the solve runs again without the target.
 */
const NEVER = 1e300;

function solveTargeted(request) {
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
      if (values) {
        // Sparse: a dense copy of 10^6 columns per improving solution is memory the search needs.
        const bound = globalBound(event.data.mip_dual_bound);
        parentPort.postMessage({ type: 'incumbent', objective: event.data.objective_function_value, bound, ...sparse(values) });
      }
    },
    [highs.constants.callbackType.mipInterrupt](event) {
      const now = performance.now();
      if (now - lastPost < 500) return;
      lastPost = now;
      parentPort.postMessage({
        type: 'progress',
        seconds: (now - started) / 1000,
        primal: event.data.mip_primal_bound,
        bound: globalBound(event.data.mip_dual_bound),
      });
    },
  });
  const status = model.getModelStatus();
  const bound = Number(model.info.get('mip_dual_bound'));
  const primal = () => expand(Float64Array.from(model.getSolution().colValue, (v) => Math.round(v * 1e6) / 1e6));
  if (status === codes.optimal) return { status: 'optimal', values: primal(), objective: model.getObjectiveValue(), bound };
  if (status === codes.objectiveTarget) return { status: 'target', values: primal(), objective: model.getObjectiveValue(), bound };
  if (status === codes.empty) return { status: 'optimal', values: new Float64Array(view ? data.numCols : 0), objective: 0, bound: 0 };
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
    highs ??= await loadHighs(LOG ? { print: (line) => console.error(line) } : undefined);
    if (message.type === 'open') {
      open(message.model);
      parentPort.postMessage({ type: 'ready' });
    } else if (message.type === 'addRow') {
      addCut(compactCut(message));
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
