/**
 * The decisions store: D and its audit log, changed together or not at all. A decision is
 * applied to D in memory, chained onto the log, and both files are replaced atomically
 * (temporary file beside each, then rename); if the second rename fails the first file is
 * put back. Anything that cannot be written refuses the decision and leaves both files as
 * they were. The log is read back and verified before every change, so a tampered record is
 * never extended.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { auditPathFor, chainEntry, verifyAudit, type AuditCheck, type AuditEntry } from './audit.ts';
import { applyDecision, NO_DECISIONS, readDecisions, renderDecisions, type DecisionRequest, type Decisions, type KnownIds } from './decisions.ts';
import { InputError, type Problem } from '../scenario/problems.ts';

/** A decision that is not made: bad input (400), a broken record (409) or a failed write (500). */
export class DecisionRefused extends Error {
  constructor(readonly status: 400 | 409 | 500, message: string, readonly problems: readonly Problem[] = []) {
    super(message);
    this.name = 'DecisionRefused';
  }
}

export interface Committed {
  readonly entry: AuditEntry;
  readonly decisions: Decisions;
}

export class DecisionStore {
  readonly auditPath: string;
  #decisions: Decisions;
  #version = 0;
  /** D's text as last read or written: a D changed by hand meanwhile is not overwritten. */
  #text: string | undefined;

  private constructor(readonly file: string, readonly decisionsPath: string, decisions: Decisions) {
    this.auditPath = auditPathFor(decisionsPath);
    this.#decisions = decisions;
  }

  /** Opens D (absent: no decisions yet) and checks its log; a broken log is invalid input. */
  static open(file: string, decisionsPath: string): DecisionStore {
    const decisions = existsSync(decisionsPath) ? readDecisions(decisionsPath, file) : NO_DECISIONS;
    const store = new DecisionStore(file, decisionsPath, decisions);
    store.#text = readIfExists(decisionsPath);
    const check = store.audit();
    if (!check.valid) {
      throw new InputError(`${store.auditPath}: line ${check.firstBad!.line}: ${check.firstBad!.message} (the record is broken; run \`rotaplan audit\`)`);
    }
    return store;
  }

  get decisions(): Decisions {
    return this.#decisions;
  }

  /** Goes up by one with each decision made. */
  get version(): number {
    return this.#version;
  }

  audit(): AuditCheck {
    let text = '';
    try {
      text = readFileSync(this.auditPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        return { valid: false, entries: [], firstBad: { line: 0, message: `cannot be read (${(error as NodeJS.ErrnoException).code})` }, head: '' };
      }
    }
    return verifyAudit(text);
  }

  /** Applies, records and writes one decision; throws DecisionRefused when it is not made. */
  commit(request: DecisionRequest, ids: KnownIds, at: string): Committed {
    const next = applyDecision(this.#decisions, request, ids);
    if (Array.isArray(next)) throw new DecisionRefused(400, next.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '), next);
    const text = readIfExists(this.decisionsPath);
    if (text !== this.#text) throw new DecisionRefused(409, `${basename(this.decisionsPath)} was changed outside the page; restart \`rotaplan serve\` to read it again`);
    const logText = readIfExists(this.auditPath);
    const check = verifyAudit(logText ?? '');
    if (!check.valid) throw new DecisionRefused(409, `the audit log is broken at line ${check.firstBad!.line} (${check.firstBad!.message}); no decision can be recorded until it is restored`);
    const { entry, line } = chainEntry(
      {
        seq: check.entries.length + 1,
        at,
        by: request.by,
        action: request.action,
        cadre: request.cadre,
        ...(request.position === undefined ? {} : { position: request.position }),
        ...(request.unit === undefined ? {} : { unit: request.unit }),
        reason: request.reason,
        inputSha256: this.inputSha256(),
      },
      check.head,
    );
    const content = renderDecisions(this.decisionsPath, this.file, next);
    writeBoth({ path: this.auditPath, content: `${logText ?? ''}${line}\n`, previous: logText }, { path: this.decisionsPath, content, previous: text });
    this.#text = content;
    this.#decisions = next;
    this.#version += 1;
    return { entry, decisions: next };
  }

  /** SHA-256 (hex) of the bytes of the scenario file served (FILE), read now. */
  inputSha256(): string {
    try {
      return createHash('sha256').update(readFileSync(this.file)).digest('hex');
    } catch (error) {
      throw new DecisionRefused(500, `the scenario file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DecisionRefused(500, `the decision could not be written: ${basename(path)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed`);
  }
}

export interface Replacement {
  readonly path: string;
  readonly content: string;
  /** The file's text before (undefined: it did not exist). */
  readonly previous: string | undefined;
}

let counter = 0;
function tempPath(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
}

function writeTemp(path: string, content: string): string {
  const temp = tempPath(path);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, content, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return temp;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Both files replaced, or neither: the first is restored when the second fails. */
export function writeBoth(first: Replacement, second: Replacement): void {
  const temps: string[] = [];
  try {
    try {
      temps.push(writeTemp(first.path, first.content), writeTemp(second.path, second.content));
      renameSync(temps[0]!, first.path);
    } catch (error) {
      throw refusal(error);
    }
    try {
      renameSync(temps[1]!, second.path);
    } catch (error) {
      restore(first);
      throw refusal(error);
    }
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
}

function restore(file: Replacement): void {
  if (file.previous === undefined) {
    rmSync(file.path, { force: true });
    return;
  }
  const temp = writeTemp(file.path, file.previous);
  renameSync(temp, file.path);
}

function refusal(error: unknown): DecisionRefused {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new DecisionRefused(500, `the decision could not be written (${code}); nothing was changed`);
}
