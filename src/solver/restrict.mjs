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
// it reaches o. The y come from the LP relaxation (solved by column generation in pricing.mjs),
// but the bound is recomputed here from y alone: it holds for any y, so neither the LP's
// optimality nor its tolerances matter.
//
// Groups (Lasdon's bound). Where 0–1 columns share a row Σ a_j·x_j ≤ 1 with every a ≥ 0 over
// columns ≥ 0 (one move per cadre, one cadre per post), at most one of the columns with
// a_j ≥ 1 is 1 (the sum of their x is at most 1 in the LP too), so together they add at most
// max(0, their largest d_j) to d·x, not the sum of their positive d_j. Each such column is
// given to one of its rows (its group; the first); U takes each group's largest d instead, and
// a column j of group g scores at most U − gain_g + d_j: its penalty is gain_g − d_j ≥ 0. With
// the duals of an LP that is not yet priced to its optimum (many left-out columns of positive
// d), this is the difference between a bound of 10^6 and one a few points above the optimum
// (2,000 cadres, first pricing round: 1,266,892 against 10,959; the optimum is 5,990). At the
// LP's optimum (every d_j ≤ 0 but for columns at 1) both bounds are the LP's value.

/** @typedef {import('./highs-protocol.ts').WorkerArrays} WorkerArrays */
/**
 * @typedef {object} Priced
 * @property {number} bound U(y): no solution of the LP relaxation scores more.
 * @property {Float64Array} reduced c − Aᵀy for every column.
 * @property {Int32Array} group the group (row) of each column, −1 for none (`columnGroups`).
 * @property {Float64Array} gain what each group adds to U: its largest d (at least 0), or, when
 *   one of its columns is fixed at 1, that column's d (the others are then 0 in every point).
 * @property {Uint8Array} held 1 for a group with a column fixed at 1.
 */
/**
 * A row added to the model (a cut), over the full model's columns.
 * @typedef {object} Cut
 * @property {number} lower
 * @property {number} upper
 * @property {Int32Array} indices
 * @property {Float64Array | Int8Array} values
 */
/**
 * Columns HiGHS is given at most (pricing LP or restricted MIP). HiGHS's WebAssembly has 4 GiB
 * at most; a 5,000-cadre round (5.1 million pairs) handed over whole aborted out of memory.
 * Past this the search stops growing and answers with its best plan and a valid bound.
 */
export const MAX_HIGHS_COLUMNS = 1_000_000;

/**
 * U(y) and the reduced costs d = c − Aᵀy over every column. A multiplier whose sign asks for
 * an infinite row bound is taken as 0 (still a valid y). U is +Infinity when a column with an
 * infinite bound has a reduced cost of the wrong sign.
 */
/** @param {WorkerArrays} data @param {ArrayLike<number>} rowDual @returns {Priced} */
export function dualBound(data, rowDual) {
  const { reduced, bound } = reducedCosts(data, rowDual);
  return withColumns(data, reduced, bound);
}

/**
 * The reduced costs d = c − Aᵀy and the rows' part of U (offset + Σ y·(row bound)): one pass
 * over the rows (`dualBound` adds the columns' part).
 * @param {WorkerArrays} data @param {ArrayLike<number>} rowDual
 */
export function reducedCosts(data, rowDual) {
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
  return { reduced, bound };
}

/**
 * U from the rows' part and the reduced costs: each column's, or its group's, best (see the header).
 * @param {WorkerArrays} data @param {Float64Array} reduced @param {number} rowsBound @returns {Priced}
 */
export function withColumns(data, reduced, rowsBound) {
  let bound = rowsBound;
  const group = columnGroups(data);
  const gain = new Float64Array(data.numRows);
  const held = new Uint8Array(data.numRows);
  for (let j = 0; j < data.numCols; j++) {
    const d = num(reduced[j]);
    const g = num(group[j]);
    const best = most(data, d, j);
    if (g < 0) bound += best;
    else if (num(data.lower[j]) > 0) {
      // Fixed at 1: the group's other columns are 0 in every point.
      gain[g] = held[g] ? num(gain[g]) + best : best;
      held[g] = 1;
    } else if (!held[g] && best > num(gain[g])) gain[g] = best;
  }
  for (let i = 0; i < data.numRows; i++) bound += num(gain[i]);
  return { bound: Number.isNaN(bound) ? Infinity : bound, reduced, group, gain, held };
}

/**
 * How far below U every point with column j at 1 scores (j a 0–1 column): 0 when j is fixed at
 * 1 (U counts it already); in its group g, gain_g − d_j, or Infinity when another column of g
 * is fixed at 1 (no point has j at 1); without a group, max(0, d_j) − d_j.
 * @param {WorkerArrays} data @param {Priced} priced @param {number} j
 */
export function penalty(data, priced, j) {
  if (num(data.lower[j]) > 0) return 0;
  const d = num(priced.reduced[j]);
  const g = num(priced.group[j]);
  if (g < 0) return d > 0 ? d * num(data.upper[j]) - d : -d;
  return priced.held[g] ? Infinity : num(priced.gain[g]) - d;
}

/**
 * Bounds on the points with column j0 (fixed at 1 when these y were priced) swapped for each
 * column j of `columns`: j0 at 0, j at 1, from the same y. Meant for columns sharing a row
 * Σ x ≤ 1 with j0 (the other cadres of j0's post: the report's alternatives), where j at 1
 * puts j0 at 0. U changes in two groups only: j0's own takes the best of its other columns
 * (j0 is 0 now), j's takes d_j (j at 1). Each bound holds for any y, as U does (the
 * duals of the LP with j0 forced bound the LP with j forced too, often far better than the
 * duals of the model as opened: they know that the post's usual holder has been displaced).
 * Infinity where the swap says nothing (j in j0's group or in a group held by another column,
 * or j fixed at 0).
 * @param {WorkerArrays} data @param {Priced} priced @param {number} j0 @param {Int32Array} columns
 * @returns {Float64Array}
 */
export function swapBounds(data, priced, j0, columns) {
  const bounds = new Float64Array(columns.length).fill(Infinity);
  const g0 = num(priced.group[j0]);
  if (g0 < 0 || num(data.lower[j0]) <= 0) return bounds;
  let rest = 0;
  for (let k = num(data.starts[g0]); k < num(data.starts[g0 + 1]); k++) {
    const j = num(data.indices[k]);
    if (j !== j0 && num(priced.group[j]) === g0) rest = Math.max(rest, most(data, num(priced.reduced[j]), j));
  }
  // U with j0's group free and j0 at 0: what every swap starts from.
  const freed = priced.bound - num(priced.gain[g0]) + rest;
  columns.forEach((j, i) => {
    const g = num(priced.group[j]);
    if (g === g0 || num(data.upper[j]) <= 0 || num(data.lower[j]) > 0 || (g >= 0 && priced.held[g])) return;
    const d = num(priced.reduced[j]);
    bounds[i] = freed - (g >= 0 ? num(priced.gain[g]) : most(data, d, j)) + d;
  });
  return bounds;
}

/** What column j adds to d·x at most, with reduced cost d: its bound on the side d favours. @param {WorkerArrays} data @param {number} d @param {number} j */
function most(data, d, j) {
  return d > 0 ? d * num(data.upper[j]) : d < 0 ? d * num(data.lower[j]) : 0;
}

/** Groups by model (their arrays): found once, the rows never change. @type {WeakMap<object, Int32Array>} */
const GROUPS = new WeakMap();

/**
 * The group of each column (see the header): the first row Σ a·x ≤ 1 whose coefficients are
 * all ≥ 0 over columns ≥ 0 in which it is a 0–1 column with a ≥ 1; −1 for none.
 * @param {WorkerArrays} data @returns {Int32Array}
 */
export function columnGroups(data) {
  const known = GROUPS.get(data.indices);
  if (known && known.length === data.numCols) return known;
  const group = new Int32Array(data.numCols).fill(-1);
  for (let i = 0; i < data.numRows; i++) {
    if (num(data.rowUpper[i]) !== 1) continue;
    const from = num(data.starts[i]);
    const to = num(data.starts[i + 1]);
    let capped = true;
    for (let k = from; k < to && capped; k++) capped = num(data.values[k]) >= 0 && num(data.lower[num(data.indices[k])]) >= 0;
    if (!capped) continue;
    for (let k = from; k < to; k++) {
      const j = num(data.indices[k]);
      if (num(group[j]) < 0 && num(data.values[k]) >= 1 && data.integrality[j] === 1 && num(data.lower[j]) === 0 && num(data.upper[j]) <= 1) group[j] = i;
    }
  }
  GROUPS.set(data.indices, group);
  return group;
}

/** True for a 0–1 column that may be left out of the restricted model (one fixed at 0 included). */
/** @param {WorkerArrays} data @param {number} j */
export function removable(data, j) {
  return data.integrality[j] === 1 && data.lower[j] === 0 && (data.upper[j] === 1 || data.upper[j] === 0);
}

/**
 * The columns whose penalty is at most `delta` (and those marked in `also`; of those at
 * exactly `delta`, the first `ties` only), and the best objective any plan using one of the
 * others can reach (−Infinity when none is left out).
 * @param {WorkerArrays} data @param {Priced} priced @param {number} delta @param {Uint8Array} [also] @param {number} [ties]
 */
export function restriction(data, priced, delta, also, ties = Infinity) {
  /** @type {number[]} */
  const kept = [];
  let leastLeftOut = Infinity;
  let tiesLeft = ties;
  for (let j = 0; j < data.numCols; j++) {
    if (!removable(data, j)) kept.push(j);
    // A column fixed at 0 is 0 in every plan: left out, it costs no plan anything.
    else if (data.upper[j] === 0) continue;
    else {
      const cost = penalty(data, priced, j);
      if (also?.[j] || cost < delta || (cost === delta && tiesLeft-- > 0)) kept.push(j);
      else if (cost < leastLeftOut) leastLeftOut = cost;
    }
  }
  return { kept: Int32Array.from(kept), outside: priced.bound - leastLeftOut };
}

/**
 * The `count` columns of least penalty (ties by index; those not removable and those marked
 * in `also` on top), as `restriction` takes them: its delta and how many columns at delta.
 * @param {WorkerArrays} data @param {Priced} priced @param {number} count @param {Uint8Array} [also]
 */
export function cheapest(data, priced, count, also) {
  const penalties = new Float64Array(data.numCols);
  let n = 0;
  for (let j = 0; j < data.numCols; j++) if (removable(data, j) && data.upper[j] !== 0 && !also?.[j]) penalties[n++] = penalty(data, priced, j);
  if (count <= 0) return { delta: -Infinity, ties: 0 };
  if (count >= n) return { delta: Infinity, ties: Infinity };
  const sorted = penalties.subarray(0, n).sort();
  const delta = num(sorted[count - 1]);
  let below = count - 1;
  while (below > 0 && num(sorted[below - 1]) === delta) below -= 1;
  return { delta, ties: count - below };
}

/**
 * The largest penalty that keeps at most `count` columns (those not removable always stay),
 * or −Infinity when even penalty 0 keeps more.
 * @param {WorkerArrays} data @param {Priced} priced @param {number} count
 */
export function penaltyAdmitting(data, priced, count) {
  let fixed = 0;
  const penalties = new Float64Array(data.numCols);
  let n = 0;
  for (let j = 0; j < data.numCols; j++) {
    if (!removable(data, j)) fixed += 1;
    else penalties[n++] = penalty(data, priced, j);
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
 * The rows and coefficients of some columns (CSC over `columns`' positions), read off the rows
 * in one pass (each column's count of entries is known once per model, `columnCounts`).
 * @param {WorkerArrays} data @param {ArrayLike<number>} columns
 */
export function columnRows(data, columns) {
  const counts = columnCounts(data);
  const position = new Int32Array(data.numCols).fill(-1);
  const starts = new Int32Array(columns.length + 1);
  for (let c = 0; c < columns.length; c++) {
    const j = num(columns[c]);
    position[j] = c;
    starts[c + 1] = num(starts[c]) + num(counts[j]);
  }
  const next = starts.slice(0, columns.length);
  const total = num(starts[columns.length]);
  const rows = new Int32Array(total);
  const values = new Float64Array(total);
  for (let i = 0; i < data.numRows; i++) {
    for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) {
      const c = num(position[num(data.indices[k])]);
      if (c < 0) continue;
      const at = num(next[c]);
      next[c] = at + 1;
      rows[at] = i;
      values[at] = num(data.values[k]);
    }
  }
  return { starts, rows, values };
}

/** Entries per column, by model (its arrays): counted once, the rows never change. @type {WeakMap<object, Int32Array>} */
const COUNTS = new WeakMap();

/** How many entries each column has in the rows. @param {WorkerArrays} data @returns {Int32Array} */
function columnCounts(data) {
  const known = COUNTS.get(data.indices);
  if (known && known.length === data.numCols) return known;
  const counts = new Int32Array(data.numCols);
  for (let k = 0; k < data.indices.length; k++) counts[num(data.indices[k])] = num(counts[num(data.indices[k])]) + 1;
  COUNTS.set(data.indices, counts);
  return counts;
}

/**
 * An entry read from a typed array within its bounds (the type-check cannot tell; indices here
 * come from the arrays' own lengths and CSR starts).
 * @param {number | undefined} value
 */
export function num(value) {
  return /** @type {number} */ (value);
}

/** A bound as HiGHS takes it: its own infinity for ±Infinity. @param {import('highs').Highs} highs @param {number} v */
export function finite(highs, v) {
  return v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v;
}

/** The cutoffs of a solve with columns fixed, in steps below ⌊U⌋ (`cutoffLadder`). */
const CUTOFF_STEPS = [1.5, 3.5, 7.5];

/**
 * The cutoffs a solve asks HiGHS for, highest first, on a grid of `step` under the LP bound
 * U: ⌊U⌋ − 1.5, − 3.5 and − 7.5 steps (each asks for the plans of the top 2, 4 or 8 grid
 * points, the cutoff halfway between two), none below the plan known plus half a step, which comes last when reached (does
 * anything beat the plan known?). Empty without a grid.
 * @param {number} bound U @param {number} step @param {number | undefined} known
 * @returns {number[]}
 */
export function cutoffLadder(bound, step, known) {
  if (!(step > 0) || !Number.isFinite(bound)) return [];
  const top = Math.floor((bound + 1e-6 * Math.max(1, Math.abs(bound))) / step);
  const floor = known === undefined ? -Infinity : known + step / 2;
  /** @type {number[]} */
  const cutoffs = [];
  for (const below of CUTOFF_STEPS) {
    const cutoff = (top - below) * step;
    cutoffs.push(Math.max(cutoff, floor));
    if (cutoff <= floor) break;
  }
  return cutoffs;
}
