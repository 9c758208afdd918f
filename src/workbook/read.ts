/**
 * Cells into the raw scenario object a YAML file would give, keeping for every field path
 * (`cadres[3].position`) the sheet and cell it came from, so that the validator's problems
 * can be told back as `Cán bộ!G5: …` (./locate.ts). Sheets and columns are found by their
 * English or Vietnamese name (./layout.ts); problems of the workbook's shape and of single
 * cells are collected here, every one of them, as data.
 */
import type { Lang } from '../i18n/terms.ts';
import type { PathSegment } from '../scenario/problems.ts';
import { defaultPolicy } from '../scenario/schema.ts';
import type { BookData, Cell, SheetData } from './cells.ts';
import { columnName, nameKey, sheetName, SHEETS, type Column, type SheetId, type SheetLayout } from './layout.ts';
import type { WorkbookIssue } from './messages.ts';
import { cleanText, isBlank, readCell, readRoundValue } from './values.ts';

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

type Raw = Record<string, unknown>;

export interface WorkbookRead {
  readonly raw: Raw;
  /** The language of the workbook's names (by a vote of its sheet and column names). */
  readonly lang: Lang;
  readonly problems: readonly ReadProblem[];
  /** Field path (JSON of its segments) → where its value is (or would be) written. */
  readonly cells: ReadonlyMap<string, CellRef>;
  /** Round keys → the cell of the key itself (for an unknown key). */
  readonly keys: ReadonlyMap<string, CellRef>;
  /** Sheet name → the listed columns it does not have (field → header in the book's language). */
  readonly absent: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Sheet name → column → its header as written. */
  readonly headers: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** Sheet names in the order problems are listed. */
  readonly order: readonly string[];
}

export const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function refText(ref: CellRef): string {
  if (ref.row === undefined) return ref.sheet;
  return `${ref.sheet}!${ref.col === undefined ? '' : columnLetters(ref.col)}${ref.row}`;
}

/** Lists a Round key may not name: they have sheets of their own. */
const NOT_ROUND_KEYS = new Set(['titles', 'units', 'positions', 'cadres', 'consents', 'pins', 'forbids', 'extends']);

/** The Round's keys, for spelling them as the format does whatever their case (`asof`, `Policy.MaxMoves`). */
const ROUND_KEYS: Record<string, unknown> = { version: null, language: null, name: null, asOf: null, description: null, policy: defaultPolicy(2) };

function canonical(segments: readonly string[]): string[] {
  let known: unknown = ROUND_KEYS;
  return segments.map((segment) => {
    const table = known !== null && typeof known === 'object' && !Array.isArray(known) ? (known as Raw) : {};
    const key = Object.keys(table).find((name) => name.toLowerCase() === segment.toLowerCase());
    known = key === undefined ? undefined : table[key];
    return key ?? segment;
  });
}

type Rows = Map<number, Map<number, Cell>>;

function rowsOf(sheet: SheetData): Rows {
  const rows: Rows = new Map();
  for (const { row, col, cell } of sheet.cells) {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    cells.set(col, cell);
  }
  return rows;
}

function headerText(cell: Cell | undefined): string {
  if (cell === undefined || cell.t === 'no-value' || cell.t === 'error') return '';
  return cell.t === 'text' ? cleanText(cell.v) : String(cell.v);
}

interface MatchedSheet {
  readonly layout: SheetLayout;
  readonly data: SheetData;
  readonly name: string;
  readonly rows: Rows;
}

export function readWorkbook(book: BookData): WorkbookRead {
  const problems: ReadProblem[] = [];
  const cells = new Map<string, CellRef>();
  const keys = new Map<string, CellRef>();
  const absent = new Map<string, Map<string, string>>();
  const headers = new Map<string, Map<number, string>>();
  const votes = { en: 0, vi: 0 };
  const raw: Raw = {};

  // Sheets: by name, either language; an unlisted sheet is refused unless hidden or empty.
  const matched = new Map<SheetId, MatchedSheet>();
  const unknown: SheetData[] = [];
  for (const data of book.sheets) {
    const key = nameKey(data.name);
    const layout = SHEETS.find((sheet) => nameKey(sheet.en) === key || nameKey(sheet.vi) === key);
    if (!layout) {
      if (!data.hidden && data.cells.some(({ cell }) => !isBlank(cell))) unknown.push(data);
      continue;
    }
    const name = cleanText(data.name);
    if (matched.has(layout.id)) {
      problems.push({ at: { sheet: name }, issue: { kind: 'duplicate-sheet', first: matched.get(layout.id)!.name } });
      continue;
    }
    votes[nameKey(layout.vi) === key ? 'vi' : 'en'] += 1;
    matched.set(layout.id, { layout, data, name, rows: rowsOf(data) });
  }

  // Headers: each non-empty header names a listed column (Cadres: any other is a profile entry).
  const columnsOf = new Map<SheetId, Map<number, Column | { profile: string }>>();
  for (const sheet of matched.values()) {
    const header = sheet.rows.get(1) ?? new Map<number, Cell>();
    const columns = new Map<number, Column | { profile: string }>();
    const firstCol = new Map<string, number>();
    const texts = new Map<number, string>();
    headers.set(sheet.name, texts);
    const maxCol = Math.max(0, ...[...sheet.rows.values()].flatMap((row) => [...row.entries()].filter(([, cell]) => !isBlank(cell)).map(([col]) => col)));
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

  const cellProblem = (at: CellRef, issue: WorkbookIssue) => problems.push({ at, issue });

  // Round: key/value rows into top-level fields and policy paths.
  const round = matched.get('round');
  if (round) readRound(round, columnsOf.get('round')!, raw, cells, keys, cellProblem);
  for (const key of ['version', 'name', 'asOf'] as const) {
    if (!round || keys.has(pathKey([key]))) continue;
    cells.set(pathKey([key]), { sheet: round.name });
    cellProblem({ sheet: round.name }, { kind: 'no-round-row', key });
  }

  // Lists, then the sheets whose rows belong to a cadre.
  const cadreIndex = new Map<string, number>();
  for (const layout of SHEETS) {
    if (!layout.target) continue;
    const sheet = matched.get(layout.id);
    const target = layout.target;
    if ('list' in target) {
      if (!sheet) {
        if (layout.required) raw[target.list] = [];
        continue;
      }
      const entries: Raw[] = [];
      cells.set(pathKey([target.list]), { sheet: sheet.name });
      for (const entry of readRows(sheet, columnsOf.get(layout.id)!, [target.list], () => entries.length, cells, cellProblem)) entries.push(entry);
      if (entries.length > 0 || layout.required) raw[target.list] = entries;
      if (layout.id === 'cadres') {
        entries.forEach((cadre, i) => {
          if (typeof cadre.id === 'string' && !cadreIndex.has(cadre.id)) cadreIndex.set(cadre.id, i);
        });
      }
      continue;
    }
    if (!sheet) continue;
    const cadres = (raw.cadres ?? []) as Raw[];
    const cadreColumn = [...columnsOf.get(layout.id)!.entries()].find(([, c]) => 'field' in c && c.field === 'cadre')?.[0];
    const counts = new Map<number, number>();
    let owner = -1;
    const pathOf = (row: number, cellsOfRow: Map<number, Cell>): PathSegment[] | undefined => {
      const cell = cadreColumn === undefined ? undefined : cellsOfRow.get(cadreColumn);
      if (cell === undefined || isBlank(cell)) {
        cellProblem({ sheet: sheet.name, row, col: cadreColumn }, cadreColumn === undefined ? { kind: 'missing-column', header: absent.get(sheet.name)!.get('cadre')! } : { kind: 'required' });
        return undefined;
      }
      const read = readCell(cell, 'id');
      if (!read.ok) {
        cellProblem({ sheet: sheet.name, row, col: cadreColumn }, read.issue);
        return undefined;
      }
      const index = cadreIndex.get(read.value as string);
      if (index === undefined) {
        cellProblem({ sheet: sheet.name, row, col: cadreColumn }, { kind: 'unknown-cadre', id: read.value as string });
        return undefined;
      }
      owner = index;
      const list = ['cadres', index, target.perCadre];
      if (!cells.has(pathKey(list))) cells.set(pathKey(list), { sheet: sheet.name, row });
      return list;
    };
    for (const entry of readRows(sheet, columnsOf.get(layout.id)!, pathOf, () => counts.get(owner) ?? 0, cells, cellProblem)) {
      delete entry.cadre;
      ((cadres[owner]![target.perCadre] ??= []) as Raw[]).push(entry);
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
  }

  const order = [...SHEETS.map((layout) => matched.get(layout.id)?.name ?? sheetName(layout, lang))];
  return { raw, lang, problems, cells, keys, absent, headers, order };
}

type Report = (at: CellRef, issue: WorkbookIssue) => void;

function readRound(sheet: MatchedSheet, columns: Map<number, Column | { profile: string }>, raw: Raw, cells: Map<string, CellRef>, keys: Map<string, CellRef>, report: Report): void {
  const colOf = (field: string) => [...columns.entries()].find(([, c]) => 'field' in c && c.field === field)?.[0];
  const keyCol = colOf('key');
  const valueCol = colOf('value');
  const firstRow = new Map<string, number>();
  for (const [row, cellsOfRow] of [...sheet.rows.entries()].sort(([a], [b]) => a - b)) {
    if (row === 1) continue;
    const keyCell = keyCol === undefined ? undefined : cellsOfRow.get(keyCol);
    const valueCell = valueCol === undefined ? undefined : cellsOfRow.get(valueCol);
    if (isBlank(keyCell)) {
      if (!isBlank(valueCell)) report({ sheet: sheet.name, row, col: valueCol }, { kind: 'no-key' });
      continue;
    }
    const keyAt = { sheet: sheet.name, row, col: keyCol };
    const key = headerText(keyCell);
    const segments = canonical(key.split('.').map((segment) => segment.trim()));
    if (segments.some((segment) => segment === '') || NOT_ROUND_KEYS.has(segments[0]!)) {
      report(keyAt, { kind: 'bad-key', key });
      continue;
    }
    const joined = segments.join('.');
    if (firstRow.has(joined)) {
      report(keyAt, { kind: 'duplicate-key', key, firstRow: firstRow.get(joined)! });
      continue;
    }
    firstRow.set(joined, row);
    keys.set(pathKey(segments), keyAt);
    const valueAt = { sheet: sheet.name, row, col: valueCol ?? (keyCol ?? 1) + 1 };
    cells.set(pathKey(segments), valueAt);
    if (valueCell === undefined || isBlank(valueCell)) continue;
    const read = readRoundValue(segments[0] === 'policy' ? '' : segments[0]!, valueCell);
    if (!read.ok) {
      report(valueAt, read.issue);
      continue;
    }
    let target = raw;
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment];
      target = (next !== null && typeof next === 'object' && !Array.isArray(next) ? next : (target[segment] = {})) as Raw;
    }
    target[segments.at(-1)!] = read.value;
  }
}

/**
 * The entries of a list sheet, one per non-empty row, with every field's cell recorded under
 * `path` (a fixed list path, or one found from the row, e.g. the cadre a history row names).
 */
function* readRows(
  sheet: MatchedSheet,
  columns: Map<number, Column | { profile: string }>,
  listPath: PathSegment[] | ((row: number, cells: Map<number, Cell>) => PathSegment[] | undefined),
  nextIndex: () => number,
  cells: Map<string, CellRef>,
  report: Report,
): Generator<Raw> {
  const ordered = [...columns.entries()].sort(([a, colA], [b, colB]) => fieldOrder(sheet.layout, colA) - fieldOrder(sheet.layout, colB) || a - b);
  for (const [row, cellsOfRow] of [...sheet.rows.entries()].sort(([a], [b]) => a - b)) {
    if (row === 1) continue;
    if (ordered.every(([col]) => isBlank(cellsOfRow.get(col)))) continue;
    const base = typeof listPath === 'function' ? listPath(row, cellsOfRow) : listPath;
    if (base === undefined) continue;
    const at = [...base, nextIndex()];
    cells.set(pathKey(at), { sheet: sheet.name, row });
    const entry: Raw = {};
    for (const [col, column] of ordered) {
      const ref = { sheet: sheet.name, row, col };
      const cell = cellsOfRow.get(col);
      if ('profile' in column) {
        if (!cells.has(pathKey([...at, 'profile']))) cells.set(pathKey([...at, 'profile']), ref);
        cells.set(pathKey([...at, 'profile', column.profile]), ref);
        if (cell === undefined || isBlank(cell)) continue;
        const read = readCell(cell, 'text');
        if (!read.ok) report(ref, read.issue);
        else ((entry.profile ??= {}) as Raw)[column.profile] = read.value;
        continue;
      }
      cells.set(pathKey([...at, column.field]), ref);
      if (cell === undefined || isBlank(cell)) continue;
      const read = readCell(cell, column.kind);
      if (!read.ok) report(ref, read.issue);
      else entry[column.field] = read.value;
    }
    yield entry;
  }
}

function fieldOrder(layout: SheetLayout, column: Column | { profile: string }): number {
  return 'profile' in column ? layout.columns.length : layout.columns.indexOf(column);
}
