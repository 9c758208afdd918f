/**
 * One interface for every MILP backend. A session holds one model; cuts (rows) can be added
 * between solves, which is how the K best plans are enumerated, and dropped again, and a
 * solve may fix columns at 1 (why-not's forced move, a pin) or at 0 (a forbid) without a new model. Backends never
 * see cadres. HiGHS sessions run on warm worker threads (highs.ts): closing a session hands
 * its worker, HiGHS still loaded, to the next one.
 */
import type { LinearModel, LinearRow } from '../model/linear.ts';

export type BackendName = 'jslp' | 'highs';

export type SolveStatus = 'optimal' | 'infeasible' | 'time-limit' | 'error';

export interface SolveResult {
  readonly status: SolveStatus;
  /** Column values of the best solution found (optimal, or the incumbent at a time limit). */
  readonly values?: Float64Array;
  /** Objective of that solution as the backend computed it. */
  readonly objective?: number;
  /** Best proven upper bound on the objective (maximisation), when the backend knows one. */
  readonly bound?: number;
  readonly message?: string;
  readonly seconds: number;
}

export interface SolveOptions {
  /** Wall-clock seconds for this solve; undefined for none. */
  readonly timeLimit?: number;
  /**
   * A known upper bound on the objective (the plan ranked above scores this much). A backend
   * may stop as soon as it finds a solution within 1e-6 of it: that solution is then optimal.
   */
  readonly upperBound?: number;
  /** Called now and then while the backend searches (HiGHS only): incumbent and bound. */
  readonly onProgress?: (progress: { readonly primal?: number; readonly bound?: number }) => void;
  /** Columns fixed at 1 for this solve only (the model's own bounds hold again afterwards). */
  readonly force?: readonly number[];
  /** Columns fixed at 0 for this solve only (a committee's forbid answered in an open session). */
  readonly forbid?: readonly number[];
}

/** An upper bound on the plans with some columns fixed, from the LP relaxation (no MIP). */
export interface BoundResult {
  /** 'optimal': a plan reaches the bound (`values`, `objective`); 'infeasible': no plan. */
  readonly status: 'optimal' | 'infeasible' | 'bounded' | 'time-limit';
  readonly bound?: number;
  readonly values?: Float64Array;
  readonly objective?: number;
  /** With one column forced: the bound with each column of the options' `swaps` forced in its place instead (Infinity: none known). */
  readonly swaps?: Float64Array;
}

/** A bound's fixings, and columns whose bound is wanted too, each forced instead of the one forced column (HiGHS restricted only). */
export type BoundOptions = Pick<SolveOptions, 'force' | 'forbid' | 'timeLimit'> & { readonly swaps?: readonly number[] };

export interface SolverSession {
  readonly backend: BackendName;
  /** The LP bound with these columns fixed (HiGHS only; others solve instead). */
  bound?(options: BoundOptions): Promise<BoundResult>;
  /**
   * What a session on the same model can start from (the duals of the model as opened),
   * priced first when they are not yet: the same hints whenever asked (same answers after).
   */
  sharedHints?(): Promise<SessionHints>;
  addRow(row: LinearRow): Promise<void>;
  /** Drops every row added since the session opened: back to the model as opened. */
  dropRows(): Promise<void>;
  /** What this session learnt that a session on the same model can start from. */
  hints(): SessionHints;
  solve(options?: SolveOptions): Promise<SolveResult>;
  close(): Promise<void>;
}

export interface BackendSettings {
  /**
   * HiGHS: solve over the pairs whose LP reduced cost leaves them a chance, growing the set
   * until no left-out pair can beat the answer (exact). 'auto' restricts large models.
   */
  readonly restrict?: 'auto' | 'on' | 'off';
  /** HiGHS: stop once the bound is less than one step of the objective's grid above a plan (default on). */
  readonly grid?: boolean;
  /** HiGHS: presolve (default on; feasibility tests of the diagnosis turn it off). */
  readonly presolve?: boolean;
  /** What a session on the same model learnt (`SolverSession.hints()`): a second session starts from it. */
  readonly hints?: SessionHints;
}

/** Opaque to callers: what one session on a model can hand to another on the same model. */
export interface SessionHints {
  /** HiGHS: the row duals the restriction was priced with. */
  readonly dual?: Float64Array;
  /** HiGHS: the best plan of the model as opened (no column fixed, no cut), a start for forced solves. */
  readonly plan?: Float64Array;
}

export interface Backend {
  readonly name: BackendName;
  open(model: LinearModel, settings?: BackendSettings): Promise<SolverSession>;
}

/** True when every integer column is within 1e-6 of an integer. */
export function isIntegral(model: LinearModel, values: ArrayLike<number>): boolean {
  return model.columns.integer.every((integer, i) => !integer || Math.abs(values[i]! - Math.round(values[i]!)) <= 1e-6);
}
