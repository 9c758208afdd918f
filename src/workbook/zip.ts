/**
 * The zip container of an .xlsx, read by hand before any library sees it: the central
 * directory gives every entry's declared sizes, which are checked against fixed limits, and
 * each entry is inflated with a cap at its declared size, so a zip bomb, a lying header or a
 * file that is no zip at all ends as one clear sentence instead of a hang or an exhausted heap.
 * `packZip` packs entries back with a fixed timestamp (byte-identical output for the same entries).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Limits far above any round (a 2,000-cadre workbook is ~150 KB zipped, ~3 MB inflated). */
export const ZIP_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  entries: 2_000,
  entryBytes: 64 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
} as const;

/** Why a file is not a workbook we can read (rendered by ./messages.ts). */
export type ZipFault =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'old-xls' }
  | { kind: 'not-zip' }
  | { kind: 'opendocument' }
  | { kind: 'not-workbook' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'unsupported-zip'; detail: string }
  | { kind: 'bomb'; entry: string; bytes: number };

export class ZipError extends Error {
  constructor(readonly fault: ZipFault) {
    super(fault.kind);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/** Every entry of the archive, inflated and checked; throws ZipError. */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length > ZIP_LIMITS.fileBytes) throw new ZipError({ kind: 'too-large', bytes: buffer.length, limit: ZIP_LIMITS.fileBytes });
  if (buffer.length >= 8 && buffer.readUInt32BE(0) === 0xd0cf11e0) throw new ZipError({ kind: 'old-xls' });
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== LOCAL) throw new ZipError({ kind: 'not-zip' });
  const entries = centralDirectory(buffer);
  let total = 0;
  for (const entry of entries) {
    if (entry.size > ZIP_LIMITS.entryBytes) throw new ZipError({ kind: 'bomb', entry: entry.name, bytes: entry.size });
    total += entry.size;
    if (total > ZIP_LIMITS.totalBytes) throw new ZipError({ kind: 'bomb', entry: entry.name, bytes: total });
  }
  const files = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    files.set(entry.name, inflateEntry(buffer, entry));
  }
  if (files.has('mimetype') && files.get('mimetype')!.toString('latin1').includes('opendocument')) throw new ZipError({ kind: 'opendocument' });
  if (!files.has('[Content_Types].xml') || ![...files.keys()].some((name) => /(^|\/)workbook\.xml$/i.test(name))) {
    throw new ZipError({ kind: 'not-workbook' });
  }
  return files;
}

function centralDirectory(buffer: Buffer): CentralEntry[] {
  // The end record is within the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let at = buffer.length - 22; at >= Math.max(0, buffer.length - 22 - 0xffff); at--) {
    if (buffer.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError({ kind: 'damaged', detail: 'no end of central directory' });
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const start = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff) throw new ZipError({ kind: 'unsupported-zip', detail: 'zip64' });
  if (count > ZIP_LIMITS.entries) throw new ZipError({ kind: 'bomb', entry: `${count} entries`, bytes: 0 });
  if (start + size > end) throw new ZipError({ kind: 'damaged', detail: 'central directory out of bounds' });
  const entries: CentralEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== CENTRAL) throw new ZipError({ kind: 'damaged', detail: 'bad central directory entry' });
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    entries.push({
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      compressed: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      offset: buffer.readUInt32LE(at + 42),
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateEntry(buffer: Buffer, entry: CentralEntry): Buffer {
  if (entry.flags & 1) throw new ZipError({ kind: 'unsupported-zip', detail: 'encrypted entry' });
  const at = entry.offset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) throw new ZipError({ kind: 'damaged', detail: `bad local header of ${entry.name}` });
  const dataStart = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(dataStart, dataStart + entry.compressed);
  if (dataStart + entry.compressed > buffer.length) throw new ZipError({ kind: 'damaged', detail: `${entry.name} is cut short` });
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(data);
  else if (entry.method === 8) {
    try {
      // One byte more than declared: an entry that inflates beyond its size is caught, not obeyed.
      out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError({ kind: 'bomb', entry: entry.name, bytes: entry.size + 1 });
      throw new ZipError({ kind: 'damaged', detail: `${entry.name} does not inflate` });
    }
  } else throw new ZipError({ kind: 'unsupported-zip', detail: `compression method ${entry.method}` });
  if (out.length !== entry.size) throw new ZipError({ kind: 'damaged', detail: `${entry.name} has the wrong size` });
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Packs entries into a zip, in the given order, with a fixed timestamp (1980-01-01), so the
 * same entries always give the same bytes; `deflate: false` stores them (fast, for reading).
 */
export function packZip(files: ReadonlyMap<string, Uint8Array>, deflate: boolean): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const body = deflate ? deflateRawSync(data, { level: 6 }) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const method = deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
