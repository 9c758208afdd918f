// Sweeps as a library: the grid's order, re-validation of every point, and refusals.
import { describe, expect, it } from 'vitest';
import { axisHeaders } from '../../src/compare/render.ts';
import { resolveAll, runSweep, sweepGrid } from '../../src/compare/sweep.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { HANDMADE } from './handmade.ts';

const scenario = parseScenario(structuredClone(HANDMADE)).scenario;

describe('sweepGrid', () => {
  it('varies the first option slowest and sets every value on its own copy', () => {
    const axes = resolveAll(['policy.stability.maxOutPerUnit=1,2', 'policy.consent.cadre=hard,soft,ignore'], scenario);
    const grid = sweepGrid(scenario, axes);
    expect(grid.map((point) => point.set.map((s) => s.value))).toEqual([
      [1, 'hard'], [1, 'soft'], [1, 'ignore'],
      [2, 'hard'], [2, 'soft'], [2, 'ignore'],
    ]);
    expect(grid.map((point) => [point.scenario.policy.stability.maxOutPerUnit, point.scenario.policy.consent.cadre])).toEqual([
      [1, 'hard'], [1, 'soft'], [1, 'ignore'],
      [2, 'hard'], [2, 'soft'], [2, 'ignore'],
    ]);
    expect(scenario.policy.stability.maxOutPerUnit).toBe(2);
    expect(scenario.policy.consent.cadre).toBe('soft');
  });

  it('re-validates each point as a whole scenario and names the point', () => {
    const axes = resolveAll(['cadres[c1].position=PA1,PA2'], scenario);
    try {
      sweepGrid(scenario, axes, 'hand.yaml');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const lines = (error as InputError).message.split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^hand\.yaml with cadres\[c1\]\.position=PA2: /);
    }
  });

  it('refuses the same field twice, and no --set at all', () => {
    expect(() => resolveAll(['policy.maxMoves=1', 'policy.maxMoves=2'], scenario)).toThrow(
      '--set policy.maxMoves=2: the same field as --set policy.maxMoves=1',
    );
    expect(() => resolveAll(['cadres[c1].available=true', 'cadres[0].available=false'], scenario)).toThrow(/the same field/);
    expect(() => resolveAll([], scenario)).toThrow(/give at least one --set/);
  });

  it('refuses a grid too large to be meant', () => {
    const many = Array.from({ length: 101 }, (_, i) => i).join(',');
    const axes = resolveAll([`policy.minTenureMonths=${many}`, `policy.maxRotations=${many}`], scenario);
    expect(() => sweepGrid(scenario, axes)).toThrow(/10201 points in the grid, more than 10000/);
  });
});

describe('runSweep', () => {
  it('counts the points done, with the scenario language (for the progress line)', async () => {
    const told: unknown[][] = [];
    await runSweep('test/report/fixtures/round-vi.yaml', ['policy.maxMoves=none,2'], { jobs: 1, onDone: (...args) => told.push(args) });
    expect(told).toEqual([
      [1, 2, 'vi'],
      [2, 2, 'vi'],
    ]);
  });

  it('solves each point and keeps the grid order', async () => {
    const result = await runSweep('scenarios/small.yaml', ['policy.maxMoves=none,2,3'], { jobs: 1 });
    expect(result.axes).toEqual([{ path: 'policy.maxMoves', values: [null, 2, 3] }]);
    expect(result.points.map((p) => [p.index, p.run.feasible, p.run.plans[0]?.metrics.moves])).toEqual([
      [1, true, 3],
      [2, true, 2],
      [3, true, 3],
    ]);
  });
});

describe('axisHeaders', () => {
  it('shortens paths to their last field unless two axes would look the same', () => {
    expect(axisHeaders(['policy.stability.maxOutPerUnit', 'policy.quotas[0].minShare'])).toEqual(['maxOutPerUnit', 'minShare']);
    expect(axisHeaders(['policy.quotas[0].minShare', 'policy.quotas[1].minShare'])).toEqual(['policy.quotas[0].minShare', 'policy.quotas[1].minShare']);
  });
});
