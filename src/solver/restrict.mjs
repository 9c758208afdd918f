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

/** True for a 0–1 column that may be left out of the restricted model. */
/** @param {WorkerArrays} data @param {number} j */
export function removable(data, j) {
  return data.integrality[j] === 1 && data.lower[j] === 0 && data.upper[j] === 1;
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
  const lp = highs.createModel({
    numCols: seed.length,
    numRows: data.numRows,
    sense: highs.constants.objectiveSense.maximize,
    offset: data.offset,
    colCost: first.cost,
    colLower: first.lower,
    colUpper: first.upper,
    rowLower: Array.from(data.rowLower, (v) => finite(highs, v)),
    rowUpper: Array.from(data.rowUpper, (v) => finite(highs, v)),
    matrix: first.matrix,
  });
  try {
    // Presolve off: each round restarts from the last basis with a few more columns.
    lp.options.set({ output_flag: false, presolve: 'off' });
    /** @type {(Priced & { dual: Float64Array, rounds: number }) | undefined} */
    let best;
    // True once the LP holds every column (then its infeasibility is the whole LP's).
    let complete = seed.length === data.numCols;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const left = (deadline - performance.now()) / 1000;
      if (left <= 0) break;
      lp.options.set({ time_limit: left });
      lp.run();
      const status = lp.getModelStatus();
      const codes = highs.constants.modelStatus;
      if (status === codes.infeasible) {
        if (complete) return { status: 'infeasible' };
        // Some rows need columns the seed left out: price with the whole matrix.
        /** @type {number[]} */
        const rest = [];
        for (let j = 0; j < data.numCols; j++) if (!inModel[j]) rest.push(j);
        rest.forEach((j) => (inModel[j] = 1));
        addColumns(highs, lp, data, rest);
        complete = true;
        continue;
      }
      if (status !== codes.optimal) break;
      const dual = Float64Array.from(lp.getSolution().rowDual);
      const priced = dualBound(data, dual);
      if (!best || priced.bound < best.bound) best = { ...priced, dual, rounds: round + 1 };
      onRound(best.bound);
      /** @type {number[]} */
      const attractive = [];
      for (let j = 0; j < data.numCols; j++) if (!inModel[j] && num(priced.reduced[j]) > 1e-9) attractive.push(j);
      if (attractive.length === 0) break;
      attractive.sort((a, b) => num(priced.reduced[b]) - num(priced.reduced[a]) || a - b);
      const added = attractive.slice(0, MAX_ADDED).sort((a, b) => a - b);
      added.forEach((j) => (inModel[j] = 1));
      addColumns(highs, lp, data, added);
    }
    return best && Number.isFinite(best.bound) ? { status: 'bounded', ...best } : { status: 'unknown' };
  } finally {
    lp.dispose();
  }
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
    if (!removable(data, j) || penalty <= delta) kept.push(j);
    else if (penalty < leastLeftOut) leastLeftOut = penalty;
  }
  return { kept: Int32Array.from(kept), outside: priced.bound - leastLeftOut };
}

/** The arrays of the model restricted to `kept` columns, cuts included (their other columns are 0). */
/**
 * @param {WorkerArrays} data @param {Int32Array} kept @param {readonly Cut[]} cuts
 * @returns {WorkerArrays & { position: Int32Array }}
 */
export function restrictedModel(data, kept, cuts) {
  const position = new Int32Array(data.numCols).fill(-1);
  kept.forEach((j, c) => (position[j] = c));
  const starts = [0];
  /** @type {number[]} */
  const indices = [];
  /** @type {number[]} */
  const values = [];
  const rowLower = Array.from(data.rowLower);
  const rowUpper = Array.from(data.rowUpper);
  /** @param {Int32Array} rowIndices @param {Float64Array | Int8Array} rowValues @param {number} from @param {number} to */
  const keepRow = (rowIndices, rowValues, from, to) => {
    for (let k = from; k < to; k++) {
      const c = num(position[num(rowIndices[k])]);
      if (c >= 0) {
        indices.push(c);
        values.push(num(rowValues[k]));
      }
    }
    starts.push(indices.length);
  };
  for (let i = 0; i < data.numRows; i++) keepRow(data.indices, data.values, num(data.starts[i]), num(data.starts[i + 1]));
  for (const cut of cuts) {
    keepRow(cut.indices, cut.values, 0, cut.indices.length);
    rowLower.push(cut.lower);
    rowUpper.push(cut.upper);
  }
  return {
    position,
    numCols: kept.length,
    numRows: rowLower.length,
    offset: data.offset,
    cost: Float64Array.from(kept, (j) => num(data.cost[j])),
    lower: Float64Array.from(kept, (j) => num(data.lower[j])),
    upper: Float64Array.from(kept, (j) => num(data.upper[j])),
    integrality: Int32Array.from(kept, (j) => num(data.integrality[j])),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
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
