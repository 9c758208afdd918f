/**
 * The rotaplan command line: option tables from ./options.ts, handlers from ./commands/.
 * Every failure a user can cause ends in exit 2 with one line per problem; yargs usage
 * errors too. Loads as little as it can: `--version` reads package.json alone, the command
 * table and yargs load for a command, and a handler with its libraries only when its command
 * runs (./commands.ts).
 */
import type { Argv } from 'yargs';
import { consoleOutput, EXIT, exitFor, type Output } from './io.ts';
import { commandList, plainUsageMessage } from './usage.ts';
import { toolVersion } from '../util/version.ts';

const USAGE =
  'rotaplan <command> [options]\n\nPlans the rotation of leading cadres between units (luân chuyển cán bộ).\n`rotaplan --version` prints the version.';

/**
 * `--out -` as `--out=-`: yargs-parser takes a lone `-` after a long option for a positional
 * (it does after `-o`), and `-` means standard output wherever a command writes a file.
 */
function dashAsValue(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1] === '-') {
      joined.push('--out=-');
      i += 1;
    } else joined.push(argv[i]!);
  }
  return joined;
}

export async function main(argv: readonly string[], io: Output = consoleOutput): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.out(toolVersion());
    return EXIT.ok;
  }
  const { COMMANDS } = await import('./commands.ts');
  if (argv.length === 0) {
    io.err(`Usage: ${USAGE}\n\nCommands:\n${commandList(COMMANDS)}\n\nRun \`rotaplan <command> --help\` for one command's options.`);
    return EXIT.invalid;
  }
  const { default: yargs } = await import('yargs');
  let code: number = EXIT.ok;
  let usageError: string | undefined;
  let parser: Argv = yargs(dashAsValue(argv))
    .scriptName('rotaplan')
    .usage(USAGE)
    .strict()
    .demandCommand(1, 'name a command (rotaplan --help lists them)')
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
    io.err(`rotaplan: ${plainUsageMessage(usageError, argv, COMMANDS)}`);
    io.err('Run `rotaplan --help` for the commands, or `rotaplan <command> --help` for one command.');
    return EXIT.invalid;
  }
  return code;
}
