/**
 * Which backend solves a model. javascript-lp-solver (the product's named solver) is quick
 * on small rounds but takes minutes at 300 cadres and runs out of memory at 700 (its dense
 * tableau), so `auto` sends it only small models; everything else goes to HiGHS.
 */
import { columnCount, rowCount, type LinearModel } from '../model/linear.ts';
import type { Backend, BackendName } from './backend.ts';
import { highsBackend } from './highs.ts';
import { jslpBackend } from './jslp.ts';

export type SolverChoice = BackendName | 'auto';

/** Largest model `auto` gives to javascript-lp-solver (columns and rows). */
export const JSLP_AUTO_LIMIT = { columns: 1500, rows: 1500 };

export function chooseBackend(choice: SolverChoice, model: LinearModel): Backend {
  if (choice === 'jslp') return jslpBackend;
  if (choice === 'highs') return highsBackend;
  const small = columnCount(model) <= JSLP_AUTO_LIMIT.columns && rowCount(model) <= JSLP_AUTO_LIMIT.rows;
  return small ? jslpBackend : highsBackend;
}
