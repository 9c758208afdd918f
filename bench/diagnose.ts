/**
 * Timing of `diagnose` on generated infeasible rounds of 150 cadres (not a test: run with
 * `node --import tsx bench/diagnose.ts [cadres] [rounds]`).
 */
import fc from 'fast-check';
import { roundOf, scenarioArb } from '../test/property/arbitraries.ts';
import { diagnoseRound } from '../src/explain/diagnose.ts';
import { solveRound } from '../src/search/kbest.ts';

const cadres = Number(process.argv[2] ?? 150);
const wanted = Number(process.argv[3] ?? 3);
const inputs = fc.sample(scenarioArb({ cadres: [cadres, cadres], units: [12, 20], vacant: [5, 12], titles: 4 }), { seed: 4, numRuns: 40 });
let found = 0;
for (const input of inputs) {
  if (found >= wanted) break;
  const round = roundOf(input);
  const solved = await solveRound(round, { solver: 'highs' });
  if (solved.status !== 'infeasible') continue;
  found += 1;
  const started = performance.now();
  const diagnosis = await diagnoseRound(round, { solver: 'highs' });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${cadres} cadres, ${diagnosis.stats.pairs} pairs, ${diagnosis.stats.instances} instances: ` +
      `${diagnosis.conflicts.length} conflicting, ${diagnosis.relaxations.length} relaxations, ` +
      `${diagnosis.stats.solves} feasibility solves, ${seconds.toFixed(2)} s in all ` +
      `(conflict ${diagnosis.stats.conflictSeconds?.toFixed(2)} s) — ${diagnosis.conflicts.map((c) => c.id).join(' ')}`,
  );
}
if (found === 0) console.log('no infeasible round among the samples');
