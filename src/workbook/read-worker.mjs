// @ts-check
/**
 * Runs exceljs on a workbook in a worker thread and hands back plain cells (./cells.ts
 * describes them), so that the synchronous scenario loader can read a workbook: the caller
 * blocks on `signal` until this worker has posted its answer on `port`.
 */
import { workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** @typedef {import('./cells.ts').Cell} Cell */
/** @typedef {import('./cells.ts').BookData} BookData */

const { port } = workerData;
const DAY_MS = 24 * 3600 * 1000;

/** @returns {Cell | undefined} */
function plain(/** @type {any} */ value, formula = false) {
  if (value === null || value === undefined) return formula ? { t: 'no-value' } : undefined;
  if (typeof value === 'number') return { t: 'number', v: value, formula };
  if (typeof value === 'string') return { t: 'text', v: value, formula };
  if (typeof value === 'boolean') return { t: 'bool', v: value, formula };
  // exceljs turns a number with a date format into a Date; its serial (1900 system) comes back here.
  if (value instanceof Date) return { t: 'date', v: value.getTime() / DAY_MS + 25569, formula };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return plain(value.result, true);
    if ('error' in value) return { t: 'error', v: String(value.error), formula };
    if (Array.isArray(value.richText)) return { t: 'text', v: value.richText.map((/** @type {any} */ run) => run.text ?? '').join(''), formula };
    if ('text' in value) return plain(typeof value.text === 'object' ? value.text : String(value.text), formula);
  }
  return { t: 'text', v: String(value), formula };
}

/** @returns {Promise<{ ok: true, book: BookData } | { ok: false, message: string }>} */
async function read(/** @type {Uint8Array} */ bytes) {
  try {
    const workbook = new ExcelJS.Workbook();
    // @ts-ignore exceljs types want its own Buffer type
    await workbook.xlsx.load(bytes);
    const sheets = workbook.worksheets.map((sheet) => {
      /** @type {{ row: number, col: number, cell: Cell }[]} */
      const cells = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          const value = plain(cell.value);
          if (value) cells.push({ row: rowNumber, col: colNumber, cell: value });
        });
      });
      return { name: sheet.name, hidden: sheet.state !== undefined && sheet.state !== 'visible', cells };
    });
    return { ok: true, book: { sheets } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

// One request at a time: the caller waits on `signal` until the answer is on the port.
port.on('message', async (/** @type {{ bytes: Uint8Array, signal: Int32Array }} */ request) => {
  const answer = await read(Buffer.from(request.bytes));
  port.postMessage(answer);
  Atomics.store(request.signal, 0, 1);
  Atomics.notify(request.signal, 0);
});
