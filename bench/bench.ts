/**
 * `npm run bench`: how rotaplan scales on generated provinces (src/generate/). Each case runs
 * in its own child process, so that its peak memory (maxRSS) is its own and a crash or an
 * overrun stays contained. Prints one Markdown table; same seeds, same table apart from the
 * timings and memory. Not part of `npm test`.
 *
 *   npm run bench                       sizes 30, 150, 700, 2000, then 5000 (CLI, --time-limit 60),
 *                                       then the committee's questions at 700 (bench/session.ts)
 *   BENCH_SIZES=30,150 npm run bench    some sizes only
 *   BENCH_TIME_LIMIT=60 npm run bench   seconds per solve (default 120)
 *   BENCH_LARGE=0 BENCH_SESSION=0       skip the 5000-cadre case, the questions
 *   BENCH_PLAIN_SEEDS=2027,5            700-cadre rounds solved by rotaplan and by one plain HiGHS
 *                                       model (no restriction, no grid), in process: the ratio
 *                                       (default seeds 2027,5,31,77,123; BENCH_PLAIN=0 skips it)
 *   BENCH_VERSION=1                     version 1 provinces (default: what `generate` writes, version 2)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince } from '../src/generate/province.ts';
import { serializeScenario } from '../src/generate/write.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { buildRound } from '../src/scenario/round.ts';
import { buildModel } from '../src/model/build.ts';
import { columnCount, rowCount } from '../src/model/linear.ts';
import { solveRound } from '../src/search/kbest.ts';
import { JSLP_AUTO_LIMIT } from '../src/solver/choose.ts';
import { sessionBench } from './session.ts';

const SEED = 2027;
const SIZES = (process.env.BENCH_SIZES ?? '30,150,700,2000').split(',').map(Number);
const TIME_LIMIT = Number(process.env.BENCH_TIME_LIMIT ?? 120);
const VERSION = process.env.BENCH_VERSION === '1' ? 1 : 2;
/** The large case: one CLI run with a time limit (a plan and its proven gap, or proven). */
const LARGE = Number(process.env.BENCH_LARGE ?? 5000);
const LARGE_TIME_LIMIT = 60;
/** javascript-lp-solver is benchmarked where `auto` would use it, and a little beyond, capped. */
const JSLP_CAP_SECONDS = 60;
/** Rounds of 700 cadres solved both by rotaplan and by a plain HiGHS model (the ratio of the issue's checks). */
const PLAIN_SEEDS = (process.env.BENCH_PLAIN_SEEDS ?? '2027,5,31,77,123').split(',').map(Number);
const PLAIN_CADRES = 700;

interface Case {
  readonly cadres: number;
  readonly solver: 'jslp' | 'highs';
  readonly top: number;
  readonly timeLimit: number;
  /** Default SEED. */
  readonly seed?: number;
  /** One HiGHS model of every pair, HiGHS's own settings (no restriction, no grid). */
  readonly plain?: boolean;
}

interface CaseResult {
  readonly pairs: number;
  readonly rows: number;
  readonly buildSeconds: number;
  readonly solveSeconds: number;
  readonly status: string;
  readonly objective: number | null;
  readonly plans: number;
  readonly proven: boolean;
  readonly gap: number | null;
  readonly peakMB: number;
  readonly error?: string;
}

async function runCase(c: Case): Promise<CaseResult> {
  const started = performance.now();
  const round = buildRound(parseScenario(generateProvince({ cadres: c.cadres, seed: c.seed ?? SEED, version: VERSION })).scenario);
  const generateSeconds = (performance.now() - started) / 1000;
  // solveRound builds the model itself, as the CLI does (and does not keep it while it searches).
  const plain = c.plain ? ({ restrict: 'off', grid: false } as const) : {};
  const outcome = await solveRound(round, { top: c.top, solver: c.solver, timeLimit: c.timeLimit, ...plain });
  const best = outcome.plans[0];
  return {
    pairs: outcome.stats.pairs,
    rows: outcome.stats.rows,
    buildSeconds: generateSeconds + outcome.stats.buildSeconds,
    solveSeconds: outcome.stats.solveSeconds,
    status: outcome.status,
    objective: best?.objective ?? null,
    plans: outcome.plans.length,
    proven: outcome.plans.length > 0 && outcome.plans.every((plan) => plan.proven),
    gap: best ? best.gap : null,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
}

function inChild(c: Case): CaseResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--case', JSON.stringify(c)], {
    encoding: 'utf8',
    timeout: (c.timeLimit * (c.top + 1) + 120) * 1000,
    maxBuffer: 1 << 26,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as CaseResult;
  } catch {
    const why = child.error?.message ?? child.stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${child.status}`;
    return { pairs: 0, rows: 0, buildSeconds: 0, solveSeconds: 0, status: 'failed', objective: null, plans: 0, proven: false, gap: null, peakMB: 0, error: why.slice(0, 120) };
  }
}

const PEAK = new URL('./peak.mjs', import.meta.url).href;

/** `rotaplan solve FILE --json --top K` in a fresh process: seconds from start to exit, peak memory. */
function cliEndToEnd(
  file: string,
  top: number,
  timeLimit = TIME_LIMIT,
): { seconds: number; exit: number | null; objective: number | null; peakMB: number; proven: boolean; gap: number | null } {
  const started = performance.now();
  const args = ['--import', PEAK, 'bin/rotaplan.mjs', 'solve', file, '--json', '--top', String(top), '--time-limit', String(timeLimit)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const peakMB = Number(/rotaplan-bench-peak-kb (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  let best: { objective: number; proven: boolean; gap: number } | undefined;
  try {
    best = (JSON.parse(child.stdout) as { plans: { objective: number; proven: boolean; gap: number }[] }).plans[0];
  } catch {
    best = undefined;
  }
  return { seconds, exit: child.status, objective: best?.objective ?? null, peakMB, proven: best?.proven ?? false, gap: best?.gap ?? null };
}

function provinceFile(cadres: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rotaplan-bench-'));
  const file = join(dir, `province-${cadres}.yaml`);
  writeFileSync(file, serializeScenario(generateProvince({ cadres, seed: SEED, version: VERSION }), 'yaml'));
  return file;
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);

async function main(): Promise<void> {
  const caseArg = process.argv.indexOf('--case');
  if (caseArg >= 0) {
    const result = await runCase(JSON.parse(process.argv[caseArg + 1]!) as Case);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  }
  const lines = [
    `rotaplan benchmark: generated provinces (seed ${SEED}, version ${VERSION}), time limit ${TIME_LIMIT} s per solve, ${process.version}`,
    '',
    'In-process columns: build = generate + parse + eligibility + model; solve = the search; peak = maxRSS of the case\'s process. CLI columns:',
    '`node bin/rotaplan.mjs solve FILE --json [--top 10]` in a fresh process, start to exit (the backend `auto` picks).',
    '',
    '| cadres | backend | eligible pairs | rows | build s | best plan s | peak MiB | objective | proven / gap | 10 best s | CLI best s | CLI 10 best s | 10 best / best (CLI) | CLI peak MiB |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const cadres of SIZES) {
    const round = buildRound(parseScenario(generateProvince({ cadres, seed: SEED, version: VERSION })).scenario);
    const { model } = buildModel(round);
    const small = columnCount(model) <= JSLP_AUTO_LIMIT.columns * 2 && rowCount(model) <= JSLP_AUTO_LIMIT.rows * 2;
    const backends: Case['solver'][] = small ? ['jslp', 'highs'] : ['highs'];
    const file = provinceFile(cadres);
    for (const solver of backends) {
      const limit = solver === 'jslp' ? Math.min(JSLP_CAP_SECONDS, TIME_LIMIT) : TIME_LIMIT;
      const one = inChild({ cadres, solver, top: 1, timeLimit: limit });
      const ten = one.status === 'failed' ? undefined : inChild({ cadres, solver, top: 10, timeLimit: limit });
      const proof = one.error ? `failed: ${one.error}` : one.proven ? 'proven' : one.objective === null ? one.status : `gap ${fmt(one.gap ?? NaN)}`;
      const tenText = ten ? `${fmt(ten.solveSeconds)}${ten.proven ? '' : ` (${ten.plans} plans, not all proven)`}` : '–';
      // The CLI runs once per size, with the backend it would choose itself.
      const cli = solver === 'highs' ? { one: cliEndToEnd(file, 1), ten: cliEndToEnd(file, 10) } : undefined;
      const cliText = (run: { seconds: number; exit: number | null } | undefined) => (run ? `${fmt(run.seconds)}${run.exit === 0 ? '' : ` (exit ${run.exit})`}` : '–');
      const ratio = cli ? fmt(cli.ten.seconds / cli.one.seconds, 1) : '–';
      const peak = fmt(Math.max(one.peakMB, ten?.peakMB ?? 0), 0);
      const cliPeak = cli ? fmt(Math.max(cli.one.peakMB, cli.ten.peakMB), 0) : '–';
      const row = [cadres, solver, one.pairs, one.rows, fmt(one.buildSeconds), fmt(one.solveSeconds), peak, one.objective ?? '–', proof, tenText, cliText(cli?.one), cliText(cli?.ten), ratio, cliPeak];
      process.stdout.write(`| ${row.join(' | ')} |\n`);
    }
  }
  if (LARGE > 0) {
    const file = provinceFile(LARGE);
    const run = cliEndToEnd(file, 1, LARGE_TIME_LIMIT);
    const proof = run.proven ? 'proven' : run.objective === null ? `no plan (exit ${run.exit})` : `gap ${fmt(run.gap ?? NaN)}`;
    process.stdout.write(
      `\n${LARGE} cadres, \`rotaplan solve FILE --json --time-limit ${LARGE_TIME_LIMIT}\`: ${fmt(run.seconds)} s end to end, ` +
        `objective ${run.objective ?? '–'}, ${proof}, peak ${fmt(run.peakMB, 0)} MiB\n`,
    );
  }
  if (process.env.BENCH_PLAIN !== '0' && PLAIN_SEEDS.length > 0) {
    process.stdout.write(
      `\n${PLAIN_CADRES} cadres, best plan, rotaplan against one plain HiGHS model of the same round (every pair, HiGHS's own settings), in process:\n\n` +
        '| seed | eligible pairs | rotaplan s | plain HiGHS s | ratio | objectives |\n|---:|---:|---:|---:|---:|---|\n',
    );
    for (const seed of PLAIN_SEEDS) {
      const ours = inChild({ cadres: PLAIN_CADRES, solver: 'highs', top: 1, timeLimit: TIME_LIMIT, seed });
      const plain = inChild({ cadres: PLAIN_CADRES, solver: 'highs', top: 1, timeLimit: TIME_LIMIT, seed, plain: true });
      const same = ours.objective !== null && ours.objective === plain.objective && ours.proven && plain.proven ? `both ${ours.objective}, proven` : `${ours.objective ?? ours.status} / ${plain.objective ?? plain.status}`;
      const row = [seed, ours.pairs, fmt(ours.solveSeconds), fmt(plain.solveSeconds), fmt(ours.solveSeconds / plain.solveSeconds), same];
      process.stdout.write(`| ${row.join(' | ')} |\n`);
    }
  }
  if (process.env.BENCH_SESSION !== '0') {
    process.stdout.write('\n');
    await sessionBench();
  }
}

await main();
