/**
 * `rotaplan compare FILE FILE...` (contract section 7) and `rotaplan sweep FILE --set ...`:
 * what-if scenarios side by side, and grids of policy values. Both exit 0 when some
 * scenario or point is infeasible (it is reported as such); 2 on invalid input.
 */
import type { Argv } from 'yargs';
import type { Command } from '../commands.ts';
import { EXIT, json, type Output } from '../io.ts';
import { checkCount, checkTimeLimit, jsonOption, langOption, solverOptions, topOptions } from '../options.ts';
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

const jobsOption = (y: Argv) =>
  y.option('jobs', { type: 'number', describe: 'rounds solved at once, each on its own HiGHS worker (default: one per core)' });

function checkJobs(value: unknown): string | true {
  return value === undefined ? true : checkCount('jobs', value);
}

const setOption = (y: Argv) =>
  y.option('set', {
    type: 'string',
    array: true,
    requiresArg: true,
    describe: 'PATH=V1,V2,...: values of a field of the loaded scenario (repeat for a grid), e.g. policy.stability.maxOutPerUnit=1,2,3',
  });

export const compareCommands: Command[] = [
  {
    usage: 'compare <files..>',
    describe: 'solve scenarios (bases or overlays) and compare their best plans side by side',
    options: (y) =>
      langOption(jobsOption(jsonOption(solverOptions(topOptions(y.positional('files', { type: 'string', array: true, describe: 'scenario files (.yaml, .yml or .json), bases or overlays' }))))))
        .example('rotaplan compare scenarios/province.yaml scenarios/whatif/*.yaml', 'the sample province and its what-ifs')
        .check((args) => {
          const top = checkCount('top', args.top);
          if (top !== true) return top;
          const diff = checkCount('min-diff', args['min-diff']);
          if (diff !== true) return diff;
          const jobs = checkJobs(args.jobs);
          if (jobs !== true) return jobs;
          return checkTimeLimit(args['time-limit']);
        }),
    run: (args, io) => compareCommand(args as CompareArgs, io),
  },
  {
    usage: 'sweep <file>',
    describe: 'solve a scenario for every combination of policy values given with --set',
    options: (y) =>
      langOption(jobsOption(jsonOption(solverOptions(setOption(y.positional('file', { type: 'string', describe: 'scenario file (.yaml, .yml or .json), base or overlay' }))))))
        .example('rotaplan sweep scenarios/province.yaml --set policy.stability.maxOutPerUnit=1,2,3 --set policy.consent.origin=hard,soft', 'a 3 × 2 grid')
        .check((args) => {
          if (!args.set || (args.set as unknown[]).length === 0) {
            return 'give at least one --set PATH=V1,V2,... (e.g. --set policy.stability.maxOutPerUnit=1,2,3)';
          }
          const jobs = checkJobs(args.jobs);
          if (jobs !== true) return jobs;
          return checkTimeLimit(args['time-limit']);
        }),
    run: (args, io) => sweepCommand(args as SweepArgs, io),
  },
];
