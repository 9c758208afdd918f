/**
 * `rotaplan report`, the handler: the committee report of the K best plans, written
 * atomically. Loaded only when the command runs (./report-commands.ts).
 */
import { EXIT, type Output } from '../io.ts';
import { clearProgress, reportProgress } from '../progress.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import type { Lang } from '../../i18n/violations.ts';
import { messagesFor } from '../../report/messages.ts';
import { makeReport, type ReportFormat } from '../../report/report.ts';
import { checkOutputPath, isStdout, writeOutput } from '../../util/write.ts';
import { InputError } from '../../scenario/problems.ts';

export interface ReportArgs {
  file: string;
  top: number;
  minDiff: number;
  solver: SolverChoice;
  timeLimit?: number;
  out: string;
  lang?: Lang;
  format: ReportFormat;
  anonymize: boolean;
  stamp: boolean;
  alternatives: number;
}

/** --stamp: the time now, or SOURCE_DATE_EPOCH when set (reproducible builds). */
function stampNow(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  if (Number.isNaN(date.getTime())) throw new InputError(`SOURCE_DATE_EPOCH=${process.env.SOURCE_DATE_EPOCH}: not a usable time`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function reportCommand(args: ReportArgs, io: Output): Promise<number> {
  checkOutputPath(args.out, [args.file]);
  const result = await makeReport({
    file: args.file,
    top: args.top,
    format: args.format,
    lang: args.lang,
    anonymize: args.anonymize,
    stamp: args.stamp ? stampNow() : undefined,
    alternatives: args.alternatives,
    solve: { minDiff: args.minDiff, solver: args.solver, timeLimit: args.timeLimit },
    progress: reportProgress(),
  });
  clearProgress();
  if (!result.ok) {
    const msg = messagesFor(result.lang);
    io.err(result.outcome.status === 'time-limit' ? msg.timeLimit(result.scenario) : msg.infeasible(result.scenario));
    return EXIT.infeasible;
  }
  writeOutput(args.out, result.content, { inputs: result.inputs, stdout: (text) => io.out(String(text)) });
  if (!isStdout(args.out)) io.err(messagesFor(result.model.lang).written(args.out, result.model.plans.length));
  return EXIT.ok;
}

