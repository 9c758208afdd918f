/** Shared helpers for tests on plans: comparing objective lists, plans as sets of moves. */
import { expect } from 'vitest';
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import { solveRound, type SolveOptions, type SolveOutcome } from '../../src/search/kbest.ts';
import { roundOf, scenarioOf } from '../property/arbitraries.ts';
import { Oracle } from './bruteforce.ts';

export const TOLERANCE = 1e-6;

/** Two lists of objectives equal within the contract's tolerance. */
export function expectObjectives(actual: readonly number[], expected: readonly number[], context = ''): void {
  const ok = actual.length === expected.length && actual.every((value, i) => Math.abs(value - expected[i]!) <= TOLERANCE);
  if (!ok) expect.fail(`${context}objectives ${JSON.stringify(actual)} ≠ expected ${JSON.stringify(expected)}`);
}

export function solve(input: ScenarioInput, options: SolveOptions): Promise<SolveOutcome> {
  return solveRound(roundOf(input), options);
}

export function oracleOf(input: ScenarioInput): Oracle {
  return new Oracle(scenarioOf(input));
}

export function bestObjective(outcome: SolveOutcome): number | null {
  return outcome.plans[0]?.objective ?? null;
}

/** Movesets as sets: how many moves one has that the other lacks, both ways. */
export function moveDistance(a: readonly { cadre: string; to: string }[], b: readonly { cadre: string; to: string }[]): number {
  const keys = (moves: readonly { cadre: string; to: string }[]) => new Set(moves.map((m) => `${m.cadre}>${m.to}`));
  const x = keys(a);
  const y = keys(b);
  let d = 0;
  for (const k of x) if (!y.has(k)) d++;
  for (const k of y) if (!x.has(k)) d++;
  return d;
}
