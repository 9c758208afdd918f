/**
 * Solving many scenarios at once: up to `jobs` rounds in flight, each on its own warm HiGHS
 * worker (src/solver/highs.ts), so the cores work in parallel while this thread only builds
 * models and checks plans. Results come back in the order of the input whatever order they
 * finish in, so the output stays deterministic. Knows nothing of what a job is: run.ts gives
 * the work (no import back).
 */
import { availableParallelism } from 'node:os';

export interface PoolOptions {
  /** Jobs in flight at most; 'auto': one per core. 1 runs them one after the other. */
  readonly jobs: number | 'auto';
  /** Called after each job is done, with how many are done. */
  readonly onDone?: (done: number, total: number) => void;
}

export async function runAll<T, R>(items: readonly T[], work: (item: T) => Promise<R>, pool: PoolOptions): Promise<R[]> {
  const jobs = Math.max(1, Math.min(items.length, pool.jobs === 'auto' ? availableParallelism() : pool.jobs));
  const results: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const id = next++;
      try {
        results[id] = await work(items[id]!);
      } catch (error) {
        failed = true;
        throw error;
      }
      done += 1;
      pool.onDone?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return results;
}
