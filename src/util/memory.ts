/**
 * A full garbage collection on demand. A round of 10^6 pairs leaves a few hundred MB of model
 * behind once the solver's worker has its copy; V8 would collect it only when this (idle)
 * thread allocates again, possibly after HiGHS's own peak. The collector is reached the way
 * jest's leak detector does it: expose `gc` by flag, take it from a fresh context. Where
 * that fails, nothing happens.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  collector?.();
}
