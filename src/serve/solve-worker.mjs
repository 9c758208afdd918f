// @ts-check
// The review server's solve worker: keeps one Session (./jobs.ts) and runs the jobs it is
// sent, one at a time, reporting progress. Plain .mjs so that it starts the same under tsx and
// under vitest: it registers tsx itself, then imports the TypeScript modules.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { Session } = await import('./jobs.ts');
const { InputError } = await import('../scenario/problems.ts');

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const session = new Session();

port.on('message', async (/** @type {import('./protocol.ts').JobRequest} */ { id, state, job }) => {
  const started = performance.now();
  try {
    const result = await session.run(state, job, (progress) => port.postMessage({ id, progress }));
    port.postMessage({ id, result, seconds: (performance.now() - started) / 1000, version: state.version });
  } catch (error) {
    const failure = error instanceof InputError
      ? { kind: 'input', message: error.message, problems: error.problems.map((p) => ({ path: [...p.path], message: p.message })) }
      : { kind: 'bug', message: error instanceof Error ? error.message : String(error) };
    port.postMessage({ id, failure });
  }
});
port.postMessage({ ready: true });
