// The explain, why-not and diagnose commands end to end: exit codes and contract JSON (section 7).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runCli } from '../support/cli.ts';

const contract = (name: string) => join(import.meta.dirname, '../fixtures/contract', name);
const fixture = (name: string) => join(import.meta.dirname, '../explain/fixtures', name);

const run = (...argv: string[]) => runCli(argv);

describe('diagnose', () => {
  it.each(['example-504.json', 'example-505.yaml', 'example-509.yaml'])('%s is infeasible: exit 1, a conflict, relaxations', async (file) => {
    const { code, out } = await run('diagnose', contract(file), '--json');
    expect(code).toBe(1);
    const answer = JSON.parse(out);
    expect(answer.feasible).toBe(false);
    expect(answer.conflicts.length).toBeGreaterThan(0);
    for (const conflict of answer.conflicts) {
      expect(conflict.rule).toMatch(/^(E[1-4]|P[1-5]|S|R|Q)$/);
      expect(typeof conflict.message).toBe('string');
    }
    expect(answer.relaxations.length).toBeGreaterThan(0);
  });

  it('a feasible scenario: exit 0, no conflicts', async () => {
    const { code, out } = await run('diagnose', contract('example-503.yaml'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ feasible: true, conflicts: [] });
  });

  it('text in Vietnamese', async () => {
    const { code, out } = await run('diagnose', fixture('luc-nam.yaml'), '--lang', 'vi');
    expect(code).toBe(1);
    expect(out).toContain('không có phương án khả thi');
  });
});

describe('why-not', () => {
  it('the contract fields for an ineligible move', async () => {
    const { code, out } = await run('why-not', fixture('luc-nam.yaml'), 'C-12', 'P-LN-SEC', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ eligible: false, blockedBy: ['E2'], bestWith: null });
    expect(answer.reasons[0].message).toContain('14 months, needs 36');
    expect(answer.reasons[0].source).toContain('65-QĐ/TW');
  });

  it('bestWith, loss and displaced moves for an eligible move', async () => {
    const { code, out } = await run('why-not', fixture('luc-nam-open.yaml'), 'C-40', 'P-LN-SEC', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      eligible: true,
      blockedBy: [],
      bestWith: -10,
      best: 5,
      loss: 15,
      displaced: [{ cadre: 'C-40', from: 'P-HY-VICE', to: 'P-FIN-DIR' }],
    });
  });

  it('unknown cadre or post: exit 2 with a clear message', async () => {
    const { code, err } = await run('why-not', fixture('luc-nam.yaml'), 'C-99', 'P-NOPE');
    expect(code).toBe(2);
    expect(err).toContain('cadre: unknown cadre "C-99"');
    expect(err).toContain('post: unknown position "P-NOPE"');
  });
});

describe('explain', () => {
  it('plan 1 as JSON: moves with terms, chains, binding rules, vacant posts', async () => {
    const { code, out } = await run('explain', fixture('luc-nam-open.yaml'), '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.objective).toBe(5);
    expect(answer.chains).toHaveLength(1);
    expect(answer.chains[0].kind).toBe('swap');
    expect(answer.vacant).toEqual([{ post: 'P-LN-SEC', unit: 'U-LN', how: 'still' }]);
    expect(answer.moves[1].objectionsOverridden).toEqual([{ side: 'origin', notes: ['needed for the 2027 budget'] }]);
  });

  it('--cadre, --plan and the infeasible case', async () => {
    const one = await run('explain', fixture('luc-nam-open.yaml'), '--cadre', 'C-05');
    expect(one.code).toBe(0);
    expect(one.out).toContain('Lê Thị Hoa (C-05)');
    expect(one.out).not.toContain('2. Phạm Văn Cường');
    expect((await run('explain', fixture('luc-nam-open.yaml'), '--plan', '99')).code).toBe(2);
    expect((await run('explain', fixture('luc-nam-open.yaml'), '--cadre', 'C-99')).code).toBe(2);
    expect((await run('explain', fixture('luc-nam.yaml'))).code).toBe(1);
  });
});
