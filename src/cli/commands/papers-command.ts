/**
 * `rotaplan papers`: its options (registered in ../commands.ts); the handler (./papers.ts)
 * loads only when the command runs.
 */
import type { Argv } from 'yargs';
import type { Command } from '../commands.ts';
import { checkCount, checkTimeLimit, fileArg, langOption, solverOptions } from '../options.ts';
import { parseDate } from '../../scenario/dates.ts';

const papersOptions = (y: Argv) =>
  y
    .option('plan', { type: 'number', default: 1, describe: 'the plan filed (1 = the best)' })
    .option('top', { alias: 'k', type: 'number', default: 3, describe: 'how many best plans the proposal weighs' })
    .option('out', { alias: 'o', type: 'string', demandOption: 'name the directory to write with --out DIR', describe: 'directory for the five papers (written all at once)' })
    .option('issuer', { type: 'string', describe: 'the issuing body (default "Ban Tổ chức Tỉnh ủy")' })
    .option('body', { type: 'string', describe: 'the body above the issuer ("Đảng bộ tỉnh …")' })
    .option('symbol', { type: 'string', describe: 'the issuer\'s abbreviation in the number (default BTCTU)' })
    .option('place', { type: 'string', describe: 'place in the date line' })
    .option('date', { type: 'string', describe: 'date of the papers, YYYY-MM-DD' })
    .option('number', { type: 'string', describe: 'number of the proposal ("127" in Số 127-TTr/BTCTU)' })
    .option('secret', { type: 'boolean', default: false, describe: 'mark the papers MẬT (secret)' });

export const papersCommands: Command[] = [
  {
    usage: 'papers <file>',
    describe: 'the committee\'s papers for one plan in Word and Excel: proposal, list, career summaries, ballot',
    options: (y) =>
      papersOptions(langOption(solverOptions(fileArg(y)))).check((args) => {
        for (const name of ['plan', 'top'] as const) {
          const ok = checkCount(name, args[name]);
          if (ok !== true) return ok;
        }
        const limit = checkTimeLimit(args['time-limit']);
        if (limit !== true) return limit;
        if (typeof args.out !== 'string' || args.out.trim() === '') return '--out must name a directory';
        if (args.out === '-') return '--out must name a directory: five papers cannot go to standard output (-)';
        if (args.date !== undefined && parseDate(String(args.date)) === undefined) return '--date must be a real calendar date YYYY-MM-DD';
        for (const name of ['issuer', 'body', 'symbol', 'place', 'number'] as const) {
          if (args[name] !== undefined && String(args[name]).trim() === '') return `--${name} must not be empty`;
        }
        return true;
      }),
    run: async (args, io) => (await import('./papers.ts')).papersCommand(args, io),
  },
];
