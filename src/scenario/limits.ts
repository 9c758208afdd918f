/**
 * The limits of what rotaplan reads, in one place. Each is far above any real round (the
 * largest generated province, 2,000 cadres, is a 2 MB file nested 6 levels deep), and each
 * is refused with exit 2 and a message naming the limit, so that a crafted or broken file
 * is answered in seconds instead of exhausting time, memory or the stack. The README's
 * "Limits" section lists them in the same words.
 */
import { z } from 'zod';

export const LIMITS = {
  /** Bytes of one scenario or plan file, checked before it is read. */
  fileBytes: 10 * 1024 * 1024,
  /** Nesting of lists and mappings in a file (a scenario needs 5: cadres[i].history[j].unit). */
  depth: 64,
  /** Files in one `extends` chain (the scenario and the bases it extends). */
  extendsChain: 32,
  /** Characters of an id (unit, post, cadre) or a tag (title, experience, goal). */
  idLength: 200,
  /** Absolute value of a score weight: keeps every objective exact in double precision. */
  weight: 1_000_000,
  /** Largest whole number a count may be (months, years, ages, caps). */
  count: 1_000_000,
  /** Absolute value of any other number in a scenario: below 2^53, so every whole number is exact. */
  number: 1e15,
  /** Cadres `rotaplan generate` makes at most. */
  generateCadres: 10_000,
} as const;

/** 20971520 → "20 MB" (binary megabytes, as file managers mostly show them). */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** 1000000 → "1,000,000". */
export function formatLimit(value: number): string {
  return value.toLocaleString('en-US');
}

/** The field types that carry a limit, for the schemas (schema.ts) to use. */
/** Control characters (a terminal would obey them when a message quotes the id). */
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;

export const ID_TEXT = z
  .string()
  .min(1, 'must be a non-empty id')
  .max(LIMITS.idLength, `is longer than ${LIMITS.idLength} characters (the limit for an id)`)
  .regex(NO_CONTROL, 'must not contain control characters (tabs, line breaks, escapes)');
export const TAG_TEXT = z
  .string()
  .min(1, 'must be a non-empty tag')
  .max(LIMITS.idLength, `is longer than ${LIMITS.idLength} characters (the limit for a tag)`)
  .regex(NO_CONTROL, 'must not contain control characters (tabs, line breaks, escapes)');
export const COUNT_NUMBER = z
  .number()
  .int('must be a whole number')
  .nonnegative('must not be negative')
  .max(LIMITS.count, `must be at most ${formatLimit(LIMITS.count)} (the limit for a count)`);
export const WEIGHT_NUMBER = z
  .number()
  .min(-LIMITS.weight, `must be between -${formatLimit(LIMITS.weight)} and ${formatLimit(LIMITS.weight)} (the limit for a weight)`)
  .max(LIMITS.weight, `must be between -${formatLimit(LIMITS.weight)} and ${formatLimit(LIMITS.weight)} (the limit for a weight)`);
