// A fixed seed for every property test, so that CI runs are repeatable; FC_SEED overrides it.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20270101), numRuns: Number(process.env.FC_RUNS ?? 60) });
