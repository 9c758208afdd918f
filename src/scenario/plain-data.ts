/**
 * What a parsed file may hold before the schemas see it: plain mappings, lists, strings,
 * numbers, booleans and null, nested at most LIMITS.depth levels (YAML aliases can nest
 * deeper than the text does), and no key named `__proto__` (merged into an object it would
 * replace the object's prototype instead of adding a field). YAML's other types (`!!binary`,
 * `!!set`, `!!omap`, timestamps) are refused by name. The walk uses its own stack, so no
 * input can overflow the call stack here.
 */
import { InputError, formatPath, type PathSegment, type Problem } from './problems.ts';
import { formatLimit, LIMITS } from './limits.ts';

interface Step {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Step | undefined;
  readonly key: PathSegment | undefined;
}

function pathOf(step: Step): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

function foreignType(value: object): string | undefined {
  if (value instanceof Date) return 'a YAML timestamp (write dates as YYYY-MM-DD)';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (value instanceof Set) return 'a YAML set (!!set)';
  if (value instanceof Map) return 'a YAML ordered map (!!omap or !!pairs)';
  return Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null
    ? undefined
    : 'a value of an unknown kind';
}

/** Throws an InputError at the first forbidden key, foreign value or too-deep node. */
export function checkPlainData(root: unknown, shown: string): void {
  const fail = (step: Step, message: string): never => {
    const path = formatPath(pathOf(step));
    throw new InputError(`${shown}: ${path ? `${path}: ` : ''}${message}`);
  };
  const stack: Step[] = [{ value: root, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { value } = step;
    if (value === null || typeof value !== 'object') continue;
    const foreign = foreignType(value);
    if (foreign) fail(step, `${foreign} is not a scenario value`);
    if (step.depth >= LIMITS.depth) fail(step, `nested more than ${formatLimit(LIMITS.depth)} levels deep (the limit for lists and mappings inside each other)`);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: step.depth + 1, parent: step, key: i });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child: Step = { value: (value as Record<string, unknown>)[key], depth: step.depth + 1, parent: step, key };
      if (key === '__proto__') fail(child, 'the key "__proto__" is not allowed (it is no field of a scenario)');
      stack.push(child);
    }
  }
}

/**
 * Numbers beyond ±LIMITS.number anywhere in a scenario that passed the schemas (fields with
 * their own range are checked there): every whole number up to it is exact in a double, so
 * no objective, count or comparison loses precision.
 */
export function numbersOutOfRange(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Step[] = [{ value: root, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === 'number' && !(Math.abs(value) <= LIMITS.number)) {
      problems.push({ path: pathOf(step), message: `is out of range (${value}): numbers in a scenario lie between -${LIMITS_NUMBER_TEXT} and ${LIMITS_NUMBER_TEXT}` });
    }
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, depth: step.depth + 1, parent: step, key: Array.isArray(value) ? Number(key) : key });
    }
  }
  return problems.reverse();
}

const LIMITS_NUMBER_TEXT = '10^15';
