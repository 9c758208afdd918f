/**
 * The decisions overlay D of the review server (contract section 10): a scenario overlay that
 * `extends` FILE and holds only `pins`, `forbids` and `consents`, each with its `note`. Here:
 * where D lives by default, reading and writing it, and applying one decision of the page to
 * it (checked first: every field named, every id known, a withdrawal only of what D holds).
 * Ids from a request are only ever compared with the round's ids; none becomes a path.
 */
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { DECISION_ACTIONS, type DecisionAction } from './audit.ts';
import { InputError, type Problem } from '../scenario/problems.ts';
import { readScenarioFile } from '../scenario/load.ts';

export interface PinEntry {
  readonly cadre: string;
  readonly position: string;
  readonly note?: string;
}

export interface ForbidEntry {
  readonly cadre: string;
  readonly unit?: string;
  readonly position?: string;
  readonly note?: string;
}

/** What D holds. Consents are kept as written (the page does not make them). */
export interface Decisions {
  readonly pins: readonly PinEntry[];
  readonly forbids: readonly ForbidEntry[];
  readonly consents: readonly Readonly<Record<string, unknown>>[];
}

export const NO_DECISIONS: Decisions = { pins: [], forbids: [], consents: [] };

export interface DecisionRequest {
  readonly action: DecisionAction;
  readonly cadre: string;
  readonly position?: string;
  readonly unit?: string;
  readonly reason: string;
  readonly by: string;
}

/** What a decision is checked against: the ids it may name, and the scenario file's own pins and forbids. */
export interface KnownIds {
  readonly cadres: ReadonlySet<string>;
  /** Post id → its unit. */
  readonly posts: ReadonlyMap<string, string>;
  readonly units: ReadonlySet<string>;
  readonly pins: readonly PinEntry[];
  readonly forbids: readonly ForbidEntry[];
}

/** D by default: FILE's name with `.decisions.yaml` in place of its extension. */
export function defaultDecisionsPath(file: string): string {
  const ext = extname(file);
  return (ext ? file.slice(0, -ext.length) : file) + '.decisions.yaml';
}

const ALLOWED_KEYS = ['extends', 'pins', 'forbids', 'consents'];
const MAX_TEXT = 2000;
const MAX_NAME = 200;

/** Reads D (when it exists): only `extends` (naming FILE), pins, forbids and consents. */
export function readDecisions(decisionsPath: string, file: string): Decisions {
  const { raw } = readScenarioFile(decisionsPath);
  const shown = basename(decisionsPath);
  const problems: Problem[] = [];
  for (const key of Object.keys(raw)) {
    if (!ALLOWED_KEYS.includes(key)) problems.push({ path: [key], message: `a decisions file holds only extends, pins, forbids and consents`, file: shown });
  }
  if (typeof raw.extends !== 'string' || resolve(dirname(decisionsPath), raw.extends) !== resolve(file)) {
    problems.push({ path: ['extends'], message: `must name the scenario served (${relativeTo(decisionsPath, file)})`, file: shown });
  }
  for (const key of ['pins', 'forbids', 'consents'] as const) {
    if (raw[key] !== undefined && raw[key] !== null && !Array.isArray(raw[key])) problems.push({ path: [key], message: 'must be a list', file: shown });
  }
  if (problems.length > 0) throw new InputError(problems);
  const list = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as Record<string, unknown>[]) : []);
  // The entries themselves are checked by loading D as the overlay it is (load-round).
  return {
    pins: list('pins') as unknown as PinEntry[],
    forbids: list('forbids') as unknown as ForbidEntry[],
    consents: list('consents'),
  };
}

/** `extends` as written in D: FILE relative to D's folder, with forward slashes. */
function relativeTo(decisionsPath: string, file: string): string {
  return relative(dirname(resolve(decisionsPath)), resolve(file)).split(sep).join('/');
}

/** The text of D: YAML (or JSON for a `.json` D), entries in the order they were decided. */
export function renderDecisions(decisionsPath: string, file: string, decisions: Decisions): string {
  const body = {
    extends: relativeTo(decisionsPath, file),
    pins: decisions.pins,
    forbids: decisions.forbids,
    consents: decisions.consents,
  };
  if (extname(decisionsPath).toLowerCase() === '.json') return `${JSON.stringify(body, null, 2)}\n`;
  return [
    '# Decisions of the review page (rotaplan serve): an overlay of the scenario it extends.',
    '# Every change is also recorded, hash-chained, in the audit log beside this file;',
    '# `rotaplan audit` checks that record.',
    stringify(body, { lineWidth: 0 }),
  ].join('\n');
}

/** Checks the shape of a request body; each problem names its field. */
export function parseDecisionRequest(body: unknown): DecisionRequest | Problem[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [{ path: ['body'], message: 'must be a JSON object' }];
  const fields = body as Record<string, unknown>;
  const problems: Problem[] = [];
  const known = ['action', 'cadre', 'position', 'unit', 'reason', 'by'];
  for (const key of Object.keys(fields)) if (!known.includes(key)) problems.push({ path: [key], message: 'unknown field' });
  const action = fields.action;
  if (typeof action !== 'string' || !(DECISION_ACTIONS as readonly string[]).includes(action)) {
    problems.push({ path: ['action'], message: `must be one of ${DECISION_ACTIONS.map((a) => `"${a}"`).join(', ')}` });
  }
  const text = (key: string, required: boolean, max: number): string | undefined => {
    const value = fields[key];
    if (value === undefined || value === null) {
      if (required) problems.push({ path: [key], message: 'is required' });
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ path: [key], message: 'must be a non-empty string' });
      return undefined;
    }
    if (value.length > max) problems.push({ path: [key], message: `must be at most ${max} characters` });
    // Control characters (other than line breaks in a reason) have no place in a record.
    if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(value)) problems.push({ path: [key], message: 'must not contain control characters' });
    // A lone surrogate is no character: it has no UTF-8 form, so the record's hash would have none.
    if (/\p{Cs}/u.test(value)) problems.push({ path: [key], message: 'must be valid Unicode text (a lone surrogate half was sent)' });
    return value.trim();
  };
  const cadre = text('cadre', true, MAX_NAME);
  const position = text('position', false, MAX_NAME);
  const unit = text('unit', false, MAX_NAME);
  const reason = text('reason', true, MAX_TEXT);
  const by = text('by', true, MAX_NAME);
  if (action === 'pin' || action === 'unpin') {
    if (fields.position === undefined || fields.position === null) problems.push({ path: ['position'], message: `is required for ${action}` });
    if (unit !== undefined) problems.push({ path: ['unit'], message: `a ${action} names a position, not a unit` });
  }
  if ((action === 'forbid' || action === 'unforbid') && (position === undefined) === (unit === undefined) && problems.length === 0) {
    problems.push({ path: [position === undefined ? 'position' : 'unit'], message: `a ${action} names either a position or a unit (one of the two)` });
  }
  if (problems.length > 0 || !cadre || !reason || !by) return problems;
  return { action: action as DecisionAction, cadre, reason, by, ...(position === undefined ? {} : { position }), ...(unit === undefined ? {} : { unit }) };
}

const samePin = (a: PinEntry, r: DecisionRequest) => a.cadre === r.cadre && a.position === r.position;
const sameForbid = (a: ForbidEntry, r: DecisionRequest) =>
  a.cadre === r.cadre && (a.position ?? undefined) === r.position && (a.unit ?? undefined) === r.unit;

/** D after the decision, or the problems that refuse it (each naming its field). */
export function applyDecision(decisions: Decisions, request: DecisionRequest, ids: KnownIds): Decisions | Problem[] {
  const problems: Problem[] = [];
  if (!ids.cadres.has(request.cadre)) problems.push({ path: ['cadre'], message: `unknown cadre "${request.cadre}"` });
  if (request.position !== undefined && !ids.posts.has(request.position)) problems.push({ path: ['position'], message: `unknown position "${request.position}"` });
  if (request.unit !== undefined && !ids.units.has(request.unit)) problems.push({ path: ['unit'], message: `unknown unit "${request.unit}"` });
  if (problems.length > 0) return problems;
  const target = request.position !== undefined ? `position "${request.position}"` : `unit "${request.unit}"`;
  const note = request.reason;
  const contradiction = contradicts(decisions, request, ids);
  if (contradiction) return [contradiction];
  switch (request.action) {
    case 'pin':
      if (decisions.pins.some((p) => samePin(p, request))) return [{ path: ['position'], message: `cadre "${request.cadre}" is already pinned to ${target}` }];
      return { ...decisions, pins: [...decisions.pins, { cadre: request.cadre, position: request.position!, note }] };
    case 'forbid':
      if (decisions.forbids.some((f) => sameForbid(f, request))) return [{ path: [request.position !== undefined ? 'position' : 'unit'], message: `cadre "${request.cadre}" is already forbidden from ${target}` }];
      return { ...decisions, forbids: [...decisions.forbids, { cadre: request.cadre, ...(request.unit !== undefined ? { unit: request.unit } : { position: request.position! }), note }] };
    case 'unpin': {
      const at = decisions.pins.findIndex((p) => samePin(p, request));
      if (at < 0) return [{ path: ['position'], message: `the decisions hold no pin of cadre "${request.cadre}" to ${target}` }];
      return { ...decisions, pins: decisions.pins.filter((_, i) => i !== at) };
    }
    case 'unforbid': {
      const at = decisions.forbids.findIndex((f) => sameForbid(f, request));
      if (at < 0) return [{ path: [request.position !== undefined ? 'position' : 'unit'], message: `the decisions hold no forbid of cadre "${request.cadre}" from ${target}` }];
      return { ...decisions, forbids: decisions.forbids.filter((_, i) => i !== at) };
    }
  }
}

/**
 * A pin or forbid that cannot hold with one in force (in FILE or in D) would leave no feasible
 * plan; it is refused with what stands in its way, to be withdrawn first.
 */
function contradicts(decisions: Decisions, request: DecisionRequest, ids: KnownIds): Problem | undefined {
  const pins = [...ids.pins.map((p) => ({ ...p, where: 'the scenario file' })), ...decisions.pins.map((p) => ({ ...p, where: 'the decisions' }))];
  const forbids = [...ids.forbids.map((f) => ({ ...f, where: 'the scenario file' })), ...decisions.forbids.map((f) => ({ ...f, where: 'the decisions' }))];
  const covers = (f: ForbidEntry, position: string) => f.position === position || (f.unit !== undefined && f.unit !== null && ids.posts.get(position) === f.unit);
  if (request.action === 'forbid') {
    const pin = pins.find((p) => p.cadre === request.cadre && (request.position !== undefined ? p.position === request.position : ids.posts.get(p.position) === request.unit));
    if (pin) return { path: [request.position !== undefined ? 'position' : 'unit'], message: `cadre "${request.cadre}" is pinned to position "${pin.position}" in ${pin.where}: withdraw that pin first` };
  }
  if (request.action === 'pin') {
    const position = request.position!;
    const forbid = forbids.find((f) => f.cadre === request.cadre && covers(f, position));
    if (forbid) return { path: ['position'], message: `cadre "${request.cadre}" is forbidden from ${forbid.position ? `position "${forbid.position}"` : `unit "${forbid.unit}"`} in ${forbid.where}: withdraw that forbid first` };
    const other = pins.find((p) => (p.cadre === request.cadre) !== (p.position === position));
    if (other) {
      return other.cadre === request.cadre
        ? { path: ['cadre'], message: `cadre "${request.cadre}" is already pinned to position "${other.position}" in ${other.where}` }
        : { path: ['position'], message: `position "${position}" is already pinned for cadre "${other.cadre}" in ${other.where}` };
    }
  }
  return undefined;
}
