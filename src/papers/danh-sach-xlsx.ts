/**
 * The list of proposed rotations as an Excel workbook (exceljs): the header block of the Word
 * list (the body and the issuer on the left with the number and, for a secret round, the boxed
 * secrecy mark; "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line on the right), the title rows, the
 * same columns and rows, Times New Roman, A4 landscape fitted to the page width, the table's
 * heading repeated on every printed page. Deterministic bytes (zip.ts).
 */
import ExcelJS from 'exceljs';
import type { PapersFacts } from './facts.ts';
import { attachedLine, listTable } from './danh-sach.ts';
import { deterministicZip } from './zip.ts';

const FONT = 'Times New Roman';

export async function listWorkbook(facts: PapersFacts, date: string): Promise<Buffer> {
  const w = facts.words;
  const table = listTable(facts);
  const book = new ExcelJS.Workbook();
  const fixed = new Date(`${date}T00:00:00Z`);
  book.creator = 'rotaplan';
  book.lastModifiedBy = 'rotaplan';
  book.created = fixed;
  book.modified = fixed;
  book.title = w.docTitle(w.listType, facts.round.name);
  const sheet = book.addWorksheet(w.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  const width = table.columns.length;
  const h = facts.header;
  // The header block: the left part over the first columns, the right part over the rest.
  const split = Math.ceil(width * 0.42);
  const headerRow = (left: string, leftFont: Partial<ExcelJS.Font>, right = '', rightFont: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.addRow([]);
    sheet.mergeCells(row.number, 1, row.number, split);
    sheet.mergeCells(row.number, split + 1, row.number, width);
    const put = (col: number, text: string, font: Partial<ExcelJS.Font>) => {
      const cell = row.getCell(col);
      cell.value = text;
      cell.font = { name: FONT, size: 14, ...font };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    };
    put(1, left, leftFont);
    put(split + 1, right, rightFont);
    return row;
  };
  const party = headerRow(h.body, {}, w.party, { bold: true, size: w.partySize });
  party.getCell(split + 1).border = { bottom: { style: 'thin' } };
  headerRow(h.issuer.toLocaleUpperCase(w.lang), { bold: true }, w.dateLine(h.place, h.date), { italic: true });
  headerRow('*', {});
  headerRow(w.number(null, 'DS', h.symbol), {});
  if (h.secrecy) {
    // Boxed in one cell (the name column's) under the number, as narrow as the mark.
    const cell = sheet.addRow([]).getCell(2);
    cell.value = h.secrecy;
    cell.font = { name: FONT, size: 14, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = { top: { style: 'medium' }, left: { style: 'medium' }, bottom: { style: 'medium' }, right: { style: 'medium' } };
  }
  sheet.addRow([]);
  const titleRow = (text: string, style: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { name: FONT, size: 14, ...style };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    return row;
  };
  titleRow(w.listType, { bold: true, size: 15 });
  titleRow(w.listSubject, { bold: true });
  titleRow(facts.round.name, { bold: true });
  titleRow(attachedLine(facts), { italic: true, size: 12 });
  sheet.addRow([]);

  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const head1 = sheet.addRow(table.columns.map((c, i) => (i === table.group.from ? table.group.title : c.title)));
  const head2 = sheet.addRow(table.columns.map((c, i) => (i >= table.group.from && i < table.group.from + table.group.span ? c.title : '')));
  for (let i = 0; i < width; i++) {
    const inGroup = i >= table.group.from && i < table.group.from + table.group.span;
    if (!inGroup) sheet.mergeCells(head1.number, i + 1, head2.number, i + 1);
  }
  sheet.mergeCells(head1.number, table.group.from + 1, head1.number, table.group.from + table.group.span);
  for (const row of [head1, head2]) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = border;
    });
  }
  // About 160 characters in all: A4 landscape holds some 140, so the page prints at about 90%
  // (twice the shares printed 12 pt text at about 7 pt).
  const widths = table.columns.map((c) => Math.max(6, Math.round(c.share * 1.4)));
  for (const values of table.rows) {
    const row = sheet.addRow([...values]);
    // Spreadsheets do not grow a row to its wrapped text when they open a file: give it the lines it needs.
    const lines = Math.max(1, ...values.map((text, i) => Math.ceil((text.length * 1.1) / widths[i]!)));
    row.height = 16 * lines;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 12 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: table.columns[col - 1]!.align === 'center' ? 'center' : 'left' };
      cell.border = border;
    });
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.pageSetup.printTitlesRow = `${head1.number}:${head2.number}`;
  sheet.views = [{ state: 'frozen', ySplit: head2.number }];
  return deterministicZip(Buffer.from(await book.xlsx.writeBuffer()), date);
}
