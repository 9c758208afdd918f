/**
 * Usage mistakes in plain words. yargs reports them in its own terms ("Not enough non-option
 * arguments: got 1, need at least 2"); a planner reads instead which argument or option is
 * missing or unknown, with the command's usage line. Anything not recognised is kept as is.
 */

export interface UsageCommand {
  readonly usage: string;
  readonly describe: string;
}

function commandName(usage: string): string {
  return usage.split(' ')[0]!;
}

/** The command the arguments name (the first word that is not an option), if any. */
function commandOf(argv: readonly string[], commands: readonly UsageCommand[]): UsageCommand | undefined {
  const word = argv.find((arg) => !arg.startsWith('-'));
  return commands.find((command) => commandName(command.usage) === word);
}

/** The list of commands, one a line, as a bare `rotaplan` prints it. */
export function commandList(commands: readonly UsageCommand[]): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return commands.map((command) => `  rotaplan ${command.usage.padEnd(width)}  ${command.describe}`).join('\n');
}

export function plainUsageMessage(message: string, argv: readonly string[], commands: readonly UsageCommand[]): string {
  const command = commandOf(argv, commands);
  const usage = command ? ` (usage: rotaplan ${command.usage} [options])` : '';
  const names = (command?.usage.match(/<[^>]+>/g) ?? []).map((name) => name.slice(1, -1));

  const notEnough = /^Not enough non-option arguments: got (\d+), need at least (\d+)/.exec(message);
  if (notEnough && command) {
    const missing = names.slice(Number(notEnough[1])).map((name) => `<${name}>`);
    return `${commandName(command.usage)}: missing ${missing.join(' and ')}${usage}`;
  }
  const required = /^Missing required arguments?: ([^\n]*)(?:\n([\s\S]*))?/.exec(message);
  if (required) {
    const options = required[1]!.split(', ').map((name) => `--${name}`).join(', ');
    return `missing option ${options}${required[2] ? `: ${required[2].trim()}` : ''}${usage}`;
  }
  const following = /^Not enough arguments following: (.*)/.exec(message);
  if (following) return `--${following[1]} needs a value${usage}`;
  const unknown = /^Unknown arguments?: (.*)/.exec(message);
  if (unknown) {
    const words = unknown[1]!.split(', ');
    if (!command) {
      return `unknown command "${argv.find((arg) => !arg.startsWith('-')) ?? words[0]}"; the commands are: ${commands.map((c) => commandName(c.usage)).join(', ')}`;
    }
    const asOption = (word: string) => argv.some((arg) => arg === `--${word}` || arg.startsWith(`--${word}=`) || arg === `-${word}`);
    const options = words.filter(asOption).map((word) => `--${word}`);
    const extra = words.filter((word) => !asOption(word)).map((word) => `"${word}"`);
    const parts = [
      ...(options.length > 0 ? [`unknown option${options.length > 1 ? 's' : ''} ${options.join(', ')}`] : []),
      ...(extra.length > 0 ? [`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`] : []),
    ];
    return `${commandName(command.usage)}: ${parts.join('; ')}${usage}`;
  }
  const meant = /^Did you mean (.*)\?$/.exec(message);
  if (meant) return `unknown command "${argv.find((arg) => !arg.startsWith('-'))}" (did you mean ${meant[1]}?)`;
  const choices = /^Invalid values?:\s*Argument: (\S+), Given: (.*), Choices: (.*)$/s.exec(message.replace(/\n/g, ' '));
  if (choices) return `--${choices[1]} must be one of ${choices[3]!.trim()} (got ${choices[2]!.trim()})`;
  return message;
}
