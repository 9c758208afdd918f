// @ts-check
// A plan built greedily, for a large round whose pricing ran out of time: HiGHS, handed a
// restriction of 10^5 columns or more with a few seconds left, often finds no plan at all, and
// a time-limited solve must still answer with one (and its proven gap). Plain JavaScript
// checked through JSDoc, like the rest of the worker; a pure function of its arguments.
//
// From the model's lower bounds (no move; columns fixed at 1 taken), the rows the start misses
// (a must-move cadre, a must-fill post, a pin) are repaired first: a candidate of a missed row
// that makes the rows miss less in all is taken; one that misses as much elsewhere (the cadre
// leaves a must-fill post; one moves into a post whose holder stays) is taken with a chain of
// further repairs, a few links deep, that ends with less missed in all, or undone. Then the
// candidate 0–1 columns, in the order given (the caller's preference: the LP's choice first),
// are taken when they pay and keep every row within its bounds. A continuous column that is in
// one row only, with a positive coefficient (a soft quota's shortfall), is raised as far as
// that row needs, its cost counted. Nothing here is proven: the worker re-checks the plan
// against every row, bound and cut, and HiGHS starts from it.
import { columnRows, num } from './restrict.mjs';

/** @typedef {import('./highs-protocol.ts').WorkerArrays} WorkerArrays */

/** Sweeps over the candidates at most (a move into a post may wait for its holder's move). */
const SWEEPS = 4;
/** Links a repair's chain may have beyond its first column, and the candidates tried per link. */
const CHAIN = 6;
const BRANCH = 6;
/** Candidates the repair of one missed row may try (a count, not a time: the same plan on any machine). */
const ROW_BUDGET = 50_000;
const EPSILON = 1e-9;

/**
 * @param {WorkerArrays} data
 * @param {ArrayLike<number>} candidates 0–1 columns, in the order they are preferred
 * @returns {Float64Array | undefined} values over every column, or undefined when the rows the
 *   start misses could not all be met
 */
export function constructPlan(data, candidates) {
  const plan = new Construction(data, candidates);
  if (!plan.repair()) return undefined;
  plan.improve();
  return plan.values;
}

class Construction {
  /** @param {WorkerArrays} data @param {ArrayLike<number>} candidates */
  constructor(data, candidates) {
    this.data = data;
    this.candidates = candidates;
    this.values = Float64Array.from(data.lower, (v) => (Number.isFinite(v) ? v : 0));
    // One pass over the rows for the candidates, the columns the start has away from 0 (fixed
    // at 1) and the continuous ones (shortfalls): the rest of the model is 0 and stays so.
    /** @type {number[]} */
    const others = [];
    for (let j = 0; j < data.numCols; j++) if (num(this.values[j]) !== 0 || data.integrality[j] !== 1) others.push(j);
    const all = new Int32Array(candidates.length + others.length);
    all.set(Array.from(candidates));
    all.set(others, candidates.length);
    const columns = columnRows(data, all);
    this.columns = columns;
    this.activity = new Float64Array(data.numRows);
    for (let c = candidates.length; c < all.length; c++) {
      const v = num(this.values[num(all[c])]);
      for (let k = num(columns.starts[c]); k < num(columns.starts[c + 1]); k++) this.activity[num(columns.rows[k])] = num(this.activity[num(columns.rows[k])]) + v * num(columns.values[k]);
    }
    this.slack = slackColumns(data, all, candidates.length, columns);
    this.byRow = rowCandidates(data.numRows, columns, candidates.length);
    /** Candidates taken, in order, and the slack raised for each of their rows (to undo). @type {number[]} */
    this.order = [];
    /** @type {number[]} */
    this.raises = [];
    this.missed = 0;
    for (let i = 0; i < data.numRows; i++) this.missed += this.miss(i, num(this.activity[i]));
    this.budget = ROW_BUDGET;
  }

  /** How far row i misses its bounds at an activity. @param {number} i @param {number} a */
  miss(i, a) {
    return Math.max(0, num(this.data.rowLower[i]) - a - EPSILON, a - num(this.data.rowUpper[i]) - EPSILON);
  }

  /** @param {number} c */
  open(c) {
    const j = num(this.candidates[c]);
    return num(this.values[j]) === 0 && num(this.data.upper[j]) >= 1;
  }

  /**
   * The slack that row i's shortfall column would take at an activity (as far as its bound allows).
   * @param {number} i @param {number} after
   */
  raiseFor(i, after) {
    const s = num(this.slack[i]);
    if (s < 0 || after >= num(this.data.rowLower[i])) return 0;
    const room = (num(this.data.upper[s]) - num(this.values[s])) * num(this.slack.coefficient[i]);
    return Math.max(0, Math.min(room, num(this.data.rowLower[i]) - after));
  }

  /**
   * Takes candidate c (`apply`), or only says what taking it would change: the objective
   * (slack included) and the rows' total miss.
   * @param {number} c @param {boolean} apply
   */
  visit(c, apply) {
    const { data, columns, activity, values, slack } = this;
    let gain = num(data.cost[num(this.candidates[c])]);
    let missChange = 0;
    if (apply) {
      values[num(this.candidates[c])] = 1;
      this.order.push(c);
    }
    for (let k = num(columns.starts[c]); k < num(columns.starts[c + 1]); k++) {
      const i = num(columns.rows[k]);
      const before = num(activity[i]);
      let after = before + num(columns.values[k]);
      const raise = this.raiseFor(i, after);
      if (raise > 0) {
        const s = num(slack[i]);
        gain += (num(data.cost[s]) * raise) / num(slack.coefficient[i]);
        if (apply) values[s] = num(values[s]) + raise / num(slack.coefficient[i]);
        after += raise;
      }
      missChange += this.miss(i, after) - this.miss(i, before);
      if (apply) {
        this.raises.push(raise);
        activity[i] = after;
      }
    }
    if (apply) this.missed += missChange;
    return { gain, missChange };
  }

  /** @param {number} c */
  effect(c) {
    return this.visit(c, false);
  }

  /** @param {number} c */
  take(c) {
    this.visit(c, true);
  }

  /** Undoes the takes after the first `count`. @param {number} count */
  undoTo(count) {
    const { columns, activity, values } = this;
    while (this.order.length > count) {
      const c = num(this.order.pop());
      values[num(this.candidates[c])] = 0;
      for (let k = num(columns.starts[c + 1]) - 1; k >= num(columns.starts[c]); k--) {
        const i = num(columns.rows[k]);
        const raise = num(this.raises.pop());
        if (raise > 0) {
          const s = num(this.slack[i]);
          values[s] = num(values[s]) - raise / num(this.slack.coefficient[i]);
        }
        const before = num(activity[i]);
        const after = before - num(columns.values[k]) - raise;
        activity[i] = after;
        this.missed += this.miss(i, after) - this.miss(i, before);
      }
    }
  }

  /**
   * Meets row i better: with a candidate that leaves the rows missing less in all, else with
   * one that misses as much elsewhere followed by a chain of repairs of the rows it missed
   * (`CHAIN` deep, `BRANCH` tries a link past the first); true when the rows then miss less in
   * all (else nothing is left taken).
   * @param {number} i @param {number} depth
   * @returns {boolean}
   */
  repairRow(i, depth) {
    const { byRow, columns, data } = this;
    const entry = this.missed;
    const mark = this.order.length;
    const below = num(this.activity[i]) < num(data.rowLower[i]);
    const from = num(byRow.starts[i]);
    const to = num(byRow.starts[i + 1]);
    /** @param {number} k */
    const helps = (k) => this.open(num(byRow.candidates[k])) && (below ? num(byRow.coefficients[k]) > 0 : num(byRow.coefficients[k]) < 0);
    for (let k = from; k < to && this.budget > 0; k++) {
      if (!helps(k)) continue;
      this.budget -= 1;
      const c = num(byRow.candidates[k]);
      if (this.effect(c).missChange < -EPSILON) {
        this.take(c);
        return true;
      }
    }
    if (depth >= CHAIN) return false;
    let tries = 0;
    for (let k = from; k < to && this.budget > 0 && (depth === 0 || tries < BRANCH); k++) {
      if (!helps(k)) continue;
      this.budget -= 1;
      tries += 1;
      const c = num(byRow.candidates[k]);
      this.take(c);
      for (let q = num(columns.starts[c]); q < num(columns.starts[c + 1]) && this.missed >= entry - 1e-6; q++) {
        const r = num(columns.rows[q]);
        if (r !== i && this.miss(r, num(this.activity[r])) > 0) this.repairRow(r, depth + 1);
      }
      if (this.missed < entry - 1e-6) return true;
      this.undoTo(mark);
    }
    return false;
  }

  /** Repairs the rows the start misses; true when none is missed any more. */
  repair() {
    for (let progress = true; progress && this.missed > 1e-6; ) {
      progress = false;
      for (let i = 0; i < this.data.numRows && this.missed > 1e-6; i++) {
        if (this.miss(i, num(this.activity[i])) <= 0) continue;
        this.budget = ROW_BUDGET;
        if (this.repairRow(i, 0)) progress = true;
      }
    }
    return this.missed <= 1e-6;
  }

  /** Takes the candidates that pay and keep every row met, in their order. */
  improve() {
    for (let sweep = 0; sweep < SWEEPS; sweep++) {
      let changed = false;
      for (let c = 0; c < this.candidates.length; c++) {
        if (!this.open(c)) continue;
        const { gain, missChange } = this.effect(c);
        if (gain <= EPSILON || missChange > 0) continue;
        this.take(c);
        changed = true;
      }
      if (!changed) break;
    }
  }
}

/**
 * For each row, a continuous column found in that row only, with a positive coefficient and a
 * cost of at most 0 (raising it meets the row's lower bound at a price), or −1; among the
 * columns `all[from..]` (their rows in `columns`).
 * @param {WorkerArrays} data @param {Int32Array} all @param {number} from
 * @param {{ starts: Int32Array, rows: Int32Array, values: Float64Array }} columns
 */
function slackColumns(data, all, from, columns) {
  const slack = Object.assign(new Int32Array(data.numRows).fill(-1), { coefficient: new Float64Array(data.numRows) });
  for (let c = from; c < all.length; c++) {
    const j = num(all[c]);
    const k = num(columns.starts[c]);
    if (data.integrality[j] === 1 || num(columns.starts[c + 1]) !== k + 1) continue;
    const i = num(columns.rows[k]);
    if (num(columns.values[k]) <= 0 || num(data.cost[j]) > 0 || num(slack[i]) >= 0) continue;
    slack[i] = j;
    slack.coefficient[i] = num(columns.values[k]);
  }
  return slack;
}

/**
 * The candidates (the first `count` columns of `columns`) of each row with their coefficients,
 * in the candidates' order (CSR over rows of candidate positions).
 * @param {number} numRows @param {{ starts: Int32Array, rows: Int32Array, values: Float64Array }} columns @param {number} count
 */
function rowCandidates(numRows, columns, count) {
  const entries = num(columns.starts[count]);
  const starts = new Int32Array(numRows + 1);
  for (let k = 0; k < entries; k++) starts[num(columns.rows[k]) + 1] = num(starts[num(columns.rows[k]) + 1]) + 1;
  for (let i = 0; i < numRows; i++) starts[i + 1] = num(starts[i + 1]) + num(starts[i]);
  const next = starts.slice(0, numRows);
  const candidates = new Int32Array(entries);
  const coefficients = new Float64Array(entries);
  for (let c = 0; c < count; c++) {
    for (let k = num(columns.starts[c]); k < num(columns.starts[c + 1]); k++) {
      const i = num(columns.rows[k]);
      const at = num(next[i]);
      candidates[at] = c;
      coefficients[at] = num(columns.values[k]);
      next[i] = at + 1;
    }
  }
  return { starts, candidates, coefficients };
}
