/**
 * `import`, `export` and `template`, the handlers: a workbook to a scenario file, any scenario
 * (overlays resolved) to a workbook, an empty workbook to fill. Every file is written
 * atomically, nothing when input is invalid. Loaded only when one of them runs
 * (./workbook-commands.ts): exceljs's writer loads with it.
 */
import { resolve } from 'node:path';
import { EXIT, type Output } from '../io.ts';
import { formatFor, serializeScenario } from '../../generate/write.ts';
import { loadScenario, readScenarioFile } from '../../scenario/load.ts';
import { InputError } from '../../scenario/problems.ts';
import { isStdout, writeAtomically } from '../../util/write.ts';
import { scenarioWorkbook, templateWorkbook } from '../../workbook/write.ts';
import type { Lang } from '../../i18n/terms.ts';
import { isWorkbook } from './workbook-commands.ts';

/** The order of a scenario file's top-level fields, as the format describes them. */
const FIELD_ORDER = ['version', 'language', 'name', 'asOf', 'description', 'policy', 'titles', 'units', 'positions', 'cadres', 'consents', 'pins', 'forbids'];

function ordered(raw: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(raw).sort(([a], [b]) => rank(a) - rank(b)));
}

export async function importCommand(args: { book: string; out?: string }, io: Output): Promise<number> {
  if (!isWorkbook(args.book)) throw new InputError(`${args.book}: import reads an .xlsx workbook`);
  const { raw } = readScenarioFile(resolve(args.book));
  const text = serializeScenario(ordered(raw), formatFor(args.out));
  if (args.out === undefined || isStdout(args.out)) {
    io.out(text);
    return EXIT.ok;
  }
  writeAtomically(args.out, text, [args.book]);
  io.err(`rotaplan: wrote ${args.out}`);
  return EXIT.ok;
}

/** "wrote FILE" on stderr, unless the file was standard output. */
function told(out: string, io: Output): void {
  if (!isStdout(out)) io.err(`rotaplan: wrote ${out}`);
}

export async function exportCommand(args: { file: string; out: string; lang?: Lang }, io: Output): Promise<number> {
  const { scenario, files } = loadScenario(args.file);
  const lang = args.lang ?? scenario.language ?? 'en';
  const inputs = files.map((file) => file.path);
  writeAtomically(args.out, await scenarioWorkbook(scenario as unknown as Record<string, unknown>, lang), inputs);
  told(args.out, io);
  return EXIT.ok;
}

export async function templateCommand(args: { lang: Lang; out: string }, io: Output): Promise<number> {
  writeAtomically(args.out, await templateWorkbook(args.lang));
  told(args.out, io);
  return EXIT.ok;
}

