// @ts-check
// ROTAPLAN_TRACE=1: one line per step of the engine on stderr (for tuning; never in normal use).
// Written synchronously, so that a worker's lines are not lost when the process exits, and
// stamped with seconds since the process started, so that lines from threads line up.
import { writeSync } from 'node:fs';

export const TRACE = process.env.ROTAPLAN_TRACE === '1';

/** Seconds since the process (not this thread) started. */
function processSeconds() {
  return (performance.timeOrigin + performance.now()) / 1000 - (Date.now() / 1000 - process.uptime());
}

/** @param {string} line */
export function trace(line) {
  if (TRACE) writeSync(2, `rotaplan-trace ${processSeconds().toFixed(2)} s: ${line}\n`);
}

/** A line of HiGHS's own log (ROTAPLAN_HIGHS_LOG=1), written at once. @param {string} line */
export function highsLog(line) {
  writeSync(2, line.endsWith('\n') ? line : `${line}\n`);
}
