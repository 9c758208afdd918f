// @ts-check
// Reduced-cost restriction: the MIP of a large round is solved over the pairs that can still
// pay off, provably, instead of all of them. Plain JavaScript checked through JSDoc: the HiGHS
// worker loads it as is. Pure functions of their arguments: no state of its own.
//
// The bound. For any row multipliers y (signs as below), every x with
//   rowLower ≤ Ax ≤ rowUpper,  lower ≤ x ≤ upper
// satisfies, with reduced costs d = c − Aᵀy,
//   c·x = yᵀAx + d·x ≤ Σ_i (y_i > 0 ? y_i·rowUpper_i : y_i·rowLower_i) + Σ_j max(d_j·upper_j, d_j·lower_j) = U,
// and, for a column j with lower 0, upper 1 and d_j < 0, every such x with x_j = 1 has
// c·x ≤ U + d_j. Every plan is such an x (cuts only remove plans). So when plans of objective
// o are wanted, a column whose penalty −d_j exceeds U − o can be left out: no plan that uses
// it reaches o. The y come from the LP relaxation (solved by column generation: HiGHS sees a
// few columns per row, the rest are priced here), but the bound is recomputed here from y
// alone: it holds for any y, so neither the LP's optimality nor its tolerances matter.

/** @typedef {import('./highs-protocol.ts').WorkerArrays} WorkerArrays */
/** @typedef {import('highs').Highs} Highs */
/**
 * @typedef {object} Priced
 * @property {number} bound U(y): no solution of the LP relaxation scores more.
 * @property {Float64Array} reduced c − Aᵀy for every column.
 */
/**
 * A row added to the model (a cut), over the full model's columns.
 * @typedef {object} Cut
 * @property {number} lower
 * @property {number} upper
 * @property {Int32Array} indices
 * @property {Float64Array | Int8Array} values
 */
/** @typedef {{ status: 'infeasible' } | { status: 'unknown' } | (Priced & { status: 'bounded', dual: Float64Array, rounds: number })} PriceResult */

/** Columns per row in the first restricted LP (the best-paying ones). */
const SEED_PER_ROW = 5;
/** Columns added per pricing round, at most (the most attractive first). */
const MAX_ADDED = 20000;
const MAX_ROUNDS = 60;
/**
 * Columns HiGHS is given at most (pricing LP or restricted MIP). HiGHS's WebAssembly has 4 GiB
 * at most; a 5,000-cadre round (5.1 million pairs) handed over whole aborted out of memory.
 * Past this the search stops growing and answers with its best plan and a valid bound.
 */
export const MAX_HIGHS_COLUMNS = 1_000_000;
/** ROTAPLAN_TRACE=1: one line per pricing round on stderr (for tuning; never in normal use). */
const TRACE = process.env.ROTAPLAN_TRACE === '1';

/**
 * U(y) and the reduced costs d = c − Aᵀy over every column. A multiplier whose sign asks for
 * an infinite row bound is taken as 0 (still a valid y). U is +Infinity when a column with an
 * infinite bound has a reduced cost of the wrong sign.
 */
/** @param {WorkerArrays} data @param {ArrayLike<number>} rowDual @returns {Priced} */
export function dualBound(data, rowDual) {
  const reduced = Float64Array.from(data.cost);
  let bound = data.offset;
  for (let i = 0; i < data.numRows; i++) {
    let y = num(rowDual[i]);
    const upper = num(data.rowUpper[i]);
    const lower = num(data.rowLower[i]);
    if ((y > 0 && upper === Infinity) || (y < 0 && lower === -Infinity) || !Number.isFinite(y)) y = 0;
    if (y === 0) continue;
    bound += y > 0 ? y * upper : y * lower;
    const end = num(data.starts[i + 1]);
    for (let k = num(data.starts[i]); k < end; k++) {
      const j = num(data.indices[k]);
      reduced[j] = num(reduced[j]) - y * num(data.values[k]);
    }
  }
  for (let j = 0; j < data.numCols; j++) {
    const d = num(reduced[j]);
    if (d > 0) bound += d * num(data.upper[j]);
    else if (d < 0) bound += d * num(data.lower[j]);
  }
  return { bound: Number.isNaN(bound) ? Infinity : bound, reduced };
}

/** True for a 0–1 column that may be left out of the restricted model (one fixed at 0 included). */
/** @param {WorkerArrays} data @param {number} j */
export function removable(data, j) {
  return data.integrality[j] === 1 && data.lower[j] === 0 && (data.upper[j] === 1 || data.upper[j] === 0);
}

/**
 * The LP relaxation's duals by column generation, within `deadline` (performance.now() ms);
 * `onRound(bound)` after each pricing round.
 * Answers { status: 'infeasible' } when the whole LP is, else the best bound met
 * ({ status: 'bounded', bound, reduced, dual, rounds }), or { status: 'unknown' }.
 */
/**
 * @param {Highs} highs @param {WorkerArrays} data @param {number} deadline
 * @param {(bound: number) => void} [onRound]
 * @returns {PriceResult}
 */
export function priceRelaxation(highs, data, deadline, onRound = () => {}) {
  const inModel = new Uint8Array(data.numCols);
  /** @type {number[]} */
  const seed = [];
  /** @param {number} j */
  const take = (j) => {
    if (!inModel[j]) {
      inModel[j] = 1;
      seed.push(j);
    }
  };
  for (let j = 0; j < data.numCols; j++) if (!removable(data, j)) take(j);
  for (let i = 0; i < data.numRows; i++) {
    /** @type {number[]} */
    const best = [];
    for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) best.push(num(data.indices[k]));
    best.sort((a, b) => num(data.cost[b]) - num(data.cost[a]) || a - b);
    for (const j of best.slice(0, SEED_PER_ROW)) take(j);
  }
  seed.sort((a, b) => a - b);
  const first = columnsData(highs, data, seed);
  // Artificial columns, for the rows missed at the lower bounds, at a large penalty M: the restricted LP is
  // always feasible (a seed that misses what some row needs would otherwise call for every
  // column at once: 5.1 million at 5,000 cadres). Any y gives a valid bound (recomputed below
  // from the real rows only); at the LP's optimum with every artificial at 0, y is optimal.
  const artificial = artificialColumns(data);
  const lp = highs.createModel({
    numCols: seed.length + artificial.count,
    numRows: data.numRows,
    sense: highs.constants.objectiveSense.maximize,
    offset: data.offset,
    colCost: concat(first.cost, artificial.cost),
    colLower: concat(first.lower, new Float64Array(artificial.count)),
    colUpper: concat(first.upper, new Float64Array(artificial.count).fill(highs.infinity)),
    rowLower: Array.from(data.rowLower, (v) => finite(highs, v)),
    rowUpper: Array.from(data.rowUpper, (v) => finite(highs, v)),
    matrix: artificial.count === 0 ? first.matrix : appendColumns(first.matrix, artificial),
  });
  /** LP columns of the artificials (seed.length … seed.length + count − 1); none once dropped. */
  let artificialFrom = seed.length;
  let artificialCount = artificial.count;
  try {
    // Presolve off: each round restarts from the last basis with a few more columns.
    lp.options.set({ output_flag: false, presolve: 'off' });
    /** @type {(Priced & { dual: Float64Array, rounds: number }) | undefined} */
    let best;
    // True once the LP holds every column (then its infeasibility is the whole LP's).
    let complete = seed.length === data.numCols && artificialCount === 0;
    let inLp = seed.length;
    /** Every real column and no artificial: the LP is the whole LP relaxation (small models only). */
    const completeLp = () => {
      if (artificialCount > 0) {
        const at = { kind: /** @type {const} */ ('range'), from: artificialFrom, to: artificialFrom + artificialCount - 1 };
        lp.changeColsBounds(at, new Float64Array(artificialCount), new Float64Array(artificialCount));
        artificialCount = 0;
      }
      /** @type {number[]} */
      const rest = [];
      for (let j = 0; j < data.numCols; j++) if (!inModel[j]) rest.push(j);
      rest.forEach((j) => (inModel[j] = 1));
      addColumns(highs, lp, data, rest);
      inLp += rest.length;
      complete = true;
    };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const left = (deadline - performance.now()) / 1000;
      if (left <= 0) break;
      lp.options.set({ time_limit: left });
      lp.run();
      const status = lp.getModelStatus();
      const codes = highs.constants.modelStatus;
      if (TRACE) console.error(`rotaplan-trace: pricing round ${round}: ${inLp} columns, status ${status}, ${(performance.now() / 1000).toFixed(1)} s`);
      if (status === codes.infeasible) {
        if (complete) return { status: 'infeasible' };
        // Only once every artificial is out: the whole LP decides, when it fits in HiGHS.
        if (data.numCols > MAX_HIGHS_COLUMNS) break;
        completeLp();
        continue;
      }
      if (status !== codes.optimal) break;
      const solution = lp.getSolution();
      const dual = Float64Array.from(solution.rowDual);
      const priced = dualBound(data, dual);
      if (!best || priced.bound < best.bound) best = { ...priced, dual, rounds: round + 1 };
      onRound(best.bound);
      /** @type {number[]} */
      const attractive = [];
      for (let j = 0; j < data.numCols; j++) if (!inModel[j] && num(priced.reduced[j]) > 1e-9) attractive.push(j);
      if (attractive.length === 0) {
        // Optimal over every column. With an artificial still above 0 the rows may admit no
        // point at all: decide on the whole LP (small models), else keep the bound met.
        let used = false;
        for (let k = 0; k < artificialCount && !used; k++) used = num(solution.colValue[artificialFrom + k]) > 1e-9;
        if (!used || data.numCols > MAX_HIGHS_COLUMNS) break;
        completeLp();
        continue;
      }
      // Past HiGHS's cap the LP stops growing; the duals met still give a valid bound.
      const room = Math.min(MAX_ADDED, MAX_HIGHS_COLUMNS - inLp);
      if (room <= 0) break;
      attractive.sort((a, b) => num(priced.reduced[b]) - num(priced.reduced[a]) || a - b);
      const added = attractive.slice(0, room).sort((a, b) => a - b);
      added.forEach((j) => (inModel[j] = 1));
      addColumns(highs, lp, data, added);
      inLp += added.length;
    }
    return best && Number.isFinite(best.bound) ? { status: 'bounded', ...best } : { status: 'unknown' };
  } finally {
    lp.dispose();
  }
}

/**
 * Artificial columns (+1 for a lower side, −1 for an upper one) for the row sides that the
 * point "every column at its lower bound" misses: with them that point is feasible, so the
 * restricted LP is. Rows it meets get none (they would only slow the simplex). Their penalty
 * M = 1000·(1 + max |c|) is far more than a unit of any row is worth to a plan.
 * @param {WorkerArrays} data
 */
function artificialColumns(data) {
  let largest = 0;
  for (let j = 0; j < data.numCols; j++) largest = Math.max(largest, Math.abs(num(data.cost[j])));
  const penalty = -1000 * (1 + largest);
  /** @type {number[]} */
  const rows = [];
  /** @type {number[]} */
  const signs = [];
  for (let i = 0; i < data.numRows; i++) {
    let activity = 0;
    for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) activity += num(data.values[k]) * num(data.lower[num(data.indices[k])]);
    const lower = num(data.rowLower[i]);
    const upper = num(data.rowUpper[i]);
    // NaN (an infinite column bound in the row): both finite sides, to be safe.
    const unknown = Number.isNaN(activity) || !Number.isFinite(activity);
    if (lower > -Infinity && (unknown || activity < lower - 1e-9)) {
      rows.push(i);
      signs.push(1);
    }
    if (upper < Infinity && (unknown || activity > upper + 1e-9)) {
      rows.push(i);
      signs.push(-1);
    }
  }
  return { count: rows.length, cost: new Float64Array(rows.length).fill(penalty), rows: Int32Array.from(rows), signs: Float64Array.from(signs) };
}

/**
 * A CSC matrix with one-entry columns appended.
 * @param {{ format: 'csc', numRows: number, numCols: number, starts: Int32Array, indices: Int32Array, values: Float64Array }} matrix
 * @param {{ count: number, rows: Int32Array, signs: Float64Array }} extra
 */
function appendColumns(matrix, extra) {
  const total = num(matrix.starts[matrix.numCols]);
  const starts = new Int32Array(matrix.numCols + extra.count + 1);
  starts.set(matrix.starts);
  for (let k = 0; k < extra.count; k++) starts[matrix.numCols + k + 1] = total + k + 1;
  return {
    format: /** @type {const} */ ('csc'),
    numRows: matrix.numRows,
    numCols: matrix.numCols + extra.count,
    starts,
    indices: concat(matrix.indices.subarray(0, total), extra.rows),
    values: concat(matrix.values.subarray(0, total), extra.signs),
  };
}

/**
 * @template {Float64Array | Int32Array} T
 * @param {T} a @param {T} b @returns {T}
 */
function concat(a, b) {
  const out = /** @type {T} */ (new /** @type {any} */ (a.constructor)(a.length + b.length));
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** @param {Highs} highs @param {ReturnType<Highs['createModel']>} lp @param {WorkerArrays} data @param {number[]} columns */
function addColumns(highs, lp, data, columns) {
  if (columns.length > 0) lp.addCols(columnsData(highs, data, columns));
}

/**
 * Costs, bounds and CSC matrix of some columns, for HiGHS, read off the rows in one pass
 * (a column-major copy of a 10^6-column matrix would cost more memory than it saves time).
 */
/** @param {Highs} highs @param {WorkerArrays} data @param {readonly number[]} columns */
function columnsData(highs, data, columns) {
  const position = new Int32Array(data.numCols).fill(-1);
  columns.forEach((j, c) => (position[j] = c));
  const starts = new Int32Array(columns.length + 1);
  for (let k = 0; k < data.indices.length; k++) {
    const c = num(position[num(data.indices[k])]);
    if (c >= 0) starts[c + 1] = num(starts[c + 1]) + 1;
  }
  for (let c = 0; c < columns.length; c++) starts[c + 1] = num(starts[c + 1]) + num(starts[c]);
  const next = starts.slice(0, columns.length);
  const total = num(starts[columns.length]);
  const indices = new Int32Array(total);
  const values = new Float64Array(total);
  for (let i = 0; i < data.numRows; i++) {
    for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) {
      const c = num(position[num(data.indices[k])]);
      if (c < 0) continue;
      const at = num(next[c]);
      next[c] = at + 1;
      indices[at] = i;
      values[at] = num(data.values[k]);
    }
  }
  return {
    cost: Float64Array.from(columns, (j) => num(data.cost[j])),
    lower: Float64Array.from(columns, (j) => finite(highs, num(data.lower[j]))),
    upper: Float64Array.from(columns, (j) => finite(highs, num(data.upper[j]))),
    matrix: { format: /** @type {const} */ ('csc'), numRows: data.numRows, numCols: columns.length, starts, indices, values },
  };
}

/**
 * The columns whose penalty is at most `delta`, and the best objective any plan using one of
 * the others can reach (−Infinity when none is left out).
 */
/** @param {WorkerArrays} data @param {Priced} priced @param {number} delta */
export function restriction(data, priced, delta) {
  /** @type {number[]} */
  const kept = [];
  let leastLeftOut = Infinity;
  for (let j = 0; j < data.numCols; j++) {
    const penalty = -num(priced.reduced[j]);
    if (!removable(data, j)) kept.push(j);
    // A column fixed at 0 is 0 in every plan: left out, it costs no plan anything.
    else if (data.upper[j] === 0) continue;
    else if (penalty <= delta) kept.push(j);
    else if (penalty < leastLeftOut) leastLeftOut = penalty;
  }
  return { kept: Int32Array.from(kept), outside: priced.bound - leastLeftOut };
}

/**
 * The largest penalty that keeps at most `count` columns (those not removable always stay),
 * or −Infinity when even penalty 0 keeps more.
 */
/** @param {WorkerArrays} data @param {Priced} priced @param {number} count */
export function penaltyAdmitting(data, priced, count) {
  let fixed = 0;
  const penalties = new Float64Array(data.numCols);
  let n = 0;
  for (let j = 0; j < data.numCols; j++) {
    if (!removable(data, j)) fixed += 1;
    else penalties[n++] = -num(priced.reduced[j]);
  }
  const room = count - fixed;
  if (room <= 0) return -Infinity;
  if (room >= n) return Infinity;
  const sorted = penalties.subarray(0, n).sort();
  // Below the first penalty left out (ties stay out together).
  const next = num(sorted[room]);
  let k = room;
  while (k > 0 && num(sorted[k - 1]) === next) k -= 1;
  return k === 0 ? -Infinity : num(sorted[k - 1]);
}

/** The arrays of the model restricted to `kept` columns, cuts included (their other columns are 0). */
/**
 * @param {WorkerArrays} data @param {Int32Array} kept @param {readonly Cut[]} cuts
 * @returns {WorkerArrays & { position: Int32Array }}
 */
export function restrictedModel(data, kept, cuts) {
  const position = new Int32Array(data.numCols).fill(-1);
  kept.forEach((j, c) => (position[j] = c));
  // Typed arrays sized in a first pass: at 10^6 kept columns, growing plain arrays cost 4× more.
  /** @type {[Int32Array, Float64Array | Int8Array, number, number][]} */
  const rows = [];
  for (let i = 0; i < data.numRows; i++) rows.push([data.indices, data.values, num(data.starts[i]), num(data.starts[i + 1])]);
  for (const cut of cuts) rows.push([cut.indices, cut.values, 0, cut.indices.length]);
  let total = 0;
  for (const [rowIndices, , from, to] of rows) for (let k = from; k < to; k++) if (num(position[num(rowIndices[k])]) >= 0) total += 1;
  const starts = new Int32Array(rows.length + 1);
  const indices = new Int32Array(total);
  const values = new Float64Array(total);
  let at = 0;
  rows.forEach(([rowIndices, rowValues, from, to], r) => {
    for (let k = from; k < to; k++) {
      const c = num(position[num(rowIndices[k])]);
      if (c >= 0) {
        indices[at] = c;
        values[at] = num(rowValues[k]);
        at += 1;
      }
    }
    starts[r + 1] = at;
  });
  const rowLower = new Float64Array(rows.length);
  const rowUpper = new Float64Array(rows.length);
  rowLower.set(data.rowLower);
  rowUpper.set(data.rowUpper);
  cuts.forEach((cut, k) => {
    rowLower[data.numRows + k] = cut.lower;
    rowUpper[data.numRows + k] = cut.upper;
  });
  return {
    position,
    numCols: kept.length,
    numRows: rows.length,
    offset: data.offset,
    cost: Float64Array.from(kept, (j) => num(data.cost[j])),
    lower: Float64Array.from(kept, (j) => num(data.lower[j])),
    upper: Float64Array.from(kept, (j) => num(data.upper[j])),
    integrality: Int32Array.from(kept, (j) => num(data.integrality[j])),
    rowLower,
    rowUpper,
    starts,
    indices,
    values,
  };
}

/**
 * An entry read from a typed array within its bounds (the type-check cannot tell; indices here
 * come from the arrays' own lengths and CSR starts).
 * @param {number | undefined} value
 */
function num(value) {
  return /** @type {number} */ (value);
}

/** @param {Highs} highs @param {number} v */
function finite(highs, v) {
  return v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v;
}
