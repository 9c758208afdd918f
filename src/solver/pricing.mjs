// @ts-check
// The LP relaxation of a large round by column generation, kept alive between solves. HiGHS
// sees the best few columns of every row; the rest are priced here from the row duals y, and
// the columns that would improve the LP join until none would. The LP stays loaded with its
// basis: when a solve fixes columns (why-not's forced move, a committee's pin or forbid), the
// same LP takes the new bounds and is priced again from where it was, in a few warm simplex
// iterations, which gives duals made for that solve: its bound, and so its restriction, are
// then as tight as for the round itself (the duals of the unfixed LP bound a forced move only
// loosely, and the restriction they give a forced solve holds most columns).
//
// The LP holds fewer rows and columns than the model, since a simplex iteration costs in
// proportion to both: rows Σ a·x ≤ 0 over columns ≥ 0 hold their columns at 0 and stay out
// (their duals are raised so that those columns never look attractive: `close`); short rows
// Σ a·x ≤ b with a ≥ 0 (conflicts, relatives) join only once the LP's solution breaks one
// (`brokenRows`); columns far below zero reduced cost leave it after a round (`purge`). A round
// that added few columns goes on with the primal simplex (the dual one restarts perturbed).
//
// The bound (restrict.mjs `dualBound`) is recomputed from y alone over the real rows and
// columns, so neither the LP's optimality nor its tolerances nor the artificial columns below
// matter to exactness. An LP solution that is integral is a plan: it is handed to the worker
// (`onPlan`), which re-checks it against every row, bound and cut before using it.
import { columnRows, dualBound, finite, MAX_HIGHS_COLUMNS, num, reducedCosts, removable, withColumns } from './restrict.mjs';
import { trace } from './trace.mjs';

/** @typedef {import('./highs-protocol.ts').WorkerArrays} WorkerArrays */
/** @typedef {import('./restrict.mjs').Priced} Priced */
/** @typedef {import('highs').Highs} Highs */
/** @typedef {ReturnType<Highs['createModel']>} HighsModel */
/**
 * `converged`: no left-out column would improve the LP (else the deadline or the column cap
 * stopped it: the duals still give a valid bound, a looser one).
 * @typedef {{ status: 'infeasible' } | { status: 'unknown' } | (Priced & { status: 'bounded', dual: Float64Array, rounds: number, converged: boolean })} PriceResult
 */

/** Columns per row in the first restricted LP (the best-paying ones). */
const SEED_PER_ROW = 5;
/**
 * Columns added per pricing round, at most (the most attractive first): this many, or this many
 * per row of the model when that is more (5,000 cadres, 46,000 rows: 18 rounds at 20,000, 9 at
 * 80,000).
 */
const MAX_ADDED = 20000;
const MAX_ADDED_PER_ROW = 1.5;
const MAX_ROUNDS = 60;
/** Each time the LP still needs an artificial, its penalty grows this much (up to `MAX_ESCALATIONS` times). */
const ESCALATION = 100;
const MAX_ESCALATIONS = 2;
/**
 * A round that added at most this many columns (and no row) is run by the primal simplex
 * (HiGHS's strategy 4), which goes on from the last optimum. The dual simplex restarts with its
 * costs perturbed anew: at 2,000 cadres one column added costs it about 3,000 iterations, the
 * primal simplex 3 (10 columns: 2,900 against 276; 100: 3,300 against 1,200). With thousands
 * of columns added the dual simplex is far faster (20,000: 6,000 iterations against 33,000).
 */
const PRIMAL = 4;
const PRIMAL_MAX_ADDED = 300;
/** LP solves a dive makes at most, and the fractional value from which it fixes columns together. */
const MAX_DIVE_STEPS = 20;
const DIVE_AT_ONCE = 0.7;
/**
 * Rows of at most this many entries that no point at the columns' lower bounds can miss from
 * below (Σ a·x ≤ b, every a ≥ 0, b ≥ 0: conflicts, relatives) join the LP only once its
 * solution breaks them (`lazyRows`).
 */
const LAZY_ROW_ENTRIES = 99;
/**
 * After each round, the LP's columns whose reduced cost is below minus this many mean costs
 * (|c| over the model's columns) leave it (`purge`): a simplex iteration costs in proportion to
 * the LP's columns, and those seldom come back.
 */
const PURGE_MARGIN = 1;
/**
 * Half that while no column is fixed and the LP holds this many columns or more: 5,000 cadres
 * price in 31 s instead of 36 in process. (With fixings, 0.5 made the forced solves of a
 * 700-cadre report slower, 29-32 s against 25-27; at 2,000 cadres it left the LP at a vertex
 * whose restricted MIP took HiGHS 7 s instead of 3.)
 */
const PURGE_MARGIN_LARGE = 0.5;
const PURGE_LARGE_FROM_COLUMNS = 50_000;
/**
 * Columns are dropped (`purge`) only once the LP holds this many: below that an iteration
 * costs little, and keeping them leaves the simplex at the vertex it would have reached anyway (at 700 cadres an integral
 * one: the best plan proven with no MIP, where dropping them left a fractional vertex and a MIP
 * of 2 s). At 5,000 cadres dropping them saves a fifth of the pricing (45 -> 37 s in process).
 * Once columns are fixed (why-not, a forbid) they are dropped at any size: the forced solves of
 * a 700-cadre report then take about as long as before rows and columns left the LP.
 */
const PURGE_FROM_COLUMNS = 20_000;

export class PricingLp {
  /** Full column of each LP column, −1 for an artificial. @type {number[]} */
  columns = [];
  /** Artificial LP columns as row side → LP column ("3+" for row 3's lower side). @type {Map<string, number>} */
  artificials = new Map();
  /** The penalty of an artificial column (negative: maximising). */
  penalty;
  /** True while the LP's own status decides infeasibility (it holds every column, no artificial left). */
  complete = false;
  /** True once columns were fixed (`follow`): from then on columns are dropped whatever the LP's size (see PURGE_FROM_COLUMNS). */
  followed = false;
  /** Simplex iterations of every run of this LP so far. */
  iterations = 0;
  /** The LP's size before `completeLp` added every column. */
  completedFrom = 0;
  /** The LP columns' values in the last optimal solution pricing met (`chosen`). @type {Float64Array | undefined} */
  lastOptimal;

  /**
   * @param {Highs} highs
   * @param {WorkerArrays} data the model's arrays; their column bounds may change between
   *   `price` calls (fixed columns), and `follow` tells the LP which
   * @param {Float64Array} [dual] duals priced elsewhere for this model: the first LP starts
   *   from the columns they favour rather than from the best few of every row
   */
  constructor(highs, data, dual) {
    this.highs = highs;
    this.data = data;
    this.inModel = new Uint8Array(data.numCols);
    let largest = 0;
    for (let j = 0; j < data.numCols; j++) largest = Math.max(largest, Math.abs(num(data.cost[j])));
    this.basePenalty = -1000 * (1 + largest);
    let total = 0;
    for (let j = 0; j < data.numCols; j++) total += Math.abs(num(data.cost[j]));
    /** The model's mean cost: columns whose reduced cost falls below minus PURGE_MARGIN of it leave the LP (`purge`). */
    this.meanCost = data.numCols > 0 ? total / data.numCols : 0;
    this.penalty = this.basePenalty;
    const lazy = lazyRows(data);
    /** Rows that hold every one of their columns at 0 (`closedRows`): out of the LP, their duals set by `close`. */
    this.closed = closedRows(data);
    /** 1 for a column in a closed row: never seeded (nor attractive, once `close` set its row's dual). */
    this.shut = new Uint8Array(data.numCols);
    for (const i of this.closed) {
      lazy[i] = 1;
      for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) this.shut[num(data.indices[k])] = 1;
    }
    /** The LP row of each model row, −1 for a row not in the LP (yet). */
    this.rowAt = new Int32Array(data.numRows).fill(-1);
    /** The model row of each LP row. @type {number[]} */
    this.lpRows = [];
    for (let i = 0; i < data.numRows; i++) {
      if (lazy[i]) continue;
      this.rowAt[i] = this.lpRows.length;
      this.lpRows.push(i);
    }
    /** The rows left out of the LP until its solution breaks them. @type {number[]} */
    this.waiting = [];
    for (let i = 0; i < data.numRows; i++) if (lazy[i]) this.waiting.push(i);
    /** The LP column of each full column, −1 for one the LP does not hold. */
    this.position = new Int32Array(data.numCols).fill(-1);
    /** 1 for a column the LP holds or held (`chosen`). */
    this.held = new Uint8Array(data.numCols);
    if (this.closed.length > 0) trace(`pricing: ${this.closed.length} rows hold their columns at 0`);
    const seed = seedColumns(data, dual, lazy, this.shut);
    seed.forEach((j, c) => {
      this.inModel[j] = 1;
      this.held[j] = 1;
      this.position[j] = c;
    });
    const first = this.columnsData(seed);
    this.columns = Array.from(seed);
    this.lp = highs.createModel({
      numCols: seed.length,
      numRows: this.lpRows.length,
      sense: highs.constants.objectiveSense.maximize,
      offset: data.offset,
      colCost: first.cost,
      colLower: first.lower,
      colUpper: first.upper,
      rowLower: this.lpRows.map((i) => finite(highs, num(data.rowLower[i]))),
      rowUpper: this.lpRows.map((i) => finite(highs, num(data.rowUpper[i]))),
      matrix: first.matrix,
    });
    // Presolve off: each round restarts from the last basis with a few more columns.
    this.lp.options.set({ output_flag: false, presolve: 'off' });
    this.addArtificials();
  }

  dispose() {
    this.lp.dispose();
  }

  /**
   * The model's bounds of these columns changed (fixed, or freed again): the LP takes them. A
   * column fixed at 1 that the LP does not hold joins it; artificial columns are added for any
   * row the new bounds leave unmet, so the LP stays feasible.
   * @param {Iterable<number>} changed
   */
  follow(changed) {
    const { data, highs } = this;
    this.followed = true;
    /** @type {Map<number, number>} */
    const position = new Map();
    this.columns.forEach((j, c) => {
      if (j >= 0) position.set(j, c);
    });
    /** @type {number[]} */
    const missing = [];
    /** @type {number[]} */
    const held = [];
    for (const j of new Set(changed)) {
      const c = position.get(j);
      if (c !== undefined) held.push(c);
      else if (num(data.lower[j]) > 0 && !this.inModel[j]) missing.push(j);
    }
    held.sort((a, b) => a - b);
    if (held.length > 0) {
      const lower = Float64Array.from(held, (c) => finite(highs, num(data.lower[num(this.columns[c])])));
      const upper = Float64Array.from(held, (c) => finite(highs, num(data.upper[num(this.columns[c])])));
      this.lp.changeColsBounds({ kind: 'set', indices: Int32Array.from(held) }, lower, upper);
    }
    this.add(missing.sort((a, b) => a - b));
    this.addArtificials();
  }

  /**
   * Prices the LP until no left-out column would improve it (or `deadline`, performance.now()
   * ms), from the basis it has. `onRound(bound)` after each round; `onPlan(values, objective)`
   * for each integral LP solution met (over the full columns) that uses no artificial.
   * @param {number} deadline
   * @param {(bound: number) => void} [onRound]
   * @param {(values: Float64Array, objective: number) => void} [onPlan]
   * @returns {PriceResult}
   */
  price(deadline, onRound = () => {}, onPlan = () => {}) {
    try {
      return this.priceFrom(deadline, onRound, onPlan);
    } finally {
      // The whole LP was only needed for that answer: later pricing goes on from the small one.
      if (this.complete) this.shrink();
      this.setPenalty(this.basePenalty);
    }
  }

  /**
   * The objective of every point within the columns' bounds is at least this: a bound below it
   * proves that no plan exists.
   */
  floor() {
    const { data } = this;
    let floor = data.offset;
    for (let j = 0; j < data.numCols; j++) floor += Math.min(num(data.cost[j]) * num(data.lower[j]), num(data.cost[j]) * num(data.upper[j]));
    return Number.isNaN(floor) ? -Infinity : floor;
  }

  /** Drops the columns `completeLp` added and frees the artificials again. */
  shrink() {
    const { lp, highs } = this;
    const from = this.completedFrom;
    if (from < this.columns.length) lp.deleteCols({ kind: 'range', from, to: this.columns.length - 1 });
    for (const j of this.columns.splice(from)) {
      if (j < 0) continue;
      this.inModel[j] = 0;
      this.position[j] = -1;
    }
    const indices = Int32Array.from([...this.artificials.values()].sort((a, b) => a - b));
    if (indices.length > 0) lp.changeColsBounds({ kind: 'set', indices }, new Float64Array(indices.length), new Float64Array(indices.length).fill(highs.infinity));
    this.complete = false;
  }

  /**
   * @param {number} deadline
   * @param {(bound: number) => void} onRound
   * @param {(values: Float64Array, objective: number) => void} onPlan
   * @returns {PriceResult}
   */
  priceFrom(deadline, onRound, onPlan) {
    const { highs, data, lp } = this;
    const codes = highs.constants.modelStatus;
    /** @type {(Priced & { dual: Float64Array, rounds: number }) | undefined} */
    let best;
    let escalations = 0;
    let converged = false;
    /** The primal simplex goes on from the last optimum when the round added few columns and no row (see PRIMAL_MAX_ADDED). */
    let primal = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const left = (deadline - performance.now()) / 1000;
      if (left <= 0) break;
      const strategy = lp.options.get('simplex_strategy');
      if (primal) lp.options.set({ simplex_strategy: PRIMAL });
      try {
        this.run(left);
      } finally {
        if (primal) lp.options.set({ simplex_strategy: strategy });
      }
      primal = false;
      const status = lp.getModelStatus();
      trace(`pricing round ${round}: ${this.columns.length} columns, status ${status}`);
      if (status === codes.infeasible) {
        if (this.complete) return { status: 'infeasible' };
        // Only once every artificial is out: the whole LP decides, when it fits in HiGHS.
        if (data.numCols > MAX_HIGHS_COLUMNS) break;
        this.completeLp();
        continue;
      }
      // No column at all (none seeded: every column fixed at 0, or in no row) and no artificial:
      // HiGHS calls the LP empty; its point meets every row, and y = 0 are its duals.
      const empty = status === codes.empty;
      if (status !== codes.optimal && !empty) break;
      const solution = empty ? { rowDual: new Float64Array(this.lpRows.length), colValue: new Float64Array(0) } : lp.getSolution();
      const dual = this.fullDual(solution.rowDual);
      if (!empty) this.lastOptimal = Float64Array.from(solution.colValue);
      const priced = this.close(dual);
      if (!best || priced.bound < best.bound) best = { ...priced, dual, rounds: round + 1 };
      onRound(best.bound);
      const artificial = this.artificialInUse(solution.colValue);
      // Rows left out that this solution breaks join (their duals were 0: the bound holds).
      const broken = this.brokenRows(solution.colValue);
      if (!artificial && broken.length === 0) this.offerPlan(solution.colValue, onPlan);
      /** @type {number[]} */
      const attractive = [];
      for (let j = 0; j < data.numCols; j++) if (!this.inModel[j] && num(priced.reduced[j]) > 1e-9 && num(data.upper[j]) > 0) attractive.push(j);
      if (broken.length > 0) {
        trace(`pricing: ${broken.length} rows join`);
        this.activate(broken);
        if (attractive.length === 0) continue;
      }
      if (attractive.length === 0) {
        converged = !artificial;
        if (!artificial) break;
        // Optimal over every column with an artificial still above 0: the rows may admit no
        // point at all. Its penalty grows (the duals then tend to a proof that no plan exists,
        // whose bound falls below every plan), then the whole LP decides (small models).
        if (escalations < MAX_ESCALATIONS) {
          escalations += 1;
          trace(`pricing: an artificial still in use, its penalty raised (${escalations})`);
          this.setPenalty(this.penalty * ESCALATION);
          continue;
        }
        if (best.bound < this.floor() - 1e-6 * Math.max(1, Math.abs(best.bound))) {
          trace(`pricing: U = ${best.bound} below every point's objective: no plan`);
          return { status: 'infeasible' };
        }
        if (data.numCols > MAX_HIGHS_COLUMNS) break;
        trace('pricing: the whole LP decides');
        this.completeLp();
        continue;
      }
      if (!this.complete && (this.followed || this.columns.length >= PURGE_FROM_COLUMNS)) {
        const large = !this.followed && this.columns.length >= PURGE_LARGE_FROM_COLUMNS;
        this.purge(priced.reduced, (large ? PURGE_MARGIN_LARGE : PURGE_MARGIN) * this.meanCost);
      }
      // Past HiGHS's cap the LP stops growing; the duals met still give a valid bound.
      const room = Math.min(Math.max(MAX_ADDED, Math.round(MAX_ADDED_PER_ROW * data.numRows)), MAX_HIGHS_COLUMNS - this.columns.length);
      if (room <= 0) break;
      const added = mostAttractive(attractive, priced.reduced, room);
      this.add(added);
      primal = broken.length === 0 && added.length <= PRIMAL_MAX_ADDED;
    }
    return best && Number.isFinite(best.bound) ? { status: 'bounded', ...best, converged } : { status: 'unknown' };
  }

  /**
   * A plan from the LP by diving: while its solution has fractional 0–1 columns, the one
   * closest to 1 (or all those nearly at 1) is fixed at 1 and the LP solved again (warm, a few
   * iterations each), until the solution is integral (handed to `onPlan`) or needs an
   * artificial (given up), or `budget` simplex iterations are spent (a count, not a time: the
   * same round gives the same plan on any machine), or the deadline (a user's time limit)
   * passes. The bounds are put back afterwards. A heuristic: HiGHS starts from its plan, and
   * proves as before.
   * @param {number} budget simplex iterations
   * @param {number} deadline performance.now() ms
   * @param {(values: Float64Array, objective: number) => void} onPlan
   */
  dive(budget, deadline, onPlan) {
    const { lp, data, highs } = this;
    const codes = highs.constants.modelStatus;
    /** @type {number[]} */
    const fixedHere = [];
    let spent = 0;
    try {
      spent += this.rerun(deadline);
      if (lp.getModelStatus() !== codes.optimal) return;
      for (let step = 0; step < MAX_DIVE_STEPS && spent < budget && performance.now() < deadline; step++) {
        const colValue = lp.getSolution().colValue;
        if (this.artificialInUse(colValue)) return;
        // The fractional columns nearly at 1 all at once, else the one closest to 1.
        /** @type {number[]} */
        const picks = [];
        let pick = -1;
        let pickValue = 0;
        for (let c = 0; c < this.columns.length; c++) {
          const j = num(this.columns[c]);
          if (j < 0 || data.integrality[j] !== 1) continue;
          const v = num(colValue[c]);
          if (v <= 1e-9 || v >= 1 - 1e-9) continue;
          if (v >= DIVE_AT_ONCE) picks.push(c);
          if (v > pickValue) {
            pick = c;
            pickValue = v;
          }
        }
        if (pick < 0) {
          const broken = this.brokenRows(colValue);
          if (broken.length === 0) {
            this.offerPlan(colValue, onPlan);
            return;
          }
          // A row left out breaks: it joins, and the dive goes on.
          this.activate(broken);
          spent += this.run(Math.max(0.01, (deadline - performance.now()) / 1000));
          if (lp.getModelStatus() !== codes.optimal) return;
          continue;
        }
        if (picks.length === 0) picks.push(pick);
        fixedHere.push(...picks);
        lp.changeColsBounds({ kind: 'set', indices: Int32Array.from(picks) }, new Float64Array(picks.length).fill(1), new Float64Array(picks.length).fill(1));
        spent += this.run(Math.max(0.01, (deadline - performance.now()) / 1000));
        if (lp.getModelStatus() !== codes.optimal) return;
      }
    } finally {
      if (fixedHere.length > 0) {
        const held = fixedHere.sort((a, b) => a - b);
        const lower = Float64Array.from(held, (c) => finite(highs, num(data.lower[num(this.columns[c])])));
        const upper = Float64Array.from(held, (c) => finite(highs, num(data.upper[num(this.columns[c])])));
        lp.changeColsBounds({ kind: 'set', indices: Int32Array.from(held) }, lower, upper);
      }
      trace(`dive: ${fixedHere.length} columns fixed, ${spent} iterations`);
    }
  }

  /**
   * The LP's optimal solution over the full columns (0 for those it does not hold), or
   * undefined when it is not optimal or needs an artificial (no point of the model then).
   * @param {number} deadline performance.now() ms
   * @returns {Float64Array | undefined}
   */
  solution(deadline) {
    const { lp, data, highs } = this;
    this.rerun(deadline);
    if (lp.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    const colValue = lp.getSolution().colValue;
    if (this.artificialInUse(colValue)) return undefined;
    const values = new Float64Array(data.numCols);
    for (let c = 0; c < this.columns.length; c++) {
      const j = num(this.columns[c]);
      if (j >= 0) values[j] = num(colValue[c]);
    }
    return values;
  }

  /**
   * The columns ever held by the LP (sorted), with their values in the last optimal solution
   * pricing met (0 for columns not in it): the LP's choice, for a plan built greedily. Columns
   * dropped since (`purge`) are among them: a plan may need them to meet every row.
   * @returns {{ columns: Int32Array, values: Float64Array }}
   */
  chosen() {
    const { lastOptimal, held } = this;
    /** @type {number[]} */
    const columns = [];
    for (let j = 0; j < held.length; j++) if (held[j]) columns.push(j);
    const values = new Float64Array(columns.length);
    if (lastOptimal) {
      /** @type {Map<number, number>} */
      const value = new Map();
      for (let c = 0; c < Math.min(lastOptimal.length, this.columns.length); c++) {
        const j = num(this.columns[c]);
        if (j >= 0 && num(lastOptimal[c]) !== 0) value.set(j, num(lastOptimal[c]));
      }
      columns.forEach((j, k) => (values[k] = value.get(j) ?? 0));
    }
    return { columns: Int32Array.from(columns), values };
  }

  /**
   * The columns the last optimal solution pricing met uses (above 0), over the full columns.
   * @returns {Uint8Array}
   */
  support() {
    const used = new Uint8Array(this.data.numCols);
    const { lastOptimal } = this;
    if (lastOptimal) lastOptimal.forEach((v, c) => {
      const j = num(this.columns[c]);
      if (j >= 0 && v > 1e-9) used[j] = 1;
    });
    return used;
  }

  /**
   * Any change to a HiGHS model drops its solution: `price` may have changed the LP after its
   * last run (the penalty set back, `completeLp`'s columns dropped), so it runs again, from its
   * basis, when it has none. Returns the simplex iterations that took (0 when it had one).
   * @param {number} deadline performance.now() ms
   */
  rerun(deadline) {
    if (this.lp.getModelStatus() !== this.highs.constants.modelStatus.notSet) return 0;
    return this.run(Math.max(0.01, (deadline - performance.now()) / 1000));
  }

  /**
   * Runs the LP from its basis; returns the simplex iterations it took (also added to `iterations`).
   * @param {number} timeLimit seconds
   */
  run(timeLimit) {
    // HiGHS's time limit counts every run of the model so far: the time used is added.
    this.lp.options.set({ time_limit: Number.isFinite(timeLimit) ? this.lp.getRunTime() + timeLimit : 1e20 });
    this.lp.run();
    const count = Number(this.lp.info.get('simplex_iteration_count')) || 0;
    this.iterations += count;
    return count;
  }

  /** @param {number[]} columns full columns, sorted, none in the LP yet */
  add(columns) {
    if (columns.length === 0) return;
    columns.forEach((j, c) => {
      this.inModel[j] = 1;
      this.held[j] = 1;
      this.position[j] = this.columns.length + c;
    });
    this.lp.addCols(this.columnsData(columns));
    // One by one: a spread of the 10^5–10^6 columns `completeLp` adds would overflow the stack.
    for (const j of columns) this.columns.push(j);
  }

  /**
   * Artificial columns (+1 for a lower side, −1 for an upper one) for the row sides that the
   * point "every column at its lower bound" misses and that have none yet: with them that point
   * is feasible, so the LP is. Rows it meets get none (they would only slow the simplex).
   * @param {readonly number[]} [among] the model rows to look at (in the LP): all by default
   */
  addArtificials(among = this.lpRows) {
    const { data, highs } = this;
    /** @type {number[]} */
    const rows = [];
    /** @type {number[]} */
    const signs = [];
    for (const i of among) {
      let activity = 0;
      for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) activity += num(data.values[k]) * num(data.lower[num(data.indices[k])]);
      const lower = num(data.rowLower[i]);
      const upper = num(data.rowUpper[i]);
      // NaN (an infinite column bound in the row): both finite sides, to be safe.
      const unknown = Number.isNaN(activity) || !Number.isFinite(activity);
      for (const [sign, missed] of /** @type {const} */ ([
        [1, lower > -Infinity && (unknown || activity < lower - 1e-9)],
        [-1, upper < Infinity && (unknown || activity > upper + 1e-9)],
      ])) {
        const key = `${i}${sign > 0 ? '+' : '-'}`;
        if (!missed || this.artificials.has(key)) continue;
        this.artificials.set(key, this.columns.length + rows.length);
        rows.push(num(this.rowAt[i]));
        signs.push(sign);
      }
    }
    if (rows.length === 0) return;
    this.complete = false;
    const count = rows.length;
    const starts = Int32Array.from({ length: count + 1 }, (_, k) => k);
    this.lp.addCols({
      cost: new Float64Array(count).fill(this.penalty),
      lower: new Float64Array(count),
      upper: new Float64Array(count).fill(highs.infinity),
      matrix: { format: 'csc', numRows: this.lpRows.length, numCols: count, starts, indices: Int32Array.from(rows), values: Float64Array.from(signs) },
    });
    for (let k = 0; k < count; k++) this.columns.push(-1);
  }

  /** @param {ArrayLike<number>} colValue */
  artificialInUse(colValue) {
    for (const c of this.artificials.values()) if (num(colValue[c]) > 1e-9) return true;
    return false;
  }

  /** Sets the artificials' penalty (`price` raises it while an artificial stays in use). @param {number} penalty */
  setPenalty(penalty) {
    if (penalty === this.penalty) return;
    this.penalty = penalty;
    const indices = Int32Array.from([...this.artificials.values()].sort((a, b) => a - b));
    if (indices.length > 0) this.lp.changeColsCost({ kind: 'set', indices }, new Float64Array(indices.length).fill(penalty));
  }

  /** Every real column joins and every artificial is fixed at 0: the LP is the whole LP relaxation (small models only). */
  completeLp() {
    this.activate(this.waiting);
    const indices = Int32Array.from([...this.artificials.values()].sort((a, b) => a - b));
    if (indices.length > 0) this.lp.changeColsBounds({ kind: 'set', indices }, new Float64Array(indices.length), new Float64Array(indices.length));
    /** @type {number[]} */
    const rest = [];
    for (let j = 0; j < this.data.numCols; j++) if (!this.inModel[j]) rest.push(j);
    this.completedFrom = this.columns.length;
    this.add(rest);
    this.complete = true;
  }

  /**
   * Drops from the LP the columns whose reduced cost is below −margin (at 0, out of the basis):
   * fewer columns, cheaper simplex iterations. They are priced again like any other.
   * @param {Float64Array} reduced @param {number} margin
   */
  purge(reduced, margin) {
    const { data } = this;
    /** @type {number[]} */
    const drop = [];
    for (let c = 0; c < this.columns.length; c++) {
      const j = num(this.columns[c]);
      if (j >= 0 && num(data.lower[j]) === 0 && num(reduced[j]) < -margin) drop.push(c);
    }
    if (drop.length === 0) return;
    this.lp.deleteCols({ kind: 'set', indices: Int32Array.from(drop) });
    const gone = new Uint8Array(this.columns.length);
    for (const c of drop) gone[c] = 1;
    const newAt = new Int32Array(this.columns.length).fill(-1);
    /** @type {number[]} */
    const columns = [];
    this.columns.forEach((j, c) => {
      if (gone[c]) {
        this.inModel[j] = 0;
        this.position[j] = -1;
        return;
      }
      newAt[c] = columns.length;
      if (j >= 0) this.position[j] = columns.length;
      columns.push(j);
    });
    this.columns = columns;
    for (const [key, c] of this.artificials) this.artificials.set(key, num(newAt[c]));
    if (this.lastOptimal) {
      const old = this.lastOptimal;
      const values = new Float64Array(columns.length);
      old.forEach((v, c) => {
        const at = num(newAt[c]);
        if (at >= 0) values[at] = v;
      });
      this.lastOptimal = values;
    }
    trace(`pricing: ${drop.length} columns dropped`);
  }

  /**
   * The bound and reduced costs of the LP's duals, each closed row's dual raised first so that
   * every column in it has a reduced cost below −(the artificials' penalty): a row Σ a·x ≤ 0
   * adds y·0 to U whatever its dual y ≥ 0, so U is the same; its columns (0 in every point: at
   * 2,000 cadres 434,000 of the 801,000 pairs, moves into posts whose holder cannot move) then
   * never look attractive nor enter a restriction. A row with a column fixed at 1 is left as it is.
   * @param {Float64Array} dual over the model's rows (changed in place)
   */
  close(dual) {
    const { data } = this;
    const { reduced, bound } = reducedCosts(data, dual);
    for (const i of this.closed) {
      const from = num(data.starts[i]);
      const to = num(data.starts[i + 1]);
      let need = 0;
      let open = true;
      for (let k = from; k < to && open; k++) {
        const j = num(data.indices[k]);
        open = num(data.lower[j]) === 0;
        need = Math.max(need, num(reduced[j]) / num(data.values[k]));
      }
      if (!open) continue;
      // The row's columns take the raise at once (its bound side is 0: U's rows part stays).
      const raise = need - this.basePenalty;
      dual[i] = num(dual[i]) + raise;
      for (let k = from; k < to; k++) {
        const j = num(data.indices[k]);
        reduced[j] = num(reduced[j]) - raise * num(data.values[k]);
      }
    }
    return withColumns(data, reduced, bound);
  }

  /** The LP's row duals over the model's rows (0 for a row the LP does not hold). @param {ArrayLike<number>} rowDual */
  fullDual(rowDual) {
    const dual = new Float64Array(this.data.numRows);
    this.lpRows.forEach((i, r) => (dual[i] = num(rowDual[r])));
    return dual;
  }

  /**
   * The rows left out of the LP that its solution breaks (by more than 1e-9).
   * @param {ArrayLike<number>} colValue the LP columns' values
   * @returns {number[]}
   */
  brokenRows(colValue) {
    const { data, position } = this;
    /** @type {number[]} */
    const broken = [];
    for (const i of this.waiting) {
      let activity = 0;
      for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) {
        const c = num(position[num(data.indices[k])]);
        if (c >= 0) activity += num(data.values[k]) * num(colValue[c]);
      }
      if (activity > num(data.rowUpper[i]) + 1e-9 || activity < num(data.rowLower[i]) - 1e-9) broken.push(i);
    }
    return broken;
  }

  /** Rows left out join the LP (with artificials when the columns' lower bounds miss them). @param {readonly number[]} rows sorted */
  activate(rows) {
    if (rows.length === 0) return;
    const { data, highs, position } = this;
    const starts = new Int32Array(rows.length + 1);
    /** @type {number[]} */
    const indices = [];
    /** @type {number[]} */
    const values = [];
    rows.forEach((i, r) => {
      for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) {
        const c = num(position[num(data.indices[k])]);
        if (c < 0) continue;
        indices.push(c);
        values.push(num(data.values[k]));
      }
      starts[r + 1] = indices.length;
    });
    this.lp.addRows({
      lower: Float64Array.from(rows, (i) => finite(highs, num(data.rowLower[i]))),
      upper: Float64Array.from(rows, (i) => finite(highs, num(data.rowUpper[i]))),
      matrix: { format: 'csr', numRows: rows.length, numCols: this.columns.length, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
    });
    const joining = new Set(rows);
    for (const i of rows) {
      this.rowAt[i] = this.lpRows.length;
      this.lpRows.push(i);
    }
    this.waiting = this.waiting.filter((i) => !joining.has(i));
    this.addArtificials(rows);
  }

  /**
   * Costs, bounds and CSC matrix of some columns over the LP's rows, for HiGHS, read off the
   * rows in one pass (a column-major copy of a 10^6-column matrix would cost more memory than
   * it saves time).
   * @param {readonly number[]} columns
   */
  columnsData(columns) {
    const { data, highs, rowAt } = this;
    const all = columnRows(data, columns);
    const starts = new Int32Array(columns.length + 1);
    let total = 0;
    for (let k = 0; k < all.rows.length; k++) if (num(rowAt[num(all.rows[k])]) >= 0) total += 1;
    const rows = new Int32Array(total);
    const values = new Float64Array(total);
    let at = 0;
    for (let c = 0; c < columns.length; c++) {
      for (let k = num(all.starts[c]); k < num(all.starts[c + 1]); k++) {
        const r = num(rowAt[num(all.rows[k])]);
        if (r < 0) continue;
        rows[at] = r;
        values[at] = num(all.values[k]);
        at += 1;
      }
      starts[c + 1] = at;
    }
    return {
      cost: Float64Array.from(columns, (j) => num(data.cost[j])),
      lower: Float64Array.from(columns, (j) => finite(highs, num(data.lower[j]))),
      upper: Float64Array.from(columns, (j) => finite(highs, num(data.upper[j]))),
      matrix: { format: /** @type {const} */ ('csc'), numRows: this.lpRows.length, numCols: columns.length, starts, indices: rows, values },
    };
  }

  /**
   * An LP solution whose integer columns are all whole is a plan of the model (the worker
   * re-checks it): handed on over the full columns.
   * @param {ArrayLike<number>} colValue @param {(values: Float64Array, objective: number) => void} onPlan
   */
  offerPlan(colValue, onPlan) {
    const { data } = this;
    const values = new Float64Array(data.numCols);
    let objective = data.offset;
    for (let c = 0; c < this.columns.length; c++) {
      const j = num(this.columns[c]);
      if (j < 0) continue;
      const v = num(colValue[c]);
      const whole = Math.round(v);
      if (data.integrality[j] === 1 && Math.abs(v - whole) > 1e-9) return;
      values[j] = data.integrality[j] === 1 ? whole : v;
      objective += num(data.cost[j]) * num(values[j]);
    }
    onPlan(values, objective);
  }
}

/**
 * The columns of the first LP: those that cannot be left out, and the best few of every row it
 * holds (by cost, or, given duals priced elsewhere, by reduced cost: near what that LP ended with).
 * @param {WorkerArrays} data @param {Float64Array | undefined} dual @param {Uint8Array} skip 1 for a row left out
 * @param {Uint8Array} shut 1 for a column of a closed row (left out unless it may not be)
 * @returns {number[]}
 */
function seedColumns(data, dual, skip, shut) {
  const score = dual ? dualBound(data, dual).reduced : data.cost;
  const inSeed = new Uint8Array(data.numCols);
  for (let j = 0; j < data.numCols; j++) if (!removable(data, j) || (dual && num(score[j]) > -1e-9 && num(data.upper[j]) > 0)) inSeed[j] = 1;
  // The best few of each row (by score, then index) kept in order as the row is read: a sort of
  // every row's columns took 5 s at 5,000 cadres (rows of 5 million entries).
  /** True when column a comes before column b. @param {number} a @param {number} b */
  const before = (a, b) => num(score[a]) > num(score[b]) || (num(score[a]) === num(score[b]) && a < b);
  const best = new Int32Array(SEED_PER_ROW);
  for (let i = 0; i < data.numRows; i++) {
    if (skip[i]) continue;
    let count = 0;
    for (let k = num(data.starts[i]); k < num(data.starts[i + 1]); k++) {
      const j = num(data.indices[k]);
      if (num(data.upper[j]) <= 0 || (shut[j] && num(data.lower[j]) === 0) || (count === SEED_PER_ROW && !before(j, num(best[count - 1])))) continue;
      let at = count < SEED_PER_ROW ? count++ : count - 1;
      for (; at > 0 && before(j, num(best[at - 1])); at--) best[at] = num(best[at - 1]);
      best[at] = j;
    }
    for (let n = 0; n < count; n++) inSeed[num(best[n])] = 1;
  }
  /** @type {number[]} */
  const seed = [];
  for (let j = 0; j < data.numCols; j++) if (inSeed[j]) seed.push(j);
  return seed;
}

/**
 * The `count` columns of largest reduced cost (ties by index), in index order, without sorting
 * them all: the count-th largest value is found in a numeric sort of the values alone.
 * @param {number[]} columns in index order @param {Float64Array} reduced @param {number} count
 * @returns {number[]}
 */
function mostAttractive(columns, reduced, count) {
  if (columns.length <= count) return columns;
  const values = Float64Array.from(columns, (j) => num(reduced[j])).sort();
  const threshold = num(values[values.length - count]);
  let above = 0;
  for (const j of columns) if (num(reduced[j]) > threshold) above += 1;
  let ties = count - above;
  return columns.filter((j) => num(reduced[j]) > threshold || (num(reduced[j]) === threshold && ties-- > 0));
}

/**
 * The rows Σ a·x ≤ 0 with every a > 0 over columns ≥ 0 (no lower side above 0): every point
 * has each of their columns at 0. (P2 at 2,000 cadres: the 1,177 posts whose holder has no
 * move, 434,000 pairs into them.)
 * @param {WorkerArrays} data @returns {number[]}
 */
function closedRows(data) {
  /** @type {number[]} */
  const rows = [];
  for (let i = 0; i < data.numRows; i++) {
    const from = num(data.starts[i]);
    const to = num(data.starts[i + 1]);
    if (to === from || num(data.rowUpper[i]) !== 0 || num(data.rowLower[i]) > 0) continue;
    let closed = true;
    for (let k = from; k < to && closed; k++) closed = num(data.values[k]) > 0 && num(data.lower[num(data.indices[k])]) >= 0;
    if (closed) rows.push(i);
  }
  return rows;
}

/**
 * The rows that join the LP only once its solution breaks them: at most LAZY_ROW_ENTRIES
 * entries, all ≥ 0, no lower side and an upper side ≥ 0, so that the columns' lower bounds meet
 * them when those are 0 (a row a column fixed at 1 breaks gets its artificial when it joins).
 * Their duals are 0 until then, which the bound allows (it holds for any duals).
 * @param {WorkerArrays} data @returns {Uint8Array}
 */
function lazyRows(data) {
  const lazy = new Uint8Array(data.numRows);
  for (let i = 0; i < data.numRows; i++) {
    const from = num(data.starts[i]);
    const to = num(data.starts[i + 1]);
    if (to - from > LAZY_ROW_ENTRIES || num(data.rowLower[i]) !== -Infinity || !(num(data.rowUpper[i]) >= 0)) continue;
    let nonNegative = true;
    for (let k = from; k < to && nonNegative; k++) nonNegative = num(data.values[k]) >= 0 && num(data.lower[num(data.indices[k])]) >= 0;
    if (nonNegative) lazy[i] = 1;
  }
  return lazy;
}
