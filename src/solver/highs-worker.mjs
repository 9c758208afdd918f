// @ts-check
// HiGHS in a worker thread (plain JavaScript checked through JSDoc, so that tsx, vitest and
// node all load it as is; the messages are typed once, in highs-protocol.ts). The main thread
// (highs.ts) keeps this worker warm across models: HiGHS's WebAssembly is loaded once, then
// each `open` replaces the model, cuts accumulate until `dropRows`, and a solve may fix
// columns at 1 (why-not's forced move, a pin) or at 0 (a forbid) for that solve only. A WebAssembly abort or
// out-of-memory is caught here and reported; the main thread then discards this worker.
// Progress (best bound, incumbents) is posted while HiGHS runs, so an incumbent survives even
// when the main thread has to terminate us.
//
// A large model is solved restricted (restrict.mjs): the HiGHS model holds only the columns
// whose LP reduced cost leaves them a chance; a solve is accepted only when no left-out
// column can beat it; until then the restriction grows. Values, cuts and the pool of
// solutions below are always over the full model's columns. The LP duals are priced once per
// model and kept: the bound they give holds for any cuts and any forced columns (it is
// recomputed from the duals whenever the column bounds change).
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';
import { highsLog, trace, TRACE } from './trace.mjs';
import { PricingLp } from './pricing.mjs';
import { constructPlan } from './construct.mjs';
import { collectGarbage } from '../util/collect-garbage.mjs';
import { cheapest, cutoffLadder, dualBound, finite, MAX_HIGHS_COLUMNS, num, penalty, penaltyAdmitting, removable, restrictedModel, restriction, swapBounds } from './restrict.mjs';

/** @typedef {import('./highs-protocol.ts').ToWorker} ToWorker */
/** @typedef {import('./highs-protocol.ts').FromWorker} FromWorker */
/** @typedef {import('./highs-protocol.ts').OpenModel} OpenModel */
/** @typedef {import('./highs-protocol.ts').WorkerArrays} WorkerArrays */
/** @typedef {import('./highs-protocol.ts').WorkerResult} WorkerResult */
/** @typedef {import('./restrict.mjs').Cut} Cut */
/** @typedef {import('./restrict.mjs').Priced} Priced */
/** @typedef {import('highs').Highs} Highs */
/** @typedef {ReturnType<Highs['createModel']>} HighsModel */
/** @typedef {{ readonly objective: number, readonly indices: Int32Array, readonly values: Float64Array }} Kept */
/** @typedef {{ readonly kept: Int32Array, readonly position: Int32Array, readonly outside: number }} View */
/**
 * A solve's limits: seconds, the bound of the plan ranked above (`solveTargeted`), and a cutoff
 * (`solveNear`): HiGHS then prunes every plan scoring less. `proving`: the run after the
 * restriction grew past a plan that was the best of the smaller one (PROVING_OPTIONS).
 * @typedef {{ readonly timeLimit?: number, readonly upperBound?: number, readonly cutoff?: number, readonly proving?: boolean }} Request
 */
/** @typedef {WorkerResult | (Omit<WorkerResult, 'status'> & { readonly status: 'target' })} Answer */

/** ROTAPLAN_HIGHS_LOG=1 shows HiGHS's own log on stderr (for tuning; never in normal use). */
const LOG = process.env.ROTAPLAN_HIGHS_LOG === '1';

/** The simplex iterations a dive for a first plan may take, per row of the model (plus 500). */
const DIVE_PER_ROW = 1;

/**
 * RINS's small MIP: at most 500 branch-and-bound nodes (a count, not a time: the same plan on
 * any machine), branching on pseudocosts from the start (no strong branching) and a small cut
 * pool. A heuristic needs no proof: at 700 cadres, 28 forced moves of the report, RINS took
 * 2.9 s in all against 4.8 s with HiGHS's defaults, with as many answers from its plans.
 */
const RINS_OPTIONS = { mip_max_nodes: 500, mip_pscost_minreliable: 0, mip_pool_soft_limit: 100 };

/** Seconds per column a time-limited solve leaves for the main thread (see `reserve`), and 0.5 s more. */
const RESERVE_PER_COLUMN = 5e-7;

/** Columns HiGHS is given at most while the duals come from a pricing cut short (`restrictTo`). */
const STALE_MAX_COLUMNS = 100_000;

/**
 * The share of a time-limited solve's time that pricing may take, and the seconds per column
 * it leaves at least for what follows (a plan built, two restricted MIPs: 10 s at 5 million).
 */
const PRICING_SHARE = 0.7;
const AFTER_PRICING_PER_COLUMN = 2e-6;

/** The first restriction's penalty without fixings, in first penalties (see `solve`). */
const FIRST_WITHOUT_FIXINGS = 2;

/**
 * The same with columns fixed. At one first penalty, a forced or forbidden solve at 700 cadres
 * often proved the restricted MIP's own optimum (seconds of strong branching) only to find that
 * a column left out could beat it, and grew; at 1.5 that happens less. 46 forced moves: 39.8-40.8 s
 * at 1, 36.8-37.2 s at 1.5, 40.0 s at 2; forbids of the best plan's first 12 moves: 10.1-10.7 s
 * (the slowest 3.9-4.1 s) at 1, 8.6-8.9 s (2.3-2.6 s) at 1.5 (20:14-20:22 UTC, load 1.2-1.6).
 */
const FIRST_WITH_FIXINGS = 1.5;

/** A first restriction of more pairs than this, under a time limit, starts from a small MIP (`quickPlan`). */
const QUICK_FROM_COLUMNS = 50_000;

/** From this many columns on, the worker collects its garbage once it has built a plan. */
const LARGE_MODEL_COLUMNS = 250_000;

/**
 * HiGHS's options for a restricted model (see `createMip`): no restart (the restriction already
 * left out what a restart would, the columns fixed by reduced cost; restarting cost 2-2.5x on
 * generated rounds), no feasibility jump, and a presolve without probing (bit 15)
 * and enumeration (bit 16), exact reductions that cost more here than they save. The 2,000-cadre
 * round (one restricted MIP of 13,136 pairs, proven at the root): 9.3-9.7 s end to end with the
 * last two, 8.2-8.3 s without; 10 best at 700 cadres 2.21 s, 2.12 s (20:07 UTC, load 0-1).
 * Nor HiGHS's RINS and RENS sub-MIPs: a restricted model is small, and its root's branching
 * finds the plans they would. Generated 700-cadre rounds, the best plan with them and without
 * (seconds, end to end): seed 123 9.3 → 6.3, seed 31 4.9 → 4.4, seed 5 4.3 → 3.7, seeds 77,
 * 11, 42, 99 and 2027 the same; 1,000, 1,200 and 2,000 cadres the same; 10 best at 700 cadres
 * the same (22:50-23:00 UTC, quiet machine).
 */
const RESTRICTED_OPTIONS = {
  mip_allow_restart: false,
  mip_heuristic_run_feasibility_jump: false,
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  presolve_rule_off: (1 << 15) | (1 << 16),
};

/**
 * HiGHS's options for a solve with columns fixed (a forced move, a pin, a forbid), all measured
 * at 700 cadres, each with the same answers:
 * - The search starts from RINS's plan or a dive's (`firstPlan`), and HiGHS's own plan-finding
 *   heuristics only cost time: its root reduced-cost heuristic, its RINS and RENS sub-MIPs and
 *   its feasibility jump are off. 20 why-not questions on one search 16.3-16.8 s with them,
 *   11.7 s without; 8 forbids of best-plan moves 8.5-9.1 s, 4.9 s (17:50 UTC, quiet machine).
 * - The cut pool is kept small (300 cuts, soft limit; 10,000 by default): the root of such a
 *   model separated thousands of cuts before its first branch. 28 forced moves of the report,
 *   their MIPs 18.2-20.0 s with the default, 12.3-13.0 s at 200-300, 14.6-17.3 s at 500-1,000
 *   (18:45-19:00 UTC, load 2.6-4.3, measured in the same runs).
 * - Presolve skips probing (bit 15) and enumeration (bit 16), exact reductions that cost more
 *   here than they save: 46 forced moves (the report's and the session benchmark's) 47.7-50.5 s
 *   in all with them, 43.3-45.2 s without (MIPs 39.8-41.8 s, 35.6-37.6 s; RINS 4.7-5.0 s,
 *   3.9-4.0 s); and parallel rows and columns (bit 13) too: 39.7-43.4 s in three runs (MIPs
 *   33.4-36.6 s, RINS 3.3-3.4 s), a smaller gain than the noise of this machine allows to
 *   state (19:35-19:45 UTC, load 2-4.8; sparsify, dual fixing and column stuffing off did not
 *   help).
 */
const FIXED_OPTIONS = {
  mip_pool_soft_limit: 300,
  presolve_rule_off: (1 << 13) | (1 << 15) | (1 << 16),
  mip_heuristic_run_root_reduced_cost: false,
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  mip_heuristic_run_feasibility_jump: false,
};

/**
 * HiGHS's options for the run that follows a restriction grown past its plan (`solve`): the
 * plan known was the best of the smaller restriction and usually stays the answer, so the run
 * mostly proves that no new column beats it, and HiGHS's root reduced-cost heuristic only
 * costs time, as with columns fixed (FIXED_OPTIONS; RINS and RENS are off in every restricted
 * run). Generated 700-cadre rounds, the best plan with it and without: seed 123 6.8 → 6.0 s,
 * seed 5 4.0 → 3.4 s, seed 77 the same, same plans (23:00 UTC, quiet machine). (Before RINS and
 * RENS were off everywhere, that run of seed 123 took 6.0 s with them and 0.8 s without.) Off
 * for the first run too, it made seed 31 slower (3.4 → 6.1 s): not kept.
 */
const PROVING_OPTIONS = {
  mip_heuristic_run_root_reduced_cost: false,
};

/** How far below a cutoff HiGHS's objective may lie and still count as reaching it (rounding). */
const CUTOFF_TOLERANCE = 1e-6;

/** Solutions kept for warm starts, at most. */
const POOL_LIMIT = 2000;

/** An objective_target HiGHS never reaches (maximising). */
const NEVER = 1e300;


/**
 * One opened model: its arrays (column bounds change while columns are fixed), the cuts
 * added since, the HiGHS model (of every column, or of `view.kept` when restricted) and the
 * pool of solutions met.
 */
class OpenedModel {
  /** @type {Cut[]} */
  cuts = [];
  /** @type {HighsModel | undefined} */
  model;
  /** @type {View | undefined} */
  view;
  /**
   * The restriction's state. `dual` and `base`: the duals of the model without fixed columns
   * and their bound (kept across fixings; handed to other workers); `priced`: the bound and
   * reduced costs the restriction uses now (`base`, or duals priced for the columns fixed now;
   * undefined: to be priced at the next solve); `settled`:
   * the penalty up to which the last accepted answer without fixed columns needed columns;
   * `stale`: `priced` came from a pricing stopped early, to be priced further at the next solve;
   * `sought`: the first plan for the columns fixed now was sought (`firstPlan`).
   * @type {{ step: number, delta: number, readonly first: number, settled?: number, dual?: Float64Array, base?: Priced, priced?: Priced, stale?: boolean, sought?: boolean } | undefined}
   */
  restrict;
  /** The LP relaxation by column generation, kept alive (made at the first pricing or bound). @type {PricingLp | undefined} */
  lp;
  /**
   * Warm starts between solves: every improving solution HiGHS reports is kept (sparse, over
   * the full columns); before the next solve the best of them that every cut and forced column
   * still allows is handed to HiGHS as its starting incumbent. A start only prunes the search:
   * HiGHS checks it, and the answer is proven as before.
   * @type {Kept[]}
   */
  pool = [];
  /** Columns 0..n−1 shared by every cut that spans them (8 MB less per cut at 10^6 pairs). */
  prefix = new Int32Array(0);
  /** The bounds as opened (fixed columns change `data.lower` and `data.upper` for one solve). */
  lower;
  upper;
  /** Columns fixed at 1 for the next solves (sorted). @type {Int32Array} */
  forced = new Int32Array(0);
  /** Columns fixed at 0 for the next solves (sorted). @type {Int32Array} */
  forbidden = new Int32Array(0);
  /** Columns HiGHS is given at most (a test may set less through the model's options). */
  maxColumns = MAX_HIGHS_COLUMNS;
  /** QUICK_FROM_COLUMNS (a test may set less through the model's options). */
  quickFrom = QUICK_FROM_COLUMNS;
  /** HiGHS's defaults of the options some runs change (`defaultsOf`). @type {Record<string, import('highs').OptionValue> | undefined} */
  defaults;

  /** @param {Highs} highs @param {OpenModel} data @param {(message: FromWorker) => void} post */
  constructor(highs, data, post) {
    this.highs = highs;
    // The bounds as sent until a solve fixes columns (`fix` copies them then: 80 MB at 5 million columns).
    this.data = { ...data };
    this.lower = data.lower;
    this.upper = data.upper;
    this.post = post;
    const { rotaplan_max_columns: maxColumns, rotaplan_quick_from_columns: quickFrom, ...options } = data.options;
    if (typeof maxColumns === 'number') this.maxColumns = maxColumns;
    if (typeof quickFrom === 'number') this.quickFrom = quickFrom;
    this.options = options;
    this.restrict = data.restrict ? { ...data.restrict, first: data.restrict.delta } : undefined;
    this.load(this.restrict ? undefined : this.data);
    if (data.plan) this.offer(data.plan);
    if (this.restrict && data.dual) {
      // Priced by another worker on this model: the bound is recomputed here from the duals.
      this.restrict.dual = data.dual;
      this.restrict.base = dualBound(this.data, data.dual);
      this.restrict.priced = this.restrict.base;
      this.restrictTo(this.restrict.first);
    }
  }

  dispose() {
    this.model?.dispose();
    this.model = undefined;
    this.lp?.dispose();
    this.lp = undefined;
  }

  /** Only the HiGHS MIP model (the pricing LP stays). */
  disposeModel() {
    this.model?.dispose();
    this.model = undefined;
  }

  /** @param {number} c */
  fullIndex(c) {
    return this.view ? /** @type {number} */ (this.view.kept[c]) : c;
  }

  /** Replaces the HiGHS model by one over `arrays` (none: no model until the first solve). @param {WorkerArrays | undefined} arrays */
  load(arrays) {
    this.disposeModel();
    if (!arrays) {
      this.view = undefined;
      return;
    }
    this.model = this.createMip(arrays);
  }

  /** A HiGHS MIP over `arrays`, with the options every solve of this model uses. @param {WorkerArrays} arrays */
  createMip(arrays) {
    const { highs } = this;
    const model = highs.createModel({
      numCols: arrays.numCols,
      numRows: arrays.numRows,
      sense: highs.constants.objectiveSense.maximize,
      offset: arrays.offset,
      colCost: arrays.cost,
      colLower: Float64Array.from(arrays.lower, (v) => finite(highs, v)),
      colUpper: Float64Array.from(arrays.upper, (v) => finite(highs, v)),
      rowLower: Float64Array.from(arrays.rowLower, (v) => finite(highs, v)),
      rowUpper: Float64Array.from(arrays.rowUpper, (v) => finite(highs, v)),
      matrix: { format: 'csr', numRows: arrays.numRows, numCols: arrays.numCols, starts: arrays.starts, indices: arrays.indices, values: arrays.values },
      integrality: arrays.integrality,
    });
    // mip_rel_gap 0: the default 1e-4 can call a slightly worse plan optimal (breaks exact
    // ranking). Presolve stays on (off aborted on hard models). Symmetry detection is off: it
    // aborted the WebAssembly build (RuntimeError: Aborted()) once on a generated 700-cadre round.
    // A restricted model and a solve with columns fixed have options of their own
    // (RESTRICTED_OPTIONS, FIXED_OPTIONS).
    model.options.set({
      output_flag: LOG,
      mip_rel_gap: 0,
      presolve: 'on',
      mip_detect_symmetry: false,
      ...(this.restrict ? RESTRICTED_OPTIONS : {}),
      ...(this.fixed() ? FIXED_OPTIONS : {}),
      ...this.options,
    });
    return model;
  }

  /**
   * The HiGHS model of every column (loaded by `loadEverything`, in the columns' order) takes
   * the new bounds of these columns, and the options of a solve with or without fixings: no
   * model rebuilt (on the extended model of a 700-cadre diagnosis, a rebuild cost 0.25 s per
   * test), and an LP starts again from its basis.
   * @param {Iterable<number>} changed
   */
  boundsChanged(changed) {
    const { highs, data } = this;
    const model = /** @type {NonNullable<OpenedModel['model']>} */ (this.model);
    const columns = Int32Array.from(new Set(changed)).sort();
    const lower = Float64Array.from(columns, (j) => finite(highs, /** @type {number} */ (data.lower[j])));
    const upper = Float64Array.from(columns, (j) => finite(highs, /** @type {number} */ (data.upper[j])));
    if (columns.length > 0) model.changeColsBounds({ kind: 'set', indices: columns }, lower, upper);
    const fixed = this.fixed();
    model.options.set({ ...(fixed ? FIXED_OPTIONS : this.unfixedOptions()), ...this.options });
  }

  /** FIXED_OPTIONS as HiGHS has them by default: a model whose fixings are withdrawn goes back to them. */
  unfixedOptions() {
    return this.defaultsOf(FIXED_OPTIONS);
  }

  /**
   * These options as HiGHS has them by default (read once from a new model).
   * @param {Record<string, import('highs').OptionValue>} options
   * @returns {Record<string, import('highs').OptionValue>}
   */
  defaultsOf(options) {
    const names = Object.keys(options);
    if (!this.defaults || names.some((name) => !(name in /** @type {object} */ (this.defaults)))) {
      const fresh = this.highs.createModel();
      try {
        this.defaults = { ...this.defaults, ...Object.fromEntries(names.map((name) => [name, fresh.options.get(name)])) };
      } finally {
        fresh.dispose();
      }
    }
    const defaults = /** @type {Record<string, import('highs').OptionValue>} */ (this.defaults);
    return Object.fromEntries(names.map((name) => [name, /** @type {import('highs').OptionValue} */ (defaults[name])]));
  }

  /** The model of every column, cuts included (unrestricted, or once restricting gave up). */
  loadEverything() {
    this.view = undefined;
    this.load(restrictedModel(this.data, Int32Array.from({ length: this.data.numCols }, (_, j) => j), this.cuts));
  }

  /** @param {Extract<ToWorker, { type: 'addRow' }>} message */
  addCut(message) {
    const cut = this.compactCut(message);
    this.cuts.push(cut);
    const { model, view, highs } = this;
    if (!model) return;
    if (!view) {
      model.addRow(finite(highs, cut.lower), finite(highs, cut.upper), { indices: cut.indices, values: Float64Array.from(cut.values) });
      return;
    }
    /** @type {number[]} */
    const indices = [];
    /** @type {number[]} */
    const values = [];
    cut.indices.forEach((j, k) => {
      const c = /** @type {number} */ (view.position[j]);
      if (c >= 0) {
        indices.push(c);
        values.push(/** @type {number} */ (cut.values[k]));
      }
    });
    model.addRow(finite(highs, cut.lower), finite(highs, cut.upper), { indices, values });
  }

  /**
   * A cut as kept here. Exclusion cuts span every pair with coefficients ±1: their columns
   * 0..n−1 share one array, their coefficients take a byte each.
   * @param {Extract<ToWorker, { type: 'addRow' }>} message
   * @returns {Cut}
   */
  compactCut(message) {
    const { indices, values } = message;
    let isPrefix = true;
    for (let k = 0; k < indices.length && isPrefix; k++) isPrefix = indices[k] === k;
    if (isPrefix && this.prefix.length < indices.length) this.prefix = Int32Array.from({ length: indices.length }, (_, k) => k);
    const small = values.every((value) => Number.isInteger(value) && value >= -128 && value <= 127);
    return {
      lower: message.lower,
      upper: message.upper,
      indices: isPrefix ? this.prefix.subarray(0, indices.length) : indices,
      values: small ? Int8Array.from(values) : values,
    };
  }

  /** Back to the model as opened: no cuts (the duals, the pool and the restriction stay valid). */
  dropRows() {
    if (this.cuts.length === 0) return;
    this.cuts = [];
    this.reload();
  }

  /** Rebuilds the HiGHS model after the cuts or the column bounds changed. */
  reload() {
    const { restrict } = this;
    if (!restrict) {
      if (this.model) this.loadEverything();
      return;
    }
    if (restrict.priced) this.restrictTo(Math.max(restrict.first, restrict.settled ?? 0));
    else this.load(undefined);
  }

  /**
   * Fixes columns at 1 (`ones`) and at 0 (`zeros`), and frees those fixed before, for the next
   * solves. The duals' bound is recomputed for the new bounds; the restriction always keeps a
   * column fixed at 1 and leaves out one fixed at 0.
   * @param {Int32Array} ones @param {Int32Array} zeros
   */
  fix(ones, zeros) {
    if (sameColumns(ones, this.forced) && sameColumns(zeros, this.forbidden)) return;
    const changed = [...this.forced, ...this.forbidden, ...ones, ...zeros];
    if (this.data.lower === this.lower) Object.assign(this.data, { lower: Float64Array.from(this.lower), upper: Float64Array.from(this.upper) });
    for (const j of [...this.forced, ...this.forbidden]) {
      this.data.lower[j] = /** @type {number} */ (this.lower[j]);
      this.data.upper[j] = /** @type {number} */ (this.upper[j]);
    }
    for (const j of ones) this.data.lower[j] = 1;
    for (const j of zeros) this.data.upper[j] = 0;
    this.forced = Int32Array.from(ones);
    this.forbidden = Int32Array.from(zeros);
    this.lp?.follow(changed);
    const { restrict } = this;
    if (!restrict) {
      if (this.model && !this.view) this.boundsChanged(changed);
      else if (this.model) this.loadEverything();
      return;
    }
    // Without fixings the duals of the model as opened serve; with them, the LP is priced again
    // at the next solve (the base duals' bound, recomputed for these bounds, is the fallback).
    const fixed = ones.length + zeros.length > 0;
    restrict.priced = fixed ? undefined : (restrict.base ?? (restrict.dual ? dualBound(this.data, restrict.dual) : undefined));
    restrict.sought = false;
    this.reload();
  }

  /**
   * Restricts the model to the columns whose penalty is at most `delta`, or to as many as
   * HiGHS is given at most (MAX_HIGHS_COLUMNS). False when that cap stops it from growing
   * past the restriction it has: the caller answers with what it has and a valid bound.
   * `quick`: first a small MIP over the LP's columns and the best plan met, then the
   * `STALE_MAX_COLUMNS` of least penalty (after a pricing cut short, by default).
   * @param {number} delta @param {boolean} [quick]
   */
  restrictTo(delta, quick = this.restrict?.stale ?? false) {
    const restrict = /** @type {NonNullable<OpenedModel['restrict']>} */ (this.restrict);
    const priced = /** @type {Priced} */ (restrict.priced);
    let found;
    if (quick) {
      // Duals of a pricing cut short prove little: first the columns the LP uses (they meet
      // every row together) and the best plan met, a small MIP soon solved; then the
      // `STALE_MAX_COLUMNS` of least penalty on top (less memory, more search in the time left).
      const also = this.lp?.support();
      if (!this.view) {
        delta = -Infinity;
        found = restriction(this.data, priced, delta, also);
      } else {
        const cap = Math.min(this.maxColumns, STALE_MAX_COLUMNS);
        const admitted = cheapest(this.data, priced, cap, also);
        found = restriction(this.data, priced, admitted.delta, also, admitted.ties);
        if (found.kept.length <= this.view.kept.length) return false;
        delta = admitted.delta;
      }
    } else {
      found = restriction(this.data, priced, delta);
      if (found.kept.length > this.maxColumns) {
        const capped = penaltyAdmitting(this.data, priced, this.maxColumns);
        if (this.view && capped <= restrict.delta) return false;
        delta = capped;
        found = restriction(this.data, priced, delta);
      }
    }
    restrict.delta = delta;
    // The best plan known now stays whole in the model, so that HiGHS starts from it (a plan
    // that no left-out column can beat may itself use columns past the penalty).
    const kept = withColumns(found.kept, this.bestKnown()?.values);
    const arrays = restrictedModel(this.data, kept, this.cuts);
    trace(`restricted to penalty ${delta}: ${kept.length} columns`);
    this.view = { kept, position: arrays.position, outside: found.outside };
    this.load(arrays);
    return true;
  }

  /** Gives up restricting: HiGHS on the whole model. */
  unrestrict() {
    this.restrict = undefined;
    this.loadEverything();
  }

  /**
   * @param {number} objective @param {ArrayLike<number> | undefined} values over the HiGHS
   *   model's columns, or over the full model's columns when `full`
   * @param {boolean} [full]
   */
  keep(objective, values, full = false) {
    if (!values) return;
    const { pool } = this;
    if (pool.length >= POOL_LIMIT) {
      let worst = 0;
      for (let i = 1; i < pool.length; i++) if (/** @type {Kept} */ (pool[i]).objective < /** @type {Kept} */ (pool[worst]).objective) worst = i;
      if (/** @type {Kept} */ (pool[worst]).objective >= objective) return;
      pool.splice(worst, 1);
    }
    pool.push({ objective, ...this.sparse(values, full) });
  }

  /**
   * The nonzero entries of the HiGHS model's values (or of full values), over the full model's columns.
   * @param {ArrayLike<number>} values @param {boolean} [full]
   */
  sparse(values, full = false) {
    /** @type {number[]} */
    const indices = [];
    /** @type {number[]} */
    const entries = [];
    for (let c = 0; c < values.length; c++) {
      const value = /** @type {number} */ (values[c]);
      if (Math.abs(value) > 1e-9) {
        indices.push(full ? c : this.fullIndex(c));
        entries.push(value);
      }
    }
    return { indices: Int32Array.from(indices), values: Float64Array.from(entries) };
  }

  /** True when full-model values meet every cut (within 1e-6). @param {ArrayLike<number>} values */
  cutsAllow(values) {
    return this.cuts.every((cut) => {
      let sum = 0;
      for (let k = 0; k < cut.indices.length; k++) sum += /** @type {number} */ (cut.values[k]) * /** @type {number} */ (values[/** @type {number} */ (cut.indices[k])]);
      return sum >= cut.lower - 1e-6 && sum <= cut.upper + 1e-6;
    });
  }

  /** True when a kept solution has every column fixed at 1 and none fixed at 0. @param {Kept} solution */
  fixingsAllow(solution) {
    return !this.fixed() || this.fixingsBroken(solution) === 0;
  }

  /** True when columns are fixed now (a forced move, a pin, a forbid). */
  fixed() {
    return this.forced.length + this.forbidden.length > 0;
  }

  /** How many of the columns fixed now a kept solution breaks (a forced one it lacks, a forbidden one it has). @param {Kept} solution */
  fixingsBroken(solution) {
    const chosen = new Set(solution.indices);
    let count = 0;
    for (const j of this.forced) if (!chosen.has(j)) count += 1;
    for (const j of this.forbidden) if (chosen.has(j)) count += 1;
    return count;
  }

  /**
   * The best kept solution that every cut and forced column allows (and, when given, that
   * `fits`), or undefined.
   * @param {(solution: Kept) => boolean} [fits]
   */
  bestAllowed(fits = () => true) {
    const dense = new Float64Array(this.data.numCols);
    const candidates = this.pool.filter((solution) => this.fixingsAllow(solution) && fits(solution)).sort((a, b) => b.objective - a.objective);
    return candidates.find((solution) => {
      solution.indices.forEach((j, k) => (dense[j] = /** @type {number} */ (solution.values[k])));
      const allowed = this.cutsAllow(dense);
      solution.indices.forEach((j) => (dense[j] = 0));
      return allowed;
    });
  }

  /** The best kept solution that is feasible now (re-checked), over the full columns, or undefined. */
  bestKnown() {
    const best = this.bestAllowed();
    if (!best) return undefined;
    const values = this.dense(best);
    const objective = this.objectiveIfFeasible(values);
    return objective === undefined ? undefined : { objective, values };
  }

  /** Keeps full-model values met outside HiGHS (an integral LP solution) when they are a plan now. @param {Float64Array} values */
  offer(values) {
    const objective = this.objectiveIfFeasible(values);
    if (objective !== undefined) this.keep(objective, values, true);
  }

  /** @param {number} [cutoff] a start below it is not given (HiGHS would keep it and call it optimal) */
  warmStart(cutoff = -Infinity) {
    const { view, model } = this;
    if (!model) return;
    const best = this.bestAllowed((solution) => !view || solution.indices.every((j) => /** @type {number} */ (view.position[j]) >= 0));
    if (!best || best.objective < cutoff) return;
    const colValue = new Float64Array(view ? view.kept.length : this.data.numCols);
    best.indices.forEach((j, k) => (colValue[view ? /** @type {number} */ (view.position[j]) : j] = /** @type {number} */ (best.values[k])));
    model.setSolution({ colValue });
  }

  /** @param {{ readonly indices: Int32Array, readonly values: Float64Array }} solution */
  dense(solution) {
    const values = new Float64Array(this.data.numCols);
    solution.indices.forEach((j, k) => (values[j] = /** @type {number} */ (solution.values[k])));
    return values;
  }

  /**
   * A kept solution that reaches the bound of the plan ranked above is the best of those left
   * (ties with it): once re-checked here against every row, bound and cut, it is the answer,
   * and HiGHS is not run at all. Ranked plans with equal scores are common.
   * @param {number} target
   * @returns {WorkerResult | undefined}
   */
  keptReaching(target) {
    const best = this.bestAllowed();
    if (!best || best.objective < target - 1e-6) return undefined;
    const values = this.dense(best);
    const objective = this.objectiveIfFeasible(values);
    if (objective === undefined || objective < target - 1e-6) return undefined;
    return { status: 'optimal', values, objective, bound: target };
  }

  /** The objective of full-model values that meet every bound, row and cut (within 1e-6); else undefined. @param {Float64Array} values */
  objectiveIfFeasible(values) {
    const { data } = this;
    let objective = data.offset;
    for (let j = 0; j < data.numCols; j++) {
      const v = /** @type {number} */ (values[j]);
      if (v < /** @type {number} */ (data.lower[j]) - 1e-9 || v > /** @type {number} */ (data.upper[j]) + 1e-9) return undefined;
      if (data.integrality[j] === 1 && Math.abs(v - Math.round(v)) > 1e-9) return undefined;
      objective += /** @type {number} */ (data.cost[j]) * v;
    }
    for (let i = 0; i < data.numRows; i++) {
      let activity = 0;
      for (let k = /** @type {number} */ (data.starts[i]); k < /** @type {number} */ (data.starts[i + 1]); k++) {
        activity += /** @type {number} */ (data.values[k]) * /** @type {number} */ (values[/** @type {number} */ (data.indices[k])]);
      }
      if (activity < /** @type {number} */ (data.rowLower[i]) - 1e-6 || activity > /** @type {number} */ (data.rowUpper[i]) + 1e-6) return undefined;
    }
    return this.cutsAllow(values) ? objective : undefined;
  }

  /**
   * A restriction without columns has one candidate, all zeros; HiGHS would call such a model
   * "empty" whatever its rows and cuts say, so it is checked here.
   * @returns {WorkerResult}
   */
  solveWithoutColumns() {
    const values = new Float64Array(this.data.numCols);
    const objective = this.objectiveIfFeasible(values);
    return objective === undefined ? { status: 'infeasible' } : { status: 'optimal', values, objective, bound: objective };
  }

  /** Values over the HiGHS model's columns → values over the full model's columns. @param {Float64Array} values */
  expand(values) {
    const { view } = this;
    if (!view) return values;
    const full = new Float64Array(this.data.numCols);
    values.forEach((value, c) => (full[/** @type {number} */ (view.kept[c])] = value));
    return full;
  }

  /** @param {Extract<ToWorker, { type: 'solve' }>} request @returns {WorkerResult} */
  solve(request) {
    this.fix(request.force ?? new Int32Array(0), request.forbid ?? new Int32Array(0));
    const kept = request.upperBound === undefined ? undefined : this.keptReaching(request.upperBound);
    if (kept) return kept;
    if (!this.restrict) {
      if (!this.model) this.loadEverything();
      return this.solveTargeted(request);
    }
    const deadline = request.timeLimit === undefined ? Infinity : performance.now() + (request.timeLimit - this.reserve(request.timeLimit)) * 1000;
    const left = () => (deadline === Infinity ? undefined : Math.max(0.01, (deadline - performance.now()) / 1000));
    // Too late to grow the restriction: making it costs about as much as the reserve.
    const late = () => request.timeLimit !== undefined && performance.now() > deadline - 1000 * this.reserve(request.timeLimit);
    const restrict = this.restrict;
    if (restrict.stale) restrict.priced = undefined;
    if (!restrict.priced) {
      const outcome = this.priceRestriction(deadline);
      if (outcome === 'infeasible') return { status: 'infeasible' };
      if (outcome === 'unpriced') {
        // No duals in time: HiGHS on every column, unless that is more than it can hold.
        if (this.data.numCols > this.maxColumns) return { status: 'time-limit' };
        this.unrestrict();
        return this.solveTargeted({ ...request, timeLimit: left() });
      }
    }
    if (!restrict.priced) throw new Error('no duals after pricing');
    this.firstPlan(deadline);
    if (restrict.stale) this.constructPlan();
    const bound = restrict.priced.bound;
    const fixed = this.fixed();
    if (!this.view && !restrict.stale && request.timeLimit !== undefined && !fixed && !this.bestKnown()) this.quickPlan(left);
    // A plan met (in the LP, or an earlier search) that no plan beats by a step is the answer.
    const known = this.bestKnown();
    if (known && this.unbeatable(known.objective, bound)) {
      trace(`a plan met is optimal: ${known.objective} (bound ${bound})`);
      return { status: 'optimal', values: known.values, objective: known.objective, bound };
    }
    // Else the columns a plan beating the best one known could use, at most those of the first
    // penalty on a new restriction (a poor start would let in most columns; the MIP finds a
    // better plan, and the restriction grows only when its answer is not proven).
    // Without fixings the first restriction admits twice the first penalty: a round whose LP
    // bound is not met by a plan needs more than one step's penalty to be proven (2,000 cadres:
    // U = 5,992.5, best 5,990, proven at 1.75), and one MIP over 30,000 pairs (2.9 s) is
    // cheaper than two over 21,000 and 25,000 (4.6 s). A round whose LP meets its plan needs none.
    const needed = known === undefined ? Infinity : bound - known.objective - restrict.step + this.slack();
    if (!this.view) this.restrictTo(Math.min(needed, Math.max(fixed ? FIRST_WITH_FIXINGS * restrict.first : FIRST_WITHOUT_FIXINGS * restrict.first, fixed ? 0 : (restrict.settled ?? 0))));
    else {
      const wanted = known === undefined ? restrict.first : needed;
      if (wanted > restrict.delta) this.restrictTo(wanted);
    }
    const priced = /** @type {Priced} */ (restrict.priced);
    const slack = this.slack();
    let proving = false;
    for (;;) {
      const view = /** @type {View} */ (this.view);
      const result = view.kept.length === 0 ? this.solveWithoutColumns() : this.solveNear({ ...request, proving }, left);
      // Nothing left out that a plan could use (columns fixed at 0 are left out for good).
      const everything = view.outside === -Infinity;
      if (result.status === 'optimal') {
        const objective = /** @type {number} */ (result.objective);
        const reachedTarget = request.upperBound !== undefined && objective >= request.upperBound - 1e-6;
        trace(`MIP over ${view.kept.length} columns: objective ${objective}, outside ${view.outside.toFixed(3)}, fixed ${this.forced.length} + ${this.forbidden.length}`);
        if (everything || reachedTarget || this.unbeatable(objective, view.outside)) {
          if (!fixed) restrict.settled = Math.max(restrict.settled ?? 0, priced.bound - objective - restrict.step + slack);
          return result;
        }
        // A left-out column might still pay. Every column that could beat this plan would settle
        // it in one more solve, but a poor plan (a forced move whose chain needs columns left
        // out) would let in nearly all of them: grow at most twice as far each time (the better
        // plan found on the way shrinks what the proof needs), at least by the next column.
        const needed = priced.bound - objective - restrict.step + slack;
        const doubled = Math.max(2 * restrict.delta, restrict.delta + 2 * Math.max(restrict.step, restrict.first));
        if (!late() && this.restrictTo(Math.max(Math.min(needed, doubled), priced.bound - view.outside))) {
          proving = true;
          continue;
        }
        // Too many columns to grow further (or no time left to): the plan, not proven, with the bound of every plan.
        return { ...result, status: 'time-limit', bound: Math.min(priced.bound, Math.max(result.bound ?? objective, objective, view.outside)) };
      }
      if (result.status === 'infeasible' && !everything) {
        if (this.restrictTo(Math.max(2 * restrict.delta + slack, priced.bound - view.outside))) continue;
        return { status: 'time-limit', bound: Math.min(priced.bound, view.outside) };
      }
      if (result.status === 'time-limit') {
        // HiGHS stopped before a plan of its own: the best one met (a constructed one) stands.
        const known = result.values ? undefined : this.bestKnown();
        return known ? { status: 'time-limit', values: known.values, objective: known.objective, bound: this.globalBound(result.bound) } : { ...result, bound: this.globalBound(result.bound) };
      }
      return result;
    }
  }

  /**
   * Under a time limit, no column fixed and no plan known: when the first restriction would
   * hold more than QUICK_FROM_COLUMNS pairs, HiGHS may find no plan of its own in the time
   * left (5,000 cadres, `--time-limit 60`: 112,568 pairs and 17 s after pricing on a slow run,
   * exit 4 without a plan). First a plan built from the LP's columns (`constructPlan`), and a
   * small MIP over those columns and that plan, as after a pricing cut short (1,722 pairs, 1.7
   * s: 14,894); its plans join the pool, and the solve goes on from them (the answer 14,894 with
   * a gap of 11.6 in 57.8 s, 23:35 UTC). Exact as before: only the start changes. Rounds whose
   * first restriction is smaller are not touched (2,000 cadres: 13,136 pairs, 7.8 s with
   * `--time-limit 120`; small MIPs first made that 45 s).
   * @param {() => number | undefined} left seconds left
   */
  quickPlan(left) {
    const restrict = /** @type {NonNullable<OpenedModel['restrict']>} */ (this.restrict);
    const priced = /** @type {Priced} */ (restrict.priced);
    const first = FIRST_WITHOUT_FIXINGS * restrict.first;
    if (restriction(this.data, priced, first).kept.length <= this.quickFrom) return;
    this.constructPlan();
    this.restrictTo(-Infinity, true);
    // Its improving plans join the pool as HiGHS reports them (`run`).
    this.solveTargeted({ timeLimit: left() });
    this.load(undefined);
  }

  /**
   * Prices the LP for the columns fixed now (restrict.priced); the plans the LP meets on the
   * way join the pool (`offer`), and `firstPlan` looks for a first one with columns fixed.
   * 'unpriced' when no duals came in time.
   * @param {number} deadline performance.now() ms of the whole solve (pricing takes half)
   * @returns {'priced' | 'infeasible' | 'unpriced'}
   */
  priceRestriction(deadline) {
    const restrict = /** @type {NonNullable<OpenedModel['restrict']>} */ (this.restrict);
    const started = performance.now();
    const fixed = this.fixed();
    trace(fixed ? `pricing for ${this.forced.length} + ${this.forbidden.length} fixed columns` : 'pricing');
    /** @param {number} bound */
    const report = (bound) => this.post({ type: 'progress', seconds: (performance.now() - started) / 1000, bound });
    // Under a time limit, pricing takes at most PRICING_SHARE of it: the restricted MIP needs
    // the rest to find a plan (any duals met by then give a valid bound; a pricing cut short
    // builds a plan to start from, see `constructPlan`).
    const span = deadline - started;
    const half = deadline === Infinity ? Infinity : started + Math.min(span * PRICING_SHARE, span - AFTER_PRICING_PER_COLUMN * 1000 * this.data.numCols);
    const lp = (this.lp ??= new PricingLp(this.highs, this.data, restrict.dual));
    const priced = lp.price(half === Infinity ? started + 1e12 : half, report, (values) => this.offer(values));
    // An infeasible LP relaxation: no plan at all.
    if (priced.status === 'infeasible') return 'infeasible';
    if (priced.status === 'bounded') {
      restrict.priced = priced;
      restrict.stale = !priced.converged;
      if (!fixed && priced.converged) {
        restrict.dual = priced.dual;
        restrict.base = priced;
        this.post({ type: 'priced', dual: Float64Array.from(priced.dual) });
      }
    } else if (fixed && restrict.dual) {
      // No duals for these fixings in time: those of the model as opened bound it too.
      restrict.priced = dualBound(this.data, restrict.dual);
    } else {
      return 'unpriced';
    }
    return 'priced';
  }

  /**
   * With columns fixed, no kept plan may fit, and HiGHS spends most of the search finding a
   * first one: unless a plan met is proven best, one from RINS (`rins`: a small MIP around the
   * LP's point and the best plan met), else by diving in the LP; HiGHS starts from it (the
   * better the start, the sooner the proof; a start that meets the bound is the answer). Once
   * per fixing, for a solve only (a bound needs no plan), and never past half the time limit.
   * Both are heuristics with budgets counted, not timed (nodes, simplex iterations in
   * proportion to the model's rows): the same plan on any machine. (Without fixings HiGHS
   * finds good plans itself: at 2,000 cadres a dive cost 5 s for nothing.)
   * On a grid, HiGHS is only ever given a start at or above the first cutoff of `solveNear`
   * (`cutoffs`): RINS looks for no plan below it, and there is no dive. At 700 cadres, of the
   * report's 112 RINS searches 73 ended three steps or more under ⌊U⌋, a plan no cutoff lets
   * HiGHS use, and took 11.0 of RINS's 13.6 s; with the cutoff RINS took 5.9 s in all, the
   * report 39.2 s against 41.5-41.7 s, with the same bytes (22:30-22:40 UTC, quiet machine).
   * @param {number} deadline performance.now() ms of the whole solve
   */
  firstPlan(deadline) {
    const restrict = /** @type {NonNullable<OpenedModel['restrict']>} */ (this.restrict);
    const { lp } = this;
    if (!lp || restrict.sought || !restrict.priced || !this.fixed()) return;
    restrict.sought = true;
    const known = this.bestKnown();
    if (known && this.unbeatable(known.objective, restrict.priced.bound)) return;
    const half = deadline === Infinity ? Infinity : performance.now() + (deadline - performance.now()) / 2;
    const [cutoff] = this.cutoffs(known?.objective);
    this.rins(half, cutoff);
    if (cutoff === undefined && !this.bestKnown()) lp.dive(DIVE_PER_ROW * this.data.numRows + 500, half, (values) => this.offer(values));
  }

  /**
   * A plan near the LP's point, from a small MIP (RINS: relaxation induced neighbourhood
   * search): the plan met so far nearest to the columns fixed now (`nearestKept`: the round's
   * best plan, for a single fixing) and the LP priced for them mostly agree; every integer column on which they agree
   * is fixed at that value, and HiGHS solves what is left. Its plan is offered like an integral LP solution (re-checked
   * against every row, bound and cut). When the LP bound is tight, as with a forced move on a
   * province round, that plan usually reaches it, and is then the answer with no large MIP.
   * A heuristic: nothing is proven by it. Without a cutoff a column both leave at 0 is left
   * out: a few hundred columns. With a `cutoff`, only plans scoring that much are sought
   * (HiGHS's objective_bound; a neighbourhood without one is given up at its root), and such a
   * column stays in, free, when a plan at the cutoff could use it (its penalty at most
   * U − cutoff, as for the restriction): the 1,600–2,000 columns of the MIP that follows, few of
   * them fixed, searched without strong branching. At 700 cadres (seed 2027) this finds the
   * plan at ⌊U⌋ far more often: of the report's forced solves, 48–53 answered with no MIP
   * against 26–28 and 67–75 MIPs against 95–100; the report 30.7–35.4 s against 34.3–37.4 s
   * (seed 31: 91.5 against 98.2 s), the same bytes; why-not of the usual kind 2.10–2.29 →
   * 1.85–1.97 s, 20 questions of one session 6.92 s against 7.38–7.52 s; the session
   * benchmark's hardest pair 2.73–2.87 → 2.83–2.93 s (its answer lies a step below ⌊U⌋, which
   * RINS cannot reach: it searches 0.66 s there instead of 0.3 s, the MIP after it a little
   * less) (1 December, 00:30–01:00 UTC, quiet machine; docs/performance.md, "Where the engine's targets stand").
   * @param {number} deadline performance.now() ms @param {number} [cutoff]
   */
  rins(deadline, cutoff) {
    const { lp, data } = this;
    if (!lp || this.pool.length === 0) return;
    const relaxed = lp.solution(deadline);
    if (!relaxed) return;
    const guide = this.dense(this.nearestKept());
    const lower = Float64Array.from(data.lower);
    const upper = Float64Array.from(data.upper);
    // (Not from the duals of a pricing cut short: their penalties say little.)
    const priced = this.restrict?.stale ? undefined : this.restrict?.priced;
    const reach = cutoff !== undefined && priced ? priced.bound - cutoff : -Infinity;
    /** @type {number[]} */
    const kept = [];
    let free = 0;
    for (let j = 0; j < data.numCols; j++) {
      const v = /** @type {number} */ (relaxed[j]);
      const g = /** @type {number} */ (guide[j]);
      if (/** @type {number} */ (upper[j]) <= 0) continue;
      const unused = Math.abs(v) <= 1e-9 && g === 0 && /** @type {number} */ (lower[j]) <= 0;
      if (unused && !(priced && penalty(data, priced, j) <= reach)) continue;
      kept.push(j);
      if (!unused && data.integrality[j] === 1 && Math.abs(v - g) <= 1e-9 && g >= /** @type {number} */ (lower[j]) && g <= /** @type {number} */ (upper[j])) {
        lower[j] = g;
        upper[j] = g;
      } else free += 1;
    }
    const columns = Int32Array.from(kept);
    const model = this.createMip(restrictedModel({ ...data, lower, upper }, columns, this.cuts));
    try {
      model.options.set({
        time_limit: Number.isFinite(deadline) ? Math.max(0.01, (deadline - performance.now()) / 1000) : 1e20,
        ...RINS_OPTIONS,
        ...(cutoff === undefined ? {} : cutoffOption(cutoff)),
      });
      model.run();
      const solved = Number(model.info.get('primal_solution_status')) === 2;
      trace(`rins: ${free} of ${kept.length} columns free: ${solved ? model.getObjectiveValue() : 'no plan'}`);
      if (!solved) return;
      const values = new Float64Array(data.numCols);
      model.getSolution().colValue.forEach((v, c) => (values[/** @type {number} */ (columns[c])] = Math.round(v * 1e6) / 1e6));
      this.offer(values);
    } finally {
      model.dispose();
    }
  }

  /**
   * The kept solution that breaks the fewest of the columns fixed now (a forced column it lacks,
   * a forbidden one it has), the best of those: RINS's guide. After a committee's second forbid,
   * that is the answer to the first, not the round's best plan, which breaks both.
   * @returns {Kept}
   */
  nearestKept() {
    const scored = this.pool.map((solution) => ({ solution, broken: this.fixingsBroken(solution) }));
    return scored.reduce((a, b) => (b.broken < a.broken || (b.broken === a.broken && b.solution.objective > a.solution.objective) ? b : a)).solution;
  }

  /**
   * Pricing stopped before the LP's optimum, or a large round under a time limit (`quickPlan`):
   * unless a plan is known, one built greedily (construct.mjs) from the LP's columns, those the
   * LP chose first, then by penalty. Deterministic (no clock in it); HiGHS starts from it, and a
   * time-limited answer has at least this plan and the proven bound.
   */
  constructPlan() {
    const { lp, data } = this;
    const priced = this.restrict?.priced;
    if (!lp || !priced || this.bestKnown()) return;
    const chosen = lp.chosen();
    /** @type {number[]} */
    const candidates = [];
    chosen.columns.forEach((j, k) => {
      if (removable(data, j) && num(data.upper[j]) >= 1 && num(data.lower[j]) === 0) candidates.push(k);
    });
    const value = (/** @type {number} */ k) => num(chosen.values[k]);
    const column = (/** @type {number} */ k) => num(chosen.columns[k]);
    candidates.sort(
      (a, b) =>
        value(b) - value(a) ||
        penalty(data, priced, column(a)) - penalty(data, priced, column(b)) ||
        num(data.cost[column(b)]) - num(data.cost[column(a)]) ||
        column(a) - column(b),
    );
    const values = constructPlan(data, Int32Array.from(candidates, column));
    if (values) this.offer(values);
    // The construction's arrays (130 MB at 5,000 cadres) are collected before the restricted
    // models are made: the peak of a 5,000-cadre round stays lower.
    if (data.numCols >= LARGE_MODEL_COLUMNS) collectGarbage();
    // (The plan's objective is looked up again only for the trace: a pass over the model.)
    if (TRACE) trace(`plan constructed from ${candidates.length} columns: ${values ? (this.bestKnown()?.objective ?? 'rejected') : 'none'}`);
  }

  /**
   * An upper bound on every plan with the columns fixed now, from the LP priced for them (no
   * MIP): with the plan that reaches it when the LP met one. Unrestricted models get an LP of
   * their own for it.
   * @param {Extract<ToWorker, { type: 'bound' }>} request @returns {WorkerResult}
   */
  bound(request) {
    this.fix(request.force ?? new Int32Array(0), request.forbid ?? new Int32Array(0));
    const deadline = request.timeLimit === undefined ? Infinity : performance.now() + request.timeLimit * 1000;
    let bound;
    if (this.restrict) {
      if (this.restrict.stale) this.restrict.priced = undefined;
      if (!this.restrict.priced) {
        const outcome = this.priceRestriction(deadline);
        if (outcome === 'infeasible') return { status: 'infeasible' };
      }
      bound = this.restrict.priced?.bound;
    } else {
      const lp = (this.lp ??= new PricingLp(this.highs, this.data));
      const priced = lp.price(deadline === Infinity ? performance.now() + 1e12 : deadline, () => {}, (values) => this.offer(values));
      if (priced.status === 'infeasible') return { status: 'infeasible' };
      if (priced.status === 'bounded') bound = priced.bound;
    }
    if (bound === undefined) return { status: 'time-limit' };
    const swaps = this.swapBounds(request.swaps);
    const known = this.bestKnown();
    const step = this.restrict?.step ?? 0;
    if (known && (step > 0 ? this.unbeatable(known.objective, bound) : known.objective >= bound - 1e-9 * Math.max(1, Math.abs(bound)))) {
      return { status: 'optimal', values: known.values, objective: known.objective, bound, ...swaps };
    }
    return { status: 'bounded', bound, ...swaps };
  }

  /**
   * The bound of each of `columns` forced instead of the one column forced now, from the duals
   * priced for it (restrict.mjs `swapBounds`: valid for any duals); none without a restriction.
   * @param {Int32Array | undefined} columns
   */
  swapBounds(columns) {
    const priced = this.restrict?.priced;
    const j0 = this.forced[0];
    if (!columns || !priced || this.forced.length !== 1 || j0 === undefined) return {};
    return { swaps: swapBounds(this.data, priced, j0, columns) };
  }

  /**
   * Seconds a restricted solve under a time limit leaves before its end: the answer of a large
   * model is still to be checked and written by the main thread (about 3 s at 5 million
   * columns), and HiGHS stops a little after its own limit. At most a tenth of the limit.
   * @param {number} timeLimit
   */
  reserve(timeLimit) {
    return Math.min(timeLimit / 10, 0.5 + this.data.numCols * RESERVE_PER_COLUMN);
  }

  /** How far past the needed penalty the restriction grows (fewer regrowths). */
  slack() {
    const restrict = /** @type {NonNullable<OpenedModel['restrict']>} */ (this.restrict);
    return Math.max(restrict.step, restrict.first) / 4;
  }

  /**
   * A bound on every plan from HiGHS's bound on the model it has: a restricted model's plans
   * score at most that, the others at most `outside`, and all at most the LP bound U.
   * @param {number | undefined} bound
   */
  globalBound(bound) {
    const { view, restrict } = this;
    if (!view || !restrict?.priced) return bound;
    return Math.min(restrict.priced.bound, Math.max(bound ?? Infinity, view.outside));
  }

  /**
   * True when no plan using a left-out column (each scores at most `outside`) can beat an
   * objective: plans' objectives lie on a grid of `step`, so one below objective + step is no
   * better. The margin covers rounding in the bound's long sum.
   * @param {number} objective @param {number} outside
   */
  unbeatable(objective, outside) {
    const restrict = /** @type {NonNullable<OpenedModel['restrict']>} */ (this.restrict);
    const margin = 1e-6 * Math.max(1, Math.abs(/** @type {Priced} */ (restrict.priced).bound));
    return restrict.step > 0 ? outside + margin < objective + restrict.step : outside + margin <= objective;
  }

  /**
   * The restricted MIP of a solve with columns fixed, asked first for a plan near the LP bound
   * U. Plans' objectives lie on a grid of `step`, and a forced or forbidden move on a province
   * round usually costs the plan a step or two below ⌊U⌋ (at 700 cadres, seed 2027: all 12
   * forced MIPs of the session benchmark; seed 31: one of 20 three steps below). A cutoff lets
   * HiGHS prune every plan below it from the start, so its search no longer waits for a plan
   * good enough to prune with (RINS's plan is often 10 to 20 points short, and the exact plan
   * then came from strong branching, seconds later). The cutoffs come down a ladder (`cutoffs`),
   * each run proving quickly that nothing reaches it, until one has a plan; a last run without
   * a cutoff when none did. Exact: a plan at or above a cutoff that HiGHS calls optimal is
   * optimal, since everything it pruned scores less; and when nothing reaches the plan known
   * plus half a step, that plan is optimal (the grid).
   * @param {Request} request @param {() => number | undefined} left seconds left, when limited
   * @returns {WorkerResult}
   */
  solveNear(request, left) {
    const known = this.bestKnown();
    const step = this.restrict?.step ?? 0;
    for (const cutoff of this.cutoffs(known?.objective)) {
      const near = this.solveTargeted({ ...request, timeLimit: left(), cutoff });
      if (near.values && /** @type {number} */ (near.objective) >= cutoff - CUTOFF_TOLERANCE && (near.status === 'optimal' || near.status === 'time-limit')) return near;
      if (near.status !== 'optimal' && near.status !== 'infeasible') break;
      if (known && cutoff <= known.objective + step / 2 + CUTOFF_TOLERANCE) {
        trace(`no plan from ${cutoff} on: the plan known (${known.objective}) is optimal`);
        return { status: 'optimal', values: known.values, objective: known.objective, bound: known.objective };
      }
      trace(`no plan from ${cutoff} on`);
    }
    return this.solveTargeted({ ...request, timeLimit: left() });
  }

  /**
   * The cutoffs of `solveNear` (`cutoffLadder`): none without columns fixed (a round's best
   * plan usually meets U, and where it does not, at 2,000 cadres U − 2.5 steps, a first cutoff
   * that fails cost 3 s) or without a grid.
   * @param {number | undefined} known the objective of the best plan known
   */
  cutoffs(known) {
    const restrict = this.restrict;
    if (!restrict?.priced || restrict.step <= 0 || !this.fixed()) return [];
    return cutoffLadder(restrict.priced.bound, restrict.step, known);
  }

  /**
   * With a known upper bound (the plan ranked above), the search may stop at the first solution
   * that reaches it (objective_target): no plan can score more, so it is optimal. Whatever the
   * option's direction, the answer is only taken when its objective really reaches the bound;
   * otherwise the solve runs again without the target.
   * @param {Request} request
   * @returns {WorkerResult}
   */
  solveTargeted(request) {
    const model = /** @type {HighsModel} */ (this.model);
    const target = request.upperBound;
    if (target === undefined) return finished(this.solveOnce(request));
    model.options.set({ objective_target: target - 1e-6 });
    const result = this.solveOnce(request);
    model.options.set({ objective_target: NEVER });
    if (result.status !== 'target') return result;
    if (/** @type {number} */ (result.objective) >= target - 1e-6) return { ...result, status: 'optimal' };
    return finished(this.solveOnce(request));
  }

  /** @param {Request} request @returns {Answer} */
  solveOnce(request) {
    const model = /** @type {HighsModel} */ (this.model);
    // HiGHS's time limit counts every run of the model so far (a ranked search solves one model again and again).
    model.options.set({ time_limit: request.timeLimit === undefined ? 1e20 : model.getRunTime() + request.timeLimit });
    // For this run only ('inf', HiGHS's default, goes through its string setter: highs-js refuses Infinity).
    if (request.cutoff !== undefined) model.options.set(cutoffOption(request.cutoff));
    // With columns fixed, FIXED_OPTIONS already hold PROVING_OPTIONS.
    const proving = request.proving && !this.fixed();
    if (proving) model.options.set(PROVING_OPTIONS);
    try {
      return this.run(request);
    } finally {
      if (request.cutoff !== undefined) model.options.set({ objective_bound: 'inf' });
      if (proving) model.options.set(this.defaultsOf(PROVING_OPTIONS));
    }
  }

  /** One run of HiGHS on the model as it is now (`solveOnce`). @param {Request} request @returns {Answer} */
  run(request) {
    const { highs } = this;
    const model = /** @type {HighsModel} */ (this.model);
    const codes = highs.constants.modelStatus;
    let lastPost = 0;
    const started = performance.now();
    // Under a cutoff, HiGHS's bound leaves out what it pruned, plans below the cutoff: the bound
    // of every plan is at least the cutoff.
    const { cutoff } = request;
    const globalBound = (/** @type {number} */ bound) => {
      const global = this.globalBound(bound);
      return cutoff === undefined || global === undefined ? global : Math.max(cutoff, global);
    };
    this.warmStart(cutoff);
    model.run({
      [highs.constants.callbackType.mipSolution]: (/** @type {any} */ event) => {
        this.keep(event.data.objective_function_value, event.data.mip_solution);
      },
      [highs.constants.callbackType.mipImprovingSolution]: (/** @type {any} */ event) => {
        const values = event.data.mip_solution;
        this.keep(event.data.objective_function_value, values);
        if (values) {
          // Sparse: a dense copy of 10^6 columns per improving solution is memory the search needs.
          const bound = globalBound(event.data.mip_dual_bound);
          this.post({ type: 'incumbent', objective: event.data.objective_function_value, bound, ...this.sparse(values) });
        }
      },
      [highs.constants.callbackType.mipInterrupt]: (/** @type {any} */ event) => {
        const now = performance.now();
        if (now - lastPost < 500) return;
        lastPost = now;
        this.post({ type: 'progress', seconds: (now - started) / 1000, primal: event.data.mip_primal_bound, bound: globalBound(event.data.mip_dual_bound) });
      },
    });
    const status = model.getModelStatus();
    const bound = Number(model.info.get('mip_dual_bound'));
    const primal = () => this.expand(Float64Array.from(model.getSolution().colValue, (v) => Math.round(v * 1e6) / 1e6));
    if (status === codes.optimal) return { status: 'optimal', values: primal(), objective: model.getObjectiveValue(), bound };
    if (status === codes.objectiveTarget) return { status: 'target', values: primal(), objective: model.getObjectiveValue(), bound };
    if (status === codes.empty) return { status: 'optimal', values: new Float64Array(this.view ? this.data.numCols : 0), objective: 0, bound: 0 };
    if (status === codes.infeasible) return { status: 'infeasible' };
    if (status === codes.timeLimit || status === codes.interrupted) {
      const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
      return hasSolution ? { status: 'time-limit', values: primal(), objective: model.getObjectiveValue(), bound } : { status: 'time-limit', bound };
    }
    return { status: 'error', message: `HiGHS ended with model status ${status}` };
  }
}

/**
 * HiGHS's option for a cutoff of our maximisation: HiGHS minimises internally, so its
 * objective_bound is the cutoff negated.
 * @param {number} cutoff
 */
function cutoffOption(cutoff) {
  return { objective_bound: -cutoff };
}

/**
 * Sorted columns with the nonzero columns of `values` added (none when undefined).
 * @param {Int32Array} kept @param {Float64Array | undefined} values
 */
function withColumns(kept, values) {
  if (!values) return kept;
  const inKept = new Uint8Array(values.length);
  for (const j of kept) inKept[j] = 1;
  /** @type {number[]} */
  const extra = [];
  values.forEach((v, j) => {
    if (v !== 0 && !inKept[j]) extra.push(j);
  });
  if (extra.length === 0) return kept;
  return Int32Array.from([...kept, ...extra]).sort();
}

/** @param {Int32Array} a @param {Int32Array} b */
function sameColumns(a, b) {
  return a.length === b.length && a.every((j, k) => j === b[k]);
}

/** An answer without a target set cannot be 'target'; one that is, is a HiGHS surprise. @param {Answer} answer @returns {WorkerResult} */
function finished(answer) {
  return answer.status === 'target' ? { ...answer, status: 'optimal' } : answer;
}

/** The worker: HiGHS loaded once, the model opened last, and the message loop. */
class HighsWorker {
  /** @type {Highs | undefined} */
  highs;
  /** @type {OpenedModel | undefined} */
  opened;
  dead = false;

  /** @param {import('node:worker_threads').MessagePort} port */
  constructor(port) {
    this.port = port;
    port.on('message', (/** @type {ToWorker} */ message) => void this.receive(message));
  }

  /** @param {FromWorker} message @param {ArrayBuffer[]} [transfer] */
  post(message, transfer = []) {
    this.port.postMessage(message, transfer);
  }

  /** @param {ToWorker} message */
  async receive(message) {
    if (this.dead) return;
    try {
      const highs = (this.highs ??= await loadHighs(LOG ? { print: highsLog } : undefined));
      if (message.type === 'open') {
        this.opened?.dispose();
        this.opened = undefined;
        this.opened = new OpenedModel(highs, message.model, (m) => this.post(m));
        this.post({ type: 'ready' });
      } else if (message.type === 'addRow') {
        this.current().addCut(message);
        this.post({ type: 'ready' });
      } else if (message.type === 'dropRows') {
        this.current().dropRows();
        this.post({ type: 'ready' });
      } else if (message.type === 'solve' || message.type === 'bound') {
        const result = message.type === 'solve' ? this.current().solve(message) : this.current().bound(message);
        this.post({ type: 'result', result }, result.values ? [/** @type {ArrayBuffer} */ (result.values.buffer)] : []);
      }
    } catch (error) {
      // A WebAssembly abort (RuntimeError: Aborted()) or OOM leaves the instance unusable.
      this.dead = true;
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.post({ type: 'failed', message: text });
    }
  }

  current() {
    if (!this.opened) throw new Error('no model opened');
    return this.opened;
  }
}

new HighsWorker(/** @type {import('node:worker_threads').MessagePort} */ (parentPort));
