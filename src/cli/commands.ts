/**
 * The commands of the CLI: usage, description, options and handler of each. A handler is
 * imported when its command runs, never before: `rotaplan --help` loads no solver, and each
 * command loads only the libraries it uses (exceljs for workbooks, docx for the papers, hono
 * for the review server).
 */
import type { Argv } from 'yargs';
import type { Output } from './io.ts';
import { checkCount, checkTimeLimit, fileArg, jsonOption, langOption, solverOptions, topOptions } from './options.ts';
import { explainCommands } from './commands/explain-commands.ts';
import { compareCommands } from './commands/compare-commands.ts';
import { reportCommands } from './commands/report-commands.ts';
import { scaleCommands } from './commands/scale-commands.ts';
import { workbookCommands } from './commands/workbook-commands.ts';
import { serveCommands } from './commands/serve-commands.ts';
import { papersCommands } from './commands/papers-command.ts';

export interface Command {
  readonly usage: string;
  readonly describe: string;
  readonly options: (y: Argv) => Argv;
  // Arguments are checked by the option tables; handlers take them as their own types.
  readonly run: (args: any, io: Output) => Promise<number>;
}

export const COMMANDS: Command[] = [
  {
    usage: 'solve <file>',
    describe: 'the K best rotation plans, exactly',
    options: (y) =>
      langOption(jsonOption(solverOptions(topOptions(fileArg(y))))).check((args) => {
        const top = checkCount('top', args.top);
        if (top !== true) return top;
        const diff = checkCount('min-diff', args['min-diff']);
        if (diff !== true) return diff;
        return checkTimeLimit(args['time-limit']);
      }),
    run: async (args, io) => (await import('./commands/solve.ts')).solveCommand(args, io),
  },
  {
    usage: 'check <file> <plan>',
    describe: 'check a plan (JSON with moves, or solve --json output) against every rule',
    options: (y) =>
      langOption(jsonOption(fileArg(y).positional('plan', { type: 'string', describe: 'plan file (JSON)' }))),
    run: async (args, io) => (await import('./commands/check.ts')).checkCommand(args, io),
  },
  {
    usage: 'validate <file>',
    describe: 'check a scenario file and summarise it',
    options: (y) => langOption(jsonOption(fileArg(y))),
    run: async (args, io) => (await import('./commands/validate.ts')).validateCommand(args, io),
  },
  {
    usage: 'schema',
    describe: 'print the JSON Schema of the scenario format (for editors)',
    options: (y) => y,
    run: async (args, io) => (await import('./commands/validate.ts')).schemaCommand(args, io),
  },
  ...explainCommands,
  ...compareCommands,
  ...reportCommands,
  ...scaleCommands,
  ...workbookCommands,
  ...serveCommands,
  ...papersCommands,
];
