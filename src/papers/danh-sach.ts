/**
 * The list of proposed rotations (danh sách), one row per rotation: STT, họ và tên, năm sinh
 * (under Nam or Nữ), dân tộc, quê quán, chức vụ và đơn vị hiện tại, chức vụ và đơn vị dự kiến,
 * loại, thời hạn luân chuyển, ghi chú. The same rows feed the Word list (A4 landscape, in the
 * Party's format) and the Excel workbook (danh-sach-xlsx.ts).
 */
import type { PapersFacts } from './facts.ts';
import { headerBlock, ruledTable, titleBlock, type Column, type PaperOptions } from './format.ts';

export interface ListTable {
  readonly columns: readonly Column[];
  /** "Năm sinh" spans the Nam and Nữ columns. */
  readonly group: { readonly title: string; readonly from: number; readonly span: number };
  readonly rows: readonly (readonly string[])[];
}

export function listTable(facts: PapersFacts): ListTable {
  const w = facts.words;
  const c = w.listColumns;
  const columns: Column[] = [
    { title: c.no, share: 6, align: 'center' },
    { title: c.name, share: 13 },
    { title: c.male, share: 6, align: 'center' },
    { title: c.female, share: 6, align: 'center' },
    { title: c.ethnicity, share: 7 },
    { title: c.hometown, share: 9 },
    { title: c.current, share: 16 },
    { title: c.proposed, share: 16 },
    { title: c.kind, share: 8 },
    // Wide enough for its heading on two lines: LibreOffice cuts a third line off the heading
    // repeated on later pages.
    { title: c.term, share: 12, align: 'center' },
    { title: c.notes, share: 13 },
  ];
  const rows = facts.rotations.map((r) => [
    String(r.no),
    r.name,
    r.gender === 'male' ? String(r.born.y) : '',
    r.gender === 'female' ? String(r.born.y) : '',
    r.ethnicity ?? w.dots,
    r.hometown ?? w.dots,
    r.from,
    r.to,
    w.kind(r.kind),
    w.months(r.termMonths),
    r.notes.join('; '),
  ]);
  return { columns, group: { title: c.born, from: 2, span: 2 }, rows };
}

export function attachedLine(facts: PapersFacts): string {
  const h = facts.header;
  return facts.words.attachedTo(h.number, h.symbol, h.date ? facts.words.shortDate(h.date) : null, h.issuer);
}

export function list(facts: PapersFacts): PaperOptions {
  const w = facts.words;
  const table = listTable(facts);
  return {
    title: w.docTitle(w.listType, facts.round.name),
    lang: facts.lang,
    orientation: 'landscape',
    sections: [
      [
        headerBlock(facts.header, w, 'landscape', w.number(null, 'DS', facts.header.symbol)),
        ...titleBlock(w.listType, [w.listSubject, facts.round.name], [attachedLine(facts)]),
        ruledTable(table.columns, table.rows, 'landscape', 12, [table.group]),
      ],
    ],
  };
}
