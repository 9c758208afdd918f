// HiGHS runs in a worker thread: failures come back as errors, the process never hangs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/model/linear.ts';
import { HighsFailure, openHighsSession, WarmWorkers } from '../../src/solver/highs.ts';

/** max 3a + 2b + c  s.t.  a + b ≤ 1,  b + c ≤ 1, binaries: optimum 4 (a and c). */
const tiny: LinearModel = {
  columns: { names: ['a', 'b', 'c'], integer: [true, true, true], lower: [0, 0, 0], upper: [1, 1, 1], cost: [3, 2, 1] },
  rows: [
    { name: 'ab', indices: [0, 1], values: [1, 1], lower: -Infinity, upper: 1 },
    { name: 'bc', indices: [1, 2], values: [1, 1], lower: -Infinity, upper: 1 },
  ],
  offset: 0,
};

describe('HiGHS worker', () => {
  it('solves, takes cuts into the same model, and reports infeasibility', async () => {
    const session = await openHighsSession(tiny);
    try {
      const first = await session.solve();
      expect(first.status).toBe('optimal');
      expect(first.objective).toBeCloseTo(4, 9);
      expect([...first.values!]).toEqual([1, 0, 1]);
      await session.addRow({ name: 'not-a', indices: [0], values: [1], lower: -Infinity, upper: 0 });
      const second = await session.solve({ timeLimit: 30 });
      expect(second.objective).toBeCloseTo(2, 9);
      await session.addRow({ name: 'need-a', indices: [0], values: [1], lower: 1, upper: Infinity });
      expect((await session.solve()).status).toBe('infeasible');
    } finally {
      await session.close();
    }
  });

  it('hands on the best plan of the model as opened (no fixing, no cut) as a hint, and a session opened with it starts from it', async () => {
    const session = await openHighsSession(tiny);
    try {
      await session.addRow({ name: 'not-a', indices: [0], values: [1], lower: -Infinity, upper: 0 });
      await session.solve();
      expect(session.hints().plan).toBeUndefined();
      await session.dropRows();
      await session.solve({ force: [1] });
      expect(session.hints().plan).toBeUndefined();
      await session.solve();
      expect([...session.hints().plan!]).toEqual([1, 0, 1]);
      await session.solve({ forbid: [0] });
      expect([...session.hints().plan!]).toEqual([1, 0, 1]);
      // A second session on the same model takes the plan (re-checked there) and answers as before.
      const other = await openHighsSession(tiny, {}, undefined, undefined, session.hints());
      try {
        expect((await other.solve({ force: [1] })).objective).toBeCloseTo(2, 9);
        expect([...other.hints().plan!]).toEqual([1, 0, 1]);
      } finally {
        await other.close();
      }
    } finally {
      await session.close();
    }
  });

  it('turns a failure inside HiGHS into a HighsFailure instead of a crash', async () => {
    await expect(openHighsSession(tiny, { no_such_highs_option: 1 })).rejects.toBeInstanceOf(HighsFailure);
  });

  it('rejects calls on a closed session', async () => {
    const session = await openHighsSession(tiny);
    await session.close();
    await expect(session.solve()).rejects.toBeInstanceOf(HighsFailure);
  });

  it('drops its cuts and forces columns for one solve only', async () => {
    const session = await openHighsSession(tiny);
    try {
      await session.addRow({ name: 'not-a', indices: [0], values: [1], lower: -Infinity, upper: 0 });
      expect((await session.solve()).objective).toBeCloseTo(2, 9);
      await session.dropRows();
      expect((await session.solve()).objective).toBeCloseTo(4, 9);
      const forced = await session.solve({ force: [1] });
      expect([forced.status, forced.objective, [...forced.values!]]).toEqual(['optimal', 2, [0, 1, 0]]);
      expect((await session.solve()).objective).toBeCloseTo(4, 9);
      expect((await session.solve({ force: [0, 1] })).status).toBe('infeasible');
    } finally {
      await session.close();
    }
  });

  it('keeps its worker warm between sessions, and replaces one that failed', async () => {
    const workers = new WarmWorkers(1);
    try {
      for (let i = 0; i < 3; i++) {
        const session = await openHighsSession(tiny, {}, undefined, workers);
        expect((await session.solve()).objective).toBeCloseTo(4, 9);
        await session.close();
      }
      expect(workers.starts).toBe(1);
      await expect(openHighsSession(tiny, { no_such_highs_option: 1 }, undefined, workers)).rejects.toBeInstanceOf(HighsFailure);
      const after = await openHighsSession(tiny, {}, undefined, workers);
      expect((await after.solve()).objective).toBeCloseTo(4, 9);
      await after.close();
      expect(workers.starts).toBe(2);
    } finally {
      await workers.close();
    }
  });

  it('lets the process exit as soon as the work is done', () => {
    const script = [
      "const { openHighsSession } = await import('./src/solver/highs.ts');",
      'const model = { columns: { names: ["a"], integer: [true], lower: [0], upper: [1], cost: [1] }, rows: [], offset: 0 };',
      'const session = await openHighsSession(model);',
      'const result = await session.solve();',
      'console.log(result.status);',
      // No close(): an unref'd worker must not keep the process alive.
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.stdout.trim()).toBe('optimal');
    expect(child.status).toBe(0);
  });
});
