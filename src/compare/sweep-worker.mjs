// A sweep worker: solves the points (already validated scenarios) it is sent, one at a time.
// Plain .mjs so that it starts the same under tsx and under vitest: it registers tsx itself,
// then imports the TypeScript modules.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { buildRound } = await import('../scenario/round.ts');
const { runRound } = await import('./run.ts');

parentPort.on('message', async ({ id, scenario, options }) => {
  try {
    const run = await runRound(buildRound(scenario), options);
    parentPort.postMessage({ id, run });
  } catch (error) {
    const { name = 'Error', message = String(error), stack = '' } = error instanceof Error ? error : {};
    parentPort.postMessage({ id, error: { name, message, stack } });
  }
});
parentPort.postMessage({ ready: true });
