/**
 * Builds the integer program of a round: one binary column per eligible (cadre, post)
 * pair, the rows every plan rule contributes, continuous columns for soft-quota shortfalls.
 * Implements the rules' `RowSink`: rules read the indexes below (pairs by cadre, by post, by
 * unit) and write tagged rows; the tags are kept beside the rows (`tags[i]` of row i).
 *
 * Rows go straight into typed arrays (CSR) in shared memory, never into per-row objects: at
 * 10^6 pairs that is a few hundred MB less and seconds less of garbage collection, and the
 * HiGHS worker reads the same memory. Given the sizes beforehand (`measureRows`: the rules
 * run once against a counter) the arrays are allocated once, at their size.
 */
import { rowName } from '../rules/registry.ts';
import type { PairView, RowSink, RowTag } from '../rules/types.ts';
import type { Round } from '../scenario/round.ts';
import { PackedLinearModel, type PackedModel } from './linear.ts';

/** A move column of the model: what plan rules see of it, and its value. */
export interface Pair extends PairView {
  /** value(c, p) of section 4. */
  readonly value: number;
}

interface ColumnSpec {
  readonly integer: boolean;
  readonly lower: number;
  readonly upper: number;
  readonly cost: number;
}

/** The pairs by cadre, by destination post and unit, by origin unit: what rules read. */
export interface PairIndexes {
  readonly pairsOfCadre: ReadonlyMap<string, readonly number[]>;
  readonly pairsIntoPost: ReadonlyMap<string, readonly number[]>;
  readonly pairsIntoUnit: ReadonlyMap<string, readonly number[]>;
  readonly pairsOutOfUnit: ReadonlyMap<string, readonly number[]>;
}

export function indexPairs(pairs: readonly Pair[]): PairIndexes {
  const pairsOfCadre = new Index();
  const pairsIntoPost = new Index();
  const pairsIntoUnit = new Index();
  const pairsOutOfUnit = new Index();
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index]!;
    if (pair.index !== index) throw new Error('model: pairs must be indexed 0..n-1 in order');
    pairsOfCadre.add(pair.cadre, index);
    pairsIntoPost.add(pair.to, index);
    pairsIntoUnit.add(pair.toUnit, index);
    pairsOutOfUnit.add(pair.fromUnit, index);
  }
  return { pairsOfCadre: pairsOfCadre.lists, pairsIntoPost: pairsIntoPost.lists, pairsIntoUnit: pairsIntoUnit.lists, pairsOutOfUnit: pairsOutOfUnit.lists };
}

/** Lists by key, the last key's list at hand: a cadre's pairs come one after another (5 million lookups fewer at 5,000 cadres). */
class Index {
  readonly lists = new Map<string, number[]>();
  private lastKey: string | undefined;
  private last: number[] = [];

  add(key: string, value: number): void {
    if (key !== this.lastKey) {
      this.lastKey = key;
      let list = this.lists.get(key);
      if (!list) this.lists.set(key, (list = []));
      this.last = list;
    }
    this.last.push(value);
  }
}

/** How much the rules write: rows, row entries (at most: merging may drop some) and added columns. */
export interface RowsSize {
  readonly rows: number;
  readonly nonzeros: number;
  readonly columns: number;
}

/** Runs the rules against a sink that only counts. */
export function measureRows(round: Round, pairs: readonly Pair[], indexes: PairIndexes, rules: readonly { rows(sink: RowSink): void }[]): RowsSize {
  let rows = 0;
  let nonzeros = 0;
  let columns = 0;
  const counter: RowSink = {
    round,
    pairs,
    ...indexes,
    addRow(_tag, indices) {
      rows += 1;
      nonzeros += indices.length;
    },
    addColumn() {
      columns += 1;
      return pairs.length + columns - 1;
    },
  };
  for (const rule of rules) rule.rows(counter);
  return { rows, nonzeros, columns };
}

export class ModelBuilder implements RowSink {
  readonly round: Round;
  readonly pairs: readonly Pair[];
  readonly pairsOfCadre: ReadonlyMap<string, readonly number[]>;
  readonly pairsIntoPost: ReadonlyMap<string, readonly number[]>;
  readonly pairsIntoUnit: ReadonlyMap<string, readonly number[]>;
  readonly pairsOutOfUnit: ReadonlyMap<string, readonly number[]>;

  /** Columns added by rules (after the pairs' columns), with their names. */
  private readonly added: (ColumnSpec & { readonly name: string })[] = [];
  private rowCount = 0;
  private entryCount = 0;
  private starts: Int32Array;
  private rowLower: Float64Array;
  private rowUpper: Float64Array;
  private indices: Int32Array;
  private values: Float64Array;
  /** The rule instance of each row, index for index. */
  readonly tags: RowTag[] = [];

  constructor(round: Round, pairs: readonly Pair[], indexes: PairIndexes = indexPairs(pairs), size?: RowsSize) {
    this.round = round;
    this.pairs = pairs;
    ({ pairsOfCadre: this.pairsOfCadre, pairsIntoPost: this.pairsIntoPost, pairsIntoUnit: this.pairsIntoUnit, pairsOutOfUnit: this.pairsOutOfUnit } = indexes);
    const rows = Math.max(16, size?.rows ?? 0);
    const entries = Math.max(64, size?.nonzeros ?? 0);
    this.starts = new Int32Array(sharedBuffer(4 * (rows + 1)));
    this.rowLower = new Float64Array(sharedBuffer(8 * rows));
    this.rowUpper = new Float64Array(sharedBuffer(8 * rows));
    this.indices = new Int32Array(sharedBuffer(4 * entries));
    this.values = new Float64Array(sharedBuffer(8 * entries));
  }

  get columnCount(): number {
    return this.pairs.length + this.added.length;
  }

  addColumn(name: string, column: ColumnSpec): number {
    this.added.push({ name, ...column });
    return this.columnCount - 1;
  }

  /**
   * Adds `lower ≤ Σ values[k]·x[indices[k]] ≤ upper` (`values` one number: the same for
   * every entry), merging repeated columns, tagged (and so named) from its tag.
   */
  addRow(tag: RowTag, indices: ArrayLike<number>, values: ArrayLike<number> | number, lower: number, upper: number): void {
    const value = typeof values === 'number' ? () => values : (k: number) => values[k]!;
    // Fast path (most rows: pairs lists are built in increasing index order): no merging
    // needed, zeros dropped.
    let increasing = true;
    for (let k = 1; k < indices.length && increasing; k++) increasing = indices[k]! > indices[k - 1]!;
    const list = typeof values === 'number' ? undefined : values;
    let nonzero = 0;
    if (increasing) for (let k = 0; k < indices.length; k++) if ((list ? list[k] : values) !== 0) nonzero += 1;
    if (increasing && nonzero > 0) {
      this.reserve(nonzero);
      if (list) {
        for (let k = 0; k < indices.length; k++) if (list[k] !== 0) this.entry(indices[k]!, list[k]!);
      } else for (let k = 0; k < indices.length; k++) this.entry(indices[k]!, values as number);
      this.endRow(tag, lower, upper);
      return;
    }
    // Entries in column order (ties in the order given, so that a repeated column's values
    // add up in that order), repeated columns merged, zeros dropped.
    const order = Int32Array.from({ length: indices.length }, (_, k) => k).sort((a, b) => indices[a]! - indices[b]! || a - b);
    const from = this.entryCount;
    this.reserve(indices.length);
    for (let at = 0; at < order.length; ) {
      const column = indices[order[at]!]!;
      let sum = 0;
      for (; at < order.length && indices[order[at]!] === column; at++) sum += value(order[at]!);
      if (sum !== 0) this.entry(column, sum);
    }
    // An empty row is 0 within [lower, upper] or a contradiction the solver must still see.
    if (this.entryCount === from && lower <= 1e-9 && upper >= -1e-9) return;
    this.endRow(tag, lower, upper);
  }

  private entry(column: number, value: number): void {
    this.indices[this.entryCount] = column;
    this.values[this.entryCount] = value;
    this.entryCount += 1;
  }

  private endRow(tag: RowTag, lower: number, upper: number): void {
    if (this.rowCount === this.rowLower.length) {
      const rows = 2 * this.rowCount;
      this.starts = grown(this.starts, rows + 1);
      this.rowLower = grown(this.rowLower, rows);
      this.rowUpper = grown(this.rowUpper, rows);
    }
    this.rowLower[this.rowCount] = lower;
    this.rowUpper[this.rowCount] = upper;
    this.rowCount += 1;
    this.starts[this.rowCount] = this.entryCount;
    this.tags.push(tag);
  }

  /** Room for `more` entries (allocated at once when the sizes were measured). */
  private reserve(more: number): void {
    const needed = this.entryCount + more;
    if (needed <= this.indices.length) return;
    const size = Math.max(needed, 2 * this.indices.length);
    this.indices = grown(this.indices, size);
    this.values = grown(this.values, size);
  }

  /** The model: packed arrays (exact views of the builder's), `columns` and `rows` made on demand. */
  build(objectiveStep?: number): PackedLinearModel {
    const { pairs, added } = this;
    const numCols = this.columnCount;
    const cost = new Float64Array(sharedBuffer(8 * numCols));
    const lower = new Float64Array(sharedBuffer(8 * numCols));
    const upper = new Float64Array(sharedBuffer(8 * numCols));
    const integrality = new Int32Array(sharedBuffer(4 * numCols));
    for (let j = 0; j < pairs.length; j++) cost[j] = pairs[j]!.value;
    upper.fill(1, 0, pairs.length);
    integrality.fill(1, 0, pairs.length);
    added.forEach((column, k) => {
      const j = pairs.length + k;
      cost[j] = column.cost;
      lower[j] = column.lower;
      upper[j] = column.upper;
      integrality[j] = column.integer ? 1 : 0;
    });
    const packed: PackedModel = {
      numCols,
      numRows: this.rowCount,
      cost,
      lower,
      upper,
      integrality,
      rowLower: this.rowLower.subarray(0, this.rowCount),
      rowUpper: this.rowUpper.subarray(0, this.rowCount),
      starts: this.starts.subarray(0, this.rowCount + 1),
      indices: this.indices.subarray(0, this.entryCount),
      values: this.values.subarray(0, this.entryCount),
    };
    const { tags } = this;
    const columnName = (j: number) => (j < pairs.length ? `move(${pairs[j]!.cadre}→${pairs[j]!.to})` : added[j - pairs.length]!.name);
    return new PackedLinearModel(packed, columnName, (r) => rowName(tags[r]!), 0, objectiveStep);
  }
}

function sharedBuffer(bytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(bytes);
}

/** A copy of `array` with room for `length` entries. */
function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(sharedBuffer(length * array.BYTES_PER_ELEMENT));
  copy.set(array);
  return copy;
}
