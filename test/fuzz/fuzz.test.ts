/**
 * The fuzz suite of issue 16: mutated scenarios (test/fuzz/mutations.ts) through the CLI in
 * process. Every answer is exit 0, 1 or 2; never exit 3 or a stack trace; every line of an
 * exit 2 names a field path or the file (with line and column for syntax errors); and every
 * plan `solve` prints for a mutated scenario that is still valid passes the checker.
 *
 * Small by default (a few seconds in `npm test`); `ROTAPLAN_TEST_SIZE=large` (and FC_SCALE)
 * runs many more, as for every property suite (test/support/size.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPlan } from '../../src/rules/check.ts';
import { loadRound } from '../../src/scenario/load-round.ts';
import { scenarioArb } from '../property/arbitraries.ts';
import { run, tempDir } from '../support/cli.ts';
import { runs, testSize } from '../support/size.ts';
import { mutatedFile } from './mutations.ts';

const temp = tempDir();
let files = 0;

// Overlays are seeds too: they extend a valid base written beside the mutated files.
writeFileSync(join(temp.dir, 'base.yaml'), readFileSync(new URL('../../scenarios/small.yaml', import.meta.url)));

const seeds: unknown[] = [
  parse(readFileSync(new URL('../../scenarios/small.yaml', import.meta.url), 'utf8')),
  { extends: 'base.yaml', name: 'overlay', policy: { maxMoves: 2, weights: { fit: 1 } }, cadres: [{ id: 'C-01', available: false }], pins: [{ cadre: 'C-02', position: 'P-LN-SEC' }] },
  ...fc.sample(scenarioArb({ cadres: [2, 4], units: [2, 3] }), { numRuns: 2, seed: 16 }),
];

const FIELD = String.raw`(?:[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\]|\.[A-Za-z_$][\w$]*)*`;

/** A line of an exit-2 answer: `FILE[:L:C]: ...`, `FILE: PATH: ...` or `PATH: ...`. */
function wellFormed(line: string, file: string): boolean {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:${escaped}(?::\\d+:\\d+)?: |${FIELD}: |rotaplan: )`).test(line);
}

function expectCleanAnswer(code: number, err: string, file: string, allowed: readonly number[]): void {
  expect(allowed).toContain(code);
  expect(err).not.toMatch(/^\s+at |internal error|Maximum call stack|\bTypeError\b|\bRangeError\b/m);
  if (code === 2) {
    const lines = err.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(wellFormed(line, file), `${line}\n(file ${file})`).toBe(true);
  }
}

function write(text: string, extension: string): string {
  const file = join(temp.dir, `m${++files}${extension}`);
  writeFileSync(file, text);
  return file;
}

/** Large runs take minutes on a shared machine; small ones seconds. */
const timeout = testSize() === 'large' ? 3_600_000 : 120_000;

describe('fuzz: mutated scenarios', { timeout }, () => {
  it('validate answers every mutation with exit 0 or 2 and well-formed lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds).chain(mutatedFile), async ({ text, extension }) => {
        const file = write(text, extension);
        const { code, err } = await run(['validate', file]);
        expectCleanAnswer(code, err, file, [0, 2]);
      }),
      { numRuns: runs({ small: 60, large: 3000 }) },
    );
  });

  it('solve on mutations: exit 0, 1 or 2, and every plan printed passes the checker', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds).chain(mutatedFile), async ({ text, extension }) => {
        const file = write(text, extension);
        const { code, out, err } = await run(['solve', file, '--top', '2', '--solver', 'jslp', '--json']);
        expectCleanAnswer(code, err, file, [0, 1, 2]);
        if (code !== 0) return;
        const { round } = loadRound(file);
        for (const plan of JSON.parse(out).plans as { moves: { cadre: string; from: string; to: string }[] }[]) {
          expect(checkPlan(round, { moves: plan.moves })).toEqual([]);
        }
      }),
      { numRuns: runs({ small: 15, large: 400 }) },
    );
  });

  it('other commands on mutations never crash', async () => {
    const commands = [['explain'], ['diagnose'], ['why-not', 'C-01', 'P-LN-SEC'], ['compare'], ['check', '__plan__']];
    const plan = write('{"moves": []}', '.json');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds).chain(mutatedFile), fc.constantFrom(...commands), async ({ text, extension }, command) => {
        const file = write(text, extension);
        const [name, ...rest] = command;
        const argv = [name!, file, ...rest.map((arg) => (arg === '__plan__' ? plan : arg)), '--solver', 'jslp'];
        const { code, err } = await run(name === 'check' ? argv.slice(0, 3) : argv);
        expectCleanAnswer(code, err, file, [0, 1, 2]);
      }),
      { numRuns: runs({ small: 12, large: 300 }) },
    );
  });
});
