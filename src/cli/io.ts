/**
 * What the commands print and how they end: exit 0 success, 1 infeasible scenario or plan,
 * 2 invalid input or usage (each problem on its own line with its path), 3 internal error,
 * 4 the solver gave out (out of memory, a WebAssembly abort) before finding any plan: the input
 * is valid and may well be feasible, so neither 1 nor 2 would be true. Never a stack trace.
 */
import { formatProblem, InputError } from '../scenario/problems.ts';
import { HighsFailure } from '../solver/highs.ts';

export const EXIT = { ok: 0, infeasible: 1, invalid: 2, bug: 3, solverGaveOut: 4 } as const;

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
    // One line: what happened, that the input is not at fault, what to try.
    io.err(`rotaplan: the HiGHS solver gave out before finding any plan (${error.message}); the scenario is valid, try a smaller round or --solver jslp on a small one`);
    return EXIT.solverGaveOut;
  }
  // Anything else is a bug (a SolverBugError of src/search/kbest.ts among them).
  const message = error instanceof Error ? error.message : String(error);
  io.err(`rotaplan: internal error (a bug, please report it): ${message}`);
  if (process.env.ROTAPLAN_DEBUG && error instanceof Error) io.err(error.stack ?? '');
  return EXIT.bug;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
