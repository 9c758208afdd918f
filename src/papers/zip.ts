/**
 * Office files (.docx, .xlsx) are zip archives, and the libraries that write them stamp each
 * entry with the time of writing and put the time into docProps/core.xml. The papers must be
 * the same bytes for the same input, so every archive is re-packed by the workbook's zip code
 * (src/workbook/zip.ts: fixed entry times, the same order), with core.xml's created and
 * modified dates set to the paper's own date.
 */
import { inflateRawSync } from 'node:zlib';
import { packZip } from '../workbook/zip.ts';

/**
 * The entries of an archive a library just wrote, in the order of its central directory.
 * (src/workbook/zip.ts reads untrusted workbooks, with limits, and only workbooks.)
 */
export function readZip(zip: Buffer | Uint8Array): Map<string, Buffer> {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The archive re-packed without the time of writing: `date` (YYYY-MM-DD) becomes its created and modified dates. */
export function deterministicZip(zip: Buffer | Uint8Array, date: string): Buffer {
  const stamp = `${date}T00:00:00Z`;
  const entries = new Map<string, Uint8Array>();
  for (const [name, data] of readZip(zip)) {
    if (name !== 'docProps/core.xml') {
      entries.set(name, data);
      continue;
    }
    const xml = data.toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    entries.set(name, Buffer.from(xml, 'utf8'));
  }
  return packZip(entries, true);
}

/** A zip of named files in their order, with no time in it (the five papers in one download). */
export function writeZip(entries: readonly { readonly name: string; readonly data: Uint8Array }[]): Buffer {
  return packZip(new Map(entries.map((entry) => [entry.name, entry.data])), true);
}
