/**
 * `npm run bench` (after the solver benchmark): reading and writing workbooks of generated
 * provinces (src/generate/). In-process: writing the scenario as a workbook, reading it back
 * through the scenario loader (the first read pays for the reader worker and exceljs; the
 * second does not). CLI: `rotaplan export` and `rotaplan validate BOOK.xlsx`, each in a fresh
 * process, start to exit. In-process times give the CPU seconds beside the wall seconds: on a
 * busy machine the wall clock measures the neighbours. Sizes from BENCH_SIZES (default 30,150,700,2000). Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince } from '../src/generate/province.ts';
import { serializeScenario } from '../src/generate/write.ts';
import { loadScenario, parseScenario } from '../src/scenario/load.ts';
import { scenarioWorkbook } from '../src/workbook/write.ts';

const SEED = 2027;
const SIZES = (process.env.BENCH_SIZES ?? '30,150,700,2000').split(',').map(Number);

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

/** Wall seconds and CPU seconds of the whole process (worker threads included), e.g. "1.20 (cpu 1.10)". */
async function timed(run: () => unknown): Promise<string> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return `${seconds(started)} (cpu ${((used.user + used.system) / 1e6).toFixed(2)})`;
}

function cli(args: string[]): string {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['bin/rotaplan.mjs', ...args], { encoding: 'utf8' });
  return `${seconds(started)}${child.status === 0 ? '' : ` (exit ${child.status})`}`;
}

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-bench-workbook-'));
const lines = [
  `rotaplan workbook benchmark: generated provinces (seed ${SEED}), ${process.version}`,
  '',
  '| cadres | workbook KiB | write s | read s (first) | read s (again) | CLI export s | CLI validate .xlsx s |',
  '|---:|---:|---:|---:|---:|---:|---:|',
];
process.stdout.write(`${lines.join('\n')}\n`);
for (const cadres of SIZES) {
  const raw = generateProvince({ cadres, seed: SEED });
  const yaml = join(dir, `province-${cadres}.yaml`);
  writeFileSync(yaml, serializeScenario(raw, 'yaml'));
  const { scenario } = parseScenario(raw);
  const book = join(dir, `province-${cadres}.xlsx`);
  const write = await timed(async () => writeFileSync(book, await scenarioWorkbook(scenario as unknown as Record<string, unknown>, 'vi')));
  const first = await timed(() => loadScenario(book));
  const again = await timed(() => loadScenario(book));
  const exported = cli(['export', yaml, '--out', join(dir, `cli-${cadres}.xlsx`)]);
  const validated = cli(['validate', book]);
  const row = [cadres, (statSync(book).size / 1024).toFixed(0), write, first, again, exported, validated];
  process.stdout.write(`| ${row.join(' | ')} |\n`);
}
process.exit(0);
