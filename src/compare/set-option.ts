/**
 * `--set PATH=V1,V2,...` for sweeps: the path is resolved on the loaded (merged, defaulted)
 * scenario and on the zod schema at the same time, so that each value is read as the type
 * the schema gives there (a whole number, a number, true/false, one of an enum's words, a
 * string, or null where the field may be null). Every failure is an InputError naming the
 * option as written: `--set policy.stability.maxOutPerUnit=abc: expected a whole number`.
 *
 * Paths: dot-separated fields; `[N]` indexes a list; `[ID]` picks the entry of a list of
 * units, posts or cadres (anything with an `id`) by its id: `cadres[C-05].available`.
 */
import { z } from 'zod';
import { formatPath, InputError, type PathSegment } from '../scenario/problems.ts';
import { Scenario } from '../scenario/schema.ts';

export type SweepValue = number | boolean | string | null;

export interface SetOption {
  /** The option as written (for messages). */
  readonly text: string;
  /** The path as written, e.g. `policy.quotas[0].minShare`. */
  readonly pathText: string;
  /** The path with `[ID]` selectors replaced by list indexes. */
  readonly path: readonly PathSegment[];
  readonly values: readonly SweepValue[];
}

interface RawSet {
  readonly text: string;
  readonly pathText: string;
  readonly segments: readonly (string | { index: number } | { id: string })[];
  readonly valueTexts: readonly string[];
}

const FIELD = /^[A-Za-z_$][\w$]*$/;

/** Splits `PATH=V1,V2` and the path into segments; malformed text is an InputError. */
export function splitSetOption(text: string): RawSet {
  const usage = 'expected PATH=VALUE[,VALUE...], e.g. --set policy.stability.maxOutPerUnit=1,2,3';
  const fail = (why: string): never => {
    throw new InputError(`--set ${text}: ${why}`);
  };
  const eq = text.indexOf('=');
  if (eq < 0) fail(usage);
  const pathText = text.slice(0, eq).trim();
  const valuesText = text.slice(eq + 1);
  if (pathText === '') fail(`no path before "=": ${usage}`);
  if (valuesText.trim() === '') fail(`no values after "=": ${usage}`);
  const valueTexts = valuesText.split(',').map((value) => value.trim());
  if (valueTexts.some((value) => value === '')) fail('an empty value in the list (two commas, or a comma at an end)');
  const segments: RawSet['segments'][number][] = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]|(\.)/g;
  let expectField = true;
  let at = 0;
  for (const match of pathText.matchAll(pattern)) {
    if (match.index !== at) fail(`malformed path "${pathText}"`);
    at = match.index + match[0].length;
    if (match[3] !== undefined) {
      if (expectField) fail(`malformed path "${pathText}"`);
      expectField = true;
    } else if (match[1] !== undefined) {
      if (!expectField || !FIELD.test(match[1])) fail(`malformed path "${pathText}"`);
      segments.push(match[1]);
      expectField = false;
    } else {
      const inside = match[2]!.trim();
      if (expectField || inside === '') fail(`malformed path "${pathText}"`);
      segments.push(/^\d+$/.test(inside) ? { index: Number(inside) } : { id: inside.replace(/^["']|["']$/g, '') });
    }
  }
  if (at !== pathText.length || expectField) fail(`malformed path "${pathText}"`);
  return { text, pathText, segments, valueTexts };
}

/**
 * Resolves a --set option against a loaded scenario: the path must name an existing scalar
 * field (or one the schema allows there), and each value must be of the schema's type.
 */
export function resolveSetOption(text: string, scenario: unknown): SetOption {
  const raw = splitSetOption(text);
  const fail = (why: string): never => {
    throw new InputError(`--set ${text}: ${why}`);
  };
  let schema: z.ZodType = Scenario;
  let data: unknown = scenario;
  const path: PathSegment[] = [];
  for (const segment of raw.segments) {
    const shown = formatPath(path) || '(the scenario)';
    schema = unwrap(schema);
    if (typeof segment === 'string') {
      if (!(schema instanceof z.ZodObject)) fail(`unknown path: ${shown} is ${kindOf(schema)}, it has no field "${segment}"`);
      const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
      // Own fields only: `constructor`, `toString` or `__proto__` are no fields of a scenario.
      const field = Object.hasOwn(shape, segment) ? shape[segment] : undefined;
      if (!field) {
        const fields = Object.keys(shape).sort().join(', ');
        fail(`unknown path: ${formatPath([...path, segment])} (the fields ${path.length === 0 ? 'of a scenario' : `of ${shown}`} are ${fields})`);
      }
      schema = field!;
      data = isObject(data) ? data[segment] : undefined;
      path.push(segment);
      continue;
    }
    if (!(schema instanceof z.ZodArray)) fail(`unknown path: ${shown} is ${kindOf(schema)}, not a list`);
    schema = (schema as z.ZodArray).element as z.ZodType;
    const list = Array.isArray(data) ? data : [];
    let index: number;
    if ('index' in segment) {
      index = segment.index;
      if (index >= list.length) {
        fail(`unknown path: ${shown} has ${list.length} entr${list.length === 1 ? 'y' : 'ies'}, so no [${index}]`);
      }
    } else {
      index = list.findIndex((entry) => isObject(entry) && entry.id === segment.id);
      if (index < 0) fail(`unknown path: ${shown} has no entry with id "${segment.id}"`);
    }
    data = list[index];
    path.push(index);
  }
  const leaf = unwrap(schema);
  if (leaf instanceof z.ZodObject || leaf instanceof z.ZodArray) {
    fail(`${raw.pathText} is ${kindOf(leaf)}: name one of its fields to sweep${leaf instanceof z.ZodObject ? ` (${Object.keys(leaf.shape).sort().join(', ')})` : ''}`);
  }
  const nullable = acceptsNull(schema);
  // Name the offending value only when there are several.
  const which = (valueText: string) => (raw.valueTexts.length > 1 ? `value "${valueText}": ` : '');
  const values = raw.valueTexts.map((valueText) => {
    const value = readValue(valueText, leaf, nullable, (expected) => fail(`${which(valueText)}expected ${expected}`));
    const checked = value === null ? { success: true as const } : leaf.safeParse(value);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message.replace(/^Invalid input: /, '') ?? 'invalid value';
      fail(`${which(valueText)}${message}`);
    }
    return value;
  });
  return { text, pathText: raw.pathText, path, values };
}

/** A value read as the schema's type; `wrong` is told what was expected instead. */
function readValue(text: string, leaf: z.ZodType, nullable: boolean, wrong: (expected: string) => never): SweepValue {
  if (nullable && (text === 'null' || text === 'none')) return null;
  const orNull = nullable ? ' (or none)' : '';
  if (leaf instanceof z.ZodNumber) {
    const whole = leaf.isInt;
    const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(number) || (whole && !Number.isInteger(number))) {
      return wrong(`${whole ? 'a whole number' : 'a number'}${orNull}`);
    }
    return number;
  }
  if (leaf instanceof z.ZodBoolean) {
    if (text === 'true') return true;
    if (text === 'false') return false;
    return wrong(`true or false${orNull}`);
  }
  if (leaf instanceof z.ZodEnum) {
    const options = leaf.options.map(String);
    if (options.includes(text)) return text;
    return wrong(`one of ${options.join(', ')}${orNull}`);
  }
  if (leaf instanceof z.ZodLiteral) {
    const allowed = [...leaf.values].map(String);
    if (allowed.includes(text)) return [...leaf.values].find((v) => String(v) === text) as SweepValue;
    return wrong(`${allowed.join(' or ')}`);
  }
  return text;
}

/** The schema and each wrapper inside it (defaults, optional/nullable, list-or-null transforms), outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const found: z.ZodType[] = [schema];
  for (let current = schema; ; ) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return found;
    }
    found.push(current);
  }
}

/** Strips the wrappers down to the type. */
function unwrap(schema: z.ZodType): z.ZodType {
  return layers(schema).at(-1)!;
}

function acceptsNull(schema: z.ZodType): boolean {
  return layers(schema).some((layer) => layer instanceof z.ZodNullable);
}

function kindOf(schema: z.ZodType): string {
  if (schema instanceof z.ZodObject) return 'an object';
  if (schema instanceof z.ZodArray) return 'a list';
  if (schema instanceof z.ZodNumber) return 'a number';
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodEnum) return 'a choice';
  return 'a value';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy of the scenario with the value set at the path (the path exists up to its last field). */
export function setAt<T>(scenario: T, path: readonly PathSegment[], value: SweepValue): T {
  const copy = structuredClone(scenario) as unknown;
  let node = copy as Record<PathSegment, unknown>;
  for (const segment of path.slice(0, -1)) {
    let next = node[segment];
    if (next === null || next === undefined || typeof next !== 'object') {
      next = {};
      node[segment] = next;
    }
    node = next as Record<PathSegment, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy as T;
}
