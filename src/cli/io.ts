/**
 * What the commands print and how they end: exit 0 success, 1 infeasible scenario or plan,
 * 2 invalid input or usage (each problem on its own line with its path), never a stack trace.
 */
import { formatProblem, InputError } from '../scenario/problems.ts';
import { HighsFailure } from '../solver/highs.ts';
import { SolverBugError } from '../search/kbest.ts';

export const EXIT = { ok: 0, infeasible: 1, invalid: 2, bug: 3 } as const;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const consoleOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Turns anything a command throws into its exit code and message. */
export function exitFor(error: unknown, io: Output): number {
  if (error instanceof InputError) {
    for (const problem of error.problems) io.err(formatProblem(problem));
    return EXIT.invalid;
  }
  if (error instanceof HighsFailure) {
    io.err(`rotaplan: the HiGHS solver failed: ${error.message}`);
    io.err('Try --solver jslp on a small round, or a --time-limit; the scenario itself may be fine.');
    return EXIT.bug;
  }
  if (error instanceof SolverBugError) {
    io.err(`rotaplan: internal error (a bug, please report it): ${error.message}`);
    return EXIT.bug;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`rotaplan: internal error (a bug, please report it): ${message}`);
  if (process.env.ROTAPLAN_DEBUG && error instanceof Error) io.err(error.stack ?? '');
  return EXIT.bug;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
