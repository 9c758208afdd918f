/**
 * A mixed-integer linear program in plain arrays, maximised: what the model builder makes
 * and every solver backend takes. It knows nothing of cadres or posts; names keep the
 * domain readable (`move(C-07→P-LN-SEC)`, `stability_out(U-FIN)`).
 */

export interface LinearRow {
  /** For people reading solver output; what a row means is its tag (src/model/builder.ts), never its name. */
  readonly name: string;
  readonly indices: readonly number[];
  readonly values: readonly number[];
  /** -Infinity when there is no lower bound. */
  readonly lower: number;
  /** +Infinity when there is no upper bound. */
  readonly upper: number;
}

export interface LinearModel {
  readonly columns: {
    readonly names: readonly string[];
    readonly integer: readonly boolean[];
    readonly lower: readonly number[];
    readonly upper: readonly number[];
    /** Objective coefficients (maximised). */
    readonly cost: readonly number[];
  };
  readonly rows: readonly LinearRow[];
  /** A constant added to the objective. */
  readonly offset: number;
  /**
   * When known: every feasible solution, its continuous columns at their best values, scores
   * offset + a whole multiple of this. A bound less than one step above a solution then
   * proves it optimal.
   */
  readonly objectiveStep?: number;
}

/** The objective of a column assignment. */
export function objectiveOf(model: LinearModel, values: ArrayLike<number>): number {
  let total = model.offset;
  model.columns.cost.forEach((cost, i) => (total += cost * (values[i] ?? 0)));
  return total;
}
