/**
 * Issue 16, item 1: a long `unit.parent` chain is checked in time linear in its depth (the
 * forest check used to walk every chain with a list, cubic: 4,000 units took 12.7 s). With
 * 60,000 units a cubic check would run for hours, so the test's own timeout catches it.
 */
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../scenario/helpers.ts';

function chain(depth: number, cycleTo?: number): any {
  const units = Array.from({ length: depth }, (_, i) => ({ id: `U${i}`, ...(i > 0 ? { parent: `U${i - 1}` } : {}) }));
  if (cycleTo !== undefined) units[0] = { id: 'U0', parent: `U${cycleTo}` };
  return {
    version: 1,
    name: 'chain',
    asOf: '2027-01-01',
    units,
    positions: [{ id: 'P', unit: 'U0', title: 't', holder: 'C' }],
    cadres: [{ id: 'C', gender: 'male', born: '1980-01-01', position: 'P', since: '2020-01-01' }],
  };
}

describe('unit parent chains', () => {
  it('a 60,000-unit chain is valid and checked quickly', { timeout: 20_000 }, () => {
    expect(problemsOf(chain(60_000))).toEqual([]);
  });

  it('a cycle at the top of a long chain is reported once, from its first-listed member', { timeout: 20_000 }, () => {
    const scenario = chain(60_000, 2);
    expect(problemsOf(scenario)).toEqual(['units[0].parent: unit parents form a cycle: U0 → U2 → U1 → U0']);
  });

  it('two separate cycles are both reported, in file order', () => {
    const scenario = chain(6);
    scenario.units[3].parent = 'U5';
    scenario.units[0].parent = 'U1';
    expect(problemsOf(scenario)).toEqual([
      'units[0].parent: unit parents form a cycle: U0 → U1 → U0',
      'units[3].parent: unit parents form a cycle: U3 → U5 → U4 → U3',
    ]);
  });
});
