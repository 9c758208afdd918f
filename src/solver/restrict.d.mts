// Types of restrict.mjs (plain JavaScript, loaded as is by the HiGHS worker).
import type { Highs } from 'highs';

import type { WorkerArrays } from './highs-protocol.ts';

export type { WorkerArrays };

export interface Priced {
  /** U(y): no solution of the LP relaxation scores more. */
  readonly bound: number;
  /** c − Aᵀy for every column. */
  readonly reduced: Float64Array;
}

export interface Cut {
  readonly lower: number;
  readonly upper: number;
  readonly indices: Int32Array;
  readonly values: Float64Array | Int8Array;
}

export function dualBound(data: WorkerArrays, rowDual: ArrayLike<number>): Priced;
export function removable(data: WorkerArrays, column: number): boolean;
export function priceRelaxation(
  highs: Highs,
  data: WorkerArrays,
  deadline: number,
  onRound?: (bound: number) => void,
): { status: 'infeasible' } | { status: 'unknown' } | ({ status: 'bounded'; rounds: number; dual: Float64Array } & Priced);
export function restriction(data: WorkerArrays, priced: Priced, delta: number): { kept: Int32Array; outside: number };
export function restrictedModel(data: WorkerArrays, kept: Int32Array, cuts: readonly Cut[]): WorkerArrays & { position: Int32Array };
