/**
 * A workbook as a scenario source: the bytes of an .xlsx become the raw scenario object
 * (./read.ts), which the scenario validator then checks like any YAML file; every problem,
 * the reader's and the validator's, is told by sheet and cell, all at once. The validator is
 * passed in, so that this layer does not import the loader that dispatches to it.
 */
import { InputError, type Problem } from '../scenario/problems.ts';
import { readBook, UnreadableWorkbook } from './cells.ts';
import { workbookProblems } from './locate.ts';
import { faultText } from './messages.ts';
import { readWorkbook, type WorkbookRead } from './read.ts';
import { ZIP_LIMITS, ZipError } from './zip.ts';

export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx'];

/** Refuses a file too large to be a workbook before a byte of it is read. */
export function checkWorkbookSize(bytes: number, shown: string): void {
  if (bytes > ZIP_LIMITS.fileBytes) throw new InputError(`${shown}: ${faultText({ kind: 'too-large', bytes, limit: ZIP_LIMITS.fileBytes })}`);
}

/** The workbook's cells as read, or one clear line when the file is no readable workbook. */
export function readWorkbookFile(bytes: Uint8Array, shown: string): WorkbookRead {
  try {
    return readWorkbook(readBook(bytes));
  } catch (error) {
    if (error instanceof ZipError) throw new InputError(`${shown}: ${faultText(error.fault)}`);
    if (error instanceof UnreadableWorkbook) throw new InputError(`${shown}: not a readable .xlsx workbook (${error.message})`);
    throw error;
  }
}

/**
 * The raw scenario a workbook holds, valid on its own; throws InputError naming cells. The
 * base of an overlay (`asBase`) need only be readable and complete cell by cell: an overlay
 * may mend the rest (section 6: the merged result must be valid), and the validator's problems
 * of the workbook alone come back in `problems` (by path; `workbookCells` tells them by cell).
 */
export function workbookScenario(
  bytes: Uint8Array,
  shown: string,
  validate: (raw: Record<string, unknown>) => readonly Problem[],
  asBase = false,
): { raw: Record<string, unknown>; problems: readonly Problem[] } {
  const read = readWorkbookFile(bytes, shown);
  const problems = validate(read.raw);
  // The reader's own problems always; the validator's too, unless an overlay may mend them.
  const blocking = workbookProblems(read, asBase ? [] : problems);
  if (blocking.length > 0) throw new InputError(blocking);
  reads.set(read.raw, read);
  return { raw: read.raw, problems };
}

/** The workbook each raw scenario was read from, so that its warnings and problems can name cells too. */
const reads = new WeakMap<object, WorkbookRead>();

/** Problems or warnings (paths) of a scenario read from a workbook, by sheet and cell; others as they are. */
export function workbookCells(raw: object, problems: readonly Problem[]): readonly Problem[] {
  const read = reads.get(raw);
  return read && problems.length > 0 ? workbookProblems(read, problems, false) : problems;
}
