/**
 * A workbook as plain cells, read synchronously (the scenario loader is synchronous, exceljs
 * is not): the zip is checked by ./zip.ts, the parts a reader does not need and that make
 * exceljs expand ranges cell by cell (data validations, merges, conditional formats over whole
 * columns) are cut out, and exceljs runs in a worker thread this thread waits for.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { packZip, readZip } from './zip.ts';

/** One non-empty cell; `formula` when a formula computed it (the cached value is given). */
export type Cell =
  | { readonly t: 'text'; readonly v: string; readonly formula?: boolean }
  | { readonly t: 'number'; readonly v: number; readonly formula?: boolean }
  | { readonly t: 'bool'; readonly v: boolean; readonly formula?: boolean }
  /** A number with a date format, as its Excel serial in the 1900 system. */
  | { readonly t: 'date'; readonly v: number; readonly formula?: boolean }
  | { readonly t: 'error'; readonly v: string; readonly formula?: boolean }
  /** A formula saved without its computed value. */
  | { readonly t: 'no-value' };

export interface SheetData {
  readonly name: string;
  readonly hidden: boolean;
  readonly cells: readonly { readonly row: number; readonly col: number; readonly cell: Cell }[];
}

export interface BookData {
  readonly sheets: readonly SheetData[];
}

/** The library could not read a workbook that passed the zip checks. */
export class UnreadableWorkbook extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableWorkbook';
  }
}

const WORKER_URL = new URL('./read-worker.mjs', import.meta.url);
const READ_TIMEOUT_MS = 60_000;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
/** Parts of a sheet a reader of values never needs, and that exceljs expands cell by cell. */
const EXPANDED = [/<dataValidations\b[\s\S]*?<\/dataValidations>/g, /<mergeCells\b[\s\S]*?<\/mergeCells>/g, /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, /<extLst\b[\s\S]*?<\/extLst>/g];

/**
 * A cell typed as text, a yes/no or an error (`t="str"`, `"b"`, `"e"`, as a formula's value is)
 * loses its style: exceljs would read it through a date format as a day number, turning a
 * formula's text, yes/no or error into an invalid date. Its value needs no format.
 */
const TYPED_CELL = /<c\b[^>]*\bt="(?:str|b|e)"[^>]*>/g;
const STYLE_ATTRIBUTE = /\ss="\d+"/;

const WORKBOOK_PART = /^xl\/workbook\.xml$/i;
const SHEET_TAG = /<(?:[\w.-]+:)?sheet\b[^>]*>/g;
const NAME_ATTRIBUTE = /(\sname=)(["'])(.*?)\2/;
const NEUTRAL_NAME = /^rotaplan-sheet-(\d+)$/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An XML attribute's text as written by the suite: entities and character references undone. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * exceljs refuses to read some sheet names other suites write: `History` exactly (Excel
 * reserves it; LibreOffice and scripts write it), a name over 31 characters (then cut, and
 * taken for a second sheet of that name). Every sheet goes to exceljs under a neutral name,
 * and gets its own back from `names` (in the order of the workbook part).
 */
function neutralSheetNames(xml: string, names: string[]): string {
  return xml.replace(SHEET_TAG, (tag) =>
    tag.replace(NAME_ATTRIBUTE, (_whole, prefix: string, quote: string, name: string) => {
      names.push(unescapeXml(name));
      return `${prefix}${quote}rotaplan-sheet-${names.length - 1}${quote}`;
    }),
  );
}

/** The archive trimmed to what the values need: pictures dropped, expandable ranges cut, sheets under neutral names. */
function sanitize(files: Map<string, Buffer>, names: string[]): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  for (const [name, data] of files) {
    if (/^xl\/media\//i.test(name)) continue;
    if (WORKBOOK_PART.test(name)) {
      kept.set(name, Buffer.from(neutralSheetNames(data.toString('utf8'), names), 'utf8'));
      continue;
    }
    if (!SHEET_PART.test(name)) {
      kept.set(name, data);
      continue;
    }
    let xml = data.toString('utf8');
    for (const pattern of EXPANDED) xml = xml.replace(pattern, '');
    xml = xml.replace(TYPED_CELL, (tag) => tag.replace(STYLE_ATTRIBUTE, ''));
    kept.set(name, Buffer.from(xml, 'utf8'));
  }
  return kept;
}

/** One worker for the process, started on the first read and kept (unreferenced) for the next. */
let reader: { worker: Worker; port: MessagePort } | undefined;

function startReader(): { worker: Worker; port: MessagePort } {
  if (reader) return reader;
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_URL, {
    workerData: { port: port2 },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
    stdout: true,
    stderr: true,
  });
  worker.unref();
  port1.unref();
  worker.on('exit', () => {
    if (reader?.worker === worker) reader = undefined;
  });
  return (reader = { worker, port: port1 });
}

/** Reads the cells of every sheet; throws ZipError or UnreadableWorkbook. */
export function readBook(bytes: Uint8Array): BookData {
  const names: string[] = [];
  const packed = packZip(sanitize(readZip(bytes), names), false);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { worker, port } = startReader();
  port.postMessage({ bytes: packed, signal }, [packed.buffer as ArrayBuffer]);
  const waited = Atomics.wait(signal, 0, 0, READ_TIMEOUT_MS);
  const received = receiveMessageOnPort(port);
  if (waited === 'timed-out' || !received) {
    reader = undefined;
    void worker.terminate();
    throw new UnreadableWorkbook('reading took too long, or the reader ran out of memory');
  }
  const answer = received.message as { ok: true; book: BookData } | { ok: false; message: string };
  if (!answer.ok) throw new UnreadableWorkbook(answer.message);
  const own = (sheet: SheetData) => names[Number(NEUTRAL_NAME.exec(sheet.name)?.[1] ?? NaN)] ?? sheet.name;
  return { sheets: answer.book.sheets.map((sheet) => ({ ...sheet, name: own(sheet) })) };
}
