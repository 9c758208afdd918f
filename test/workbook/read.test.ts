/**
 * Reading workbooks as planners keep them (written here with exceljs directly, not with
 * rotaplan's writer): date cells and text dates, numbers as text, formulas, spaces, NFD text,
 * hidden and empty sheets, `;` and `,` lists, profile columns; and broken ones, refused with
 * every problem named by sheet and cell in the workbook's language.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario } from '../../src/scenario/load.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { dateToSerial, serialToDate, textToDate } from '../../src/workbook/values.ts';
import { templateWorkbook } from '../../src/workbook/write.ts';
import { expectNoStackTrace, runLines, tempDir } from '../support/cli.ts';
import { comparable, ROUND_RAW, roundSheets, withCell, writeBook, type TestSheet } from './helpers.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { packZip, readZip } from '../../src/workbook/zip.ts';
import { join } from 'node:path';

const { dir } = tempDir();
let count = 0;
const book = (sheets: TestSheet[]) => writeBook(dir, `book-${++count}.xlsx`, sheets);

function problems(path: string): string[] {
  try {
    loadScenario(path);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((problem) => problem.message);
    throw error;
  }
  return [];
}

const expected = (raw: unknown) => comparable(parseScenario(raw).scenario);

describe('Excel serial dates', () => {
  it('counts 1900-02-29, which never was, as Excel does', () => {
    expect(serialToDate(1)).toBe('1900-01-01');
    expect(serialToDate(59)).toBe('1900-02-28');
    expect(serialToDate(60)).toBeUndefined();
    expect(serialToDate(61)).toBe('1900-03-01');
    expect(serialToDate(27528)).toBe('1975-05-14');
    expect(serialToDate(27528.75)).toBe('1975-05-14');
    for (const date of ['1900-01-01', '1900-02-28', '1900-03-01', '1975-05-14', '2027-12-31']) expect(serialToDate(dateToSerial(date))).toBe(date);
  });

  it('reads text dates in both forms, and only real days', () => {
    expect(textToDate('14/05/1975')).toBe('1975-05-14');
    expect(textToDate('4/5/1975')).toBe('1975-05-04');
    expect(textToDate('1975-05-14')).toBe('1975-05-14');
    expect(textToDate('30/02/1975')).toBeUndefined();
    expect(textToDate('1975')).toBeUndefined();
    expect(serialToDate(Number.NaN)).toBeUndefined();
  });
});

describe('a workbook as planners keep it', () => {
  it('reads the same round as the YAML file', async () => {
    expect(comparable(loadScenario(await book(roundSheets())).scenario)).toEqual(expected(ROUND_RAW));
  });

  it('reads date serials, numbers as text, formulas, spaces, NFD text, lists, hidden sheets, empty rows and profiles', async () => {
    const nfd = (text: string) => text.normalize('NFD');
    let sheets = roundSheets();
    sheets = withCell(sheets, 'Đợt', 4, 1, '12'); // a number stored as text
    sheets = withCell(sheets, 'Đợt', 4, 0, ' Policy.MinTenureMonths'); // keys in any case
    sheets = withCell(sheets, 'Cán bộ', 0, 0, nfd('  Mã ')); // an NFD header with spaces
    sheets = withCell(sheets, 'Cán bộ', 1, 1, { formula: '"Nguyễn Văn "&"A"', result: 'Nguyễn Văn A' });
    sheets = withCell(sheets, 'Cán bộ', 1, 3, { serial: 27528 });
    sheets = withCell(sheets, 'Cán bộ', 1, 6, 'xa-bi-thu, xa-chu-tich');
    sheets = withCell(sheets, 'Cán bộ', 2, 6, ' xa-bi-thu;xa-chu-tich ;');
    sheets = withCell(sheets, 'Cán bộ', 0, 7, 'Dân tộc');
    sheets = withCell(sheets, 'Cán bộ', 1, 7, nfd('Tày'));
    sheets = withCell(sheets, 'Cán bộ', 0, 8, 'Ngày vào Đảng');
    sheets = withCell(sheets, 'Cán bộ', 1, 8, new Date(Date.UTC(1999, 2, 12)));
    sheets = withCell(sheets, 'Vị trí', 1, 3, ` ${nfd('C-1')} `);
    sheets = sheets.map((sheet) => (sheet.name === 'Cán bộ' ? { ...sheet, name: nfd(' cán bộ '), rows: [...sheet.rows, [], ['  ', null, ''], []] } : sheet));
    sheets.push({ name: 'Danh mục', hidden: true, rows: [['anything'], ['at all']] });
    sheets = sheets.map((sheet) => (sheet.name === 'Đơn vị' ? { ...sheet, hidden: true } : sheet)); // a listed sheet, hidden, is read
    sheets.push({ name: 'Chức danh', rows: [['Mã', 'Cấp', 'Chủ chốt'], ['xa-bi-thu', '3', 'x'], ['xa-chu-tich', 3, 'Không']] });
    const raw = structuredClone(ROUND_RAW) as any;
    raw.titles = [{ id: 'xa-bi-thu', level: 3, key: true }, { id: 'xa-chu-tich', level: 3, key: false }];
    raw.cadres[0].planning = ['xa-bi-thu', 'xa-chu-tich'];
    raw.cadres[1].planning = ['xa-bi-thu', 'xa-chu-tich'];
    raw.cadres[0].profile = { 'Dân tộc': 'Tày', 'Ngày vào Đảng': '12/03/1999' };
    expect(comparable(loadScenario(await book(sheets)).scenario)).toEqual(expected(raw));
    // A visible sheet the format does not list is invalid even empty (section 9), Excel's leftover too.
    expect(problems(await book([...sheets, { name: 'Sheet1', rows: [] }]))).toEqual([expect.stringMatching(/^Sheet1: /)]);
  });

  it('reads a formula\'s text, and names its error, in a column formatted as dates', async () => {
    let sheets = roundSheets();
    sheets = withCell(sheets, 'Cán bộ', 1, 3, { formula: 'TEXT(27528,"dd/mm/yyyy")', result: '14/05/1975', numFmt: 'dd/mm/yyyy' });
    expect(comparable(loadScenario(await book(sheets)).scenario)).toEqual(expected(ROUND_RAW));
    sheets = withCell(sheets, 'Cán bộ', 2, 3, { formula: '1/0', result: { error: '#DIV/0!' }, numFmt: 'dd/mm/yyyy' });
    expect(problems(await book(sheets))).toEqual(['Cán bộ!D3: ô đang báo lỗi #DIV/0!']);
  });

  it('reads a workbook another program wrote (SheetJS 0.18.5: inline strings, booleans, date cells)', () => {
    const raw = structuredClone(ROUND_RAW) as any;
    raw.cadres[0].profile = { 'Dân tộc': 'Tày' };
    expect(comparable(loadScenario('test/workbook/fixtures/sheetjs-inline-vi.xlsx').scenario)).toEqual(expected(raw));
  });

  it('attaches Ratings and History rows to their cadres, in row order', async () => {
    const sheets = [
      ...roundSheets(),
      { name: 'Đánh giá', rows: [['Cán bộ', 'Năm', 'Xếp loại'], ['C-2', 2026, 'Hoàn thành tốt nhiệm vụ'], ['C-1', '2025', 'excellent'], ['C-2', 2025, 'Hoàn thành xuất sắc nhiệm vụ']] },
      { name: 'history', rows: [['Cán bộ', 'Đơn vị', 'Từ ngày', 'Đến ngày', 'Luân chuyển'], ['C-1', 'U-B', '01/01/2010', new Date(Date.UTC(2015, 0, 1)), 'có']] },
    ];
    const raw = structuredClone(ROUND_RAW) as any;
    raw.cadres[0].ratings = [{ year: 2025, rating: 'excellent' }];
    raw.cadres[1].ratings = [{ year: 2026, rating: 'good' }, { year: 2025, rating: 'excellent' }];
    raw.cadres[0].history = [{ unit: 'U-B', from: '2010-01-01', to: '2015-01-01', rotation: true }];
    expect(comparable(loadScenario(await book(sheets)).scenario)).toEqual(expected(raw));
  });

  it('reads sheet names Excel would not write but other suites do: History exactly, a hidden sheet over 31 characters', async () => {
    const sheets = [
      ...roundSheets(),
      { name: 'history', rows: [['cadre', 'unit', 'from', 'to'], ['C-1', 'U-B', '01/01/2010', '01/01/2015']] },
      { name: 'lookup', hidden: true, rows: [['anything']] },
    ];
    // exceljs writes neither name: the workbook part is edited as LibreOffice or a script would write it.
    const files = readZip(readFileSync(await book(sheets)));
    const part = files.get('xl/workbook.xml')!.toString('utf8');
    const renamed = part.replace('name="history"', 'name="History"').replace('name="lookup"', 'name="Danh mục &amp; ghi chú cho cuộc họp Ban Thường vụ"');
    expect(renamed).not.toBe(part);
    files.set('xl/workbook.xml', Buffer.from(renamed, 'utf8'));
    const path = join(dir, 'renamed.xlsx');
    writeFileSync(path, packZip(files, true));
    const raw = structuredClone(ROUND_RAW) as any;
    raw.cadres[0].history = [{ unit: 'U-B', from: '2010-01-01', to: '2015-01-01' }];
    expect(comparable(loadScenario(path).scenario)).toEqual(expected(raw));
    // Its problems name the sheet as written.
    const brokenFiles = readZip(readFileSync(await book(withCell(sheets, 'history', 1, 2, '30/02/2010'))));
    brokenFiles.set('xl/workbook.xml', Buffer.from(brokenFiles.get('xl/workbook.xml')!.toString('utf8').replace('name="history"', 'name="History"'), 'utf8'));
    const brokenPath = join(dir, 'renamed-broken.xlsx');
    writeFileSync(brokenPath, packZip(brokenFiles, true));
    expect(problems(brokenPath)).toEqual([expect.stringMatching(/^History!C2: "30\/02\/2010" /)]);
  });
});

describe('warnings', () => {
  it('name their cell too', async () => {
    const path = await book(withCell(roundSheets(), 'Cán bộ', 2, 5, '01/02/2027'));
    const result = await runLines('validate', path);
    expect(result.code).toBe(0);
    expect(result.err).toEqual(['warning: Cán bộ!F3: sau ngày asOf của đợt (2027-02-01 > 2027-01-01)']);
  });
});

describe('a broken workbook', () => {
  it('names every bad cell at once, in Vietnamese for a Vietnamese workbook', async () => {
    let sheets = roundSheets();
    sheets = withCell(sheets, 'Cán bộ', 1, 3, '30/02/1975');
    sheets = withCell(sheets, 'Cán bộ', 2, 3, 1975);
    sheets = withCell(sheets, 'Cán bộ', 2, 2, 'Nam giới');
    sheets = withCell(sheets, 'Cán bộ', 2, 5, { serial: 60 });
    sheets = withCell(sheets, 'Đơn vị', 1, 1, { formula: 'B3&"!"' });
    sheets = withCell(sheets, 'Vị trí', 1, 4, 'có lẽ');
    sheets = withCell(sheets, 'Đợt', 3, 1, null);
    sheets.push({ name: 'Sheet1', rows: [['ghi chép']] });
    expect(problems(await book(sheets))).toEqual([
      'Sheet1: trang không được dùng (bảng tính gồm các trang Đợt, Chức danh, Đơn vị, Vị trí, Cán bộ, Đánh giá, Quá trình công tác, Ý kiến, Chủ trương, Không bố trí)',
      'Đợt!B4: thiếu "asOf" (bắt buộc)',
      'Đơn vị!B2: công thức chưa có giá trị tính sẵn: mở và lưu lại bảng tính bằng Excel hoặc LibreOffice, hoặc gõ giá trị',
      'Vị trí!E2: "có lẽ" không phải có hay không (có, không, x, 1, 0, true, false)',
      'Cán bộ!D2: "30/02/1975" không phải là ngày (ô kiểu ngày, hoặc DD/MM/YYYY, hoặc YYYY-MM-DD)',
      'Cán bộ!C3: "Nam giới" không thuộc Nam, Nữ (male, female)',
      'Cán bộ!D3: 1975 là số, không phải ngày: gõ đủ ngày dạng DD/MM/YYYY hoặc định dạng ô là ngày',
      'Cán bộ!F3: "29/02/1900" không phải là ngày (ô kiểu ngày, hoặc DD/MM/YYYY, hoặc YYYY-MM-DD)',
    ]);
  });

  it('names wrong cells and wrong references together', async () => {
    let sheets = withCell(roundSheets(), 'Cán bộ', 1, 3, '30/02/1975');
    sheets = withCell(sheets, 'Cán bộ', 2, 2, null);
    sheets = withCell(sheets, 'Vị trí', 2, 1, 'U-X');
    expect(problems(await book(sheets))).toEqual([
      'Vị trí!B3: không có đơn vị "U-X"',
      'Cán bộ!D2: "30/02/1975" không phải là ngày (ô kiểu ngày, hoặc DD/MM/YYYY, hoặc YYYY-MM-DD)',
      'Cán bộ!C3: thiếu "Giới tính" (bắt buộc)',
    ]);
  });

  it('points a reference at the cell that holds it', async () => {
    let sheets = roundSheets();
    sheets = withCell(sheets, 'Vị trí', 1, 3, 'C-404');
    sheets = withCell(sheets, 'Vị trí', 2, 1, 'U-X');
    sheets = withCell(sheets, 'Cán bộ', 2, 0, 'C-1');
    expect(problems(await book(sheets))).toEqual([
      'Vị trí!D2: không có cán bộ "C-404"',
      'Vị trí!B3: không có đơn vị "U-X"',
      'Vị trí!D3: không có cán bộ "C-2"',
      'Cán bộ!A3: mã cán bộ "C-1" bị trùng (đã có ở dòng 2)',
    ]);
  });

  it('speaks English in an English workbook, and names a missing column and a whole row', async () => {
    const sheets: TestSheet[] = [
      { name: 'Round', rows: [['key', 'value'], ['version', 1], ['name', 'Test'], ['asOf', '2027-01-01']] },
      { name: 'Units', rows: [['id'], ['U-A']] },
      { name: 'Positions', rows: [['id', 'unit', 'title', 'holder'], ['P-A', 'U-A', 't', 'C-1']] },
      { name: 'Cadres', rows: [['id', 'born', 'position', 'since', 'Ethnicity'], ['C-1', '30/02/1975', 'P-A', '2020-01-01', 'Kinh']] },
      { name: 'Forbids', rows: [['cadre', 'unit', 'position'], ['C-1', null, null]] },
    ];
    expect(problems(await book(sheets))).toEqual([
      'Cadres!1: missing column "gender" (required)',
      'Cadres!B2: "30/02/1975" is not a date (a date cell, or DD/MM/YYYY, or YYYY-MM-DD)',
      'Forbids!2: a forbid must name a unit or a position',
    ]);
  });

  it('as the base of an overlay, may be mended by it (section 6); else names its own cells', async () => {
    const path = await book(withCell(roundSheets(), 'Vị trí', 1, 3, 'C-404'));
    expect(problems(path)).toEqual(['Vị trí!D2: không có cán bộ "C-404"']);
    const mended = join(dir, 'mended.yaml');
    writeFileSync(mended, `extends: ${path}\npositions:\n  - { id: P-A, holder: C-1 }\n`);
    expect(comparable(loadScenario(mended).scenario)).toEqual(expected({ ...ROUND_RAW }));
    const unmended = join(dir, 'unmended.yaml');
    writeFileSync(unmended, `extends: ${path}\nname: "what if"\n`);
    expect(problems(unmended)).toEqual(['the base file cannot be used: Vị trí!D2: không có cán bộ "C-404"']);
    // Mended, but the overlay's own entry is wrong: that is told where it is written.
    writeFileSync(mended, `extends: ${path}\npositions:\n  - { id: P-A, holder: C-1 }\ncadres:\n  - { id: C-9, name: X }\n`);
    // (`problems` gives the messages; the paths are cadres[2].gender, .born, .position, .since.)
    expect(problems(mended)).toEqual(Array(4).fill(`is required (written in ${mended} as cadres[0])`));
    // Not mended, and the overlay's own entry wrong too: both, the base's by its cell.
    writeFileSync(unmended, `extends: ${path}\ncadres:\n  - { id: C-9, name: X, gender: male, born: 1980-01-01, position: P-NONE, since: 2020-01-01 }\n`);
    expect(problems(unmended)).toEqual(['the base file cannot be used: Vị trí!D2: không có cán bộ "C-404"', `unknown position "P-NONE" (written in ${unmended} as cadres[0])`]);
    // A cell the reader cannot read is no base at all, mended or not.
    const unreadable = await book(withCell(roundSheets(), 'Cán bộ', 1, 3, '30/02/1975'));
    writeFileSync(mended, `extends: ${unreadable}\ncadres:\n  - { id: C-1, born: 1975-02-28 }\n`);
    expect(problems(mended)).toEqual([expect.stringMatching(/^the base file cannot be used: Cán bộ!D2: "30\/02\/1975" /)]);
  });

  it('names a missing Round sheet once: its rows are not told again as fields', async () => {
    const sheets: TestSheet[] = [
      { name: 'Units', rows: [['id'], ['U-A']] },
      { name: 'Positions', rows: [['id', 'unit', 'title'], ['P-A', 'U-A', 't']] },
      { name: 'Cadres', rows: [['id', 'gender', 'born', 'position', 'since'], ['C-1', 'male', '1975-01-01', 'P-A', '2020-01-01']] },
    ];
    expect(problems(await book(sheets))).toEqual(['Round: this sheet is required and the workbook has none']);
  });

  it('names a version 2 column or sheet once, in a version 1 workbook', async () => {
    let sheets = withCell(withCell(withCell(roundSheets(), 'Đợt', 1, 1, 1), 'Cán bộ', 0, 7, 'Dân tộc'), 'Cán bộ', 2, 7, 'Tày');
    sheets = withCell(sheets, 'Cán bộ', 1, 7, 'Kinh');
    sheets.push({ name: 'Đánh giá', rows: [['Cán bộ', 'Năm', 'Xếp loại'], ['C-2', 2026, 'good']] });
    expect(problems(await book(sheets))).toEqual([
      'Cán bộ!H1: chỉ dùng ở phiên bản 2 (trang Đợt ghi version: 1)',
      'Đánh giá: chỉ dùng ở phiên bản 2 (trang Đợt ghi version: 1)',
    ]);
    // Round rows of version 2 are told each at its own cell, not at the header.
    const round = roundSheets().map((sheet) =>
      sheet.name === 'Đợt' ? { ...sheet, rows: [...sheet.rows.map((row) => (row[0] === 'version' ? ['version', 1] : row)), ['language', 'vi'], ['policy.rotationTermMonths', 24]] } : sheet,
    );
    expect(problems(await book(round))).toEqual([
      'Đợt!B6: chỉ dùng ở phiên bản 2 (trang Đợt ghi version: 1)',
      'Đợt!B7: chỉ dùng ở phiên bản 2 (trang Đợt ghi version: 1)',
    ]);
  });

  it('is refused by the CLI with exit 2, no stack trace, and nothing written', async () => {
    const path = await book(withCell(roundSheets(), 'Cán bộ', 1, 3, '30/02/1975'));
    const out = join(dir, 'out.yaml');
    const result = await runLines('import', path, '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toEqual(['Cán bộ!D2: "30/02/1975" không phải là ngày (ô kiểu ngày, hoặc DD/MM/YYYY, hoặc YYYY-MM-DD)']);
    expectNoStackTrace(result.err);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the template', () => {
  it.each([
    ['vi', ['Đợt!B3: thiếu "name" (bắt buộc)', 'Đợt!B4: thiếu "asOf" (bắt buộc)']],
    ['en', ['Round!B3: "name" is required', 'Round!B4: "asOf" is required']],
  ] as const)('untouched (%s), says what is missing cell by cell', async (lang, lines) => {
    const path = join(dir, `template-${lang}.xlsx`);
    writeFileSync(path, await templateWorkbook(lang));
    expect(problems(path)).toEqual(lines);
  });
});
