/**
 * Reading an input file's text safely: only a regular file is read (a folder, a named pipe,
 * a device such as /dev/zero or a socket is refused before any read could block or never
 * end), at most LIMITS.fileBytes bytes, and the bytes are decoded as UTF-8 or UTF-16 (with a
 * byte order mark, or recognised by its zero bytes). Text that is neither (a legacy 8-bit encoding, a binary file) is
 * refused with a sentence saying what to do. Lone CR line ends (old Mac editors) become LF,
 * as YAML reads them; in JSON they are white space either way.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './problems.ts';
import { formatBytes, LIMITS } from './limits.ts';

export interface SourceText {
  readonly text: string;
  readonly bytes: Buffer;
}

/** Why a path cannot be opened, in a planner's words. */
function openFailure(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a link that points back to itself?)';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read${code ? ` (${code})` : ''}`;
  }
}

function kindOf(stats: import('node:fs').Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The bytes of a regular file of at most LIMITS.fileBytes; `shown` names it in messages.
 * `checkSize` may refuse the size first, in its own words (a workbook's limit).
 */
export function readRegularFile(absolute: string, shown: string, noun = 'a scenario file', checkSize?: (bytes: number) => void): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(`${shown}: ${openFailure((error as NodeJS.ErrnoException).code)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const what = kindOf(stats);
      throw new InputError(`${shown}: is ${what}, not ${noun}`);
    }
    checkSize?.(stats.size);
    if (stats.size > LIMITS.fileBytes) throw new InputError(tooLarge(shown, stats.size));
    // Read at most one byte more than the limit, whatever the size said (a file may grow).
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, LIMITS.fileBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > LIMITS.fileBytes) throw new InputError(tooLarge(shown, length));
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${shown}: ${openFailure((error as NodeJS.ErrnoException).code)}`);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(shown: string, size: number): string {
  return `${shown}: the file is ${formatBytes(size)}, more than the limit of ${formatBytes(LIMITS.fileBytes)} for one input file`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes to text (see the header); every failure is one clear line. */
export function decodeText(bytes: Buffer, shown: string): string {
  if (bytes.length >= 4 && (bytes.readUInt32BE(0) === 0x0000feff || bytes.readUInt32LE(0) === 0x0000feff)) {
    throw new InputError(`${shown}: the file is UTF-32; save it as UTF-8`);
  }
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (utf16Order(bytes)) text = new TextDecoder(utf16Order(bytes)!).decode(bytes);
  else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new InputError(
        `${shown}: the file contains NUL bytes (at byte ${nul + 1}): it is binary, or UTF-16 without a byte order mark; save it as UTF-8 text`,
      );
    }
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new InputError(
        `${shown}: the file is not valid UTF-8 (first bad byte at line ${lineOf(bytes, at)}, byte ${at + 1}): save it as UTF-8 (a legacy encoding such as Windows-1258 or TCVN3 cannot be read)`,
      );
    }
  }
  text = text.replace(/^\uFEFF/, '');
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * UTF-16 without a byte order mark, recognised by its zero bytes: text whose first characters
 * are ASCII (a YAML or JSON file starts so) has every other byte zero, on the odd side in
 * little-endian order, on the even side in big-endian.
 */
function utf16Order(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  let le = true;
  let be = true;
  for (let i = 0; i < pairs; i++) {
    const even = bytes[2 * i]!;
    const odd = bytes[2 * i + 1]!;
    le &&= even !== 0 && odd === 0;
    be &&= even === 0 && odd !== 0;
  }
  return le ? 'utf-16le' : be ? 'utf-16be' : undefined;
}

function lineOf(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + extra + 1));
    } catch {
      return i;
    }
    i += extra + 1;
  }
  return i;
}

/** The text of an input file: a regular file, within the size limit, decoded. */
export function readSourceText(absolute: string, shown: string, noun = 'a scenario file'): SourceText {
  const bytes = readRegularFile(absolute, shown, noun);
  return { bytes, text: decodeText(bytes, shown) };
}
