/** `rotaplan compare` and `rotaplan sweep` through main(): output, JSON (contract section 7), exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, runLines } from '../support/cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SMALL = join(ROOT, 'scenarios/small.yaml');
const FEASIBLE = join(ROOT, 'test/fixtures/contract/example-503.yaml');
const INFEASIBLE = join(ROOT, 'test/fixtures/contract/example-505.yaml');

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-compare-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
// An overlay of small.yaml that allows two moves (its pin needs a chain of two).
const TWO_MOVES = write('two-moves.json', { extends: SMALL, name: 'two moves at most', policy: { maxMoves: 2 } });

const run = runLines;

const noStackTrace = expectNoStackTrace;

describe('rotaplan compare --json', () => {
  it('gives one entry per file, in the order given, with the best plan of each (section 7)', async () => {
    const { code, stdout, err } = await run('compare', SMALL, TWO_MOVES, INFEASIBLE, '--json');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const { scenarios } = JSON.parse(stdout) as { scenarios: { name: string; feasible: boolean; objective: number | null; moves: object[] }[] };
    expect(scenarios.map((s) => [s.name, s.feasible])).toEqual([
      ['Sample province, round 2027-1', true],
      ['two moves at most', true],
      ['example-505', false],
    ]);
    const solved = JSON.parse((await run('solve', SMALL, '--json')).stdout);
    expect(scenarios[0]!.objective).toBe(solved.plans[0].objective);
    expect(scenarios[0]!.moves).toEqual(solved.plans[0].moves.map(({ cadre, from, to }: Record<string, string>) => ({ cadre, from, to })));
    expect(scenarios[1]!.moves).toHaveLength(2);
    expect(scenarios[1]!.objective).toBeLessThanOrEqual(scenarios[0]!.objective!);
    // An infeasible scenario: objective null, no moves, and still exit 0.
    expect(scenarios[2]).toMatchObject({ feasible: false, objective: null, moves: [] });
  });

  it('adds metrics and the difference from the first scenario', async () => {
    const { stdout } = await run('compare', SMALL, TWO_MOVES, '--json');
    const [first, second] = JSON.parse(stdout).scenarios;
    expect(first.diff).toBeNull();
    expect(first.metrics.moves).toBe(first.moves.length);
    expect(second.diff.onlyHere.length + second.diff.both.length).toBe(2);
    expect(second.diff.onlyInFirst.length + second.diff.both.length).toBe(first.moves.length);
  });

  it('depends on the order of the files only in its ordering', async () => {
    const forward = JSON.parse((await run('compare', SMALL, TWO_MOVES, FEASIBLE, '--json')).stdout).scenarios;
    const backward = JSON.parse((await run('compare', FEASIBLE, TWO_MOVES, SMALL, '--json')).stdout).scenarios;
    const strip = ({ diff: _diff, ...rest }: Record<string, unknown>) => rest;
    expect(backward.map(strip).reverse()).toEqual(forward.map(strip));
  });

  it('--top K gives the K best plans of each scenario', async () => {
    const { stdout } = await run('compare', SMALL, FEASIBLE, '--json', '--top', '2');
    const { scenarios } = JSON.parse(stdout);
    for (const scenario of scenarios) {
      expect(scenario.plans.map((p: { rank: number }) => p.rank)).toEqual([1, 2]);
      expect(scenario.plans[0].objective).toBe(scenario.objective);
      expect(scenario.plans[1].objective).toBeLessThanOrEqual(scenario.objective);
    }
  });
});

describe('rotaplan compare (table)', () => {
  it('prints one column per scenario, a row per metric, then the differences', async () => {
    const { code, out } = await run('compare', SMALL, TWO_MOVES, INFEASIBLE);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(out[0]).toBe('Comparing 3 scenarios (best plan of each):');
    expect(text).toMatch(/^\s+small\s+two-moves\s+example-505$/m);
    for (const label of [
      'feasible', 'objective', 'proven optimal', 'moves', 'units losing cadres', 'units receiving cadres',
      'women among the moved', 'young among the moved', 'minority among the moved', 'development goals covered',
      'soft objections overridden', 'key posts held by non-locals', 'vacancies left',
    ]) {
      expect(text).toMatch(new RegExp(`^${label}\\s{2,}\\S`, 'm'));
    }
    expect(text).toMatch(/^feasible\s+yes\s+yes\s+no$/m);
    expect(text).toMatch(/^moves\s+3\s+2\s+–$/m);
    expect(text).toMatch(/^No feasible plan: example-505 \(run `rotaplan diagnose FILE`/m);
    expect(text).toMatch(/^Differences from small \(best plans\):$/m);
    expect(text).toMatch(/^ {2}two-moves: 1 only here, 2 only in small, 1 in both$/m);
    expect(text).toMatch(
      /^ {4}\+ C-07: P-LN-SEC \(U-LN\) → P-HY-SEC \(U-HY\) \[sideways\]\n {4}- C-03: P-FIN-DIR \(U-FIN\) → P-HY-SEC \(U-HY\) \[other title\]\n {4}- C-07: P-LN-SEC \(U-LN\) → P-FIN-DIR \(U-FIN\) \[other title\]\n {4}= C-02: P-HY-SEC \(U-HY\) → P-LN-SEC \(U-LN\) \[sideways\]$/m,
    );
    expect(text).toMatch(/^ {2}example-505: nothing to compare \(example-505 has no plan\)$/m);
  });

  it('shows no difference between a scenario and itself', async () => {
    const { code, out } = await run('compare', SMALL, SMALL);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/: the same plan \(3 moves\)$/m);
  });

  it('prints the same bytes every time', async () => {
    const a = await run('compare', SMALL, TWO_MOVES, FEASIBLE);
    const b = await run('compare', SMALL, TWO_MOVES, FEASIBLE);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('rotaplan compare: invalid input', () => {
  it('exits 2 naming each invalid file, before solving anything', async () => {
    const broken = write('broken.json', { version: 1, name: 'x', asOf: '2027-01-01', units: [], positions: [], cadres: [{ id: 'C1' }] });
    const { code, out, err } = await run('compare', SMALL, join(dir, 'missing.yaml'), broken);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/missing\.yaml: no such file$/);
    expect(err.slice(1).length).toBeGreaterThan(0);
    for (const line of err.slice(1)) expect(line).toMatch(/broken\.json: cadres\[0\]\.\w+: /);
    noStackTrace(err);
  });

  it('exits 2 on a bad option', async () => {
    for (const argv of [['compare', SMALL, '--top', '0'], ['compare', SMALL, '--jobs', '0'], ['compare']]) {
      const { code, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      noStackTrace(err);
    }
  });
});

describe('rotaplan sweep', () => {
  it('prints a row per point, first option slowest, and which points are infeasible', async () => {
    const { code, out, err } = await run('sweep', SMALL, '--set', 'policy.maxMoves=0,2', '--set', 'policy.stability.maxInPerUnit=0,1');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('\n');
    expect(out[0]).toBe(
      `Sweep of Sample province, round 2027-1 (${SMALL}): 4 points, policy.maxMoves ∈ {0, 2}, policy.stability.maxInPerUnit ∈ {0, 1}`,
    );
    const rows = out.filter((line) => /^\d\s/.test(line)).map((line) => line.split(/\s{2,}/).slice(0, 3));
    // The pin (C-02 to P-LN-SEC) needs a move: no point without moves or arrivals is feasible.
    expect(rows).toEqual([
      ['0', '0', 'no'],
      ['0', '1', 'no'],
      ['2', '0', 'no'],
      ['2', '1', 'yes'],
    ]);
    expect(text).toMatch(/^No feasible plan at 3 of 4 points:$/m);
    expect(text).toMatch(/^ {2}policy\.maxMoves=0, policy\.stability\.maxInPerUnit=0$/m);
  });

  it('--json gives each point its values, feasibility, objective, moves and metrics', async () => {
    const { code, stdout } = await run('sweep', SMALL, '--set', 'policy.consent.origin=hard,ignore', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.axes).toEqual([{ path: 'policy.consent.origin', values: ['hard', 'ignore'] }]);
    expect(result.points.map((p: { set: object }) => p.set)).toEqual([{ 'policy.consent.origin': 'hard' }, { 'policy.consent.origin': 'ignore' }]);
    const base = JSON.parse((await run('compare', SMALL, '--json')).stdout).scenarios[0];
    expect(result.points[0]).toMatchObject({ feasible: true, objective: base.objective, moves: base.moves });
    // Ignoring origin objections only relaxes.
    expect(result.points[1].objective).toBeGreaterThanOrEqual(result.points[0].objective);
    expect(result.infeasible).toEqual([]);
  });

  it('gives the same answer on worker threads as in one thread', async () => {
    const argv = ['sweep', SMALL, '--set', 'policy.stability.maxOutPerUnit=1,2', '--set', 'policy.consent.cadre=hard,soft', '--json'];
    const one = await run(...argv, '--jobs', '1');
    const two = await run(...argv, '--jobs', '2');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('exits 2 with one clear line per bad --set', async () => {
    const { code, out, err } = await run(
      'sweep', SMALL,
      '--set', 'policy.stability.maxOutPerUnit=abc',
      '--set', 'policy.stabilty.maxOutPerUnit=1',
      '--set', 'policy.maxMoves',
      '--set', 'policy.consent.origin=hard,maybe',
    );
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toBe('--set policy.stability.maxOutPerUnit=abc: expected a whole number');
    expect(err[1]).toMatch(/^--set policy\.stabilty\.maxOutPerUnit=1: unknown path: policy\.stabilty \(the fields of policy are /);
    expect(err[2]).toBe('--set policy.maxMoves: expected PATH=VALUE[,VALUE...], e.g. --set policy.stability.maxOutPerUnit=1,2,3');
    expect(err[3]).toBe('--set policy.consent.origin=hard,maybe: value "maybe": expected one of hard, soft, ignore');
    noStackTrace(err);
  });

  it('exits 2 when a point is not a valid scenario, naming the point', async () => {
    const { code, err } = await run('sweep', SMALL, '--set', 'cadres[C-01].position=P-X');
    expect(code).toBe(2);
    expect(err.length).toBeGreaterThan(0);
    for (const line of err) expect(line).toMatch(/small\.yaml with cadres\[C-01\]\.position=P-X: /);
  });

  it('exits 2 without --set, or on an invalid file', async () => {
    expect((await run('sweep', SMALL)).code).toBe(2);
    const missing = await run('sweep', join(dir, 'nope.yaml'), '--set', 'policy.maxMoves=1');
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([expect.stringMatching(/nope\.yaml: no such file$/)]);
  });
});
