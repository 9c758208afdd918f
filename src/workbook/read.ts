/**
 * Cells into the raw scenario object a YAML file would give, keeping for every field path
 * (`cadres[3].position`) the sheet and cell it came from, so that the validator's problems
 * can be told back as `Cán bộ!G5: …` (./locate.ts). The sheets and columns are found by
 * ./sheets.ts; problems of single cells are collected here, every one of them, as data.
 */
import type { Lang } from '../i18n/terms.ts';
import type { PathSegment } from '../scenario/problems.ts';
import { defaultPolicy } from '../scenario/schema.ts';
import type { BookData, Cell } from './cells.ts';
import { sheetName, SHEETS, type SheetLayout } from './layout.ts';
import type { WorkbookIssue } from './messages.ts';
import { bookShape, headerText, type CellRef, type MatchedSheet, type ReadProblem, type SheetColumn } from './sheets.ts';
import { dayMonthYear, isBlank, readCell, readRoundValue } from './values.ts';

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

/**
 * Values that stand in for a cell found wrong (or a required cell left empty), so that the
 * validator still checks everything else, references included. They never leave this module
 * in a scenario: a workbook with a problem is refused. Ids have none (a stand-in id could
 * make a reference look wrong elsewhere).
 */
const STAND_IN = { date: '2000-01-01', bool: false, number: 0, gender: 'male', rating: 'good', side: 'cadre', list: [], places: '', text: '' } as const;

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

const ROUND_LAYOUT = SHEETS.find((layout) => layout.id === 'round')!;

export function readWorkbook(book: BookData): WorkbookRead {
  const shape = bookShape(book);
  const { lang, absent, headers } = shape;
  const matched = shape.sheets;
  const problems: ReadProblem[] = [...shape.problems];
  const cells = new Map<string, CellRef>();
  const keys = new Map<string, CellRef>();
  const raw: Raw = {};
  const cellProblem = (at: CellRef, issue: WorkbookIssue) => problems.push({ at, issue });

  // Round: key/value rows into top-level fields and policy paths.
  const round = matched.get('round');
  if (round) readRound(round, raw, cells, keys, cellProblem);
  for (const key of ['version', 'name', 'asOf'] as const) {
    if (keys.has(pathKey([key]))) continue;
    // Without a Round sheet, the line that says so covers its rows too (no path of the YAML form).
    cells.set(pathKey([key]), { sheet: round?.name ?? sheetName(ROUND_LAYOUT, lang) });
    if (round) cellProblem({ sheet: round.name }, { kind: 'no-round-row', key });
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
      for (const entry of readRows(sheet, [target.list], () => entries.length, cells, cellProblem)) entries.push(entry);
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
    const cadreColumn = [...sheet.columns.entries()].find(([, c]) => 'field' in c && c.field === 'cadre')?.[0];
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
    for (const entry of readRows(sheet, pathOf, () => counts.get(owner) ?? 0, cells, cellProblem)) {
      delete entry.cadre;
      ((cadres[owner]![target.perCadre] ??= []) as Raw[]).push(entry);
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
  }

  const order = [...SHEETS.map((layout) => matched.get(layout.id)?.name ?? sheetName(layout, lang))];
  return { raw, lang, problems, cells, keys, absent, headers, order };
}

type Report = (at: CellRef, issue: WorkbookIssue) => void;

function readRound(sheet: MatchedSheet, raw: Raw, cells: Map<string, CellRef>, keys: Map<string, CellRef>, report: Report): void {
  const colOf = (field: string) => [...sheet.columns.entries()].find(([, c]) => 'field' in c && c.field === field)?.[0];
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
      if (joined === 'asOf') raw.asOf = STAND_IN.date;
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
  listPath: PathSegment[] | ((row: number, cells: Map<number, Cell>) => PathSegment[] | undefined),
  nextIndex: () => number,
  cells: Map<string, CellRef>,
  report: Report,
): Generator<Raw> {
  const ordered = [...sheet.columns.entries()].sort(([a, colA], [b, colB]) => fieldOrder(sheet.layout, colA) - fieldOrder(sheet.layout, colB) || a - b);
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
        // A date in a profile (ngày vào Đảng…) is text for the papers, written as Vietnamese papers write dates.
        const read = cell.t === 'date' ? readCell({ t: 'text', v: dayMonthYear(cell.v) }, 'text') : readCell(cell, 'text');
        if (!read.ok) report(ref, read.issue);
        else ((entry.profile ??= {}) as Raw)[column.profile] = read.value;
        continue;
      }
      cells.set(pathKey([...at, column.field]), ref);
      const blank = cell === undefined || isBlank(cell);
      if (blank && !(column.required && column.kind in STAND_IN)) continue;
      const read = blank ? undefined : readCell(cell, column.kind);
      if (read?.ok) {
        entry[column.field] = read.value;
        continue;
      }
      report(ref, read ? read.issue : { kind: 'required', field: headerText(sheet.rows.get(1)?.get(col)) });
      // A value of the right type stands in, so that the rest is still checked (references…).
      if (column.kind in STAND_IN) entry[column.field] = STAND_IN[column.kind as keyof typeof STAND_IN];
    }
    yield entry;
  }
}

function fieldOrder(layout: SheetLayout, column: SheetColumn): number {
  return 'profile' in column ? layout.columns.length : layout.columns.indexOf(column);
}
