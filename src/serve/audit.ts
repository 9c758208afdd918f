/**
 * The audit log of the review server (contract section 10): one compact JSON object a line,
 * members in the order seq, at, by, action, cadre, position, unit, reason, inputSha256, prev,
 * hash (a member without a value left out). E is the line's object without `hash`;
 * hash = SHA-256 hex of the UTF-8 text prev + E; the line is E with `,"hash":"…"` inserted
 * before its closing brace; prev is the previous line's hash, 64 zeros on the first line.
 * Pure functions: building a line and verifying a whole log; the store writes them.
 */
import { createHash } from 'node:crypto';

export const DECISION_ACTIONS = ['pin', 'forbid', 'unpin', 'unforbid'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** What a decision records, before it is chained. */
export interface AuditFields {
  readonly seq: number;
  readonly at: string;
  readonly by: string;
  readonly action: DecisionAction;
  readonly cadre: string;
  readonly position?: string;
  readonly unit?: string;
  readonly reason: string;
  readonly inputSha256: string;
}

export interface AuditEntry extends AuditFields {
  readonly prev: string;
  readonly hash: string;
}

export const GENESIS = '0'.repeat(64);

/** The members of E, in the contract's order. */
const MEMBERS = ['seq', 'at', 'by', 'action', 'cadre', 'position', 'unit', 'reason', 'inputSha256', 'prev'] as const;

export function sha256hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** E: the compact JSON of the entry without `hash`, members in order, absent ones left out. */
function withoutHash(entry: Readonly<Record<string, unknown>>): string {
  const ordered: Record<string, unknown> = {};
  for (const member of MEMBERS) if (entry[member] !== undefined && entry[member] !== null) ordered[member] = entry[member];
  return JSON.stringify(ordered);
}

/** The chained entry and its line (without the newline). */
export function chainEntry(fields: AuditFields, prev: string): { entry: AuditEntry; line: string } {
  const e = withoutHash({ ...fields, prev });
  const hash = sha256hex(prev + e);
  return { entry: { ...fields, prev, hash }, line: `${e.slice(0, -1)},"hash":"${hash}"}` };
}

export interface AuditCheck {
  readonly valid: boolean;
  readonly entries: readonly AuditEntry[];
  /** The first line that breaks the chain (1-based) and why. */
  readonly firstBad?: { readonly line: number; readonly message: string };
  /** The hash a new line must chain from (the last good line's). */
  readonly head: string;
}

/** Checks every line of a log's text; stops at the first bad one. */
export function verifyAudit(text: string): AuditCheck {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: AuditEntry[] = [];
  let prev = GENESIS;
  for (let i = 0; i < lines.length; i++) {
    const problem = lineProblem(lines[i]!, prev, i + 1);
    if (typeof problem === 'string') return { valid: false, entries, firstBad: { line: i + 1, message: problem }, head: prev };
    entries.push(problem);
    prev = problem.hash;
  }
  if (text !== '' && !text.endsWith('\n')) {
    return { valid: false, entries, firstBad: { line: lines.length, message: 'the last line is not complete (no newline at its end)' }, head: prev };
  }
  return { valid: true, entries, head: prev };
}

function lineProblem(line: string, prev: string, seq: number): AuditEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not a JSON object';
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const entry = value as Record<string, unknown>;
  const missing = ['seq', 'at', 'by', 'action', 'cadre', 'reason', 'inputSha256', 'prev', 'hash'].filter((m) => entry[m] === undefined);
  if (missing.length > 0) return `missing ${missing.map((m) => `"${m}"`).join(', ')}`;
  const unknown = Object.keys(entry).filter((key) => key !== 'hash' && !(MEMBERS as readonly string[]).includes(key));
  if (unknown.length > 0) return `unknown member ${unknown.map((m) => `"${m}"`).join(', ')}`;
  if (entry.seq !== seq) return `seq is ${JSON.stringify(entry.seq)}, expected ${seq}`;
  if (entry.prev !== prev) return `prev does not match the hash of the line before (${seq === 1 ? 'expected 64 zeros' : `line ${seq - 1}`})`;
  if (typeof entry.hash !== 'string' || !/^[0-9a-f]{64}$/.test(entry.hash)) return 'hash is not 64 hexadecimal digits';
  const e = withoutHash(entry);
  if (line !== `${e.slice(0, -1)},"hash":"${entry.hash}"}`) return 'not in the canonical form (compact JSON, members in order, hash last)';
  if (sha256hex(prev + e) !== entry.hash) return 'hash does not match the line (the line was changed)';
  if (!(DECISION_ACTIONS as readonly string[]).includes(entry.action as string)) return `unknown action ${JSON.stringify(entry.action)}`;
  return entry as unknown as AuditEntry;
}

/** The log beside a decisions file D: `.audit.jsonl` in place of D's `.yaml` (or other extension). */
export function auditPathFor(decisionsPath: string): string {
  return decisionsPath.replace(/\.(ya?ml|json)$/i, '') + '.audit.jsonl';
}
