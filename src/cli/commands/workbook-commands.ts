/**
 * Commands of the workbook family, registered in ../commands.ts: `import` (a workbook to a
 * scenario file), `export` (any scenario, overlays resolved, to a workbook) and `template`
 * (an empty workbook to fill). Their handlers (./workbook.ts) load only when one of them runs.
 */
import { extname } from 'node:path';
import type { Command } from '../commands.ts';
import { WORKBOOK_EXTENSIONS } from '../../workbook/load.ts';
import { isStdout } from '../../util/write.ts';

export const isWorkbook = (file: string) => WORKBOOK_EXTENSIONS.includes(extname(file).toLowerCase());

const outWorkbook = (args: { out?: unknown }) =>
  typeof args.out === 'string' && (isWorkbook(args.out) || isStdout(args.out)) ? true : '--out must name an .xlsx file (or - for standard output)';

export const workbookCommands: Command[] = [
  {
    usage: 'import <book>',
    describe: 'read a workbook (.xlsx) and write the scenario it holds as YAML or JSON',
    options: (y) =>
      y
        .positional('book', { type: 'string', describe: 'workbook (.xlsx)' })
        .option('out', { alias: 'o', type: 'string', describe: 'file to write (.yaml, .yml or .json); stdout (YAML) without it or with -' })
        .check((args) => {
          const out = args.out as string | undefined;
          if (out !== undefined && !isStdout(out) && !['.yaml', '.yml', '.json'].includes(extname(out).toLowerCase())) return '--out must end in .yaml, .yml or .json';
          return true;
        }),
    run: async (args, io) => (await import('./workbook.ts')).importCommand(args, io),
  },
  {
    usage: 'export <file>',
    describe: 'write a scenario (overlays resolved) as a workbook (.xlsx)',
    options: (y) =>
      y
        .positional('file', { type: 'string', describe: 'scenario file (.yaml, .yml, .json or .xlsx), base or overlay' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'workbook to write (.xlsx); - for standard output' })
        .option('lang', { choices: ['en', 'vi'] as const, describe: 'language of sheet names, headers and words (default: the scenario\'s, else en)' })
        .check(outWorkbook),
    run: async (args, io) => (await import('./workbook.ts')).exportCommand(args, io),
  },
  {
    usage: 'template',
    describe: 'write an empty workbook to fill in (.xlsx), with notes and dropdowns',
    options: (y) =>
      y
        .option('lang', { choices: ['en', 'vi'] as const, default: 'vi' as const, describe: 'language of sheet names, headers and notes' })
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'workbook to write (.xlsx); - for standard output' })
        .check(outWorkbook),
    run: async (args, io) => (await import('./workbook.ts')).templateCommand(args, io),
  },
];
