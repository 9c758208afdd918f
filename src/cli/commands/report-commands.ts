/**
 * `rotaplan report`: its options (registered in ../commands.ts); the handler (./report.ts)
 * loads only when the command runs.
 */
import type { Argv } from 'yargs';
import type { Command } from '../commands.ts';
import { checkCount, checkTimeLimit, fileArg, langOption, solverOptions, topOptions } from '../options.ts';

const reportOptions = (y: Argv) =>
  y
    .option('out', { alias: 'o', type: 'string', demandOption: 'name the file to write with --out PATH', describe: 'file to write (replaced atomically); - for standard output' })
    .option('format', { choices: ['html', 'md', 'csv'] as const, default: 'html' as const, describe: 'self-contained HTML, Markdown, or CSV of the moves' })
    .option('anonymize', { type: 'boolean', default: false, describe: 'show cadres under stable pseudonyms (Cadre #001, in id order)' })
    .option('stamp', { type: 'boolean', default: false, describe: 'print the time of generation (otherwise the same input gives the same bytes)' })
    .option('alternatives', { type: 'number', default: 3, describe: 'alternatives shown per key post' });

export const reportCommands: Command[] = [
  {
    usage: 'report <file>',
    describe: 'the committee report of the K best plans (HTML, Markdown or CSV; English or Vietnamese)',
    options: (y) =>
      reportOptions(langOption(solverOptions(topOptions(fileArg(y))))).check((args) => {
        for (const [name, min] of [['top', 1], ['min-diff', 1], ['alternatives', 0]] as const) {
          const ok = checkCount(name, args[name], min);
          if (ok !== true) return ok;
        }
        const limit = checkTimeLimit(args['time-limit']);
        if (limit !== true) return limit;
        if (typeof args.out !== 'string' || args.out.trim() === '') return '--out must name a file';
        return true;
      }),
    run: async (args, io) => (await import('./report.ts')).reportCommand(args, io),
  },
];
