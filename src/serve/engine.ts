/**
 * The review server's side of the solve worker: a queue of jobs run one at a time off the
 * request thread, with the progress of the running one. A job asks for the state current
 * when it starts, so decisions made while a solve runs are never lost: the next solve reads
 * them all. The same plans job asked twice for one state runs once. A worker that dies is
 * replaced and its job reported as failed, never answered wrongly.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobFailure, Progress, RoundState, WorkerMessage } from './protocol.ts';

export class JobFailed extends Error {
  constructor(readonly failure: JobFailure) {
    super(failure.message);
    this.name = 'JobFailed';
  }
}

export interface Done<T = unknown> {
  readonly result: T;
  readonly version: number;
  readonly seconds: number;
}

interface Pending {
  readonly id: number;
  readonly job: Job;
  readonly key: string;
  readonly promise: Promise<Done>;
  resolve(done: Done): void;
  reject(error: Error): void;
}

export interface EngineStatus {
  readonly busy: boolean;
  readonly job?: Job['kind'];
  readonly version?: number;
  readonly queued: number;
  readonly progress?: Progress;
  readonly seconds?: number;
  readonly lastSeconds?: number;
}

export class Engine {
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  #queue: Pending[] = [];
  #running: (Pending & { version: number; started: number; progress?: Progress }) | undefined;
  #nextId = 1;
  #lastSeconds: number | undefined;
  #closed = false;
  /** Results for the newest state, by job (cleared when a decision changes the state). */
  #done = new Map<string, Done>();
  #doneVersion = -1;

  /** The state a job reads when it starts (the newest decisions). */
  constructor(private readonly state: () => RoundState) {}

  /**
   * Runs a job on the newest state. The same job for that state is answered from the last
   * result, or shares the run already going or waiting.
   */
  run<T>(job: Job): Promise<Done<T>> {
    const key = JSON.stringify(job);
    const version = this.state().version;
    if (this.#doneVersion !== version) {
      this.#done.clear();
      this.#doneVersion = version;
    }
    const done = this.#done.get(key);
    if (done) return Promise.resolve(done as Done<T>);
    if (this.#running?.key === key && this.#running.version === version) return this.#running.promise as Promise<Done<T>>;
    const waiting = this.#queue.find((p) => p.key === key);
    if (waiting) return waiting.promise as Promise<Done<T>>;
    let resolve!: (done: Done) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<Done>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // a rejection is handled by whoever awaits it
    this.#queue.push({ id: this.#nextId++, job, key, promise, resolve, reject });
    void this.#pump();
    return promise as Promise<Done<T>>;
  }

  status(): EngineStatus {
    const running = this.#running;
    return {
      busy: running !== undefined,
      ...(running ? { job: running.job.kind, version: running.version, seconds: (performance.now() - running.started) / 1000 } : {}),
      ...(running?.progress ? { progress: running.progress } : {}),
      queued: this.#queue.length,
      ...(this.#lastSeconds === undefined ? {} : { lastSeconds: this.#lastSeconds }),
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new Error('the server is closing'));
    this.#running?.reject(new Error('the server is closing'));
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  async #pump(): Promise<void> {
    if (this.#running || this.#closed) return;
    const next = this.#queue.shift();
    if (!next) return;
    const state = this.state();
    this.#running = { ...next, version: state.version, started: performance.now() };
    try {
      const worker = await this.#start();
      worker.postMessage({ id: next.id, state, job: next.job });
    } catch (error) {
      this.#finish(next.id, (p) => p.reject(error as Error));
    }
  }

  #finish(id: number, settle: (pending: Pending) => void): void {
    const running = this.#running;
    if (!running || running.id !== id) return;
    this.#running = undefined;
    settle(running);
    void this.#pump();
  }

  #start(): Promise<Worker> {
    if (this.#worker && this.#ready) return this.#ready.then(() => this.#worker!);
    const worker = new Worker(new URL('./solve-worker.mjs', import.meta.url));
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) return resolve();
        if ('progress' in message) {
          if (this.#running?.id === message.id) this.#running.progress = message.progress;
          return;
        }
        if ('failure' in message) return this.#finish(message.id, (p) => p.reject(new JobFailed(message.failure)));
        this.#lastSeconds = message.seconds;
        const done = { result: message.result, version: message.version, seconds: message.seconds };
        if (this.#running?.id === message.id && message.version === this.#doneVersion) this.#done.set(this.#running.key, done);
        this.#finish(message.id, (p) => p.resolve(done));
      });
    });
    worker.on('error', (error) => this.#lost(worker, error));
    worker.on('exit', (code) => this.#lost(worker, new Error(`the solve worker stopped (exit ${code})`)));
    worker.unref();
    return this.#ready.then(() => worker);
  }

  /** The worker died: its job fails, the next job starts a new worker. */
  #lost(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#ready = undefined;
    if (this.#running) this.#finish(this.#running.id, (p) => p.reject(new JobFailed({ kind: 'bug', message: error.message })));
  }
}
