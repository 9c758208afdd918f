/**
 * The scenario suite: every scenario file in scenarios/ and generated variants run through
 * the runner, with invariants that hold whatever the data:
 * - every plan passes every rule (`checkPlan`) and its objective is `scorePlan`'s;
 * - an overlay that only relaxes policy never lowers the optimum, one that only tightens
 *   never raises it (an infeasible round counts as −∞);
 * - a scenario compared with itself shows no differences;
 * - the result for a file does not depend on the other files or their order.
 * Generated scenarios go through real files and `extends`, as a planner's would.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/diff.ts';
import { planMetrics } from '../../src/compare/metrics.ts';
import { runScenarios, type ScenarioRun } from '../../src/compare/run.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { scorePlan } from '../../src/rules/score.ts';
import { SolverBugError } from '../../src/search/kbest.ts';
import { applyOverlay } from '../../src/scenario/load.ts';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { scenarioArb, scenarioOf, smallScenarioArb, withPolicy } from '../property/arbitraries.ts';
import { overlayArb, relaxPairArb, type Direction } from './variants.ts';
import { runs } from '../support/size.ts';

const ROOT = join(import.meta.dirname, '../..');

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return scenarioFiles(path);
      return /\.(ya?ml|json)$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

const FILES = scenarioFiles(join(ROOT, 'scenarios')).map((file) => relative(ROOT, file));

const tmp = mkdtempSync(join(tmpdir(), 'rotaplan-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

/** Writes a base scenario and overlays of it (each `extends` the base) into a fresh folder. */
function writeScenario(base: unknown, overlays: Record<string, unknown>[] = []): string[] {
  const dir = join(tmp, String(++counter));
  mkdirSync(dir);
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
  overlays.forEach((overlay, i) => writeFileSync(join(dir, `overlay-${i}.json`), JSON.stringify({ extends: 'base.json', ...overlay })));
  return [join(dir, 'base.json'), ...overlays.map((_, i) => join(dir, `overlay-${i}.json`))];
}

/** Every plan of a run passes every rule, and is scored as the contract scores it. */
function expectSoundPlans(run: ScenarioRun): void {
  expect(run.feasible).toBe(run.plans.length > 0);
  for (const plan of run.plans) {
    expect(checkPlan(run.round, plan), `${run.file} plan ${plan.rank}`).toEqual([]);
    expect(plan.objective).toBeCloseTo(scorePlan(run.round, plan).objective, 6);
    expect(plan.metrics).toEqual(planMetrics(run.round, plan));
  }
  for (let i = 1; i < run.plans.length; i++) expect(run.plans[i]!.objective).toBeLessThanOrEqual(run.plans[i - 1]!.objective + 1e-6);
}

/**
 * runScenarios, with runs that hit the known javascript-lp-solver bug after an exclusion cut
 * (BUG-2 in test/solver/known-bugs.test.ts) discarded; ROTAPLAN_STRICT=1 keeps them.
 */
async function run(files: readonly string[], options: { top?: number } = {}): Promise<ScenarioRun[]> {
  try {
    return await runScenarios(files, options);
  } catch (error) {
    const known = error instanceof SolverBugError && /^jslp objective .* differs from the plan's score/.test(error.message);
    if (known && process.env.ROTAPLAN_STRICT !== '1') fc.pre(false);
    throw error;
  }
}

const optimum = (run: ScenarioRun) => run.plans[0]?.objective ?? -Infinity;

/** What a run says, without the round (for comparing runs of the same file). */
const answer = ({ round: _round, ...rest }: ScenarioRun) => rest;

describe('the scenarios in scenarios/', () => {
  it('are there, base files and what-if overlays', () => {
    expect(FILES.some((file) => file.includes('whatif/'))).toBe(true);
    expect(FILES.length).toBeGreaterThanOrEqual(6);
  });

  // One run of every file (and the first again, at the end) serves both tests below.
  let forwardRuns: Promise<ScenarioRun[]> | undefined;
  const forwardRun = () => (forwardRuns ??= runScenarios([...FILES, FILES[0]!], { top: 2 }));

  it('solve, and every plan passes every rule', async () => {
    const runs = (await forwardRun()).slice(0, FILES.length);
    expect(runs.map((run) => run.file)).toEqual(FILES);
    for (const run of runs) {
      expectSoundPlans(run);
      // The what-if overlays are meant to be solved: each has a plan.
      if (run.file.includes('whatif/')) expect(run.feasible, run.file).toBe(true);
    }
  });

  it('each show no difference when compared with itself, and the same answer in any order', async () => {
    const forward = await forwardRun();
    const backward = await runScenarios([...FILES].reverse(), { top: 2 });
    const first = forward[0]!;
    const again = forward.at(-1)!;
    expect(answer(again)).toEqual({ ...answer(first) });
    if (first.plans[0]) {
      const diff = comparePlans(first.plans[0], again.plans[0]!);
      expect(diff.onlyA).toEqual([]);
      expect(diff.onlyB).toEqual([]);
      expect(diff.both).toHaveLength(first.plans[0].moves.length);
    }
    for (const run of backward) {
      const same = forward.find((other) => other.file === run.file)!;
      expect(answer(run)).toEqual(answer(same));
    }
  });
});

describe('generated scenarios and overlays', () => {
  // Scenarios where moves pay (weights.move < 0) half of the time, so that limits bind.
  const inputArb = fc
    .tuple(scenarioArb({ cadres: [3, 7], units: [2, 4], vacant: [0, 2] }), fc.boolean())
    .map(([input, eager]) => (eager ? withPolicy(input, { weights: { move: -5 } }) : input));

  /** Base and overlay files; the optimum of the overlay compared with the base's. */
  const monotone = (dir: Direction, cases: fc.Arbitrary<{ base: ScenarioInput; names: string[]; overlay: Record<string, unknown> }>) => async () => {
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ base, names, overlay }) => {
        const [before, after] = await run(writeScenario(base, [overlay]));
        expectSoundPlans(before!);
        expectSoundPlans(after!);
        const why = `${dir} by ${names.join(', ')}: ${optimum(before!)} → ${optimum(after!)}`;
        if (optimum(after!) !== optimum(before!)) changed++;
        if (dir === 'relax') expect(optimum(after!), why).toBeGreaterThanOrEqual(optimum(before!) - 1e-6);
        else expect(optimum(after!), why).toBeLessThanOrEqual(optimum(before!) + 1e-6);
      }),
      { numRuns: runs({ small: 50, large: 150 }) },
    );
    // A property that never sees the optimum move would prove nothing.
    expect(changed).toBeGreaterThanOrEqual(2);
  };

  const raw = (input: ScenarioInput, overlay: Record<string, unknown>) =>
    applyOverlay(structuredClone(input) as Record<string, unknown>, overlay) as unknown as ScenarioInput;

  it(
    'an overlay that only relaxes never lowers the optimum',
    monotone(
      'relax',
      inputArb.chain((input) =>
        fc.oneof(
          overlayArb(scenarioOf(input), 'relax').map((change) => ({ base: input, ...change })),
          relaxPairArb(input, scenarioOf(input), raw),
        ),
      ),
    ),
  );
  it(
    'an overlay that only tightens never raises the optimum',
    monotone('tighten', inputArb.chain((input) => overlayArb(scenarioOf(input), 'tighten').map((change) => ({ base: input, ...change })))),
  );

  it('a scenario compared with itself shows no differences; file order changes only the ordering', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(smallScenarioArb(), { minLength: 2, maxLength: 3 }), async (inputs) => {
        const files = inputs.flatMap((input) => writeScenario(input));
        const runs = await run([...files, files[0]!], { top: 2 });
        runs.forEach(expectSoundPlans);
        const [first, ...rest] = runs;
        const again = rest.at(-1)!;
        expect(answer(again)).toEqual(answer(first!));
        for (const [a, b] of first!.plans.map((plan, i) => [plan, again.plans[i]!] as const)) {
          const diff = comparePlans(a, b);
          expect([diff.onlyA, diff.onlyB]).toEqual([[], []]);
        }
        const reversed = await run([...files].reverse(), { top: 2 });
        expect(reversed.map(answer).reverse()).toEqual(runs.slice(0, -1).map(answer));
      }),
      { numRuns: runs({ small: 5, large: 15 }) },
    );
  });
});
