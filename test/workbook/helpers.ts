/** Shared by the workbook tests: a scenario through a workbook and back, compared as parsed. */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/terms.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { scenarioWorkbook } from '../../src/workbook/write.ts';

/** The scenario without absent-or-null distinctions (an empty cell is an absent field). */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, comparable(inner)]),
    );
  }
  return value;
}

/** Exports a parsed scenario to `dir/name` and loads it back. */
export async function throughWorkbook(scenario: Scenario, lang: Lang, dir: string, name = 'book.xlsx'): Promise<{ path: string; back: Scenario }> {
  const path = join(dir, name);
  writeFileSync(path, await scenarioWorkbook(scenario as unknown as Record<string, unknown>, lang));
  return { path, back: loadScenario(path).scenario };
}


/** A cell as a test writes it: a value, a date serial with a date format, or a formula. */
export type TestCell = string | number | boolean | Date | null | { serial: number } | { formula: string; result?: unknown; numFmt?: string };

export interface TestSheet {
  readonly name: string;
  readonly rows: readonly (readonly TestCell[])[];
  readonly hidden?: boolean;
}

/** Writes a workbook with exceljs directly (not through rotaplan's writer) to `dir/name`. */
export async function writeBook(dir: string, name: string, sheets: readonly TestSheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    if (spec.hidden) sheet.state = 'hidden';
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (value instanceof Date) {
          cell.value = value;
          cell.numFmt = 'dd/mm/yyyy';
        } else if (typeof value === 'object' && 'serial' in value) {
          cell.value = value.serial;
          cell.numFmt = 'dd/mm/yyyy';
        } else if (typeof value === 'object' && 'formula' in value && value.numFmt !== undefined) {
          cell.value = { formula: value.formula, result: value.result } as ExcelJS.CellValue;
          cell.numFmt = value.numFmt;
        } else cell.value = value as ExcelJS.CellValue;
      }),
    );
  }
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** A small valid round as sheets, in Vietnamese; tests change a cell or two. */
export function roundSheets(): TestSheet[] {
  return [
    { name: 'Đợt', rows: [['Khóa', 'Giá trị'], ['version', 2], ['name', 'Đợt thử'], ['asOf', new Date(Date.UTC(2027, 0, 1))], ['policy.minTenureMonths', 12]] },
    { name: 'Đơn vị', rows: [['Mã', 'Tên', 'Địa bàn'], ['U-A', 'Xã A', 'LA'], ['U-B', 'Xã B', 'LB']] },
    {
      name: 'Vị trí',
      rows: [
        ['Mã', 'Đơn vị', 'Chức danh', 'Người giữ', 'Bắt buộc bố trí'],
        ['P-A', 'U-A', 'xa-bi-thu', 'C-1', 'có'],
        ['P-B', 'U-B', 'xa-bi-thu', 'C-2', null],
      ],
    },
    {
      name: 'Cán bộ',
      rows: [
        ['Mã', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ hiện tại', 'Từ ngày', 'Quy hoạch'],
        ['C-1', 'Nguyễn Văn A', 'Nam', new Date(Date.UTC(1975, 4, 14)), 'P-A', '01/03/2020', 'xa-bi-thu'],
        ['C-2', 'Trần Thị B', 'Nữ', '1980-02-29', 'P-B', new Date(Date.UTC(2021, 5, 1)), 'xa-bi-thu'],
      ],
    },
  ];
}

/** The round of roundSheets() as a YAML file would hold it. */
export const ROUND_RAW = {
  version: 2,
  name: 'Đợt thử',
  asOf: '2027-01-01',
  policy: { minTenureMonths: 12 },
  units: [
    { id: 'U-A', name: 'Xã A', locality: 'LA' },
    { id: 'U-B', name: 'Xã B', locality: 'LB' },
  ],
  positions: [
    { id: 'P-A', unit: 'U-A', title: 'xa-bi-thu', holder: 'C-1', mustFill: true },
    { id: 'P-B', unit: 'U-B', title: 'xa-bi-thu', holder: 'C-2' },
  ],
  cadres: [
    { id: 'C-1', name: 'Nguyễn Văn A', gender: 'male', born: '1975-05-14', position: 'P-A', since: '2020-03-01', planning: ['xa-bi-thu'] },
    { id: 'C-2', name: 'Trần Thị B', gender: 'female', born: '1980-02-29', position: 'P-B', since: '2021-06-01', planning: ['xa-bi-thu'] },
  ],
};

/** Replaces one cell (0-based row and column) of one sheet. */
export function withCell(sheets: TestSheet[], sheet: string, row: number, col: number, value: TestCell): TestSheet[] {
  return sheets.map((spec) =>
    spec.name !== sheet
      ? spec
      : { ...spec, rows: spec.rows.map((cells, r) => (r !== row ? cells : Array.from({ length: Math.max(cells.length, col + 1) }, (_, c) => (c === col ? value : (cells[c] ?? null))))) },
  );
}
