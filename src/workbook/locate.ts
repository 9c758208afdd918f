/**
 * The validator's problems, keyed by field path, told as sheet and cell: the longest prefix
 * of a problem's path that the reader recorded gives the cell (`cadres[3].position` →
 * `Cán bộ!G5`), a field whose column the sheet lacks gives its header row, an unknown field
 * gives the cell of its key or column. A cell the reader already found wrong is not reported
 * twice. Problems come out in sheet, row and column order, in the workbook's language.
 */
import { formatPath, type PathSegment, type Problem } from '../scenario/problems.ts';
import { issueText, validatorText } from './messages.ts';
import { pathKey, type WorkbookRead } from './read.ts';
import { refText, type CellRef } from './sheets.ts';

interface Located {
  readonly at?: CellRef;
  readonly text: string;
}

const UNKNOWN_FIELDS = /^unknown fields? (.*)$/;
const VERSION_TWO = /^is a version 2 field /;

function longestPrefix(read: WorkbookRead, path: readonly PathSegment[]): { ref: CellRef; length: number } | undefined {
  for (let length = path.length; length >= 0; length--) {
    const ref = read.cells.get(pathKey(path.slice(0, length)));
    if (ref) return { ref, length };
  }
  return undefined;
}

/** Where one problem of the validator is, and what it says there. */
function locate(read: WorkbookRead, problem: Problem): Located[] {
  const unknown = UNKNOWN_FIELDS.exec(problem.message);
  if (unknown) {
    const names = [...unknown[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
    return names.map((name) => {
      const full = [...problem.path, name];
      const ref = read.keys.get(pathKey(full)) ?? read.cells.get(pathKey(full));
      if (ref?.col !== undefined && ref.row !== undefined && ref.row > 1 && !read.keys.has(pathKey(full))) {
        // A column no entry of this version may have (e.g. profile columns in version 1): its header.
        const header = read.headers.get(ref.sheet)?.get(ref.col) ?? name;
        return { at: { sheet: ref.sheet, row: 1, col: ref.col }, text: issueText({ kind: 'unknown-column', header }, read.lang) };
      }
      return ref
        ? { at: ref, text: validatorText(`unknown field "${name}"`, read.lang) }
        : { text: `${formatPath(full)}: ${validatorText('unknown field', read.lang)}` };
    });
  }
  const found = longestPrefix(read, problem.path);
  const message = problem.message.replace(/\(first at (\w+)\[(\d+)\]\)/, (whole, list: string, index: string) => {
    const row = read.cells.get(pathKey([list, Number(index)]))?.row;
    return row === undefined ? whole : read.lang === 'vi' ? `(đã có ở dòng ${row})` : `(first at row ${row})`;
  });
  if (!found) return [{ text: `${formatPath(problem.path)}: ${validatorText(message, read.lang)}` }];
  const { ref, length } = found;
  const next = problem.path[length];
  if (ref.col === undefined && ref.row !== undefined && typeof next === 'string') {
    const header = read.absent.get(ref.sheet)?.get(next);
    if (header !== undefined) return [{ at: { sheet: ref.sheet, row: 1 }, text: issueText({ kind: 'missing-column', header }, read.lang) }];
  }
  if (VERSION_TWO.test(message) && ref.row !== undefined && ref.row > 1 && !read.keys.has(pathKey(problem.path))) {
    // A version 2 column (or sheet) in a version 1 workbook: its header (or the sheet), once
    // (a Round row such as `language` is told at its own cell).
    return [{ at: ref.col === undefined ? { sheet: ref.sheet } : { sheet: ref.sheet, row: 1, col: ref.col }, text: validatorText(message, read.lang) }];
  }
  if (message === 'is required') {
    const field = read.keys.has(pathKey(problem.path)) ? problem.path.join('.') : ref.col === undefined ? undefined : read.headers.get(ref.sheet)?.get(ref.col);
    return [{ at: ref, text: issueText({ kind: 'required', field }, read.lang) }];
  }
  return [{ at: ref, text: validatorText(message, read.lang) }];
}

/**
 * The reader's problems and the validator's, as lines `Sheet!F14: …`, in workbook order
 * (`ownProblems: false`: the validator's only, e.g. its warnings).
 */
export function workbookProblems(read: WorkbookRead, validator: readonly Problem[], ownProblems = true): Problem[] {
  const located: Located[] = ownProblems ? read.problems.map(({ at, issue }) => ({ at, text: issueText(issue, read.lang) })) : [];
  const reported = new Set(located.map(({ at }) => (at ? refText(at) : '')));
  for (const problem of validator) {
    for (const entry of locate(read, problem)) {
      if (entry.at && reported.has(refText(entry.at))) continue;
      located.push(entry);
    }
  }
  const sheetRank = (at: CellRef | undefined) => (at ? read.order.indexOf(at.sheet) : -1);
  const seen = new Set<string>();
  return located
    .map((entry, i) => ({ entry, i }))
    .sort(
      (a, b) =>
        sheetRank(a.entry.at) - sheetRank(b.entry.at) ||
        (a.entry.at?.row ?? 0) - (b.entry.at?.row ?? 0) ||
        (a.entry.at?.col ?? 0) - (b.entry.at?.col ?? 0) ||
        a.i - b.i,
    )
    .map(({ entry }) => (entry.at ? `${refText(entry.at)}: ${entry.text}` : entry.text))
    .filter((line) => !seen.has(line) && seen.add(line))
    .map((message) => ({ path: [], message }));
}
