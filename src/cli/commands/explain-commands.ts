/**
 * `explain`, `why-not` and `diagnose`: their options (registered in ../commands.ts); the
 * handlers (./explain.ts) load only when one of these commands runs.
 */
import type { Argv } from 'yargs';
import type { Command } from '../commands.ts';
import { checkCount, checkTimeLimit, fileArg, jsonOption, langOption } from '../options.ts';

const solverOption = (y: Argv) =>
  y.option('solver', {
    choices: ['auto', 'jslp', 'highs'] as const,
    default: 'auto' as const,
    describe: 'MILP backend: javascript-lp-solver, HiGHS, or auto (by model size)',
  });

const timeLimitOption = (y: Argv) =>
  y.option('time-limit', { type: 'number', describe: 'seconds for each solve' });

const timeLimitOk = (args: Record<string, unknown>) => checkTimeLimit(args['time-limit']);

export const explainCommands: Command[] = [
  {
    usage: 'explain <file>',
    describe: 'why each move of a plan is there: score terms, rules met with sources, chains; what binds',
    options: (y) =>
      timeLimitOption(solverOption(langOption(jsonOption(fileArg(y)))))
        .option('plan', { type: 'number', default: 1, describe: 'which plan (rank), 1 = the best' })
        .option('cadre', { type: 'string', describe: 'only the move of this cadre' })
        .check((args) => {
          const plan = checkCount('plan', args.plan);
          return plan === true ? timeLimitOk(args) : plan;
        }),
    run: async (args, io) => (await import('./explain.ts')).explainCommand(args, io),
  },
  {
    usage: 'why-not <file> <cadre> <post>',
    describe: 'why a cadre is not moved to a post: rules broken, or the best plan with the move',
    options: (y) =>
      timeLimitOption(solverOption(langOption(jsonOption(fileArg(y)))))
        .positional('cadre', { type: 'string', describe: 'cadre id' })
        .positional('post', { type: 'string', describe: 'position id' })
        .check(timeLimitOk),
    run: async (args, io) => (await import('./explain.ts')).whyNotCommand(args, io),
  },
  {
    usage: 'diagnose <file>',
    describe: 'why no feasible plan exists: a minimal set of conflicting rules, and relaxations checked by re-solving',
    options: (y) => solverOption(langOption(jsonOption(fileArg(y)))),
    run: async (args, io) => (await import('./explain.ts')).diagnoseCommand(args, io),
  },
];
