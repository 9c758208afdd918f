// Shared by the report tests: fixture paths, a cached report per request, a CSV reader.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { makeReport, type ReportRequest, type ReportResult } from '../../src/report/report.ts';

export const fixtures = join(import.meta.dirname, 'fixtures');
export const roundVi = join(fixtures, 'round-vi.yaml');
export const roundOverlay = join(fixtures, 'round-overlay.yaml');
export const roundNotes = join(fixtures, 'round-notes.yaml');
export const roundInfeasible = join(fixtures, 'round-infeasible.yaml');
export const roundEmpty = join(fixtures, 'round-empty.yaml');
const province = join(import.meta.dirname, '../../scenarios/province.yaml');
/** The sample province when it exists, else a contract example of similar shape. */
export const bigScenario = existsSync(province) ? province : join(import.meta.dirname, '../fixtures/contract/example-551.yaml');

const cache = new Map<string, Promise<ReportResult>>();

export function report(request: ReportRequest): Promise<Extract<ReportResult, { ok: true }>> {
  const key = JSON.stringify(request);
  let result = cache.get(key);
  if (!result) {
    result = makeReport(request);
    cache.set(key, result);
  }
  return result.then((r) => {
    if (!r.ok) throw new Error(`${request.file}: no feasible plan`);
    return r;
  });
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), for checking the writer. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
