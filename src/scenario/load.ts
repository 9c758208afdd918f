/**
 * Loading a scenario: read JSON or YAML (by extension), resolve `extends` overlays
 * (section 6), parse with the zod schemas (defaults applied there and only there), then
 * check cross-references. Any problem a user can cause becomes an InputError, never a crash.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { locateJsonFault } from './json-locate.ts';
import { formatLimit, LIMITS } from './limits.ts';
import { parseYaml } from './parse-yaml.ts';
import { checkPlainData, numbersOutOfRange } from './plain-data.ts';
import { formatPath, formatProblem, InputError, type PathSegment, type Problem } from './problems.ts';
import { checkReferences, plausibilityWarnings } from './references.ts';
import { Scenario } from './schema.ts';
import { readRegularFile, readSourceText } from './source-text.ts';
import { checkWorkbookSize, WORKBOOK_EXTENSIONS, workbookCells, workbookScenario } from '../workbook/load.ts';

export interface SourceFile {
  /** The path as given or as resolved from an overlay, relative to the working directory. */
  readonly path: string;
  readonly sha256: string;
}

export interface LoadedScenario {
  readonly scenario: Scenario;
  /** The file named first, then the bases it extends, in order. */
  readonly files: readonly SourceFile[];
  readonly warnings: readonly Problem[];
}

type RawObject = Record<string, unknown>;

/** Loads, resolves and validates a scenario file; throws InputError with every problem. */
export function loadScenario(path: string): LoadedScenario {
  // The command line turns a lone `-` into an empty argument.
  if (path.trim() === '' || path === '-') throw new InputError('no scenario file named (standard input is not read): name a .yaml, .yml, .json or .xlsx file');
  const found: Resolved = { files: [], added: new Map() };
  const raw = resolveOverlays(resolve(path), [], found);
  const { files } = found;
  try {
    const loaded = parseScenario(raw, files);
    return { ...loaded, warnings: workbookCells(raw, loaded.warnings) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const base = found.workbookBase;
    if (!base) throw new InputError(error.problems.map((problem) => whereWritten(problem, raw, found)));
    // A workbook base's own problems that no overlay mended are told by sheet and cell, at the
    // overlay's `extends`; the others where they are written.
    const own = new Set(base.problems.map(formatProblem));
    const unmended: Problem[] = [];
    const others: Problem[] = [];
    for (const problem of error.problems) (own.has(formatProblem(problem)) ? unmended : others).push(problem);
    throw new InputError([...atExtends(workbookCells(base.raw, unmended), base.overlay), ...others.map((problem) => whereWritten(problem, raw, found))]);
  }
}

/** A base's problems, told at the `extends` of the overlay that names it. */
function atExtends(problems: readonly Problem[], overlay: string): Problem[] {
  return problems.map((problem) => ({ path: ['extends'], message: `the base file cannot be used: ${formatProblem(problem)}`, file: displayPath(overlay) }));
}

/** What resolving a chain of overlays finds besides the merged scenario. */
interface Resolved {
  /** The file named first, then the bases it extends, in order. */
  readonly files: SourceFile[];
  /** A workbook at the root of the chain, its validator's problems on its own (by path), and the overlay extending it. */
  workbookBase?: { readonly raw: RawObject; readonly problems: readonly Problem[]; readonly overlay: string };
  /** Each entry an overlay added to a list: the overlay and the entry's index in it. */
  readonly added: Map<object, { readonly file: string; readonly index: number }>;
}

/**
 * A problem as the planner finds it in the files: one of the scenario as a whole (an unknown
 * top-level field) names the file; one inside an entry an overlay added keeps its path in the
 * merged result (section 6) and says where the entry is written (`cadres[7].gender: is
 * required (written in overlay.yaml as cadres[0])`).
 */
function whereWritten(problem: Problem, raw: RawObject, found: Resolved): Problem {
  if (problem.file) return problem;
  if (problem.path.length === 0) return { ...problem, file: found.files[0]!.path };
  const [list, index] = problem.path;
  const entry = typeof list === 'string' && typeof index === 'number' ? (raw[list] as unknown[] | undefined)?.[index] : undefined;
  const origin = isPlainObject(entry) ? found.added.get(entry) : undefined;
  return origin ? { ...problem, message: `${problem.message} (written in ${origin.file} as ${String(list)}[${origin.index}])` } : problem;
}

/** Validates an already-read scenario object (used by tests and by sweeps). */
export function parseScenario(raw: unknown, files: readonly SourceFile[] = []): LoadedScenario {
  const { scenario, problems } = validateScenario(raw);
  if (!scenario) throw new InputError(problems);
  return { scenario, files, warnings: plausibilityWarnings(scenario) };
}

/** The schema's problems, else the numbers out of range, else the cross-references'. */
function validateScenario(raw: unknown): { scenario?: Scenario; problems: Problem[] } {
  const parsed = Scenario.safeParse(raw);
  if (!parsed.success) return { problems: zodProblems(parsed.error, raw) };
  const unbounded = numbersOutOfRange(raw);
  if (unbounded.length > 0) return { problems: unbounded };
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? { problems } : { scenario: parsed.data, problems };
}

/** Every problem of a raw scenario, by path (what parseScenario would refuse it for). */
export function scenarioProblems(raw: unknown): Problem[] {
  return validateScenario(raw).problems;
}

export function zodProblems(error: z.ZodError, raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    const value = valueAt(raw, path);
    // zod calls a whole number beyond 2^53 "not a whole number"; it is out of range, and the
    // field's own limit (when it has one) says so in the next issue.
    const unsafe = issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER && typeof value === 'number';
    const message = unsafe ? `is out of range (${value} is too large)` : issueMessage(issue, value);
    const key = `${formatPath(path)}\u0000${unsafe ? 'range' : message}`;
    if (unsafe && error.issues.some((other) => other !== issue && other.code === 'too_big' && samePath(other.path, issue.path))) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message });
  }
  return problems;
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** The value a planner wrote at a path (undefined when absent). */
function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let value = raw;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (a mapping of fields)',
};

/** Sentences a planner can act on, instead of zod's generic ones. */
function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'is required';
  switch (issue.code) {
    case 'unrecognized_keys': {
      // A long list is cut: thousands of stray keys should not make a line of megabytes.
      const shownKeys = issue.keys.slice(0, 10).map((key) => JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)).join(', ');
      const more = issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : '';
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${shownKeys}${more}`;
    }
    case 'invalid_type': {
      if (typeof value === 'number' && !Number.isFinite(value)) return `must be a finite number (got ${value})`;
      if (issue.expected === 'int' && typeof value === 'number') return 'must be a whole number';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${describeValue(value)})`;
    }
    case 'invalid_value': {
      if (issue.values.length === 1) return issue.message.replace(/^Invalid input: /, '');
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(value)})`;
    }
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/**
 * Reads one file into a plain object; every failure is one clear line. Only a regular file
 * within the size limit is read (source-text.ts), nested within the depth limit, with no
 * `__proto__` key (plain-data.ts).
 */
export function readScenarioFile(
  absolute: string,
  shown = displayPath(absolute),
  asBase = false,
): { raw: RawObject; sha256: string; problems?: readonly Problem[] } {
  const extension = extname(absolute).toLowerCase();
  const workbook = WORKBOOK_EXTENSIONS.includes(extension);
  if (workbook) {
    const bytes = readRegularFile(absolute, shown, 'a workbook', (size) => checkWorkbookSize(size, shown));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // A workbook is checked on its own first, so that its problems name sheets and cells (a
    // base's problems wait for the merged result: an overlay may mend them).
    const { raw, problems } = workbookScenario(bytes, shown, scenarioProblems, asBase);
    return { raw, sha256, problems };
  }
  const { bytes, text } = (() => {
    if (EXTENSIONS.includes(extension)) return readSourceText(absolute, shown);
    // A folder or a missing file says so before the extension is blamed.
    readRegularFile(absolute, shown);
    throw new InputError(`${shown}: unsupported file type "${extension || '(none)'}": use .json, .yaml, .yml or .xlsx`);
  })();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (text.trim() === '') throw new InputError(`${shown}: the file is empty`);
  const value = extension === '.json' ? parseJson(text, shown) : parseYaml(text, shown);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`${shown}: a scenario must be an object (a mapping of fields), not ${describe(value)}`);
  }
  checkPlainData(value, shown);
  return { raw: value as RawObject, sha256 };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** A JSON data file other than a scenario (a plan): the same safe reading, any extension. */
export function readJsonFile(path: string, noun = 'a plan file'): unknown {
  const shown = displayPath(resolve(path));
  const { text } = readSourceText(resolve(path), shown, noun);
  if (text.trim() === '') throw new InputError(`${shown}: the file is empty`);
  const value = parseJson(text, shown);
  checkPlainData(value, shown);
  return value;
}

/** A JSON file's value: syntax errors and duplicate keys at `file:line:col` (json-locate.ts). */
export function parseJson(text: string, shown: string): unknown {
  const fault = locateJsonFault(text);
  if (fault) throw new InputError(`${shown}:${fault.line}:${fault.column}: JSON syntax error: ${fault.message}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    // The scanner and JSON.parse follow the same grammar; this is a safety net only.
    throw new InputError(`${shown}: JSON syntax error: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Follows `extends` from the overlay to its bases and merges them, base first. A base that
 * cannot be read is reported at the overlay's `extends` field.
 */
function resolveOverlays(absolute: string, chain: string[], found: Resolved): RawObject {
  // The same file under another spelling or through a link is the same file.
  const same = chain.findIndex((earlier) => earlier === absolute || sameFile(earlier, absolute));
  if (same >= 0) {
    const cycle = [...chain.slice(same), absolute].map(displayPath).join(' → ');
    throw new InputError([{ path: ['extends'], message: `overlays extend each other in a cycle: ${cycle}` }]);
  }
  if (chain.length >= LIMITS.extendsChain) {
    throw new InputError([
      { path: ['extends'], message: `more than ${LIMITS.extendsChain} files in one chain of overlays (the limit)`, file: displayPath(chain[0]!) },
    ]);
  }
  const overlayFile = chain.at(-1);
  let read: { raw: RawObject; sha256: string; problems?: readonly Problem[] };
  try {
    read = readScenarioFile(absolute, undefined, overlayFile !== undefined);
  } catch (error) {
    if (!(error instanceof InputError) || overlayFile === undefined) throw error;
    throw new InputError(atExtends(error.problems, overlayFile));
  }
  const { raw, sha256 } = read;
  if (overlayFile !== undefined && read.problems && read.problems.length > 0) found.workbookBase = { raw, problems: read.problems, overlay: overlayFile };
  found.files.push({ path: displayPath(absolute), sha256 });
  const base = raw.extends;
  if (base === undefined) return raw;
  if (typeof base !== 'string' || base.trim() === '') {
    throw new InputError([{ path: ['extends'], message: 'must be the path of the base scenario file', file: displayPath(absolute) }]);
  }
  const { extends: _ignored, ...overlay } = raw;
  const merged = applyOverlay(resolveOverlays(resolve(dirname(absolute), base), [...chain, absolute], found), overlay);
  // The entries this overlay adds are its own objects in the merged lists (`applyOverlay`).
  for (const list of [...APPENDED, ...MERGED_BY_ID]) {
    const entries = overlay[list];
    const kept = new Set(Array.isArray(merged[list]) ? (merged[list] as unknown[]) : []);
    if (Array.isArray(entries)) {
      entries.forEach((entry, index) => {
        // (A YAML alias repeats an entry: the first place it is written is told.)
        if (isPlainObject(entry) && kept.has(entry) && !found.added.has(entry)) found.added.set(entry, { file: displayPath(absolute), index });
      });
    }
  }
  return merged;
}

const APPENDED = ['consents', 'pins', 'forbids'] as const;
const MERGED_BY_ID = ['units', 'positions', 'cadres'] as const;

/**
 * Section 6: name and asOf replace; policy merges key by key (objects recursively, a scalar
 * or a list replaces); consents, pins and forbids append; units, positions and cadres merge
 * by id field by field (a list field replaces), new ids are added.
 */
export function applyOverlay(base: RawObject, overlay: RawObject): RawObject {
  const result: RawObject = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (key === 'policy') result.policy = mergeDeep(base.policy, value);
    else if ((APPENDED as readonly string[]).includes(key)) result[key] = appendList(base[key], value, key);
    else if ((MERGED_BY_ID as readonly string[]).includes(key)) result[key] = mergeById(base[key], value, key);
    else result[key] = value;
  }
  return result;
}

function isPlainObject(value: unknown): value is RawObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function mergeDeep(base: unknown, overlay: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay;
  const result: RawObject = { ...base };
  for (const [key, value] of Object.entries(overlay)) result[key] = mergeDeep(base[key], value);
  return result;
}

function appendList(base: unknown, overlay: unknown, key: string): unknown {
  if (overlay == null) return base;
  if (!Array.isArray(overlay)) throw new InputError([{ path: [key], message: 'must be a list' }]);
  if (base == null) return overlay;
  if (!Array.isArray(base)) return base;
  return [...base, ...overlay];
}

function mergeById(base: unknown, overlay: unknown, key: string): unknown {
  if (overlay == null) return base;
  if (!Array.isArray(overlay)) throw new InputError([{ path: [key], message: 'must be a list' }]);
  if (!Array.isArray(base)) return overlay;
  const result: unknown[] = [...base];
  const indexById = new Map<unknown, number>();
  result.forEach((entry, i) => {
    if (isPlainObject(entry) && !indexById.has(entry.id)) indexById.set(entry.id, i);
  });
  overlay.forEach((entry) => {
    const at = isPlainObject(entry) ? indexById.get(entry.id) : undefined;
    if (at === undefined || !isPlainObject(entry)) {
      result.push(entry);
      return;
    }
    result[at] = { ...(result[at] as RawObject), ...entry };
  });
  return result;
}
