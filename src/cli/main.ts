/**
 * The rotaplan command line: option tables from ./options.ts, handlers from ./commands/.
 * Every failure a user can cause ends in exit 2 with one line per problem; yargs usage
 * errors too.
 */
import yargs, { type Argv } from 'yargs';
import { COMMANDS } from './commands.ts';
import { consoleOutput, EXIT, exitFor, type Output } from './io.ts';

export async function main(argv: readonly string[], io: Output = consoleOutput): Promise<number> {
  let code: number = EXIT.ok;
  let usageError: string | undefined;
  let parser: Argv = yargs([...argv])
    .scriptName('rotaplan')
    .usage('rotaplan <command> [options]\n\nPlans the rotation of leading cadres between units (luân chuyển cán bộ).')
    .strict()
    .demandCommand(1, 'name a command (see the list above)')
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version(false)
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      // Validation failures (missing arguments, --check) arrive here; never throw from here.
      usageError ??= message || error?.message || 'invalid usage';
    });
  for (const command of COMMANDS) {
    parser = parser.command(command.usage, command.describe, command.options, async (args) => {
      if (usageError !== undefined) return;
      try {
        code = await command.run(args, io);
      } catch (error) {
        code = exitFor(error, io);
      }
    });
  }
  try {
    await parser.parseAsync();
  } catch (error) {
    return exitFor(error, io);
  }
  if (usageError !== undefined) {
    io.err(`rotaplan: ${usageError}`);
    io.err('Run `rotaplan --help` for the commands, or `rotaplan <command> --help` for one command.');
    return EXIT.invalid;
  }
  return code;
}
