/**
 * Files that are not workbooks end as one clear line, exit 2, before any library reads
 * them: a renamed CSV, an old .xls, an OpenDocument file, a 100 MB file, a zip bomb (honest
 * or lying about its sizes), a damaged archive.
 */
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packZip, readZip, ZipError } from '../../src/workbook/zip.ts';
import { expectNoStackTrace, runLines, tempDir } from '../support/cli.ts';

const { dir } = tempDir();

async function refused(name: string, bytes: Buffer | undefined, size?: number): Promise<string[]> {
  const path = join(dir, name);
  if (bytes) writeFileSync(path, bytes);
  else {
    const fd = openSync(path, 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
  }
  const result = await runLines('validate', path);
  expect(result.code).toBe(2);
  expectNoStackTrace(result.err);
  return result.err;
}

/** A minimal archive with the two parts an .xlsx must have, plus `extra`. */
const workbookParts = (extra: [string, Buffer][] = []) =>
  new Map<string, Buffer>([['[Content_Types].xml', Buffer.from('<Types/>')], ['xl/workbook.xml', Buffer.from('<workbook/>')], ...extra]);

/** Sets the declared uncompressed size of every entry (central directory and local headers). */
function declareSize(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = 0; at + 4 <= copy.length; at++) {
    const signature = copy.readUInt32LE(at);
    if (signature === 0x04034b50) copy.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

describe('not a workbook', () => {
  it('a CSV renamed .xlsx', async () => {
    expect(await refused('list.xlsx', Buffer.from('Mã;Họ và tên\nC-1;Nguyễn Văn A\n'))).toEqual([
      `${join(dir, 'list.xlsx')}: not an .xlsx workbook (perhaps a CSV or text file renamed): save it from Excel or LibreOffice as .xlsx`,
    ]);
  });

  it('an old .xls', async () => {
    const ole = Buffer.alloc(512);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    expect((await refused('old.xlsx', ole))[0]).toMatch(/an old \.xls workbook/);
  });

  it('a file of 100 MB, refused before it is read', async () => {
    expect((await refused('huge.xlsx', undefined, 100 * 1024 * 1024))[0]).toMatch(/the file is 100\.0 MB; a workbook is read up to 20 MB$/);
  });

  it('a zip that is no workbook, and a damaged one', async () => {
    expect((await refused('plain.xlsx', packZip(new Map([['a.txt', Buffer.from('a')]]), true)))[0]).toMatch(/a zip archive but not an \.xlsx workbook$/);
    const cut = packZip(workbookParts(), true);
    expect((await refused('cut.xlsx', cut.subarray(0, cut.length - 30)))[0]).toMatch(/a damaged \.xlsx file/);
  });

  it('a zip bomb that declares its size', async () => {
    const bomb = declareSize(packZip(workbookParts([['xl/worksheets/sheet1.xml', Buffer.alloc(1000)]]), true), 200 * 1024 * 1024);
    expect((await refused('bomb.xlsx', bomb))[0]).toMatch(/refused: \[Content_Types\]\.xml would unpack to more than 200 MB/);
  });

  it('a zip bomb that lies about its size: inflating stops at the declared size', () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const liar = declareSize(packZip(workbookParts([['xl/worksheets/sheet1.xml', zeros]]), true), 100);
    expect(() => readZip(liar)).toThrow(ZipError);
    expect(deflateRawSync(zeros).length).toBeLessThan(zeros.length / 100);
  });
});
