// `rotaplan check FILE PLAN` through main(): exit 0 on a feasible plan, exit 1 naming every
// broken rule with its cadre, post or unit, both plan formats, exit 2 with the path of an
// unknown id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb, scenarioArb, scenarioOf } from '../property/arbitraries.ts';
import { Oracle } from '../support/bruteforce.ts';
import { ELIGIBILITY_RULES, PLAN_RULES } from '../../src/rules/registry.ts';
import { run, tempDir } from '../support/cli.ts';
import { base, C1_TO_V3, RULE_CASES } from '../rules/cases.ts';

/** The cadres a violation concerns (all must be named), and its post and unit (one of them must be). */
function idsOf(violation: Record<string, unknown>): { cadres: string[]; places: string[] } {
  const pick = (keys: string[]) => keys.map((key) => violation[key]).filter((v): v is string => typeof v === 'string');
  const cadres = [...pick(['cadre', 'holder', 'incoming']), ...((violation.cadres as string[] | undefined) ?? [])];
  return { cadres, places: pick(['post', 'unit']) };
}

describe('check: a feasible plan', () => {
  it('exits 0 and prints the objective', async () => {
    const files = tempDir();
    const result = await run(['check', files.write('round.yaml', base()), files.write('plan.json', { moves: [C1_TO_V3] })]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/feasible: 1 move\(s\), objective 6/);
  });
  it('the empty plan is a plan like any other', async () => {
    const files = tempDir();
    const result = await run(['check', files.write('round.yaml', base()), files.write('plan.json', { moves: [] })]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/objective 0/);
  });
  it('accepts the output of `solve --json` (its first plan)', async () => {
    const files = tempDir();
    const scenario = files.write('round.yaml', base({ c2: { goals: ['g'] }, posts: [{ id: 'V4', unit: 'U1', title: 'T', offers: ['g'] }] }));
    const solved = await run(['solve', scenario, '--top', '3', '--json']);
    expect(solved.code).toBe(0);
    const plan = files.write('solved.json', JSON.parse(solved.out));
    const result = await run(['check', scenario, plan]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`objective ${JSON.parse(solved.out).plans[0].objective}`);
  });
});

const KEYS = [...ELIGIBILITY_RULES.map((r) => `${r.id}/${r.name}`), ...PLAN_RULES.map((r) => r.id)];

describe('check: an infeasible plan exits 1 and names the rule and whom it concerns', () => {
  it.each(KEYS)('%s', async (key) => {
    const { input, moves, violation } = RULE_CASES[key]!.reject;
    const files = tempDir();
    const result = await run(['check', files.write('round.json', input), files.write('plan.json', { moves })]);
    expect(result.code).toBe(1);
    const line = result.err.split('\n').find((l) => l.startsWith(`${violation!.rule}: `));
    expect(line, result.err).toBeDefined();
    const { cadres, places } = idsOf(violation as unknown as Record<string, unknown>);
    for (const id of cadres) expect(line).toContain(id);
    if (places.length > 0) expect(places.some((id) => line!.includes(id)), `${line} names one of ${places}`).toBe(true);
  });

  it('lists every broken rule of a plan that breaks several', async () => {
    const files = tempDir();
    const input = base({
      policy: { maxMoves: 1, quotas: [{ group: 'female', minShare: 1, mode: 'hard' }] },
      c1: { available: false },
      more: { pins: [{ cadre: 'C2', position: 'P1' }] },
    });
    const moves = [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V3' }];
    const result = await run(['check', files.write('round.yaml', input), files.write('plan.json', { moves })]);
    expect(result.code).toBe(1);
    const rules = result.err
      .split('\n')
      .map((l) => /^(E\d|P\d|S|R|Q): /.exec(l)?.[1])
      .filter(Boolean);
    expect([...new Set(rules)].sort()).toEqual(['E1', 'P1', 'P4', 'P5', 'Q'].sort());
  });

  it('--json gives feasible: false and the violations as data', async () => {
    const files = tempDir();
    const { input, moves, violation } = RULE_CASES.P2!.reject;
    const result = await run(['check', files.write('round.json', input), files.write('plan.json', { moves }), '--json']);
    expect(result.code).toBe(1);
    const answer = JSON.parse(result.out);
    expect(answer.feasible).toBe(false);
    expect(answer.violations).toEqual([expect.objectContaining(violation)]);
  });
});

describe('check: invalid plans exit 2 with the path', () => {
  it('an unknown cadre or post in a {moves} file', async () => {
    const files = tempDir();
    const plan = files.write('plan.json', { moves: [{ cadre: 'C99', from: 'P1', to: 'V3' }, { cadre: 'C1', from: 'P1', to: 'X' }] });
    const result = await run(['check', files.write('round.yaml', base()), plan]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('moves[0].cadre: unknown cadre "C99"');
    expect(result.err).toContain('moves[1].to: unknown position "X"');
  });
  it('an unknown post in `solve --json` output names plans[0]', async () => {
    const files = tempDir();
    const plan = files.write('plan.json', { scenario: 'x', plans: [{ rank: 1, objective: 0, moves: [{ cadre: 'C1', from: 'P9', to: 'V3' }] }] });
    const result = await run(['check', files.write('round.yaml', base()), plan]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('plans[0].moves[0].from: unknown position "P9"');
  });
  it('`solve --json` output of an infeasible round has no plan to check', async () => {
    const files = tempDir();
    const result = await run(['check', files.write('round.yaml', base()), files.write('none.json', { scenario: 'x', plans: [] })]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/plans: has no plan to check/);
  });
  it('a plan file that is not JSON, or has no moves', async () => {
    const files = tempDir();
    const scenario = files.write('round.yaml', base());
    const notJson = await run(['check', scenario, files.write('plan.json', '{ moves: [')]);
    expect(notJson.code).toBe(2);
    const noMoves = await run(['check', scenario, files.write('empty.json', { plan: [] })]);
    expect(noMoves.code).toBe(2);
    expect(noMoves.err).toMatch(/moves: must be a list/);
    const missing = await run(['check', scenario, '/nonexistent/plan.json']);
    expect(missing.code).toBe(2);
  });
});

describe('check on generated rounds and random plans', () => {
  it('exit 0 exactly when the oracle finds the plan feasible; the rules named are the oracle\'s', async () => {
    const files = tempDir();
    let n = 0;
    const arb = scenarioArb({ cadres: [1, 6], units: [1, 4], vacant: [0, 3] }).chain((input) => fc.tuple(fc.constant(input), planArb(input)));
    await fc.assert(
      fc.asyncProperty(arb, async ([input, moves]) => {
        fc.pre(new Set(moves.map((m) => m.cadre)).size === moves.length);
        const result = await run(['check', files.write(`s${n}.json`, input), files.write(`p${n++}.json`, { moves })]);
        const expected = [...new Oracle(scenarioOf(input)).broken(moves)].sort();
        expect(result.code).toBe(expected.length === 0 ? 0 : 1);
        const named = [...new Set(result.err.split('\n').map((l) => /^(E\d|P\d|S|R|Q): /.exec(l)?.[1]).filter(Boolean))].sort();
        expect(named).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });
});
