/**
 * The workbook layout of a scenario: one sheet per list, each column a field, every name in
 * English and in Vietnamese, with the kind of value a column holds and a note for the
 * planner. The reader, the writer and the template all read this one table, so a sheet or a
 * column exists in one place only.
 */
import type { Lang } from '../i18n/terms.ts';

/** How a cell's content becomes a field's value (see ./values.ts). */
export type ValueKind =
  | 'text'
  | 'id'
  | 'date'
  | 'bool'
  | 'list'
  | 'number'
  | 'gender'
  | 'rating'
  | 'side'
  /** One locality code, or several separated by `;` (version 2's hometown). */
  | 'places';

/** The list an id column names, for the template's dropdowns. */
export type IdList = 'units' | 'positions' | 'titles' | 'cadres';

export interface Column {
  readonly field: string;
  readonly en: string;
  readonly vi: string;
  readonly kind: ValueKind;
  readonly required?: boolean;
  readonly ids?: IdList;
  /** What goes there and in what form, for the header's note. */
  readonly note: Readonly<Record<Lang, string>>;
}

export type SheetId =
  | 'round'
  | 'titles'
  | 'units'
  | 'positions'
  | 'cadres'
  | 'ratings'
  | 'history'
  | 'consents'
  | 'pins'
  | 'forbids';

/**
 * Where a sheet's rows go: a top-level list of the scenario, or a list inside the cadre
 * that the row's `cadre` column names (ratings, history).
 */
export type SheetTarget = { readonly list: string } | { readonly perCadre: string };

export interface SheetLayout {
  readonly id: SheetId;
  readonly en: string;
  readonly vi: string;
  readonly target?: SheetTarget;
  readonly required: boolean;
  readonly columns: readonly Column[];
}

const ID_NOTE = { en: 'Id: short text, unique in this sheet (e.g. ', vi: 'Mã: chuỗi ngắn, không trùng trong trang này (ví dụ ' };
const idColumn = (example: string): Column => ({
  field: 'id',
  en: 'id',
  vi: 'Mã',
  kind: 'id',
  required: true,
  note: { en: `${ID_NOTE.en}${example}).`, vi: `${ID_NOTE.vi}${example}).` },
});
const DATE_NOTE = { en: 'Date: a date cell, or text DD/MM/YYYY or YYYY-MM-DD.', vi: 'Ngày: ô kiểu ngày, hoặc chữ DD/MM/YYYY hay YYYY-MM-DD.' };
const BOOL_NOTE = { en: 'yes / no (also true, false, x, 1, 0); empty: ', vi: 'có / không (cũng nhận true, false, x, 1, 0); để trống: ' };
const LIST_NOTE = { en: 'A list: items separated by ";" (or ",").', vi: 'Danh sách: các mục cách nhau bởi dấu ";" (hoặc ",").' };
const join = (a: Readonly<Record<Lang, string>>, b: Readonly<Record<Lang, string>>): Record<Lang, string> => ({
  en: `${a.en} ${b.en}`,
  vi: `${a.vi} ${b.vi}`,
});
const boolNote = (en: string, vi: string, defaultEn: string, defaultVi: string) =>
  ({ en: `${en} ${BOOL_NOTE.en}${defaultEn}.`, vi: `${vi} ${BOOL_NOTE.vi}${defaultVi}.` });
const cadreRef: Column = {
  field: 'cadre',
  en: 'cadre',
  vi: 'Cán bộ',
  kind: 'id',
  required: true,
  ids: 'cadres',
  note: { en: 'Id of the cadre (sheet Cadres).', vi: 'Mã cán bộ (trang Cán bộ).' },
};
const unitRef = (required: boolean, en: string, vi: string): Column => ({
  field: 'unit',
  en: 'unit',
  vi: 'Đơn vị',
  kind: 'id',
  required,
  ids: 'units',
  note: { en: `Id of a unit (sheet Units). ${en}`.trim(), vi: `Mã đơn vị (trang Đơn vị). ${vi}`.trim() },
});
const noteColumn: Column = {
  field: 'note',
  en: 'note',
  vi: 'Ghi chú',
  kind: 'text',
  note: { en: 'Free text, carried into reports.', vi: 'Ghi chú tự do, đưa vào báo cáo.' },
};

export const SHEETS: readonly SheetLayout[] = [
  {
    id: 'round',
    en: 'Round',
    vi: 'Đợt',
    required: true,
    columns: [
      {
        field: 'key',
        en: 'key',
        vi: 'Khóa',
        kind: 'text',
        note: {
          en: 'version, name, asOf, language, or a policy path such as policy.minTenureMonths or policy.stability.maxOutPerUnit.',
          vi: 'version, name, asOf, language, hoặc một mục chính sách như policy.minTenureMonths hay policy.stability.maxOutPerUnit.',
        },
      },
      {
        field: 'value',
        en: 'value',
        vi: 'Giá trị',
        kind: 'text',
        note: {
          en: 'name: text; asOf: a date (DD/MM/YYYY); others: a number, true/false, null, a JSON list ["a","b"] or object, else text.',
          vi: 'name: chữ; asOf: ngày (DD/MM/YYYY); mục khác: số, true/false, null, danh sách JSON ["a","b"] hoặc đối tượng JSON, còn lại là chữ.',
        },
      },
    ],
  },
  {
    id: 'titles',
    en: 'Titles',
    vi: 'Chức danh',
    target: { list: 'titles' },
    required: false,
    columns: [
      idColumn('xa-bi-thu'),
      { field: 'name', en: 'name', vi: 'Tên', kind: 'text', note: { en: 'Name of the title as papers show it.', vi: 'Tên chức danh như trên văn bản.' } },
      {
        field: 'level',
        en: 'level',
        vi: 'Cấp',
        kind: 'number',
        required: true,
        note: { en: 'A whole number; higher is more senior.', vi: 'Số nguyên; càng cao càng cao cấp.' },
      },
      {
        field: 'key',
        en: 'key',
        vi: 'Chủ chốt',
        kind: 'bool',
        note: boolNote('A key title (secretary, chairman)?', 'Chức danh chủ chốt (bí thư, chủ tịch)?', 'no', 'không'),
      },
    ],
  },
  {
    id: 'units',
    en: 'Units',
    vi: 'Đơn vị',
    target: { list: 'units' },
    required: true,
    columns: [
      idColumn('U-FIN'),
      { field: 'name', en: 'name', vi: 'Tên', kind: 'text', note: { en: 'Name of the unit.', vi: 'Tên đơn vị.' } },
      { field: 'kind', en: 'kind', vi: 'Loại', kind: 'text', note: { en: 'Kind of unit (department, commune...).', vi: 'Loại đơn vị (sở, xã...).' } },
      {
        field: 'parent',
        en: 'parent',
        vi: 'Trực thuộc',
        kind: 'id',
        ids: 'units',
        note: { en: 'Id of the unit above it (sheet Units); empty for none.', vi: 'Mã đơn vị cấp trên (trang Đơn vị); để trống nếu không có.' },
      },
      {
        field: 'locality',
        en: 'locality',
        vi: 'Địa bàn',
        kind: 'text',
        note: { en: 'Locality code, compared with the cadres\' hometown.', vi: 'Mã địa bàn, so với quê quán của cán bộ.' },
      },
    ],
  },
  {
    id: 'positions',
    en: 'Positions',
    vi: 'Vị trí',
    target: { list: 'positions' },
    required: true,
    columns: [
      idColumn('P-LN-SEC'),
      unitRef(true, '', ''),
      {
        field: 'title',
        en: 'title',
        vi: 'Chức danh',
        kind: 'id',
        required: true,
        ids: 'titles',
        note: { en: 'Title of the post (an id of sheet Titles when it has any).', vi: 'Chức danh của vị trí (mã ở trang Chức danh nếu có).' },
      },
      { field: 'name', en: 'name', vi: 'Tên', kind: 'text', note: { en: 'Name of the post.', vi: 'Tên vị trí.' } },
      {
        field: 'holder',
        en: 'holder',
        vi: 'Người giữ',
        kind: 'id',
        ids: 'cadres',
        note: { en: 'Id of the cadre holding it (sheet Cadres); empty when vacant.', vi: 'Mã cán bộ đang giữ (trang Cán bộ); để trống nếu khuyết.' },
      },
      {
        field: 'mustFill',
        en: 'mustFill',
        vi: 'Bắt buộc bố trí',
        kind: 'bool',
        note: boolNote('Must the post be filled after the plan?', 'Sau phương án vị trí phải có người?', 'no', 'không'),
      },
      { field: 'offers', en: 'offers', vi: 'Rèn luyện được', kind: 'list', note: join({ en: 'Experience the post gives (tags).', vi: 'Kinh nghiệm vị trí mang lại (nhãn).' }, LIST_NOTE) },
      { field: 'desired', en: 'desired', vi: 'Cần kinh nghiệm', kind: 'list', note: join({ en: 'Experience the post wants (tags).', vi: 'Kinh nghiệm vị trí cần (nhãn).' }, LIST_NOTE) },
    ],
  },
  {
    id: 'cadres',
    en: 'Cadres',
    vi: 'Cán bộ',
    target: { list: 'cadres' },
    required: true,
    columns: [
      idColumn('C-01'),
      { field: 'name', en: 'name', vi: 'Họ và tên', kind: 'text', note: { en: 'Full name.', vi: 'Họ và tên.' } },
      { field: 'gender', en: 'gender', vi: 'Giới tính', kind: 'gender', required: true, note: { en: 'male or female (Nam or Nữ).', vi: 'Nam hoặc Nữ (male, female).' } },
      { field: 'born', en: 'born', vi: 'Ngày sinh', kind: 'date', required: true, note: join({ en: 'Date of birth.', vi: 'Ngày sinh.' }, DATE_NOTE) },
      { field: 'minority', en: 'minority', vi: 'Dân tộc thiểu số', kind: 'bool', note: boolNote('Ethnic minority?', 'Người dân tộc thiểu số?', 'no', 'không') },
      {
        field: 'hometown',
        en: 'hometown',
        vi: 'Quê quán',
        kind: 'places',
        note: { en: 'Locality code (or several separated by ";"), compared with Units\' locality.', vi: 'Mã địa bàn quê quán (hoặc nhiều mã cách nhau bởi ";"), so với Địa bàn của đơn vị.' },
      },
      {
        field: 'position',
        en: 'position',
        vi: 'Chức vụ hiện tại',
        kind: 'id',
        required: true,
        ids: 'positions',
        note: { en: 'Id of the post held now (sheet Positions).', vi: 'Mã vị trí đang giữ (trang Vị trí).' },
      },
      { field: 'since', en: 'since', vi: 'Từ ngày', kind: 'date', required: true, note: join({ en: 'Start in the current post.', vi: 'Ngày bắt đầu giữ chức vụ hiện tại.' }, DATE_NOTE) },
      {
        field: 'rating',
        en: 'rating',
        vi: 'Xếp loại',
        kind: 'rating',
        note: { en: 'Latest annual rating: excellent, good, complete or incomplete.', vi: 'Xếp loại gần nhất: Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ.' },
      },
      { field: 'planning', en: 'planning', vi: 'Quy hoạch', kind: 'list', note: join({ en: 'Titles the cadre is in the succession plan for.', vi: 'Các chức danh được quy hoạch.' }, LIST_NOTE) },
      { field: 'experience', en: 'experience', vi: 'Kinh nghiệm', kind: 'list', note: join({ en: 'Experience (tags).', vi: 'Kinh nghiệm (nhãn).' }, LIST_NOTE) },
      { field: 'goals', en: 'goals', vi: 'Mục tiêu rèn luyện', kind: 'list', note: join({ en: 'Development goals (tags).', vi: 'Mục tiêu rèn luyện (nhãn).' }, LIST_NOTE) },
      { field: 'preferences', en: 'preferences', vi: 'Nguyện vọng', kind: 'list', note: join({ en: 'Units the cadre would like to go to (ids).', vi: 'Các đơn vị cán bộ muốn đến (mã).' }, LIST_NOTE) },
      { field: 'relatives', en: 'relatives', vi: 'Người thân', kind: 'list', note: join({ en: 'Relatives among the cadres (ids).', vi: 'Người thân trong danh sách cán bộ (mã).' }, LIST_NOTE) },
      { field: 'available', en: 'available', vi: 'Sẵn sàng', kind: 'bool', note: boolNote('Available for rotation?', 'Sẵn sàng luân chuyển?', 'yes', 'có') },
      {
        field: 'rotated',
        en: 'rotated',
        vi: 'Đang luân chuyển',
        kind: 'bool',
        note: boolNote('Is the current post itself a rotation (version 2)?', 'Chức vụ hiện tại là do luân chuyển đến (phiên bản 2)?', 'no', 'không'),
      },
      {
        field: 'mustMove',
        en: 'mustMove',
        vi: 'Phải luân chuyển',
        kind: 'bool',
        note: boolNote('Must leave the current post in this round (version 2)?', 'Phải rời chức vụ hiện tại trong đợt này (phiên bản 2)?', 'no', 'không'),
      },
      {
        field: 'alsoHolds',
        en: 'alsoHolds',
        vi: 'Kiêm nhiệm',
        kind: 'list',
        note: join({ en: 'Posts held at the same time (ids, version 2).', vi: 'Các vị trí kiêm nhiệm (mã, phiên bản 2).' }, LIST_NOTE),
      },
    ],
  },
  {
    id: 'ratings',
    en: 'Ratings',
    vi: 'Đánh giá',
    target: { perCadre: 'ratings' },
    required: false,
    columns: [
      cadreRef,
      { field: 'year', en: 'year', vi: 'Năm', kind: 'number', required: true, note: { en: 'Year of the rating (e.g. 2026).', vi: 'Năm đánh giá (ví dụ 2026).' } },
      {
        field: 'rating',
        en: 'rating',
        vi: 'Xếp loại',
        kind: 'rating',
        required: true,
        note: { en: 'excellent, good, complete or incomplete.', vi: 'Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ.' },
      },
    ],
  },
  {
    id: 'history',
    en: 'History',
    vi: 'Quá trình công tác',
    target: { perCadre: 'history' },
    required: false,
    columns: [
      cadreRef,
      unitRef(false, '', ''),
      { field: 'title', en: 'title', vi: 'Chức danh', kind: 'text', note: { en: 'Title held there.', vi: 'Chức danh đã giữ.' } },
      { field: 'from', en: 'from', vi: 'Từ ngày', kind: 'date', note: DATE_NOTE },
      { field: 'to', en: 'to', vi: 'Đến ngày', kind: 'date', note: DATE_NOTE },
      { field: 'rotation', en: 'rotation', vi: 'Luân chuyển', kind: 'bool', note: boolNote('Was it a rotation?', 'Có phải luân chuyển?', 'no', 'không') },
    ],
  },
  {
    id: 'consents',
    en: 'Consents',
    vi: 'Ý kiến',
    target: { list: 'consents' },
    required: false,
    columns: [
      {
        field: 'side',
        en: 'side',
        vi: 'Bên',
        kind: 'side',
        required: true,
        note: { en: 'origin, destination or cadre.', vi: 'Nơi đi, Nơi đến hoặc Cán bộ.' },
      },
      cadreRef,
      unitRef(false, 'Needed for the destination side.', 'Bắt buộc với ý kiến nơi đến.'),
      {
        field: 'agree',
        en: 'agree',
        vi: 'Đồng ý',
        kind: 'bool',
        required: true,
        note: { en: 'yes: agrees; no: objects.', vi: 'có: đồng ý; không: không đồng ý.' },
      },
      noteColumn,
    ],
  },
  {
    id: 'pins',
    en: 'Pins',
    vi: 'Chủ trương',
    target: { list: 'pins' },
    required: false,
    columns: [
      cadreRef,
      {
        field: 'position',
        en: 'position',
        vi: 'Vị trí',
        kind: 'id',
        required: true,
        ids: 'positions',
        note: { en: 'Id of the post the cadre must go to (sheet Positions).', vi: 'Mã vị trí cán bộ phải đến (trang Vị trí).' },
      },
      noteColumn,
    ],
  },
  {
    id: 'forbids',
    en: 'Forbids',
    vi: 'Không bố trí',
    target: { list: 'forbids' },
    required: false,
    columns: [
      cadreRef,
      unitRef(false, 'A unit, or a post, or both.', 'Một đơn vị, một vị trí, hoặc cả hai.'),
      {
        field: 'position',
        en: 'position',
        vi: 'Vị trí',
        kind: 'id',
        ids: 'positions',
        note: { en: 'Id of a post (sheet Positions).', vi: 'Mã vị trí (trang Vị trí).' },
      },
      noteColumn,
    ],
  },
];

/** Names compare after trimming, NFC normalisation and case folding. */
export function nameKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function sheetName(sheet: SheetLayout, lang: Lang): string {
  return lang === 'vi' ? sheet.vi : sheet.en;
}

export function columnName(column: Column, lang: Lang): string {
  return lang === 'vi' ? column.vi : column.en;
}

export function sheetLayout(id: SheetId): SheetLayout {
  return SHEETS.find((sheet) => sheet.id === id)!;
}
