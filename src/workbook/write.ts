/**
 * A scenario as a workbook a planner can read and fill (export), and the empty workbook to
 * start from (template): every sheet of ./layout.ts in the planner's language, the header row
 * frozen and bold, a note on each header saying what goes there, dropdowns for the closed
 * lists and for ids of the lists the workbook has, dates shown DD/MM/YYYY. Importing an
 * exported workbook gives the same scenario back. The zip is packed again by ./zip.ts with a
 * fixed timestamp, so the same scenario always gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { RATING, type Lang } from '../i18n/terms.ts';
import { columnName, SHEETS, type Column, type IdList, type SheetLayout } from './layout.ts';
import { GENDER_VI, SIDE_VI } from './values.ts';
import { packZip, readZip } from './zip.ts';

type Raw = Record<string, unknown>;
type CellValue = string | number | Date | null;

const DATE_FORMAT = 'dd/mm/yyyy';
/** Excel reserves "History" as a sheet name; the contract's lower-case spelling matches it. */
const WRITTEN_NAME: Partial<Record<SheetLayout['id'], string>> = { history: 'history' };
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));
const YES_NO: Record<Lang, readonly [string, string]> = { en: ['yes', 'no'], vi: ['có', 'không'] };
const ENUM_WORDS: Record<'gender' | 'rating' | 'side', Record<Lang, Record<string, string>>> = {
  gender: { en: { male: 'male', female: 'female' }, vi: GENDER_VI },
  rating: { en: RATING.en, vi: RATING.vi },
  side: { en: { origin: 'origin', destination: 'destination', cadre: 'cadre' }, vi: SIDE_VI },
};

function writtenName(layout: SheetLayout, lang: Lang): string {
  return lang === 'en' ? (WRITTEN_NAME[layout.id] ?? layout.en) : layout.vi;
}

/** A date cell from 1900-03-01 on (Excel shows none earlier correctly); text before that. */
function dateCell(text: string): CellValue {
  return text >= '1900-03-01' ? new Date(`${text}T00:00:00Z`) : text;
}

/** Items joined by `; `; a single item holding a comma gets a `;` so that it is read as one. */
function listText(items: readonly string[]): string {
  const text = items.join('; ');
  return items.length === 1 && text.includes(',') ? `${text};` : text;
}

function cellFor(column: Column, value: unknown, lang: Lang): CellValue {
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case 'date':
      return dateCell(String(value));
    case 'bool':
      return YES_NO[lang][value ? 0 : 1];
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'list':
      return Array.isArray(value) && value.length > 0 ? listText(value.map(String)) : null;
    case 'places':
      if (!Array.isArray(value)) return String(value);
      return value.length === 0 ? null : value.length === 1 ? `${value[0]};` : listText(value.map(String));
    case 'gender':
    case 'rating':
    case 'side':
      return ENUM_WORDS[column.kind][lang][String(value)] ?? String(value);
    default:
      return String(value);
  }
}

/** A Round value: text that JSON would read as something else is written as a JSON string. */
function roundValue(value: unknown): CellValue {
  if (value === null) return 'null';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    try {
      JSON.parse(value);
      return JSON.stringify(value);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value);
}

const isPlainObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);

function roundRows(scenario: Raw): [string, CellValue][] {
  const lists = new Set(SHEETS.flatMap((sheet) => (sheet.target && 'list' in sheet.target ? [sheet.target.list] : [])));
  const rows: [string, CellValue][] = [];
  const flatten = (prefix: string, value: unknown) => {
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [key, inner] of Object.entries(value)) flatten(`${prefix}.${key}`, inner);
    } else if (value !== undefined) rows.push([prefix, roundValue(value)]);
  };
  for (const [key, value] of Object.entries(scenario)) {
    if (lists.has(key) || value === undefined || (value === null && key !== 'policy')) continue;
    if (key === 'name' || key === 'description') rows.push([key, String(value)]);
    else if (key === 'asOf') rows.push([key, dateCell(String(value))]);
    else if (key === 'policy') flatten('policy', value);
    else rows.push([key, roundValue(value)]);
  }
  return rows;
}

interface SheetContent {
  readonly layout: SheetLayout;
  readonly columns: readonly (Column | { profile: string })[];
  readonly rows: readonly CellValue[][];
}

function entriesOf(layout: SheetLayout, scenario: Raw): { owner?: string; entry: Raw }[] {
  const target = layout.target;
  if (!target) return [];
  if ('list' in target) return ((scenario[target.list] ?? []) as Raw[]).map((entry) => ({ entry }));
  return ((scenario.cadres ?? []) as Raw[]).flatMap((cadre) => ((cadre[target.perCadre] ?? []) as Raw[]).map((entry) => ({ owner: String(cadre.id), entry })));
}

/** A profile entry is written as text. */
const PROFILE_CELL: Column = { field: 'profile', en: '', vi: '', kind: 'text', note: { en: '', vi: '' } };

function sheetContents(scenario: Raw | undefined, lang: Lang): SheetContent[] {
  return SHEETS.map((layout) => {
    if (layout.id === 'round') {
      const rows = scenario ? roundRows(scenario) : templateRoundRows(lang);
      return { layout, columns: layout.columns, rows: rows.map((row) => [...row]) };
    }
    const entries = scenario ? entriesOf(layout, scenario) : [];
    const profileKeys = layout.id === 'cadres' ? [...new Set(entries.flatMap(({ entry }) => (isPlainObject(entry.profile) ? Object.keys(entry.profile) : [])))] : [];
    const columns = [...layout.columns, ...profileKeys.map((profile) => ({ profile }))];
    const rows = entries.map(({ owner, entry }) =>
      columns.map((column) => {
        if ('profile' in column) return cellFor(PROFILE_CELL, (entry.profile as Raw | undefined)?.[column.profile], lang);
        return cellFor(column, column.field === 'cadre' && owner !== undefined ? owner : entry[column.field], lang);
      }),
    );
    return { layout, columns, rows };
  });
}

/** The version an empty template starts with: the latest the schema reads. */
export const TEMPLATE_VERSION = 2;

/** Policy rows a template offers, empty (an empty value is the default): the ones rounds most often set. */
const TEMPLATE_POLICY = [
  'policy.minTenureMonths',
  'policy.rotationTermMonths',
  'policy.minRating',
  'policy.nonLocalTitles',
  'policy.maxMoves',
  'policy.stability.maxOutPerUnit',
  'policy.stability.maxInPerUnit',
  'policy.stability.maxKeyChangesPerUnit',
];

function templateRoundRows(lang: Lang): CellValue[][] {
  return [['version', TEMPLATE_VERSION], ['name', null], ['asOf', null], ['language', lang], ...TEMPLATE_POLICY.map((key) => [key, null])];
}

const PROFILE_NOTE: Record<Lang, string> = {
  en: 'A profile entry (free text for the committee\'s papers); no rule reads it.',
  vi: 'Thông tin trích ngang (chữ tự do, đưa vào văn bản); không quy tắc nào dùng.',
};
const DROPDOWN_ERROR: Record<Lang, string> = { en: 'Not in the list: check the value.', vi: 'Không có trong danh sách: kiểm tra lại.' };

/** Wide enough for the header, the longest value (dates and numbers: 12) and room to type names and lists; at most 50. */
function widthOf(content: SheetContent, index: number, lang: Lang): number {
  const column = content.columns[index]!;
  const header = 'profile' in column ? column.profile : columnName(column, lang);
  const room = 'profile' in column ? 16 : column.field === 'name' || column.kind === 'rating' ? 26 : column.kind === 'list' || column.field === 'note' ? 20 : 0;
  let longest = Math.max(header.length + 3, room);
  for (const row of content.rows) {
    const value = row[index];
    longest = Math.max(longest, value instanceof Date || typeof value === 'number' ? 12 : (value ?? '').length + 2);
  }
  return Math.min(50, Math.max(content.layout.id === 'round' ? 24 : 10, longest));
}

const ID_LISTS: readonly IdList[] = ['units', 'positions', 'titles', 'cadres'];
/** Dropdowns reach this far below the last entry, so that rows added later have them too. */
const lastRow = (content: SheetContent) => Math.max(1000, content.rows.length + 500);

/** The dropdown of a column, if it has one: a closed list, or the id column of another sheet. */
function dropdown(column: Column, lang: Lang, idRange: (list: IdList) => string | undefined): string | undefined {
  if (column.kind === 'bool') return `"${YES_NO[lang].join(',')}"`;
  if (column.kind === 'gender' || column.kind === 'rating' || column.kind === 'side') return `"${Object.values(ENUM_WORDS[column.kind][lang]).join(',')}"`;
  return column.ids ? idRange(column.ids) : undefined;
}

function writeSheet(workbook: ExcelJS.Workbook, content: SheetContent, lang: Lang, idRange: (list: IdList) => string | undefined): void {
  const sheet = workbook.addWorksheet(writtenName(content.layout, lang), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.addRow(content.columns.map((column) => ('profile' in column ? column.profile : columnName(column, lang))));
  for (const row of content.rows) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  content.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.note = 'profile' in column ? PROFILE_NOTE[lang] : column.note[lang];
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = widthOf(content, i, lang);
    if ('profile' in column) return;
    if (column.kind === 'date') sheetColumn.numFmt = DATE_FORMAT;
    const formula = dropdown(column, lang, idRange);
    if (formula) {
      const range = `${sheetColumn.letter}2:${sheetColumn.letter}${lastRow(content)}`;
      const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations;
      validations.add(range, { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'warning', error: DROPDOWN_ERROR[lang] });
    }
  });
  // The Round's values are of every kind: aligned alike, asOf shown as a date.
  if (content.layout.id === 'round') {
    sheet.getColumn(2).alignment = { horizontal: 'left' };
    content.rows.forEach((row, r) => {
      if (row[0] === 'asOf') sheet.getCell(r + 2, 2).numFmt = DATE_FORMAT;
    });
  }
}

async function build(contents: readonly SheetContent[], lang: Lang, withIdLists: (list: IdList) => boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rotaplan';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const idRange = (list: IdList) => {
    const content = contents.find((c) => c.layout.id === list);
    return content && ID_LISTS.includes(list) && withIdLists(list) ? `'${writtenName(content.layout, lang)}'!$A$2:$A$${lastRow(content)}` : undefined;
  };
  for (const content of contents) writeSheet(workbook, content, lang, idRange);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  // Packed again: exceljs stamps every part with the time of writing.
  return packZip(readZip(written), true);
}

/** The scenario (overlays resolved, as parsed) as a workbook in the given language. */
export function scenarioWorkbook(scenario: Raw, lang: Lang): Promise<Buffer> {
  const contents = sheetContents(scenario, lang);
  const filled = new Set(contents.filter((content) => content.rows.length > 0).map((content) => content.layout.id as string));
  return build(contents, lang, (list) => filled.has(list));
}

/** The empty workbook to fill: every sheet, headers with notes, dropdowns, the Round's keys. */
export function templateWorkbook(lang: Lang): Promise<Buffer> {
  return build(sheetContents(undefined, lang), lang, () => true);
}
