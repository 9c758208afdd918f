// runScenarios (src/compare/run.ts): what it tells while it solves.
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/compare/run.ts';

describe('runScenarios', () => {
  it("counts the scenarios done, with the first scenario's language (for the progress line)", async () => {
    const told: unknown[][] = [];
    await runScenarios(['test/report/fixtures/round-vi.yaml', 'scenarios/small.yaml'], { jobs: 1, onDone: (...args) => told.push(args) });
    expect(told).toEqual([
      [1, 2, 'vi'],
      [2, 2, 'vi'],
    ]);
  });
});
