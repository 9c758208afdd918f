/**
 * Builds the integer program of a round: one binary column per eligible (cadre, post)
 * pair, the rows every plan rule contributes, continuous columns for soft-quota shortfalls.
 * Implements the rules' `RowSink`: rules read the indexes below (pairs by cadre, by post, by
 * unit) and write tagged rows; the tags are kept beside the rows (`tags[i]` of `rows[i]`).
 */
import { rowName } from '../rules/registry.ts';
import type { PairView, RowSink, RowTag } from '../rules/types.ts';
import type { Round } from '../scenario/round.ts';
import type { LinearModel, LinearRow } from './linear.ts';

export interface Pair extends PairView {
  readonly index: number;
  readonly cadre: string;
  /** The post the cadre holds now. */
  readonly from: string;
  readonly to: string;
  readonly fromUnit: string;
  readonly toUnit: string;
  /** value(c, p) of section 4. */
  readonly value: number;
}

export class ModelBuilder implements RowSink {
  readonly round: Round;
  readonly pairs: readonly Pair[];
  readonly pairsOfCadre = new Map<string, number[]>();
  readonly pairsIntoPost = new Map<string, number[]>();
  readonly pairsIntoUnit = new Map<string, number[]>();
  readonly pairsOutOfUnit = new Map<string, number[]>();

  private readonly names: string[] = [];
  private readonly integer: boolean[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly cost: number[] = [];
  private readonly rowList: LinearRow[] = [];
  /** The rule instance of each row, index for index. */
  readonly tags: RowTag[] = [];

  constructor(round: Round, pairs: readonly Pair[]) {
    this.round = round;
    this.pairs = pairs;
    for (const pair of pairs) {
      if (pair.index !== this.names.length) throw new Error('model: pairs must be indexed 0..n-1 in order');
      this.addColumn(`move(${pair.cadre}→${pair.to})`, { integer: true, lower: 0, upper: 1, cost: pair.value });
      push(this.pairsOfCadre, pair.cadre, pair.index);
      push(this.pairsIntoPost, pair.to, pair.index);
      push(this.pairsIntoUnit, pair.toUnit, pair.index);
      push(this.pairsOutOfUnit, pair.fromUnit, pair.index);
    }
  }

  get columnCount(): number {
    return this.names.length;
  }

  addColumn(name: string, column: { integer: boolean; lower: number; upper: number; cost: number }): number {
    this.names.push(name);
    this.integer.push(column.integer);
    this.lower.push(column.lower);
    this.upper.push(column.upper);
    this.cost.push(column.cost);
    return this.names.length - 1;
  }

  /** Adds `lower ≤ Σ values[k]·x[indices[k]] ≤ upper`, merging repeated columns, named and tagged from its tag. */
  addRow(tag: RowTag, indices: readonly number[], values: readonly number[], lower: number, upper: number): void {
    const name = rowName(tag);
    // Fast path (most rows: pairs lists are built in increasing index order): no merging
    // needed, zeros dropped.
    let increasing = true;
    let zeros = 0;
    for (let k = 0; k < indices.length && increasing; k++) {
      if (k > 0 && indices[k]! <= indices[k - 1]!) increasing = false;
      if (values[k] === 0) zeros += 1;
    }
    if (increasing && zeros < indices.length) {
      const kept = zeros === 0 ? indices.slice() : indices.filter((_, k) => values[k] !== 0);
      this.rowList.push({ name, indices: kept, values: zeros === 0 ? values.slice() : values.filter((value) => value !== 0), lower, upper });
      this.tags.push(tag);
      return;
    }
    const merged = new Map<number, number>();
    indices.forEach((column, k) => merged.set(column, (merged.get(column) ?? 0) + values[k]!));
    const keep = [...merged].filter(([, value]) => value !== 0).sort((a, b) => a[0] - b[0]);
    if (keep.length === 0) {
      // An empty row is 0 within [lower, upper] or a contradiction the solver must still see.
      if (lower <= 1e-9 && upper >= -1e-9) return;
    }
    this.rowList.push({ name, indices: keep.map(([c]) => c), values: keep.map(([, v]) => v), lower, upper });
    this.tags.push(tag);
  }


  build(): LinearModel {
    return {
      columns: { names: this.names, integer: this.integer, lower: this.lower, upper: this.upper, cost: this.cost },
      rows: this.rowList,
      offset: 0,
    };
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

