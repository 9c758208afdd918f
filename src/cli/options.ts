/** Option tables, apart from the handlers: one builder per family of options. */
import type { Argv } from 'yargs';

export const fileArg = (y: Argv) =>
  y.positional('file', { type: 'string', describe: 'scenario file (.yaml, .yml, .json or .xlsx), base or overlay' });

export const jsonOption = (y: Argv) =>
  y.option('json', { type: 'boolean', default: false, describe: 'print one JSON object to stdout' });

export const langOption = (y: Argv) =>
  y.option('lang', { choices: ['en', 'vi'] as const, describe: 'language of the text (default: the scenario\'s, else en)' });

export const solverOptions = (y: Argv) =>
  y
    .option('solver', {
      choices: ['auto', 'jslp', 'highs'] as const,
      default: 'auto' as const,
      describe: 'MILP backend: javascript-lp-solver, HiGHS, or auto (by model size)',
    })
    .option('time-limit', { type: 'number', describe: 'seconds for the search; plans are then marked with their gap' });

export const topOptions = (y: Argv) =>
  y
    .option('top', { alias: 'k', type: 'number', default: 1, describe: 'how many best plans' })
    .option('min-diff', { type: 'number', default: 1, describe: 'plans differ pairwise in at least this many moves' });

/** --time-limit: a positive, finite number of seconds (a timer cannot wait longer than ~24 days). */
export function checkTimeLimit(value: unknown): string | true {
  if (value === undefined) return true;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 && seconds <= 1e6
    ? true
    : '--time-limit must be a positive number of seconds (at most 1000000)';
}

/**
 * The largest value of a count option (README, Limits): far above any use, low enough that a
 * mistyped `--top 1e9` is refused at once instead of enumerating plans for days.
 */
export const OPTION_MAXIMA: Readonly<Record<string, number>> = {
  top: 1000,
  plan: 1000,
  'min-diff': 10_000,
  alternatives: 100,
  jobs: 64,
  seed: 4_294_967_295,
};

/** Positive whole numbers for counts, up to the option's limit; a clear usage error otherwise. */
export function checkCount(name: string, value: unknown, min = 1): string | true {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) return `--${name} must be a whole number ≥ ${min}`;
  const max = OPTION_MAXIMA[name];
  if (max !== undefined && value > max) return `--${name} must be at most ${max.toLocaleString('en-US')} (the limit of --${name})`;
  return true;
}
