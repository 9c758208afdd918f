/**
 * A full garbage collection on demand. A round of 10^6 pairs leaves a few hundred MB of model
 * behind once the solver's worker has its copy; V8 would collect it only when this (idle)
 * thread allocates again, possibly after HiGHS's own peak. Written in plain JavaScript
 * (collect-garbage.mjs) so that the HiGHS worker calls it too.
 */
export { collectGarbage } from './collect-garbage.mjs';
