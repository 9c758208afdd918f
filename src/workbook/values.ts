/**
 * One cell into one field's value, by the column's kind: dates (date cells with Excel's 1900
 * leap-year quirk, text `YYYY-MM-DD` or `DD/MM/YYYY`; a bare number is refused), yes/no words,
 * lists split on `;` or `,`, numbers stored as text, and the closed lists in either language.
 * Text is trimmed and NFC-normalised. A cell that cannot be read gives an issue, as data.
 */
import { daysInMonth } from '../scenario/dates.ts';
import { CONSENT_SIDES, GENDERS, RATINGS } from '../scenario/schema.ts';
import { RATING } from '../i18n/terms.ts';
import type { Cell } from './cells.ts';
import type { ValueKind } from './layout.ts';

/** Why a cell could not be read (sentences in ./messages.ts). */
export type CellIssue =
  | { kind: 'not-a-date'; text: string }
  | { kind: 'number-not-date'; value: number }
  | { kind: 'not-a-number'; text: string }
  | { kind: 'date-not-number' }
  | { kind: 'not-yes-no'; text: string }
  | { kind: 'not-in-list'; text: string; list: 'gender' | 'rating' | 'side' }
  | { kind: 'no-value' }
  | { kind: 'error-value'; code: string };

export type Read = { ok: true; value: unknown } | { ok: false; issue: CellIssue };

const ok = (value: unknown): Read => ({ ok: true, value });
const fail = (issue: CellIssue): Read => ({ ok: false, issue });

export function cleanText(text: string): string {
  return text.normalize('NFC').trim();
}

/** The text a cell shows, for text columns (a number as typed, a date as YYYY-MM-DD). */
function textOf(cell: Exclude<Cell, { t: 'no-value' } | { t: 'error' }>): string {
  switch (cell.t) {
    case 'text': return cleanText(cell.v);
    case 'number': return String(cell.v);
    case 'bool': return cell.v ? 'true' : 'false';
    case 'date': return serialToDate(cell.v) ?? String(cell.v);
  }
}

/** Whether a cell holds nothing a planner wrote (absent, or only spaces). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.t === 'text' && cleanText(cell.v) === '');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * An Excel serial (1900 system) as `YYYY-MM-DD`. Excel counts 1900-02-29, which never was:
 * serial 60 is that day (refused), serials 1–59 are one day later than a plain count.
 */
export function serialToDate(serial: number): string | undefined {
  const days = Math.floor(serial + 1e-9);
  if (days < 1 || days === 60) return undefined;
  const epoch = Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const date = new Date(epoch + days * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A date cell as DD/MM/YYYY (the serial as it is when it is no calendar day). */
export function dayMonthYear(serial: number): string {
  const date = serialToDate(serial);
  return date ? date.split('-').reverse().join('/') : String(serial);
}

/** `YYYY-MM-DD` as the Excel serial of that day (1900 system); the inverse of serialToDate. */
export function dateToSerial(text: string): number {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

/** Text dates: YYYY-MM-DD, or DD/MM/YYYY (also with - or . between, one-digit day or month). */
export function textToDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return undefined;
}

const YES = new Set(['true', 'x', 'có', 'yes', '1']);
const NO = new Set(['false', 'không', 'no', '0']);

const fold = (text: string) => cleanText(text).replace(/\s+/g, ' ').toLowerCase();

function closedList<T extends string>(values: readonly T[], vi: Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(fold(value), value);
    map.set(fold(vi[value]), value);
  }
  return map;
}

export const GENDER_VI = { male: 'Nam', female: 'Nữ' } as const satisfies Record<(typeof GENDERS)[number], string>;
export const SIDE_VI = { origin: 'Nơi đi', destination: 'Nơi đến', cadre: 'Cán bộ' } as const satisfies Record<(typeof CONSENT_SIDES)[number], string>;
const LISTS = {
  gender: closedList(GENDERS, GENDER_VI),
  rating: closedList(RATINGS, RATING.vi),
  side: closedList(CONSENT_SIDES, SIDE_VI),
};

/**
 * Items of a list cell, each trimmed, empty items dropped: split on `;` when the cell has one
 * (an item may then hold a comma: "lãnh đạo, quản lý; cơ sở"), else on `,`.
 */
export function splitList(text: string): string[] {
  return text
    .split(text.includes(';') ? ';' : ',')
    .map(cleanText)
    .filter((item) => item !== '');
}

/** The value of a non-blank cell in a column of the given kind. */
export function readCell(cell: Cell, kind: ValueKind): Read {
  if (cell.t === 'no-value') return fail({ kind: 'no-value' });
  if (cell.t === 'error') return fail({ kind: 'error-value', code: cell.v });
  switch (kind) {
    case 'text':
    case 'id':
      return ok(textOf(cell));
    case 'date': {
      if (cell.t === 'date') {
        const date = serialToDate(cell.v);
        // Serial 60 is the 29 February 1900 Excel shows and the calendar never had.
        return date ? ok(date) : fail({ kind: 'not-a-date', text: Math.floor(cell.v) === 60 ? '29/02/1900' : String(cell.v) });
      }
      if (cell.t === 'number') return fail({ kind: 'number-not-date', value: cell.v });
      const text = textOf(cell);
      const date = textToDate(text);
      return date ? ok(date) : fail({ kind: 'not-a-date', text });
    }
    case 'number': {
      if (cell.t === 'number') return ok(cell.v);
      if (cell.t === 'date') return fail({ kind: 'date-not-number' });
      const text = textOf(cell);
      const value = Number(text.replace(',', '.'));
      return text !== '' && Number.isFinite(value) ? ok(value) : fail({ kind: 'not-a-number', text });
    }
    case 'bool': {
      if (cell.t === 'bool') return ok(cell.v);
      const text = fold(textOf(cell));
      if (YES.has(text)) return ok(true);
      if (NO.has(text)) return ok(false);
      return fail({ kind: 'not-yes-no', text: textOf(cell) });
    }
    case 'list':
      return ok(splitList(textOf(cell)));
    case 'places': {
      // One code is a string; a cell with a separator is a list (`BN;` is a list of one).
      const text = textOf(cell);
      return ok(/[;,]/.test(text) ? splitList(text) : text);
    }
    case 'gender':
    case 'rating':
    case 'side': {
      const value = LISTS[kind].get(fold(textOf(cell)));
      return value ? ok(value) : fail({ kind: 'not-in-list', text: textOf(cell), list: kind });
    }
  }
}

/**
 * A value of the Round sheet: `name` is text, `asOf` a date, any other value that parses
 * as JSON is that JSON, anything else is text.
 */
export function readRoundValue(key: string, cell: Cell): Read {
  if (key === 'asOf') return readCell(cell, 'date');
  if (key === 'name' || key === 'description') return readCell(cell, 'text');
  if (cell.t === 'no-value') return fail({ kind: 'no-value' });
  if (cell.t === 'error') return fail({ kind: 'error-value', code: cell.v });
  if (cell.t === 'number' || cell.t === 'bool') return ok(cell.v);
  const text = textOf(cell);
  try {
    return ok(JSON.parse(text));
  } catch {
    return ok(text);
  }
}
