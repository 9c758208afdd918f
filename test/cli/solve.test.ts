// `rotaplan solve` through main(): the JSON of section 5, the text table, infeasible rounds
// (exit 1 with a reason), usage and input errors (exit 2 with the path), determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { roundOf, scenarioOf, smallScenarioArb } from '../property/arbitraries.ts';
import { Oracle } from '../support/bruteforce.ts';
import { run, tempDir } from '../support/cli.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { base } from '../rules/cases.ts';

/** Three cadres, a vacancy, a chain worth taking, ties and a soft quota. */
const SCENARIO = base({
  policy: { quotas: [{ group: 'female', minShare: 0.5, mode: 'soft' }] },
  c2: { goals: ['g'], gender: 'female' },
  posts: [{ id: 'V4', unit: 'U1', title: 'T', offers: ['g'] }],
});

describe('solve --json', () => {
  it.each(['jslp', 'highs', 'auto'])('prints the K best plans in the shape of section 5 (--solver %s)', async (solver) => {
    const files = tempDir();
    const file = files.write('round.yaml', SCENARIO);
    const result = await run(['solve', file, '--top', '4', '--json', '--solver', solver]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.out) as {
      scenario: string;
      plans: { rank: number; objective: number; moves: { cadre: string; from: string; to: string }[] }[];
    };
    expect(answer.scenario).toBe('rule case');
    const expected = new Oracle(scenarioOf(SCENARIO)).topObjectives(4);
    expect(answer.plans.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    expect(answer.plans.map((p) => p.objective)).toEqual(expected.map((v) => expect.closeTo(v, 6)));
    const round = roundOf(SCENARIO);
    for (const plan of answer.plans) {
      for (const move of plan.moves) {
        expect(typeof move.cadre).toBe('string');
        expect(typeof move.from).toBe('string');
        expect(typeof move.to).toBe('string');
      }
      expect(checkPlan(round, { moves: plan.moves })).toEqual([]);
    }
  });

  it('fewer than K plans when fewer exist; the same output twice, byte for byte', async () => {
    const files = tempDir();
    const only = base({ c2: { planning: [] } });
    const file = files.write('small.json', only);
    const first = await run(['solve', file, '--top', '10', '--json']);
    const second = await run(['solve', file, '--top', '10', '--json']);
    expect(first.code).toBe(0);
    expect(second.out).toBe(first.out);
    // C1 stays or takes V3 (C2 is planned for nothing, so P1 stays held): two plans.
    expect(JSON.parse(first.out).plans.map((p: { objective: number }) => p.objective)).toEqual([6, 0]);
  });

  it('--min-diff 2: plans differ pairwise in at least two moves', async () => {
    const files = tempDir();
    const file = files.write('round.json', SCENARIO);
    const result = await run(['solve', file, '--top', '3', '--min-diff', '2', '--json']);
    expect(result.code).toBe(0);
    const plans = JSON.parse(result.out).plans as { moves: { cadre: string; to: string }[] }[];
    const key = (m: { cadre: string; to: string }) => `${m.cadre}>${m.to}`;
    for (let i = 0; i < plans.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = new Set(plans[i]!.moves.map(key));
        const b = new Set(plans[j]!.moves.map(key));
        const diff = [...a].filter((k) => !b.has(k)).length + [...b].filter((k) => !a.has(k)).length;
        expect(diff).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('solve (text)', () => {
  it('prints a table per plan with the objective and the moves', async () => {
    const files = tempDir();
    const file = files.write('round.yaml', SCENARIO);
    const result = await run(['solve', file, '--top', '2']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Plan 1: objective /);
    expect(result.out).toMatch(/Plan 2: objective /);
    expect(result.out).toContain('C1');
  });
});

describe('solve on an infeasible round', () => {
  it.each(['jslp', 'highs'])('exits 1 with a reason (--solver %s)', async (solver) => {
    const files = tempDir();
    // P1 must stay filled, but nobody can take it and C1 is pinned away.
    const infeasible = base({ p1: { mustFill: true }, c2: { planning: [] }, more: { pins: [{ cadre: 'C1', position: 'V3' }] } });
    const file = files.write('infeasible.yaml', infeasible);
    const result = await run(['solve', file, '--solver', solver]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no feasible plan/);
    expect(result.err).toContain('rule case');
  });
  it('with --json: exit 1, the reason on stderr, and a JSON answer with no plan', async () => {
    const files = tempDir();
    const infeasible = base({ p1: { mustFill: true }, c2: { planning: [] }, more: { pins: [{ cadre: 'C1', position: 'V3' }] } });
    const result = await run(['solve', files.write('infeasible.json', infeasible), '--json']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no feasible plan/);
    const answer = JSON.parse(result.out);
    expect(answer.scenario).toBe('rule case');
    expect(answer.plans).toEqual([]);
  });
});

describe('solve: invalid input and usage exit 2', () => {
  it('an unknown reference names its path', async () => {
    const files = tempDir();
    const bad = base();
    bad.cadres[1] = { ...bad.cadres[1]!, position: 'P-99' };
    const file = files.write('bad.json', bad);
    const result = await run(['solve', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('cadres[1].position: unknown position "P-99"');
    expect(result.err).not.toMatch(/\n\s+at /);
  });
  it('a missing file', async () => {
    const result = await run(['solve', '/nonexistent/round.yaml']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no such file/);
  });
  it.each([['--top', '0'], ['--top', '1.5'], ['--min-diff', '0'], ['--solver', 'glpk']])('%s %s', async (flag, value) => {
    const files = tempDir();
    const file = files.write('round.yaml', SCENARIO);
    const result = await run(['solve', file, flag, value]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
  });
});

describe('solve --json on generated rounds (YAML with unquoted dates, and JSON)', () => {
  it('prints the brute force top K', async () => {
    const files = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(smallScenarioArb(), fc.boolean(), fc.integer({ min: 1, max: 4 }), async (input, yaml, k) => {
        // yaml.stringify leaves dates unquoted (2027-01-01), which the contract allows.
        const file = yaml ? files.write(`r${n++}.yaml`, stringify(input)) : files.write(`r${n++}.json`, input);
        const result = await run(['solve', file, '--top', String(k), '--json']);
        const expected = new Oracle(scenarioOf(input)).topObjectives(k);
        expect(result.code).toBe(expected.length === 0 ? 1 : 0);
        const plans = JSON.parse(result.out).plans as { objective: number }[];
        expect(plans.map((p) => Math.round(p.objective * 1e6) / 1e6)).toEqual(expected.map((v) => Math.round(v * 1e6) / 1e6));
      }),
      { numRuns: 40 },
    );
  });
});
