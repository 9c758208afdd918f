// The greedy plan of a time-limited large round (src/solver/construct.mjs): whatever the order
// of the candidates, what it returns meets every row and bound of the model (the worker
// re-checks it too), and on generated version 2 provinces (must-move cadres, must-fill posts,
// soft quotas) it finds one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { buildModel } from '../../src/model/build.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { constructPlan } from '../../src/solver/construct.mjs';
import { toWorkerModel } from '../../src/solver/highs.ts';
import type { WorkerArrays } from '../../src/solver/highs-protocol.ts';
import { runs } from '../support/size.ts';

function meetsEveryRow(data: WorkerArrays, values: Float64Array): boolean {
  for (let j = 0; j < data.numCols; j++) {
    const v = values[j]!;
    if (v < data.lower[j]! - 1e-9 || v > data.upper[j]! + 1e-9) return false;
    if (data.integrality[j] === 1 && v !== Math.round(v)) return false;
  }
  for (let i = 0; i < data.numRows; i++) {
    let activity = 0;
    for (let k = data.starts[i]!; k < data.starts[i + 1]!; k++) activity += data.values[k]! * values[data.indices[k]!]!;
    if (activity < data.rowLower[i]! - 1e-6 || activity > data.rowUpper[i]! + 1e-6) return false;
  }
  return true;
}

describe('constructPlan', () => {
  it('returns only plans that meet every row, and one on every generated province tried', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 80 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 2 }), (cadres, seed, order) => {
        const data = toWorkerModel(buildModel(buildRound(parseScenario(generateProvince({ cadres, seed })).scenario)).model);
        const columns: number[] = [];
        for (let j = 0; j < data.numCols; j++) if (data.integrality[j] === 1) columns.push(j);
        // By value, by index, or reversed: the order changes the plan, never its validity.
        if (order === 0) columns.sort((a, b) => data.cost[b]! - data.cost[a]! || a - b);
        if (order === 2) columns.reverse();
        const values = constructPlan(data, Int32Array.from(columns));
        if (values) expect(meetsEveryRow(data, values)).toBe(true);
        if (order === 0) expect(values).toBeDefined();
      }),
      { numRuns: runs({ small: 25, large: 150 }) },
    );
  });
});
