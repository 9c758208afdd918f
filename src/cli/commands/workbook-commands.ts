/**
 * Commands of the workbook family, registered in ../commands.ts: `import` (a workbook to a
 * scenario file), `export` (any scenario, overlays resolved, to a workbook) and `template`
 * (an empty workbook to fill). Every file is written atomically, nothing when input is invalid.
 */
import { extname, resolve } from 'node:path';
import type { Command } from '../commands.ts';
import { EXIT, type Output } from '../io.ts';
import { formatFor, serializeScenario } from '../../generate/write.ts';
import { loadScenario, readScenarioFile } from '../../scenario/load.ts';
import { InputError } from '../../scenario/problems.ts';
import { writeAtomically } from '../../util/write.ts';
import { WORKBOOK_EXTENSIONS } from '../../workbook/load.ts';
import { scenarioWorkbook, templateWorkbook } from '../../workbook/write.ts';
import type { Lang } from '../../i18n/terms.ts';

/** The order of a scenario file's top-level fields, as the format describes them. */
const FIELD_ORDER = ['version', 'language', 'name', 'asOf', 'description', 'policy', 'titles', 'units', 'positions', 'cadres', 'consents', 'pins', 'forbids'];

function ordered(raw: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(raw).sort(([a], [b]) => rank(a) - rank(b)));
}

const isWorkbook = (file: string) => WORKBOOK_EXTENSIONS.includes(extname(file).toLowerCase());

export async function importCommand(args: { book: string; out?: string }, io: Output): Promise<number> {
  if (!isWorkbook(args.book)) throw new InputError(`${args.book}: import reads an .xlsx workbook`);
  const { raw } = readScenarioFile(resolve(args.book));
  const text = serializeScenario(ordered(raw), formatFor(args.out));
  if (args.out === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  writeAtomically(args.out, text, [args.book]);
  if (args.out !== '-') io.err(`rotaplan: wrote ${args.out}`);
  return EXIT.ok;
}

export async function exportCommand(args: { file: string; out: string; lang?: Lang }, io: Output): Promise<number> {
  const { scenario, files } = loadScenario(args.file);
  const lang = args.lang ?? scenario.language ?? 'en';
  const inputs = files.map((file) => file.path);
  writeAtomically(args.out, await scenarioWorkbook(scenario as unknown as Record<string, unknown>, lang), inputs);
  io.err(`rotaplan: wrote ${args.out}`);
  return EXIT.ok;
}

export async function templateCommand(args: { lang: Lang; out: string }, io: Output): Promise<number> {
  writeAtomically(args.out, await templateWorkbook(args.lang));
  io.err(`rotaplan: wrote ${args.out}`);
  return EXIT.ok;
}

const outWorkbook = (args: { out?: unknown }) =>
  typeof args.out === 'string' && isWorkbook(args.out) ? true : '--out must name an .xlsx file';

export const workbookCommands: Command[] = [
  {
    usage: 'import <book>',
    describe: 'read a workbook (.xlsx) and write the scenario it holds as YAML or JSON',
    options: (y) =>
      y
        .positional('book', { type: 'string', describe: 'workbook (.xlsx)' })
        .option('out', { alias: 'o', type: 'string', describe: 'file to write (.yaml, .yml or .json); stdout (YAML) without it' })
        .check((args) => {
          const out = args.out as string | undefined;
          if (out !== undefined && !['.yaml', '.yml', '.json'].includes(extname(out).toLowerCase())) return '--out must end in .yaml, .yml or .json';
          return true;
        }),
    run: (args, io) => importCommand(args, io),
  },
  {
    usage: 'export <file>',
    describe: 'write a scenario (overlays resolved) as a workbook (.xlsx)',
    options: (y) =>
      y
        .positional('file', { type: 'string', describe: 'scenario file (.yaml, .yml, .json or .xlsx), base or overlay' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'workbook to write (.xlsx)' })
        .option('lang', { choices: ['en', 'vi'] as const, describe: 'language of sheet names, headers and words (default: the scenario\'s, else en)' })
        .check(outWorkbook),
    run: (args, io) => exportCommand(args, io),
  },
  {
    usage: 'template',
    describe: 'write an empty workbook to fill in (.xlsx), with notes and dropdowns',
    options: (y) =>
      y
        .option('lang', { choices: ['en', 'vi'] as const, default: 'vi' as const, describe: 'language of sheet names, headers and notes' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'workbook to write (.xlsx)' })
        .check(outWorkbook),
    run: (args, io) => templateCommand(args, io),
  },
];
