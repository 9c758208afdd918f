/**
 * The messages between the main thread (highs.ts) and the HiGHS worker (highs-worker.mjs),
 * typed once for both sides: the worker imports these types through JSDoc, so a message
 * changed on one side and not on the other fails the type-check.
 *
 * A worker holds one model at a time (`open` replaces it, HiGHS stays loaded), takes cuts
 * (`addRow`), forgets them (`dropRows`, back to the model as opened) and solves, with some
 * columns fixed at 1 (`force`: why-not's forced move, a pin) or at 0 (`forbid`) for that solve only. Every answer to a
 * request is `ready`, `result` or `failed`; `incumbent` and `progress` may come while HiGHS runs.
 */
import type { PackedModel } from '../model/linear.ts';

/** The model as the worker holds it: typed arrays, rows in CSR (a packed model and its offset). */
export interface WorkerArrays extends PackedModel {
  readonly offset: number;
}

/** How the worker restricts a large model: the objective's grid (0: none) and the first penalty allowed. */
export interface Restriction {
  readonly step: number;
  readonly delta: number;
}

/** HiGHS option names and values (`presolve: 'off'`, `mip_abs_gap: 0.999`, ...). */
export type HighsOptions = Readonly<Record<string, string | number | boolean>>;

export interface OpenModel extends WorkerArrays {
  readonly options: HighsOptions;
  /** Present when the model may be solved restricted (restrict.mjs). */
  readonly restrict?: Restriction;
  /**
   * Row duals another worker priced for this same model: the restriction starts from them
   * instead of pricing again (any duals give a valid bound, so they need not be optimal).
   */
  readonly dual?: Float64Array;
  /**
   * A plan of this same model found elsewhere (the best one, no column fixed, no cut): kept
   * as a warm start and as the guide of a forced solve's first plan (re-checked first).
   */
  readonly plan?: Float64Array;
}

export type ToWorker =
  | { readonly type: 'open'; readonly model: OpenModel }
  | { readonly type: 'addRow'; readonly lower: number; readonly upper: number; readonly indices: Int32Array; readonly values: Float64Array }
  | { readonly type: 'dropRows' }
  | {
      readonly type: 'solve';
      readonly timeLimit?: number;
      readonly upperBound?: number;
      /** Columns fixed at 1 for this solve only (sorted). */
      readonly force?: Int32Array;
      /** Columns fixed at 0 for this solve only (sorted). */
      readonly forbid?: Int32Array;
    }
  /**
   * An upper bound on every plan with these columns fixed, from the LP alone (no MIP); with
   * one column forced, also a bound for each column of `swaps` forced in its place, from the
   * same duals (restrict.mjs `swapBounds`; restricted models only).
   */
  | { readonly type: 'bound'; readonly timeLimit?: number; readonly force?: Int32Array; readonly forbid?: Int32Array; readonly swaps?: Int32Array };

/** 'bounded': a bound request's answer without a plan (only `bound` is set). */
export type WorkerStatus = 'optimal' | 'infeasible' | 'time-limit' | 'error' | 'bounded';

/** A solve's answer, values over the full model's columns. */
export interface WorkerResult {
  readonly status: WorkerStatus;
  readonly values?: Float64Array;
  readonly objective?: number;
  readonly bound?: number;
  /** A bound's answer: the bound with each column of the request's `swaps` forced instead (Infinity: none). */
  readonly swaps?: Float64Array;
  readonly message?: string;
}

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly result: WorkerResult }
  | { readonly type: 'failed'; readonly message: string }
  /** An improving solution of the running solve, sparse over the full columns. */
  | { readonly type: 'incumbent'; readonly objective: number; readonly bound?: number; readonly indices: Int32Array; readonly values: Float64Array }
  | { readonly type: 'progress'; readonly seconds: number; readonly primal?: number; readonly bound?: number }
  /** The row duals the restriction was priced with (for another worker on the same model). */
  | { readonly type: 'priced'; readonly dual: Float64Array };
