/**
 * Solving many scenarios on several cores: a few worker threads (./sweep-worker.mjs), each
 * taking the next scenario when it is done with one. Results come back in the order of the
 * input whatever order they finish in, so the output stays deterministic.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/schema.ts';
import { SolverBugError } from '../solver/kbest.ts';
import { runRound, type RoundRun, type RunOptions } from './run.ts';
// (run.ts imports this module too; only functions cross, at call time.)
import { buildRound } from '../scenario/round.ts';

/** Options that can cross to a worker (no callbacks). */
export type PlainRunOptions = Omit<RunOptions, 'onProgress'>;

export interface PoolOptions {
  /**
   * Worker threads; 1 solves in this thread. 'auto' solves in this thread while the rest
   * looks quick, and hands the rest to one worker per core once it looks long (a worker
   * costs about a second to start, more than a small round takes to solve).
   */
  readonly jobs: number | 'auto';
  /** Called after each scenario is solved, with how many are done. */
  readonly onDone?: (done: number, total: number) => void;
}

export async function solveAll(
  scenarios: readonly Scenario[],
  options: PlainRunOptions,
  pool: PoolOptions,
): Promise<RoundRun[]> {
  const total = scenarios.length;
  const cores = availableParallelism();
  const runs: RoundRun[] = [];
  if (pool.jobs !== 'auto' && pool.jobs > 1 && total > 1) {
    return inWorkers(scenarios, options, Math.min(pool.jobs, total), pool.onDone);
  }
  const started = performance.now();
  for (const scenario of scenarios) {
    const remaining = total - runs.length;
    const perPoint = runs.length === 0 ? 0 : (performance.now() - started) / runs.length;
    if (pool.jobs === 'auto' && cores > 1 && remaining > 1 && perPoint * remaining > AUTO_PARALLEL_MS) {
      const offset = runs.length;
      const rest = await inWorkers(scenarios.slice(offset), options, Math.min(cores, remaining), (done) =>
        pool.onDone?.(offset + done, total),
      );
      return [...runs, ...rest];
    }
    runs.push(await runRound(buildRound(scenario), options));
    pool.onDone?.(runs.length, total);
  }
  return runs;
}

/** Estimated milliseconds left above which `auto` starts workers. */
export const AUTO_PARALLEL_MS = 3000;

interface Reply {
  readonly ready?: true;
  readonly id?: number;
  readonly run?: RoundRun;
  readonly error?: { name: string; message: string; stack: string };
}

function inWorkers(
  scenarios: readonly Scenario[],
  options: PlainRunOptions,
  jobs: number,
  onDone?: (done: number, total: number) => void,
): Promise<RoundRun[]> {
  const results: RoundRun[] = new Array(scenarios.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let failed = false;
  return new Promise<RoundRun[]>((resolvePromise, reject) => {
    const stop = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolvePromise(results);
    };
    const feed = (worker: Worker) => {
      if (next >= scenarios.length) return;
      const id = next++;
      worker.postMessage({ id, scenario: scenarios[id], options });
    };
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(new URL('./sweep-worker.mjs', import.meta.url));
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if (failed) return;
        if (reply.ready) return feed(worker);
        if (reply.error) {
          const error = reply.error.name === 'SolverBugError' ? new SolverBugError(reply.error.message) : new Error(reply.error.message);
          error.stack = reply.error.stack;
          return stop(error);
        }
        results[reply.id!] = reply.run!;
        done++;
        onDone?.(done, scenarios.length);
        if (done === scenarios.length) return stop();
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (code !== 0 && done < scenarios.length) stop(new Error(`a sweep worker stopped with exit code ${code}`));
      });
    }
  });
}
