/**
 * Calendar dates as the contract defines them: `YYYY-MM-DD`, real calendar days,
 * whole months and whole years counted the way section 2 says.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar date. */
export function parseDate(text: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Parses a date already validated by the schema. */
export function dateOf(text: string): CalendarDate {
  const date = parseDate(text);
  if (!date) throw new Error(`dates: not a calendar date: ${text}`);
  return date;
}

/** Whole months from a to b: 12*(yb-ya) + (mb-ma), minus 1 when db < da. */
export function wholeMonths(a: CalendarDate, b: CalendarDate): number {
  const months = 12 * (b.year - a.year) + (b.month - a.month);
  return b.day < a.day ? months - 1 : months;
}

/** Whole years from a to b, counted like whole months. */
export function wholeYears(a: CalendarDate, b: CalendarDate): number {
  return Math.floor(wholeMonths(a, b) / 12);
}

/** Lexicographic comparison of (year, month, day): negative when a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The same month and day, `years` earlier (the day is kept even on 29 February). */
export function yearsBefore(date: CalendarDate, years: number): CalendarDate {
  return { year: date.year - years, month: date.month, day: date.day };
}

