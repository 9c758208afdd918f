/**
 * `rotaplan compare` and `rotaplan sweep`: their options (registered in ../commands.ts); the
 * handlers (./compare.ts) load only when one of them runs.
 */
import type { Argv } from 'yargs';
import type { Command } from '../commands.ts';
import { checkCount, checkTimeLimit, jsonOption, langOption, solverOptions, topOptions } from '../options.ts';
import type { CompareArgs, SweepArgs } from './compare.ts';

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
    run: async (args, io) => (await import('./compare.ts')).compareCommand(args as CompareArgs, io),
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
    run: async (args, io) => (await import('./compare.ts')).sweepCommand(args as SweepArgs, io),
  },
];
