/**
 * HiGHS backend (WebAssembly), run in a worker thread (highs-worker.mjs): a WebAssembly
 * abort or out-of-memory kills only the worker and comes back as an error; a solve that
 * overruns its time limit is stopped by terminating the worker, and the best incumbent it
 * reported on the way is returned. One worker per session: the model is sent once as
 * typed arrays and cuts are added to the same persistent HiGHS model (the second solve in
 * one WebAssembly instance is about twice as fast as the first).
 */
import { Worker } from 'node:worker_threads';
import type { LinearModel, LinearRow } from '../model/linear.ts';
import type { Backend, SolveOptions, SolveResult, SolverSession } from './backend.ts';

const WORKER_URL = new URL('./highs-worker.mjs', import.meta.url);

/** Seconds a solve may overrun its time limit (HiGHS checks its clock only between steps). */
const GRACE_SECONDS = 5;

/** What the worker says while HiGHS runs. */
export interface HighsProgress {
  readonly seconds: number;
  readonly primal?: number;
  readonly bound?: number;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; result: Omit<SolveResult, 'seconds'> }
  | { type: 'failed'; message: string }
  | { type: 'incumbent'; objective: number; bound?: number; indices: Int32Array; values: Float64Array }
  | { type: 'progress'; seconds: number; primal?: number; bound?: number };

/** How the worker restricts a large model: the objective's grid (0: none) and the first penalty allowed. */
interface WorkerRestriction {
  readonly step: number;
  readonly delta: number;
}

/** The model as the typed arrays the worker takes (CSR rows). */
export function toWorkerModel(model: LinearModel) {
  const { columns, rows } = model;
  const starts = new Int32Array(rows.length + 1);
  let nonzeros = 0;
  for (let r = 0; r < rows.length; r++) {
    nonzeros += rows[r]!.indices.length;
    starts[r + 1] = nonzeros;
  }
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  for (let r = 0; r < rows.length; r++) {
    indices.set(rows[r]!.indices, starts[r]!);
    values.set(rows[r]!.values, starts[r]!);
  }
  return {
    numCols: columns.cost.length,
    numRows: rows.length,
    offset: model.offset,
    cost: Float64Array.from(columns.cost),
    lower: Float64Array.from(columns.lower),
    upper: Float64Array.from(columns.upper),
    integrality: Int32Array.from(columns.integer, (integer) => (integer ? 1 : 0)),
    rowLower: Float64Array.from(rows, (row) => row.lower),
    rowUpper: Float64Array.from(rows, (row) => row.upper),
    starts,
    indices,
    values,
  };
}

/** A HiGHS failure that is not a bug of rotaplan's (a WebAssembly abort, out of memory). */
export class HighsFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HighsFailure';
  }
}

class HighsSession implements SolverSession {
  readonly backend = 'highs' as const;
  private worker: Worker | undefined;
  private pending: { resolve: (message: WorkerMessage) => void; reject: (error: Error) => void } | undefined;
  /** The best solution the running solve reported, sparse (its nonzero columns). */
  private incumbent: Extract<WorkerMessage, { type: 'incumbent' }> | undefined;
  private failure: Error | undefined;
  private onProgress: ((progress: HighsProgress) => void) | undefined;

  constructor(private columnCount: number) {
    // No inherited flags: the worker is plain JavaScript and needs no loader (tsx, vitest).
    const worker = new Worker(WORKER_URL, { execArgv: [] });
    worker.unref();
    worker.on('message', (message: WorkerMessage) => this.receive(message));
    worker.on('error', (error) => this.fail(new HighsFailure(`HiGHS worker crashed: ${error.message}`)));
    worker.on('exit', (code) => this.fail(new HighsFailure(`HiGHS worker exited (code ${code})`)));
    this.worker = worker;
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'incumbent') {
      if (!this.incumbent || message.objective > this.incumbent.objective) this.incumbent = message;
      return;
    }
    if (message.type === 'progress') {
      this.onProgress?.(message);
      return;
    }
    if (message.type === 'failed') {
      this.fail(new HighsFailure(`HiGHS failed (${message.message}); the WebAssembly instance was discarded`));
      return;
    }
    const pending = this.pending;
    this.pending = undefined;
    this.worker?.unref();
    pending?.resolve(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(this.failure);
  }

  private request(message: object, transfer: ArrayBuffer[] = []): Promise<WorkerMessage> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.worker) return Promise.reject(new HighsFailure('HiGHS session is closed'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      // Referenced while a request is pending (else the process could exit before the answer),
      // unreferenced when idle (a session left open never keeps the process alive).
      this.worker!.ref();
      this.worker!.postMessage(message, transfer);
    });
  }

  /** Loads a model into the worker, replacing the one it had (cuts included). */
  async open(model: LinearModel, highsOptions: Readonly<Record<string, unknown>> = {}, restrict?: WorkerRestriction): Promise<void> {
    this.columnCount = model.columns.cost.length;
    const data = { ...toWorkerModel(model), options: highsOptions, restrict };
    const buffers = [data.cost, data.lower, data.upper, data.integrality, data.rowLower, data.rowUpper, data.starts, data.indices, data.values];
    await this.request({ type: 'open', model: data }, buffers.map((array) => array.buffer as ArrayBuffer));
  }

  async addRow(row: LinearRow): Promise<void> {
    const indices = Int32Array.from(row.indices);
    const values = Float64Array.from(row.values);
    await this.request({ type: 'addRow', lower: row.lower, upper: row.upper, indices, values }, [indices.buffer, values.buffer]);
  }

  async solve(options: SolveOptions = {}): Promise<SolveResult> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    this.incumbent = undefined;
    this.onProgress = options.onProgress;
    let timer: NodeJS.Timeout | undefined;
    const reply = this.request({ type: 'solve', timeLimit: options.timeLimit, upperBound: options.upperBound });
    if (options.timeLimit === undefined) {
      const message = await reply;
      return this.resultOf(message, seconds());
    }
    // Hard limit: HiGHS stops itself at its time_limit; if it does not, the worker goes.
    const overrun = new Promise<'overrun'>((resolve) => {
      timer = setTimeout(() => resolve('overrun'), (options.timeLimit! + GRACE_SECONDS) * 1000);
    });
    try {
      const first = await Promise.race([reply, overrun]);
      if (first !== 'overrun') return this.resultOf(first, seconds());
      reply.catch(() => undefined);
      this.fail(new HighsFailure('HiGHS overran its time limit and was stopped'));
      const incumbent = this.incumbent as Extract<WorkerMessage, { type: 'incumbent' }> | undefined;
      return incumbent
        ? { status: 'time-limit', values: this.dense(incumbent), objective: incumbent.objective, bound: incumbent.bound, seconds: seconds() }
        : { status: 'time-limit', seconds: seconds() };
    } finally {
      clearTimeout(timer);
    }
  }

  private dense(incumbent: { indices: Int32Array; values: Float64Array }): Float64Array {
    const values = new Float64Array(this.columnCount);
    incumbent.indices.forEach((column, k) => (values[column] = incumbent.values[k]!));
    return values;
  }

  private resultOf(message: WorkerMessage, seconds: number): SolveResult {
    if (message.type !== 'result') throw new HighsFailure(`HiGHS worker answered ${message.type} to a solve`);
    const result = message.result;
    if (result.values && result.values.length !== this.columnCount && result.values.length !== 0) {
      throw new HighsFailure(`HiGHS returned ${result.values.length} values for ${this.columnCount} columns`);
    }
    return { ...result, seconds };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failure ??= new HighsFailure('HiGHS session is closed');
    await worker?.terminate();
  }
}

/** A HiGHS session; `highsOptions` (HiGHS option names) override the defaults, for tests and tuning. */
export async function openHighsSession(
  model: LinearModel,
  highsOptions: Readonly<Record<string, unknown>> = {},
  restrict?: WorkerRestriction,
): Promise<SolverSession> {
  const session = new HighsSession(model.columns.cost.length);
  try {
    await session.open(model, highsOptions, restrict);
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/**
 * One warm worker for a sequence of unrelated models (the diagnosis's many feasibility
 * tests): each solve loads its model in place of the last, without a new worker or a new
 * WebAssembly compilation.
 */
export interface HighsSequence {
  solve(model: LinearModel, options?: SolveOptions): Promise<SolveResult>;
  close(): Promise<void>;
}

export function openHighsSequence(highsOptions: Readonly<Record<string, unknown>> = {}): HighsSequence {
  let session: HighsSession | undefined;
  return {
    async solve(model, options) {
      session ??= new HighsSession(0);
      try {
        await session.open(model, highsOptions);
        return await session.solve(options);
      } catch (error) {
        await session.close();
        session = undefined;
        throw error;
      }
    },
    async close() {
      await session?.close();
      session = undefined;
    },
  };
}

/** `restrict: 'auto'` restricts models with at least this many integer columns. */
export const RESTRICT_AUTO_COLUMNS = 5000;

export const highsBackend: Backend = {
  name: 'highs',
  open(model, settings = {}) {
    const step = settings.grid === false ? undefined : objectiveGrid(model);
    const integerColumns = model.columns.integer.filter(Boolean).length;
    const mode = settings.restrict ?? 'auto';
    const restrict = mode === 'on' || (mode === 'auto' && integerColumns >= RESTRICT_AUTO_COLUMNS);
    return openHighsSession(model, step === undefined ? {} : { mip_abs_gap: 0.999 * step }, restrict ? restriction(model, step) : undefined);
  },
};

/**
 * The grid of the objective: the model's own, else 1 when every solution's objective is a
 * whole number (integer columns with whole costs, other columns free of cost, a whole
 * offset). A bound less than one step above the incumbent already proves it optimal, so
 * HiGHS may stop there (mip_abs_gap 0.999·step) without losing exactness.
 */
export function objectiveGrid(model: LinearModel): number | undefined {
  if (model.objectiveStep !== undefined) return model.objectiveStep;
  const { cost, integer } = model.columns;
  const whole = Number.isInteger(model.offset) && cost.every((c, i) => (integer[i] ? Number.isInteger(c) : c === 0));
  return whole ? 1 : undefined;
}

/**
 * How the worker restricts the model (restrict.mjs): the first restriction admits columns
 * whose penalty is at most one step of the objective's grid (without a grid, a fifth of the
 * mean |cost|, the size of a small move's value).
 */
function restriction(model: LinearModel, step: number | undefined): WorkerRestriction {
  if (step !== undefined) return { step, delta: step };
  const { cost, integer } = model.columns;
  let total = 0;
  let count = 0;
  cost.forEach((c, i) => {
    if (integer[i]) {
      total += Math.abs(c);
      count += 1;
    }
  });
  return { step: 0, delta: Math.max(1e-6, count === 0 ? 1 : total / count / 5) };
}
