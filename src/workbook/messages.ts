/**
 * Sentences of workbook problems, in the workbook's language: issues are data (./values.ts,
 * ./zip.ts, the sheet-level ones below), each language renders every kind (`satisfies` makes
 * a missing sentence a type error). Problems found by the scenario validator arrive as English
 * sentences; the common ones are put into Vietnamese for a Vietnamese workbook.
 */
import type { Lang } from '../i18n/terms.ts';
import { RATING } from '../i18n/terms.ts';
import type { ZipFault } from './zip.ts';
import { GENDER_VI, SIDE_VI, type CellIssue } from './values.ts';

/** Problems of a sheet's shape or of a row, found before the scenario is validated. */
export type SheetIssue =
  | { kind: 'unknown-sheet'; expected: string }
  | { kind: 'duplicate-sheet'; first: string }
  | { kind: 'missing-sheet' }
  | { kind: 'unknown-column'; header: string }
  | { kind: 'duplicate-column'; header: string; first: string }
  | { kind: 'no-header' }
  | { kind: 'missing-column'; header: string }
  | { kind: 'unknown-cadre'; id: string }
  | { kind: 'required'; field?: string }
  | { kind: 'duplicate-key'; key: string; firstRow: number }
  | { kind: 'bad-key'; key: string }
  | { kind: 'no-key' }
  | { kind: 'no-round-row'; key: string };

export type WorkbookIssue = CellIssue | SheetIssue;

type Render = { [K in WorkbookIssue['kind']]: (issue: Extract<WorkbookIssue, { kind: K }>) => string };

const q = (text: string) => JSON.stringify(text);

const EN = {
  'not-a-date': (i) => `${q(i.text)} is not a date (a date cell, or DD/MM/YYYY, or YYYY-MM-DD)`,
  'number-not-date': (i) => `${i.value} is a number, not a date: type the whole date as DD/MM/YYYY or format the cell as a date`,
  'not-a-number': (i) => `${q(i.text)} is not a number`,
  'date-not-number': () => 'is a date, not a number',
  'not-yes-no': (i) => `${q(i.text)} is neither yes nor no (yes, no, true, false, x, 1, 0)`,
  'not-in-list': (i) => `${q(i.text)} is not one of ${LIST_WORDS[i.list].en}`,
  'no-value': () => 'a formula without a computed value: open and save the workbook in Excel or LibreOffice, or type the value',
  'error-value': (i) => `the cell shows the error ${i.code}`,
  'unknown-sheet': (i) => `unknown sheet (a workbook has the sheets ${i.expected})`,
  'duplicate-sheet': (i) => `the same list as sheet ${q(i.first)}`,
  'missing-sheet': () => 'this sheet is required and the workbook has none',
  'unknown-column': (i) => `unknown column ${q(i.header)}`,
  'duplicate-column': (i) => `column ${q(i.header)} appears twice (first in column ${i.first})`,
  'no-header': () => 'a column with values and no header',
  'missing-column': (i) => `missing column ${q(i.header)} (required)`,
  'unknown-cadre': (i) => `unknown cadre ${q(i.id)}`,
  required: (i) => (i.field ? `${q(i.field)} is required` : 'is required'),
  'duplicate-key': (i) => `${q(i.key)} appears twice (first at row ${i.firstRow})`,
  'bad-key': (i) => `${q(i.key)} is not a key (version, name, asOf, language or a policy path such as policy.minTenureMonths)`,
  'no-key': () => 'a value without a key',
  'no-round-row': (i) => `no row ${q(i.key)} (required)`,
} satisfies Render;

const VI = {
  'not-a-date': (i) => `${q(i.text)} không phải là ngày (ô kiểu ngày, hoặc DD/MM/YYYY, hoặc YYYY-MM-DD)`,
  'number-not-date': (i) => `${i.value} là số, không phải ngày: gõ đủ ngày dạng DD/MM/YYYY hoặc định dạng ô là ngày`,
  'not-a-number': (i) => `${q(i.text)} không phải là số`,
  'date-not-number': () => 'là ngày, không phải số',
  'not-yes-no': (i) => `${q(i.text)} không phải có hay không (có, không, x, 1, 0, true, false)`,
  'not-in-list': (i) => `${q(i.text)} không thuộc ${LIST_WORDS[i.list].vi}`,
  'no-value': () => 'công thức chưa có giá trị tính sẵn: mở và lưu lại bảng tính bằng Excel hoặc LibreOffice, hoặc gõ giá trị',
  'error-value': (i) => `ô đang báo lỗi ${i.code}`,
  'unknown-sheet': (i) => `trang không được dùng (bảng tính gồm các trang ${i.expected})`,
  'duplicate-sheet': (i) => `trùng danh sách với trang ${q(i.first)}`,
  'missing-sheet': () => 'thiếu trang bắt buộc này',
  'unknown-column': (i) => `cột không được dùng ${q(i.header)}`,
  'duplicate-column': (i) => `cột ${q(i.header)} bị lặp (đã có ở cột ${i.first})`,
  'no-header': () => 'cột có giá trị nhưng không có tiêu đề',
  'missing-column': (i) => `thiếu cột bắt buộc ${q(i.header)}`,
  'unknown-cadre': (i) => `không có cán bộ ${q(i.id)}`,
  required: (i) => (i.field ? `thiếu ${q(i.field)} (bắt buộc)` : 'thiếu (bắt buộc)'),
  'duplicate-key': (i) => `${q(i.key)} bị lặp (đã có ở dòng ${i.firstRow})`,
  'bad-key': (i) => `${q(i.key)} không phải khóa hợp lệ (version, name, asOf, language hoặc mục chính sách như policy.minTenureMonths)`,
  'no-key': () => 'có giá trị nhưng không có khóa',
  'no-round-row': (i) => `thiếu dòng bắt buộc ${q(i.key)}`,
} satisfies Render;

const LIST_WORDS = {
  gender: { en: 'male, female (Nam, Nữ)', vi: `${GENDER_VI.male}, ${GENDER_VI.female} (male, female)` },
  rating: { en: 'excellent, good, complete, incomplete', vi: Object.values(RATING.vi).join(', ') },
  side: { en: 'origin, destination, cadre', vi: `${SIDE_VI.origin}, ${SIDE_VI.destination}, ${SIDE_VI.cadre}` },
} as const;

export function issueText(issue: WorkbookIssue, lang: Lang): string {
  const table = (lang === 'vi' ? VI : EN) as Record<string, (issue: WorkbookIssue) => string>;
  return table[issue.kind]!(issue);
}

const FAULTS_EN: { [K in ZipFault['kind']]: (fault: Extract<ZipFault, { kind: K }>) => string } = {
  'too-large': (f) => `the file is ${(f.bytes / 1048576).toFixed(1)} MB; a workbook is read up to ${f.limit / 1048576} MB`,
  'old-xls': () => 'an old .xls workbook (or a password-protected one): save it as .xlsx (Excel Workbook) without a password',
  'not-zip': () => 'not an .xlsx workbook (perhaps a CSV or text file renamed): save it from Excel or LibreOffice as .xlsx',
  opendocument: () => 'an OpenDocument spreadsheet (.ods) renamed: save it as .xlsx',
  'not-workbook': () => 'a zip archive but not an .xlsx workbook',
  damaged: (f) => `a damaged .xlsx file (${f.detail})`,
  'unsupported-zip': (f) => `an .xlsx file in a form that is not read (${f.detail}): save it again from Excel or LibreOffice`,
  bomb: (f) => `refused: ${f.entry} would unpack to more than ${Math.round(f.bytes / 1048576)} MB (not a normal workbook)`,
};

export function faultText(fault: ZipFault): string {
  return (FAULTS_EN[fault.kind] as (fault: ZipFault) => string)(fault);
}

const KIND_VI: Record<string, string> = { unit: 'đơn vị', position: 'vị trí', cadre: 'cán bộ', title: 'chức danh' };

/** The validator's common sentences in Vietnamese; anything else stays as it is. */
const VALIDATOR_VI: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^is required$/, () => 'thiếu (bắt buộc)'],
  [/^unknown (unit|position|cadre|title) (".*")$/, (kind, id) => `không có ${KIND_VI[kind!]} ${id}`],
  [/^duplicate (unit|position|cadre|title) id (".*?")(.*)$/, (kind, id, rest) => `mã ${KIND_VI[kind!]} ${id} bị trùng${rest}`],
  [/^cadre (".*") holds position (".*"), not (".*")$/, (c, p, h) => `cán bộ ${c} đang giữ vị trí ${p}, không phải ${h}`],
  [/^position (".*") is already held by cadre (".*")$/, (p, c) => `vị trí ${p} đã do cán bộ ${c} giữ`],
  [/^position (".*") is vacant \(no holder\), but this cadre holds it$/, (p) => `vị trí ${p} không ghi người giữ, nhưng cán bộ này đang giữ`],
  [/^must be a whole number$/, () => 'phải là số nguyên'],
  [/^must not be negative$/, () => 'không được âm'],
  [/^must be a non-empty id$/, () => 'mã không được để trống'],
  [/^a destination consent must name its unit$/, () => 'ý kiến nơi đến phải ghi đơn vị'],
  [/^a forbid must name a unit or a position$/, () => 'phải ghi đơn vị hoặc vị trí'],
  [/^unknown title (".*") \(not in the titles catalogue\)$/, (id) => `không có chức danh ${id} ở trang Chức danh`],
  [/^unit parents form a cycle: (.*)$/, (cycle) => `đơn vị trực thuộc nhau thành vòng: ${cycle}`],
  [/^position (".*") names holder (".*"), not this cadre$/, (p, h) => `vị trí ${p} ghi người giữ ${h}, không phải cán bộ này`],
  [/^a second rating for (\d+)/, (year) => `xếp loại năm ${year} bị lặp`],
  [/^must be 1 or 2 \(the contract version\)$/, () => 'phải là 1 hoặc 2 (phiên bản định dạng)'],
  [/^is after asOf \((.*)\)$/, (dates) => `sau ngày asOf của đợt (${dates})`],
  [/^is before from \((.*)\)$/, (dates) => `trước ngày bắt đầu (${dates})`],
  [/^names the cadre itself$/, () => 'ghi chính cán bộ này'],
  [/^is a version 2 field \(this file says version: 1\)$/, () => 'chỉ dùng ở phiên bản 2 (trang Đợt ghi version: 1)'],
  [/^a list of hometowns is a version 2 field .*$/, () => 'nhiều quê quán chỉ dùng ở phiên bản 2 (trang Đợt ghi version: 1): ghi một mã địa bàn'],
  [/^unknown fields? (.*)$/, (keys) => `không dùng được ${keys}`],
];

export function validatorText(message: string, lang: Lang): string {
  if (lang !== 'vi') return message;
  for (const [pattern, render] of VALIDATOR_VI) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
