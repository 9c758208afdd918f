/** Commands of this family, registered in ../commands.ts: `rotaplan papers`. */
import type { Argv } from 'yargs';
import type { Command } from '../commands.ts';
import { EXIT, type Output } from '../io.ts';
import { checkCount, checkTimeLimit, fileArg, langOption, solverOptions } from '../options.ts';
import { clearProgress, progressReporter } from '../progress.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import type { Lang } from '../../i18n/terms.ts';
import { messagesFor } from '../../report/messages.ts';
import { wordsFor } from '../../papers/facts.ts';
import { makePapers } from '../../papers/papers.ts';
import { writeFilesAtomically } from '../../papers/write-dir.ts';
import { parseDate } from '../../scenario/dates.ts';

export interface PapersArgs {
  file: string;
  plan: number;
  top: number;
  solver: SolverChoice;
  timeLimit?: number;
  out: string;
  lang?: Lang;
  issuer?: string;
  body?: string;
  symbol?: string;
  place?: string;
  date?: string;
  number?: string;
  secret: boolean;
}

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

export async function papersCommand(args: PapersArgs, io: Output): Promise<number> {
  const result = await makePapers({
    file: args.file,
    plan: args.plan,
    top: args.top,
    lang: args.lang,
    flags: {
      issuer: args.issuer,
      body: args.body,
      symbol: args.symbol,
      place: args.place,
      date: args.date,
      number: args.number,
      secret: args.secret,
    },
    solve: { solver: args.solver, timeLimit: args.timeLimit, onProgress: progressReporter() },
  });
  clearProgress();
  if (!result.ok) {
    if (result.missing) io.err(wordsFor(result.lang).noPlan(result.scenario, args.plan, result.outcome.plans.length));
    else {
      const msg = messagesFor(result.lang);
      io.err(result.outcome.status === 'time-limit' ? msg.timeLimit(result.scenario) : msg.infeasible(result.scenario));
    }
    return EXIT.infeasible;
  }
  writeFilesAtomically(args.out, result.files);
  io.err(result.facts.words.written(args.out, result.files.map((f) => f.name)));
  return EXIT.ok;
}

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
        if (args.date !== undefined && parseDate(String(args.date)) === undefined) return '--date must be a real calendar date YYYY-MM-DD';
        for (const name of ['issuer', 'body', 'symbol', 'place', 'number'] as const) {
          if (args[name] !== undefined && String(args[name]).trim() === '') return `--${name} must not be empty`;
        }
        return true;
      }),
    run: (args, io) => papersCommand(args, io),
  },
];
