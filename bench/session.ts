/**
 * The committee's questions on a generated province (seed 2027), end to end: run by
 * `npm run bench` after its table (BENCH_SESSION=0 skips it), or alone with
 * `node --import tsx bench/session.ts`. Not part of `npm test`.
 *
 *   why-not, one pair     `rotaplan why-not FILE C P` in a fresh process, start to exit
 *   why-not, 20 pairs     the library: openSession(round) then session.whyNot × 20 asked together
 *                         (src/explain/session.ts: two warm workers), from loading the file to the
 *                         last answer
 *   report --top 3        `rotaplan report FILE --top 3 --out report.html` (HTML with alternatives)
 *   report CSV            the same as CSV (computes no alternative)
 *
 * The pairs are the questions a committee asks: for each of the best plan's moves (in cadre
 * order), the cadre of highest value for that post among the others who may take it.
 *
 *   BENCH_SESSION_CADRES=700 BENCH_VERSION=2 node --import tsx bench/session.ts
 *   BENCH_SESSION_CASES=library,why-not,report,csv (the default: all four; name fewer to run fewer)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince } from '../src/generate/province.ts';
import { serializeScenario } from '../src/generate/write.ts';
import { loadRound } from '../src/scenario/load-round.ts';
import { buildPairs } from '../src/model/build.ts';
import { openSession } from '../src/explain/session.ts';
import { compareIds } from '../src/util/order.ts';
import { sharedWorkers } from '../src/solver/highs.ts';

const SEED = 2027;
const CADRES = Number(process.env.BENCH_SESSION_CADRES ?? 700);
const VERSION = Number(process.env.BENCH_VERSION ?? 2) as 1 | 2;
const PAIRS = 20;
const CASES = new Set((process.env.BENCH_SESSION_CASES ?? 'library,why-not,report,csv').split(',').map((name) => name.trim()));
const PEAK = new URL('./peak.mjs', import.meta.url).href;

function cli(args: readonly string[]): { seconds: number; exit: number | null; peakMB: number; stdout: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', PEAK, 'bin/rotaplan.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const peakMB = Number(/rotaplan-bench-peak-kb (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, exit: child.status, peakMB, stdout: child.stdout };
}

const fmt = (value: number) => value.toFixed(2);

export async function sessionBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rotaplan-bench-session-'));
  const file = join(dir, `province-${CADRES}.yaml`);
  writeFileSync(file, serializeScenario(generateProvince({ cadres: CADRES, seed: SEED, version: VERSION }), 'yaml'));

  // The questions, chosen on a session of their own (not measured); its warm workers are then
  // stopped, so that the library case starts as a fresh process would.
  const questions = await questionsOf(file);
  await sharedWorkers().close();
  const lines = [
    `rotaplan session benchmark: generated province, ${CADRES} cadres, seed ${SEED}, version ${VERSION}, ${process.version}`,
    '',
    '| question | seconds | peak MiB | answer |',
    '|---|---:|---:|---|',
  ];
  const exit = (run: { exit: number | null }) => (run.exit === 0 ? '' : ` (exit ${run.exit})`);
  if (CASES.has('why-not')) {
    const one = cli(['why-not', file, questions[0]!.cadre, questions[0]!.post, '--json']);
    lines.push(`| why-not ${questions[0]!.cadre} ${questions[0]!.post} (CLI, one pair) | ${fmt(one.seconds)}${exit(one)} | ${one.peakMB.toFixed(0)} | ${answerOf(one.stdout)} |`);
  }
  if (CASES.has('library')) {
    // Measured: the file loaded, a session opened, the questions asked together (the session
    // answers them on two warm workers), the session closed.
    const started = performance.now();
    const { round } = loadRound(file);
    const session = await openSession(round);
    const answers = await Promise.all(questions.map((q) => session.whyNot(q.cadre, q.post)));
    await session.close();
    const seconds = (performance.now() - started) / 1000;
    const statuses = answers.map((a) => a.status).filter((s, i, all) => all.indexOf(s) === i);
    lines.push(`| why-not, ${questions.length} pairs (library session, from loading the file) | ${fmt(seconds)} | – | ${statuses.join(', ')} |`);
  }
  if (CASES.has('report')) {
    const html = cli(['report', file, '--top', '3', '--out', join(dir, 'report.html')]);
    lines.push(`| report --top 3 (HTML with alternatives, CLI) | ${fmt(html.seconds)}${exit(html)} | ${html.peakMB.toFixed(0)} | |`);
  }
  if (CASES.has('csv')) {
    const csv = cli(['report', file, '--top', '3', '--format', 'csv', '--out', join(dir, 'report.csv')]);
    lines.push(`| report --top 3 --format csv (CLI) | ${fmt(csv.seconds)}${exit(csv)} | ${csv.peakMB.toFixed(0)} | |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** For each of the best plan's moves (in cadre order), the other cadre of highest value for its post. */
async function questionsOf(file: string): Promise<{ cadre: string; post: string }[]> {
  const { round } = loadRound(file);
  const session = await openSession(round);
  try {
    const plan = (await session.solve({ top: 1 })).plans[0];
    if (!plan) throw new Error('bench: the generated round has no plan');
    const pairs = buildPairs(round);
    const questions: { cadre: string; post: string }[] = [];
    for (const move of [...plan.moves].sort((a, b) => compareIds(a.cadre, b.cadre))) {
      const other = pairs.filter((p) => p.to === move.to && p.cadre !== move.cadre).sort((a, b) => b.value - a.value || compareIds(a.cadre, b.cadre))[0];
      if (other) questions.push({ cadre: other.cadre, post: move.to });
      if (questions.length === PAIRS) break;
    }
    return questions;
  } finally {
    await session.close();
  }
}

function answerOf(stdout: string): string {
  try {
    const json = JSON.parse(stdout) as { status?: string; bestWith?: number | null };
    return `${json.status ?? '?'}, bestWith ${json.bestWith ?? 'null'}`;
  } catch {
    return 'no JSON';
  }
}

if (import.meta.filename === process.argv[1]) await sessionBench();
