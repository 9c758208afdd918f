/**
 * The fuzz suite's argument half (issue 16): random command lines (known and unknown
 * commands, options with odd values, missing and extra arguments, `-` and paths that are no
 * files) through the CLI in process. Every answer is exit 0, 1 or 2, never exit 3 or a stack
 * trace, and every usage mistake is one plain line (no yargs wording). The server commands
 * (serve) are left out: they do not return.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli.ts';
import { runs, testSize } from '../support/size.ts';

const temp = tempDir();
const small = new URL('../../scenarios/small.yaml', import.meta.url).pathname;
const out = (name: string) => join(temp.dir, name);

const COMMANDS = ['solve', 'check', 'validate', 'schema', 'explain', 'why-not', 'diagnose', 'compare', 'sweep', 'report', 'generate', 'import', 'export', 'template', 'audit', 'papers', 'frobnicate', ''];
const POSITIONALS = [small, small, '-', '', temp.dir, '/dev/null', out('missing.yaml'), 'C-01', 'P-LN-SEC', '../x.xlsx', 'a b'];
const OPTIONS: [string, string[]][] = [
  ['--top', ['1', '2', '0', '-1', '1.5', 'abc', '1e9', '']],
  ['--min-diff', ['1', '0', '99999']],
  ['--solver', ['jslp', 'auto', 'x']],
  ['--time-limit', ['5', '0', '-1', 'NaN', '1e400']],
  ['--json', []],
  ['--lang', ['vi', 'en', 'fr']],
  ['--out', [out('r.html'), out('r.md'), out('p.yaml'), out('b.xlsx'), '-', temp.dir, small, out(`${'n'.repeat(250)}.md`)]],
  ['--format', ['md', 'csv', 'pdf']],
  ['--set', ['policy.maxMoves=1,2', 'policy.__proto__=1', 'x', '=1', 'policy.weights.fit=1e300']],
  ['--cadres', ['4', '1e9', '-5', 'x']],
  ['--plan', ['1', '0', '5000']],
  ['--jobs', ['1', '0', '1000']],
  ['--bogus', ['1']],
];

const argvArb = fc.tuple(
  fc.constantFrom(...COMMANDS),
  fc.array(fc.constantFrom(...POSITIONALS), { maxLength: 3 }),
  fc.array(
    fc.constantFrom(...OPTIONS).chain(([name, values]): fc.Arbitrary<string[]> => (values.length === 0 ? fc.constant([name]) : fc.constantFrom(...values).map((value) => [name, value]))),
    { maxLength: 3 },
  ),
).map(([command, positionals, options]): string[] => [command, ...positionals, ...options.flat()].filter((arg, i) => i > 0 || arg !== ''));

/** Only quick work: small scenarios, few plans, the small solver. */
function quick(argv: readonly string[]): boolean {
  const top = argv.indexOf('--top');
  return !argv.includes('--time-limit') && (top < 0 || Number(argv[top + 1]) <= 2);
}

describe('fuzz: command lines', () => {
  it('every command line ends in exit 0, 1 or 2 with plain words', { timeout: testSize() === 'large' ? 3_600_000 : 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(argvArb.filter(quick), async (argv) => {
        const solves = ['solve', 'explain', 'why-not', 'diagnose', 'compare', 'sweep', 'report', 'papers'].includes(argv[0]!);
        const { code, err } = await run(solves && !argv.includes('--solver') ? [...argv, '--solver', 'jslp'] : argv);
        expect([0, 1, 2]).toContain(code);
        expect(err).not.toMatch(/^\s+at |internal error|non-option arguments|Missing required argument|Not enough arguments/m);
      }),
      { numRuns: runs({ small: 40, large: 600 }) },
    );
  });
});
