/**
 * `rotaplan papers`, the handler: the committee's papers for one plan, written all at once.
 * Loaded only when the command runs (./papers-command.ts): docx and exceljs load with it.
 */
import { EXIT, type Output } from '../io.ts';
import { clearProgress, progressReporter } from '../progress.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import type { Lang } from '../../i18n/terms.ts';
import { messagesFor } from '../../report/messages.ts';
import { wordsFor } from '../../papers/facts.ts';
import { makePapers } from '../../papers/papers.ts';
import { writeFilesAtomically } from '../../papers/write-dir.ts';

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
    solve: { solver: args.solver, timeLimit: args.timeLimit },
    progress: (lang) => progressReporter(lang),
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

