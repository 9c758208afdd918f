// @ts-check
// A full garbage collection on demand (plain JavaScript: the HiGHS worker loads it as is). The
// collector is reached the way jest's leak detector does it: expose `gc` by flag, take it from
// a fresh context. Where that fails, nothing happens.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** @type {(() => void) | null | undefined} */
let collector;

export function collectGarbage() {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = /** @type {() => void} */ (runInNewContext('gc'));
    } catch {
      collector = null;
    }
  }
  collector?.();
}
