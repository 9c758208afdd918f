/**
 * The Party's document format (Hướng dẫn 36-HD/VPTW, 2018) as docx building blocks, shared by
 * every paper: A4, Times New Roman, margins 20/15/30/15 mm (top, right... as the guide asks:
 * left 30–35, right 15–20, top and bottom 20–25), the header block as a two-column borderless
 * table (issuer left, "ĐẢNG CỘNG SẢN VIỆT NAM" right with a rule under it, number, place and
 * date in italics, a boxed secrecy mark), the type and subject centred, body 14 pt justified
 * with a first-line indent and 6 pt between paragraphs, the signature block beside "Nơi nhận",
 * page numbers centred at the top from page 2. Output bytes are fixed (see zip.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LeaderType,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { PaperHeader } from './facts.ts';
import type { PapersWords } from './words-vi.ts';
import { deterministicZip } from './zip.ts';

export const FONT = 'Times New Roman';
/** Half-points, as docx counts font sizes. */
const pt = (points: number) => points * 2;
/** Twips (1/20 pt) from millimetres. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

const A4 = { width: mm(210), height: mm(297) };
const PORTRAIT_MARGIN = { top: mm(20), right: mm(15), bottom: mm(20), left: mm(30) };
const LANDSCAPE_MARGIN = { top: mm(20), right: mm(15), bottom: mm(15), left: mm(20) };

export type Orientation = 'portrait' | 'landscape';

/** The width text may take on the page, in twips. */
export function contentWidth(orientation: Orientation): number {
  return orientation === 'portrait'
    ? A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right
    : A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: pt(style.size ?? 14), bold: style.bold, italics: style.italics });
}

export function centred(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: after * 20 }, children: [run(text, style)] });
}

/** Body text: 14 pt, justified, first line indented 1 cm, 6 pt after (HD 36). */
export function body(text: string | readonly TextRun[], style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 300 },
    children: typeof text === 'string' ? [run(text, style)] : [...text],
  });
}

/** A line to write on: the label (if any), then dots to the right margin. */
export function dottedLine(label: string, orientation: Orientation): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: 120 },
    tabStops: [{ type: TabStopType.RIGHT, position: contentWidth(orientation), leader: LeaderType.DOT }],
    children: [run(label), new TextRun({ children: [new Tab()], font: FONT, size: pt(14) })],
  });
}

/** Empty space of the given height in points (before a signature block, a table). */
export function space(points: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: points * 20 }, children: [] });
}

/** A section heading of the body: bold, indented like the body. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

function cell(children: readonly Paragraph[], width: number, borders = NO_BORDERS): TableCell {
  return new TableCell({ children: [...children], width: { size: width, type: WidthType.DXA }, borders: { ...borders } });
}

/**
 * The header block of the first page. `number` is the line "Số …-TTr/BTCTU" (null: none, as
 * on a ballot).
 */
export function headerBlock(header: PaperHeader, words: PapersWords, orientation: Orientation, number: string | null): Table {
  const width = contentWidth(orientation);
  const left = Math.round(width * 0.42);
  const right = width - left;
  const leftCell = [
    centred(header.body),
    centred(header.issuer.toLocaleUpperCase(words.lang), { bold: true }),
    centred('*', { size: 14 }),
    ...(number ? [centred(number)] : []),
    ...(header.secrecy ? [secrecyMark(header.secrecy, left)] : []),
  ];
  // The rule under the Party's heading: a bottom border narrowed to about the heading's width
  // (15 pt bold capitals take about 0.7 em a letter).
  const headingWidth = Math.round(words.party.length * words.partySize * 0.7 * 20);
  const rule = Math.max(0, Math.round((right - headingWidth) / 2));
  const rightCell = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: rule, right: rule },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [run(words.party, { size: words.partySize, bold: true })],
    }),
    new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [run(words.dateLine(header.place, header.date), { italics: true })] }),
  ];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftCell, left), cell(rightCell, right)] })],
  });
}

/** The secrecy mark, bold in a box about 25 mm wide, centred in the issuer's column. */
function secrecyMark(text: string, column: number): Paragraph {
  const side = Math.max(0, Math.round((column - mm(25)) / 2));
  const box: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120 },
    indent: { left: side, right: side },
    border: { top: box, bottom: box, left: box, right: box },
    children: [run(text.toLocaleUpperCase('vi'), { size: 14, bold: true })],
  });
}

/** The type of the document in bold capitals, its subject under it, a short rule. */
export function titleBlock(type: string, subject: readonly string[], extra: readonly string[] = []): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: [run(type, { size: 16, bold: true })] }),
    ...subject.map((line) => centred(line, { bold: true })),
    ...extra.map((line) => centred(line, { italics: true })),
    centred('-----', {}, 12),
  ];
}

/** "Nơi nhận" on the left, the signature block on the right, side by side. */
export function signatureBlock(header: PaperHeader, words: PapersWords): Table {
  const width = contentWidth('portrait');
  const left = Math.round(width * 0.45);
  const right = width - left;
  const small = (text: string) => new Paragraph({ children: [run(text, { size: 12 })] });
  const recipients = [
    new Paragraph({ children: [run(words.recipientsHead, { size: 12, bold: true })] }),
    ...header.recipients.map((recipient) => small(`- ${recipient},`)),
    small(`- ${words.keep(header.symbol)}.`),
  ];
  const signature = [
    centred(header.signer.behalf, { bold: true }),
    centred(header.signer.title, { bold: true }),
    new Paragraph({ spacing: { before: 1440 }, alignment: AlignmentType.CENTER, children: [run(header.signer.name ?? '……………………', { bold: true })] }),
  ];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, left), cell(signature, right)] })],
  });
}

export interface Column {
  readonly title: string;
  /** Share of the table's width. */
  readonly share: number;
  readonly align?: 'left' | 'center';
}

/** Word's cell margins, left and right together (twips). */
const CELL_PADDING = 2 * 108;

/**
 * The twips a word needs at `size` points in Times New Roman: its letters average about half
 * an em, capitals and marks more; 0.56 em a letter (0.62 in bold) errs on the wide side.
 */
const wordWidth = (word: string, size: number, bold: boolean) => Math.ceil([...word].length * size * 20 * (bold ? 0.62 : 0.56));

/**
 * The columns' widths in twips, summing to `width`: each its share, but none narrower than its
 * longest word (header or cell), so that no word breaks in the middle ("H'Mông", "Female"); a
 * column held at its longest word leaves the rest to the others, by their shares. A word too
 * long for any column (a web address in a note) gives up its column's guarantee, not the
 * others'.
 */
export function columnWidths(columns: readonly Column[], rows: readonly (readonly string[])[], width: number, size: number): number[] {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const least = columns.map(
    (c, j) =>
      CELL_PADDING +
      Math.max(0, ...words(c.title).map((word) => wordWidth(word, size, true)), ...rows.flatMap((row) => words(row[j] ?? '').map((word) => wordWidth(word, size, false)))),
  );
  const all = columns.map((_, j) => j);
  const sum = (indices: readonly number[]) => indices.reduce((total, j) => total + least[j]!, 0);
  // The widest needs go first when they cannot all be met.
  while (sum(all) > width) least[all.reduce((a, b) => (least[b]! > least[a]! ? b : a))] = 0;
  const byShares = (indices: readonly number[], room: number) => {
    const total = indices.reduce((t, j) => t + columns[j]!.share, 0);
    return new Map(indices.map((j) => [j, total > 0 ? (room * columns[j]!.share) / total : room / indices.length]));
  };
  const held = new Set<number>();
  for (;;) {
    const free = all.filter((j) => !held.has(j));
    const room = width - sum([...held]);
    if (free.length === 0) {
      const extra = byShares(all, room);
      return wholeTwips(all.map((j) => least[j]! + extra.get(j)!));
    }
    const shares = byShares(free, room);
    const short = free.filter((j) => shares.get(j)! < least[j]!);
    if (short.length === 0) return wholeTwips(all.map((j) => (held.has(j) ? least[j]! : shares.get(j)!)));
    for (const j of short) held.add(j);
  }
}

/** Widths rounded to whole twips with the same sum: the largest remainders round up. */
function wholeTwips(widths: readonly number[]): number[] {
  const floors = widths.map(Math.floor);
  let left = Math.round(widths.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = widths.map((w, j) => ({ j, rest: w - Math.floor(w) })).sort((a, b) => b.rest - a.rest || a.j - b.j);
  for (const { j } of order) {
    if (left <= 0) break;
    floors[j]! += 1;
    left -= 1;
  }
  return floors;
}

/**
 * A ruled table (the list, the ballot): header rows repeated on every page, rows never split.
 * `groups` puts a spanning title over consecutive columns ("Năm sinh" over Nam | Nữ).
 */
export function ruledTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  orientation: Orientation,
  size = 12,
  groups: readonly { readonly title: string; readonly from: number; readonly span: number }[] = [],
  numbered = true,
): Table {
  const width = contentWidth(orientation);
  const widths = columnWidths(columns, rows, width, size);
  const para = (text: string, style: RunStyle, align: 'left' | 'center' = 'left') =>
    text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 40, after: 40 },
          children: [run(line, { size, ...style })],
        }),
    );
  const headCell = (text: string, i: number, span = 1, rowSpan = 1) =>
    new TableCell({
      children: para(text, { bold: true }, 'center'),
      width: { size: widths.slice(i, i + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      rowSpan: rowSpan > 1 ? rowSpan : undefined,
      verticalAlign: VerticalAlignTable.CENTER,
      borders: GRID,
    });
  const headerRows: TableRow[] = [];
  if (groups.length === 0) {
    headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => headCell(c.title, i)) }));
  } else {
    const top: TableCell[] = [];
    const bottom: TableCell[] = [];
    for (let i = 0; i < columns.length; i++) {
      const group = groups.find((g) => g.from === i);
      if (group) {
        top.push(headCell(group.title, i, group.span));
        for (let j = i; j < i + group.span; j++) bottom.push(headCell(columns[j]!.title, j));
        i += group.span - 1;
      } else top.push(headCell(columns[i]!.title, i, 1, 2));
    }
    headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: top }));
    headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: bottom }));
  }
  const numbers = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => new TableCell({ children: para(`(${i + 1})`, { italics: true }, 'center'), width: { size: widths[i]!, type: WidthType.DXA }, borders: GRID })),
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      ...headerRows,
      ...(numbered ? [numbers] : []),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map(
              (text, i) =>
                new TableCell({ children: para(text, {}, columns[i]!.align), width: { size: widths[i]!, type: WidthType.DXA }, borders: GRID }),
            ),
          }),
      ),
    ],
  });
}

/** A borderless two-column table of label: value lines (the career summary's fields). */
export function fieldTable(fields: readonly (readonly [string, readonly string[]])[], orientation: Orientation): Table {
  const width = contentWidth(orientation);
  const left = Math.round(width * 0.3);
  const right = width - left;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: fields.map(
      ([label, values]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ spacing: { after: 120 }, children: [run(`${label}:`, { size: 14, bold: true })] })], left),
            cell(
              (values.length > 0 ? values : ['……………………']).map(
                (value) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(value, { size: 14 })] }),
              ),
              right,
            ),
          ],
        }),
    ),
  });
}

export interface PaperOptions {
  readonly title: string;
  readonly lang: 'vi' | 'en';
  readonly orientation: Orientation;
  /** Each section starts a new page; the page numbers run on through them. */
  readonly sections: readonly (readonly (Paragraph | Table)[])[];
}

/** The .docx bytes of a paper; `date` (YYYY-MM-DD) is written as its creation date. */
export async function paperBytes(options: PaperOptions, date: string): Promise<Buffer> {
  const landscape = options.orientation === 'landscape';
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })] })],
  });
  const doc = new Document({
    title: options.title,
    creator: 'rotaplan',
    lastModifiedBy: 'rotaplan',
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(14), language: { value: options.lang === 'vi' ? 'vi-VN' : 'en-GB' } } },
      },
    },
    sections: options.sections.map((children, i) => ({
      properties: {
        // Page numbers from page 2: the first page of the paper has an empty header.
        titlePage: i === 0,
        page: {
          // docx swaps width and height itself for a landscape page.
          size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { ...(landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN), header: mm(10), footer: mm(10) },
        },
      },
      headers: { default: pageNumber, first: new Header({ children: [] }) },
      children: [...children],
    })),
  });
  return deterministicZip(await Packer.toBuffer(doc), date);
}
