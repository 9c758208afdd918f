/**
 * A mixed-integer linear program, maximised: what the model builder makes and every solver
 * backend takes. It knows nothing of cadres or posts; names keep the domain readable
 * (`move(C-07→P-LN-SEC)`, `stability_out(U-FIN)`).
 *
 * Two forms of one model: `columns` and `rows` as plain arrays and row objects (small models,
 * javascript-lp-solver, the diagnosis), and `packed`, the same columns and rows in typed
 * arrays with the rows in CSR. The model builder writes the packed form only (a round of 10^6
 * pairs has 10^7 row entries: as JavaScript arrays and objects they cost gigabytes and most of
 * the build's time in garbage collection) and makes `columns` and `rows` from it when first
 * asked. The packed arrays live in shared memory, so the HiGHS worker reads them without a copy.
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

export interface LinearColumns {
  readonly names: readonly string[];
  readonly integer: readonly boolean[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Objective coefficients (maximised). */
  readonly cost: readonly number[];
}

/** The columns and rows in typed arrays: row r's entries are indices/values[starts[r] .. starts[r + 1]). */
export interface PackedModel {
  readonly numCols: number;
  readonly numRows: number;
  readonly cost: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** 1 for an integer column, else 0. */
  readonly integrality: Int32Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export interface LinearModel {
  readonly columns: LinearColumns;
  readonly rows: readonly LinearRow[];
  /** A constant added to the objective. */
  readonly offset: number;
  /**
   * When known: every feasible solution, its continuous columns at their best values, scores
   * offset + a whole multiple of this. A bound less than one step above a solution then
   * proves it optimal.
   */
  readonly objectiveStep?: number;
  /** The same columns and rows in typed arrays, when the model was built that way (read this, not `rows`, on large models). */
  readonly packed?: PackedModel;
}

/** How many columns, without making `columns` from a packed model. */
export function columnCount(model: LinearModel): number {
  return model.packed ? model.packed.numCols : model.columns.cost.length;
}

/** How many rows, without making `rows` from a packed model. */
export function rowCount(model: LinearModel): number {
  return model.packed ? model.packed.numRows : model.rows.length;
}

/** The objective of a column assignment. */
export function objectiveOf(model: LinearModel, values: ArrayLike<number>): number {
  const cost = model.packed ? model.packed.cost : model.columns.cost;
  let total = model.offset;
  for (let i = 0; i < cost.length; i++) total += cost[i]! * (values[i] ?? 0);
  return total;
}

/**
 * A model held in packed form: `columns` and `rows` are made from the typed arrays at first
 * use (and kept), for the consumers that read them; large models never ask.
 */
export class PackedLinearModel implements LinearModel {
  private columnsMade: LinearColumns | undefined;
  private rowsMade: LinearRow[] | undefined;

  constructor(
    readonly packed: PackedModel,
    private readonly columnName: (column: number) => string,
    private readonly rowName: (row: number) => string,
    readonly offset = 0,
    readonly objectiveStep?: number,
  ) {}

  get columns(): LinearColumns {
    const { packed } = this;
    this.columnsMade ??= {
      names: Array.from({ length: packed.numCols }, (_, j) => this.columnName(j)),
      integer: Array.from(packed.integrality, (flag) => flag === 1),
      lower: Array.from(packed.lower),
      upper: Array.from(packed.upper),
      cost: Array.from(packed.cost),
    };
    return this.columnsMade;
  }

  get rows(): readonly LinearRow[] {
    const { packed } = this;
    this.rowsMade ??= Array.from({ length: packed.numRows }, (_, r) => {
      const from = packed.starts[r]!;
      const to = packed.starts[r + 1]!;
      return {
        name: this.rowName(r),
        indices: Array.from(packed.indices.subarray(from, to)),
        values: Array.from(packed.values.subarray(from, to)),
        lower: packed.rowLower[r]!,
        upper: packed.rowUpper[r]!,
      };
    });
    return this.rowsMade;
  }
}
