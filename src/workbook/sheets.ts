/**
 * The shape of a workbook: which sheet is which list (by its English or Vietnamese name, in
 * any case, spacing or Unicode form), which column is which field, the profile columns of
 * Cadres, the language the workbook is written in (a vote of its names), and the problems of
 * that shape (unknown, duplicate or missing sheets and columns), as data.
 */
import type { Lang } from '../i18n/terms.ts';
import type { BookData, Cell, SheetData } from './cells.ts';
import { columnName, nameKey, sheetName, SHEETS, type Column, type SheetId, type SheetLayout } from './layout.ts';
import type { WorkbookIssue } from './messages.ts';
import { cleanText, isBlank } from './values.ts';

/** A sheet, a row of it, or one cell (1-based row and column). */
export interface CellRef {
  readonly sheet: string;
  readonly row?: number;
  readonly col?: number;
}

export interface ReadProblem {
  readonly at: CellRef;
  readonly issue: WorkbookIssue;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function refText(ref: CellRef): string {
  if (ref.row === undefined) return ref.sheet;
  return `${ref.sheet}!${ref.col === undefined ? '' : columnLetters(ref.col)}${ref.row}`;
}

export type Rows = Map<number, Map<number, Cell>>;
/** A column of a sheet: a listed field, or (in Cadres) a profile entry named by its header. */
export type SheetColumn = Column | { readonly profile: string };

function rowsOf(sheet: SheetData): Rows {
  const rows: Rows = new Map();
  for (const { row, col, cell } of sheet.cells) {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    cells.set(col, cell);
  }
  return rows;
}

export function headerText(cell: Cell | undefined): string {
  if (cell === undefined || cell.t === 'no-value' || cell.t === 'error') return '';
  return cell.t === 'text' ? cleanText(cell.v) : String(cell.v);
}

export interface MatchedSheet {
  readonly layout: SheetLayout;
  /** The sheet's name as written (trimmed, NFC). */
  readonly name: string;
  readonly rows: Rows;
  readonly columns: ReadonlyMap<number, SheetColumn>;
}

export interface BookShape {
  readonly sheets: ReadonlyMap<SheetId, MatchedSheet>;
  readonly lang: Lang;
  readonly problems: readonly ReadProblem[];
  /** Sheet name → the listed columns it does not have (field → header in the book's language). */
  readonly absent: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Sheet name → column → its header as written. */
  readonly headers: ReadonlyMap<string, ReadonlyMap<number, string>>;
}

export function bookShape(book: BookData): BookShape {
  const problems: ReadProblem[] = [];
  const absent = new Map<string, Map<string, string>>();
  const headers = new Map<string, Map<number, string>>();
  const votes = { en: 0, vi: 0 };

  // Sheets: by name, either language; an unlisted sheet is refused, empty or not (section 9),
  // unless hidden (a sheet of lookup lists for dropdowns, which the planner never sees).
  const matched = new Map<SheetId, Omit<MatchedSheet, 'columns'>>();
  const unknown: SheetData[] = [];
  for (const data of book.sheets) {
    const key = nameKey(data.name);
    const layout = SHEETS.find((sheet) => nameKey(sheet.en) === key || nameKey(sheet.vi) === key);
    if (!layout) {
      if (!data.hidden) unknown.push(data);
      continue;
    }
    const name = cleanText(data.name);
    if (matched.has(layout.id)) {
      problems.push({ at: { sheet: name }, issue: { kind: 'duplicate-sheet', first: matched.get(layout.id)!.name } });
      continue;
    }
    votes[nameKey(layout.vi) === key ? 'vi' : 'en'] += 1;
    matched.set(layout.id, { layout, name, rows: rowsOf(data) });
  }

  // Headers: each non-empty header names a listed column (Cadres: any other is a profile entry).
  const columnsOf = new Map<SheetId, Map<number, SheetColumn>>();
  for (const sheet of matched.values()) {
    const header = sheet.rows.get(1) ?? new Map<number, Cell>();
    const columns = new Map<number, SheetColumn>();
    const firstCol = new Map<string, number>();
    const texts = new Map<number, string>();
    headers.set(sheet.name, texts);
    let maxCol = 0;
    for (const row of sheet.rows.values()) for (const [col, cell] of row) if (col > maxCol && !isBlank(cell)) maxCol = col;
    for (let col = 1; col <= maxCol; col++) {
      const text = headerText(header.get(col));
      const at = { sheet: sheet.name, row: 1, col };
      texts.set(col, text);
      if (text === '') {
        const used = [...sheet.rows.entries()].some(([row, cellsOfRow]) => row > 1 && !isBlank(cellsOfRow.get(col)));
        if (used) problems.push({ at, issue: { kind: 'no-header' } });
        continue;
      }
      const key = nameKey(text);
      const column = sheet.layout.columns.find((c) => nameKey(c.en) === key || nameKey(c.vi) === key);
      const identity = column ? `field:${column.field}` : `profile:${key}`;
      if (firstCol.has(identity)) {
        problems.push({ at, issue: { kind: 'duplicate-column', header: text, first: columnLetters(firstCol.get(identity)!) } });
        continue;
      }
      firstCol.set(identity, col);
      if (column) {
        votes[nameKey(column.vi) === key && nameKey(column.en) !== key ? 'vi' : 'en'] += 1;
        columns.set(col, column);
      } else if (sheet.layout.id === 'cadres') columns.set(col, { profile: text });
      else problems.push({ at, issue: { kind: 'unknown-column', header: text } });
    }
    columnsOf.set(sheet.layout.id, columns);
  }
  const lang: Lang = votes.vi > votes.en ? 'vi' : 'en';

  for (const data of unknown) {
    const expected = SHEETS.map((sheet) => sheetName(sheet, lang)).join(', ');
    problems.push({ at: { sheet: cleanText(data.name) }, issue: { kind: 'unknown-sheet', expected } });
  }
  for (const layout of SHEETS) {
    if (layout.required && !matched.has(layout.id)) problems.push({ at: { sheet: sheetName(layout, lang) }, issue: { kind: 'missing-sheet' } });
  }
  for (const sheet of matched.values()) {
    const present = new Set([...columnsOf.get(sheet.layout.id)!.values()].map((c) => ('field' in c ? c.field : '')));
    const missing = new Map(sheet.layout.columns.filter((c) => !present.has(c.field)).map((c) => [c.field, columnName(c, lang)] as const));
    absent.set(sheet.name, missing);
  }

  const sheets = new Map([...matched].map(([id, sheet]) => [id, { ...sheet, columns: columnsOf.get(id)! }] as const));
  return { sheets, lang, problems, absent, headers };
}
