/**
 * HiGHS backend (WebAssembly), run in worker threads (highs-worker.mjs): a WebAssembly
 * abort or out-of-memory kills only the worker and comes back as an error; a solve that
 * overruns its time limit is stopped by terminating the worker, and the best incumbent it
 * reported on the way is returned. The model is sent once as typed arrays; cuts are added
 * to the same persistent HiGHS model, dropped again, and solves may force columns to 1.
 *
 * Workers stay warm: loading HiGHS's WebAssembly costs about 120 ms, and the second solve in
 * one instance is about twice as fast as the first. A session leases a worker from a pool
 * (`WarmWorkers`; by default the process's own, `sharedWorkers()`) and hands it back when it
 * closes; a worker that failed is never handed back (the next session gets a fresh one).
 * Idle workers are unreferenced: a warm pool never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { columnCount, type LinearModel, type LinearRow } from '../model/linear.ts';
import type { Backend, BackendSettings, BoundOptions, BoundResult, SessionHints, SolveOptions, SolveResult, SolverSession } from './backend.ts';
import type { FromWorker, HighsOptions, OpenModel, Restriction, ToWorker, WorkerArrays, WorkerResult } from './highs-protocol.ts';

const WORKER_URL = new URL('./highs-worker.mjs', import.meta.url);

/** Seconds a solve may overrun its time limit (HiGHS checks its clock only between steps). */
const GRACE_SECONDS = 5;

/** What the worker says while HiGHS runs. */
export interface HighsProgress {
  readonly seconds: number;
  readonly primal?: number;
  readonly bound?: number;
}

type Incumbent = Extract<FromWorker, { type: 'incumbent' }>;

/**
 * The model as the typed arrays the worker takes (CSR rows). A packed model's own arrays are
 * handed over as they are: they live in shared memory, so the worker reads them without a
 * copy (and the model may still be used here).
 */
export function toWorkerModel(model: LinearModel): WorkerArrays {
  if (model.packed) return { ...model.packed, offset: model.offset };
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

/** One worker thread with HiGHS loaded: one request at a time, answers in order. */
export class HighsThread {
  private worker: Worker | undefined;
  private pending: { resolve: (message: FromWorker) => void; reject: (error: Error) => void } | undefined;
  /** The best solution the running solve reported, sparse (its nonzero columns). */
  incumbent: Incumbent | undefined;
  private failure: Error | undefined;
  onProgress: ((progress: HighsProgress) => void) | undefined;
  /** The duals of the last restriction priced (for another session on the same model). */
  dual: Float64Array | undefined;

  constructor() {
    // No inherited flags: the worker is plain JavaScript and needs no loader (tsx, vitest).
    const worker = new Worker(WORKER_URL, { execArgv: [] });
    worker.unref();
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.fail(new HighsFailure(`HiGHS worker crashed: ${error.message}`)));
    worker.on('exit', (code) => this.fail(new HighsFailure(`HiGHS worker exited (code ${code})`)));
    this.worker = worker;
  }

  /** False once the worker failed or was stopped: it is never used again. */
  get healthy(): boolean {
    return this.failure === undefined && this.worker !== undefined;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'incumbent') {
      if (!this.incumbent || message.objective > this.incumbent.objective) this.incumbent = message;
      return;
    }
    if (message.type === 'progress') {
      this.onProgress?.(message);
      return;
    }
    if (message.type === 'priced') {
      this.dual = message.dual;
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

  /** Stops the worker for good; the pending request (if any) fails with `error`. */
  fail(error: Error): void {
    this.failure ??= error;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(this.failure);
  }

  request(message: ToWorker, transfer: ArrayBuffer[] = []): Promise<FromWorker> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.worker) return Promise.reject(new HighsFailure('HiGHS worker is stopped'));
    if (this.pending) return Promise.reject(new Error('HiGHS worker is busy (one request at a time)'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      // Referenced while a request is pending (else the process could exit before the answer),
      // unreferenced when idle (a warm worker never keeps the process alive).
      this.worker!.ref();
      this.worker!.postMessage(message, transfer);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failure ??= new HighsFailure('HiGHS worker is stopped');
    await worker?.terminate();
  }
}

/**
 * Warm HiGHS workers. `lease()` hands out an idle worker or starts one (never waits: a caller
 * holding one session may open another); `release()` takes it back while fewer than `idle`
 * wait, else stops it. A worker that failed is stopped, never handed out again.
 */
export class WarmWorkers {
  private readonly waiting: HighsThread[] = [];
  private started = 0;

  constructor(readonly idle: number = Math.min(2, availableParallelism())) {}

  /** Workers started so far (a measure of how warm the pool stayed). */
  get starts(): number {
    return this.started;
  }

  lease(): HighsThread {
    for (;;) {
      const thread = this.waiting.pop();
      if (!thread) break;
      if (thread.healthy) return thread;
    }
    this.started += 1;
    return new HighsThread();
  }

  release(thread: HighsThread): void {
    if (thread.healthy && this.waiting.length < this.idle) this.waiting.push(thread);
    else void thread.stop();
  }

  /** Stops every idle worker (tests; a process may also simply exit). */
  async close(): Promise<void> {
    const idle = this.waiting.splice(0);
    await Promise.all(idle.map((thread) => thread.stop()));
  }
}

let shared: WarmWorkers | undefined;
/** The process's warm workers, made at first use (sessions lease from it unless given a pool). */
export function sharedWorkers(): WarmWorkers {
  shared ??= new WarmWorkers();
  return shared;
}

class HighsSession implements SolverSession {
  readonly backend = 'highs' as const;
  private thread: HighsThread | undefined;
  private restricted = false;
  /** Cuts added since the model was opened. */
  private cuts = 0;
  /** The first optimal plan of the model as opened (no fixing, no cut): handed to forks as a hint. */
  private plan: Float64Array | undefined;

  constructor(
    private readonly workers: WarmWorkers,
    private columnCount: number,
  ) {
    this.thread = workers.lease();
  }

  private get live(): HighsThread {
    if (!this.thread) throw new HighsFailure('HiGHS session is closed');
    return this.thread;
  }

  /** Loads a model into the worker, replacing the one it had (cuts included). */
  async open(model: LinearModel, highsOptions: HighsOptions = {}, restrict?: Restriction, hints: SessionHints = {}): Promise<void> {
    const { dual, plan } = hints;
    this.columnCount = columnCount(model);
    this.restricted = restrict !== undefined;
    this.cuts = 0;
    this.plan = plan;
    this.live.dual = dual;
    const data: OpenModel = {
      ...toWorkerModel(model),
      options: highsOptions,
      ...(restrict ? { restrict } : {}),
      ...(restrict && dual ? { dual: Float64Array.from(dual) } : {}),
      ...(plan ? { plan: Float64Array.from(plan) } : {}),
    };
    const arrays = [data.cost, data.lower, data.upper, data.integrality, data.rowLower, data.rowUpper, data.starts, data.indices, data.values];
    // Arrays made for the worker move to it; shared ones are shared.
    const moved = arrays.map((array) => array.buffer).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
    await this.live.request({ type: 'open', model: data }, moved);
  }

  async addRow(row: LinearRow): Promise<void> {
    const indices = Int32Array.from(row.indices);
    const values = Float64Array.from(row.values);
    await this.live.request({ type: 'addRow', lower: row.lower, upper: row.upper, indices, values }, [indices.buffer, values.buffer]);
    this.cuts += 1;
  }

  async dropRows(): Promise<void> {
    await this.live.request({ type: 'dropRows' });
    this.cuts = 0;
  }

  hints(): SessionHints {
    const dual = this.thread?.dual;
    return { ...(dual ? { dual } : {}), ...(this.plan ? { plan: this.plan } : {}) };
  }

  async sharedHints(): Promise<SessionHints> {
    // Priced first when not yet: a session on the same model always starts from the same duals.
    if (this.restricted && !this.thread?.dual) await this.bound({});
    return this.hints();
  }

  async bound(options: BoundOptions = {}): Promise<BoundResult> {
    const force = sortedColumns(options.force);
    const forbid = sortedColumns(options.forbid);
    const reply = await this.live.request({
      type: 'bound',
      ...(options.timeLimit === undefined ? {} : { timeLimit: options.timeLimit }),
      ...(force ? { force } : {}),
      ...(forbid ? { forbid } : {}),
      ...(options.swaps?.length ? { swaps: Int32Array.from(options.swaps) } : {}),
    });
    const result = this.workerResult(reply);
    if (result.status === 'error') throw new HighsFailure(`HiGHS bound: ${result.message ?? 'error'}`);
    return { status: result.status, bound: result.bound, values: result.values, objective: result.objective, ...(result.swaps ? { swaps: result.swaps } : {}) };
  }

  async solve(options: SolveOptions = {}): Promise<SolveResult> {
    const thread = this.live;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    thread.incumbent = undefined;
    thread.onProgress = options.onProgress;
    let timer: NodeJS.Timeout | undefined;
    const force = sortedColumns(options.force);
    const forbid = sortedColumns(options.forbid);
    const reply = thread.request({
      type: 'solve',
      ...(options.timeLimit === undefined ? {} : { timeLimit: options.timeLimit }),
      ...(options.upperBound === undefined ? {} : { upperBound: options.upperBound }),
      ...(force ? { force } : {}),
      ...(forbid ? { forbid } : {}),
    });
    // This solve's progress goes to its caller only while it runs: a later bound or solve on
    // the worker (the report's alternatives after its ranking) must not show on that line.
    try {
      if (options.timeLimit === undefined) return this.remember(this.resultOf(await this.orIncumbent(reply, thread, seconds), seconds()), !force && !forbid);
      // Hard limit: HiGHS stops itself at its time_limit; if it does not, the worker goes.
      const overrun = new Promise<'overrun'>((resolve) => {
        timer = setTimeout(() => resolve('overrun'), (options.timeLimit! + GRACE_SECONDS) * 1000);
      });
      const first = await Promise.race([this.orIncumbent(reply, thread, seconds), overrun]);
      if (first !== 'overrun') return this.remember(this.resultOf(first, seconds()), !force && !forbid);
      reply.catch(() => undefined);
      thread.fail(new HighsFailure('HiGHS overran its time limit and was stopped'));
      const incumbent = thread.incumbent as Incumbent | undefined;
      return incumbent
        ? { status: 'time-limit', values: this.dense(incumbent), objective: incumbent.objective, bound: incumbent.bound, seconds: seconds() }
        : { status: 'time-limit', seconds: seconds() };
    } finally {
      clearTimeout(timer);
      thread.onProgress = undefined;
    }
  }

  /** Keeps the first optimal plan of the model as opened (for `hints`). */
  private remember(result: SolveResult, plain: boolean): SolveResult {
    if (plain && this.cuts === 0 && !this.plan && result.status === 'optimal' && result.values) this.plan = Float64Array.from(result.values);
    return result;
  }

  /**
   * A solve whose worker failed (WebAssembly out of memory, an abort) answers with the best
   * plan it reported on the way, not proven, with the bound it reported then (valid: HiGHS's
   * bound over the model it had, widened by the restriction's bound of the rest); without
   * one, the failure stands. The worker is discarded either way.
   */
  private async orIncumbent(reply: Promise<FromWorker>, thread: HighsThread, seconds: () => number): Promise<FromWorker> {
    try {
      return await reply;
    } catch (error) {
      const incumbent = thread.incumbent;
      if (!(error instanceof HighsFailure) || !incumbent) throw error;
      return { type: 'result', result: { status: 'time-limit', values: this.dense(incumbent), objective: incumbent.objective, ...(incumbent.bound === undefined ? {} : { bound: incumbent.bound }) } };
    }
  }

  private dense(incumbent: { indices: Int32Array; values: Float64Array }): Float64Array {
    const values = new Float64Array(this.columnCount);
    incumbent.indices.forEach((column, k) => (values[column] = incumbent.values[k]!));
    return values;
  }

  private resultOf(message: FromWorker, seconds: number): SolveResult {
    const result = this.workerResult(message);
    if (result.status === 'bounded') throw new HighsFailure('HiGHS worker answered a bound to a solve');
    return { ...result, status: result.status, seconds };
  }

  private workerResult(message: FromWorker): WorkerResult {
    if (message.type !== 'result') throw new HighsFailure(`HiGHS worker answered ${message.type} to a request`);
    const result = message.result;
    if (result.values && result.values.length !== this.columnCount && result.values.length !== 0) {
      throw new HighsFailure(`HiGHS returned ${result.values.length} values for ${this.columnCount} columns`);
    }
    return result;
  }

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    if (thread) this.workers.release(thread);
  }
}

/**
 * A HiGHS session on a warm worker; `highsOptions` (HiGHS option names) override the defaults,
 * for tests and tuning.
 */
export async function openHighsSession(
  model: LinearModel,
  highsOptions: HighsOptions = {},
  restrict?: Restriction,
  workers: WarmWorkers = sharedWorkers(),
  hints: SessionHints = {},
): Promise<SolverSession> {
  const session = new HighsSession(workers, columnCount(model));
  try {
    await session.open(model, highsOptions, restrict, hints);
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/** `restrict: 'auto'` restricts models with at least this many integer columns. */
export const RESTRICT_AUTO_COLUMNS = 5000;

/** HiGHS on the process's warm workers. */
export const highsBackend: Backend = highsOn(sharedWorkers);

/** HiGHS on the workers `workers()` gives (tests give their own pool). */
export function highsOn(workers: () => WarmWorkers): Backend {
  return {
    name: 'highs',
    open(model, settings: BackendSettings = {}) {
      const step = settings.grid === false ? undefined : objectiveGrid(model);
      const integerColumns = integerCount(model);
      const mode = settings.restrict ?? 'auto';
      const restrict = mode === 'on' || (mode === 'auto' && integerColumns >= RESTRICT_AUTO_COLUMNS);
      const options: HighsOptions = {
        ...(step === undefined ? {} : { mip_abs_gap: 0.999 * step }),
        ...(settings.presolve === false ? { presolve: 'off' } : {}),
      };
      return openHighsSession(model, options, restrict ? restriction(model, step) : undefined, workers(), settings.hints);
    },
  };
}

/**
 * The grid of the objective: the model's own, else 1 when every solution's objective is a
 * whole number (integer columns with whole costs, other columns free of cost, a whole
 * offset). A bound less than one step above the incumbent already proves it optimal, so
 * HiGHS may stop there (mip_abs_gap 0.999·step) without losing exactness.
 */
export function objectiveGrid(model: LinearModel): number | undefined {
  if (model.objectiveStep !== undefined) return model.objectiveStep;
  const { cost, integer } = columnsOf(model);
  let whole = Number.isInteger(model.offset);
  for (let i = 0; i < cost.length && whole; i++) whole = integer[i] ? Number.isInteger(cost[i]) : cost[i] === 0;
  return whole ? 1 : undefined;
}

/** Costs and integrality, from the packed arrays when the model has them. */
function columnsOf(model: LinearModel): { cost: ArrayLike<number>; integer: ArrayLike<boolean | number> } {
  return model.packed ? { cost: model.packed.cost, integer: model.packed.integrality } : model.columns;
}

function integerCount(model: LinearModel): number {
  const { integer } = columnsOf(model);
  let count = 0;
  for (let i = 0; i < integer.length; i++) if (integer[i]) count += 1;
  return count;
}

/**
 * How the worker restricts the model (restrict.mjs): the first restriction admits columns
 * whose penalty is at most one step of the objective's grid (without a grid, a fifth of the
 * mean |cost|, the size of a small move's value).
 */
function restriction(model: LinearModel, step: number | undefined): Restriction {
  if (step !== undefined) return { step, delta: step };
  const { cost, integer } = columnsOf(model);
  let total = 0;
  let count = 0;
  for (let i = 0; i < cost.length; i++) {
    if (integer[i]) {
      total += Math.abs(cost[i]!);
      count += 1;
    }
  }
  return { step: 0, delta: Math.max(1e-6, count === 0 ? 1 : total / count / 5) };
}

/** Columns as the worker takes them: sorted, none as undefined. */
function sortedColumns(columns: readonly number[] | undefined): Int32Array | undefined {
  return columns && columns.length > 0 ? Int32Array.from(columns).sort() : undefined;
}
