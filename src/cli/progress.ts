/** Progress on stderr, only when stderr is an interactive terminal. */
import type { ProgressEvent } from '../solver/kbest.ts';

export function progressReporter(): ((event: ProgressEvent) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = performance.now();
  return (event) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const bound = event.bestBound === undefined ? '' : `, best bound ${event.bestBound.toFixed(2)}`;
    process.stderr.write(`\r\x1b[K[${seconds}s] ${event.phase}: ${event.plansFound} plan(s) found${bound}`);
    if (event.phase === 'solve' && event.plansFound > 0) process.stderr.write('');
  };
}

/** Clears the progress line before the answer is printed. */
export function clearProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}
