/**
 * `rotaplan compare FILE FILE...` (contract section 7) and `rotaplan sweep FILE --set ...`, the
 * handlers: what-if scenarios side by side, and grids of policy values. Both exit 0 when some
 * scenario or point is infeasible (it is reported as such); 2 on invalid input. Loaded only
 * when one of them runs (./compare-commands.ts).
 */
import { EXIT, json, type Output } from '../io.ts';
import type { Lang } from '../../i18n/terms.ts';
import { clearProgress, countReporter } from '../progress.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import { runScenarios } from '../../compare/run.ts';
import { runSweep } from '../../compare/sweep.ts';
import { compareJson, compareText, sweepJson, sweepText } from '../../compare/render.ts';

interface SolveFlags {
  jobs?: number;
  solver: SolverChoice;
  timeLimit?: number;
  json: boolean;
  lang?: Lang;
}

export interface CompareArgs extends SolveFlags {
  files: string[];
  top: number;
  minDiff: number;
}

export interface SweepArgs extends SolveFlags {
  file: string;
  set: string[];
}

export async function compareCommand(args: CompareArgs, io: Output): Promise<number> {
  const runs = await runScenarios(args.files, {
    top: args.top,
    minDiff: args.minDiff,
    solver: args.solver,
    timeLimit: args.timeLimit,
    jobs: args.jobs ?? 'auto',
    onDone: countReporter('scenarios', args.lang),
  });
  clearProgress();
  const lang = args.lang ?? runs[0]?.round.scenario.language ?? 'en';
  io.out(args.json ? json(compareJson(runs)) : compareText(runs, args.top, lang));
  return EXIT.ok;
}

export async function sweepCommand(args: SweepArgs, io: Output): Promise<number> {
  const result = await runSweep(args.file, args.set, {
    solver: args.solver,
    timeLimit: args.timeLimit,
    jobs: args.jobs ?? 'auto',
    onDone: countReporter('points', args.lang),
  });
  clearProgress();
  io.out(args.json ? json(sweepJson(result)) : sweepText(result, args.lang ?? result.language ?? 'en'));
  return EXIT.ok;
}

