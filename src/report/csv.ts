/**
 * The moves as CSV: one row per move per plan (with its kind, its chain's label, the scenario's
 * notes on it and whether plan 1 makes it too, so that a filter shows what a plan changes), UTF-8 with a byte-order mark (so that Excel
 * reads Vietnamese text correctly), RFC 4180 quoting, CRLF line ends.
 */
import { messagesFor } from './messages.ts';
import type { ReportModel } from './model.ts';
import { chainOf, moveNotes, termsInWords } from './text.ts';

export const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(model: ReportModel): string {
  const msg = messagesFor(model.lang);
  const header = [
    msg.csvRank,
    msg.csvObjective,
    msg.csvCadreId,
    msg.csvCadreName,
    msg.csvFromUnit,
    msg.csvFromPost,
    msg.csvToUnit,
    msg.csvToPost,
    msg.csvValue,
    msg.csvTerms,
    msg.csvKind,
    msg.csvChain,
    msg.csvNotes,
    msg.csvInBest,
  ];
  const rows: (string | number)[][] = [header];
  for (const plan of model.plans) {
    const added = new Set((plan.versusBest?.added ?? []).map((m) => `${m.cadre}\u0000${m.to.id}`));
    for (const move of plan.moves) {
      rows.push([
        plan.rank,
        // Plain numbers (a dot for decimals) so that spreadsheets read them as numbers.
        String(plan.objective),
        move.cadreId,
        move.cadreName,
        move.from.unit,
        move.from.label,
        move.to.unit,
        move.to.label,
        String(move.value),
        termsInWords(move, msg).join('; '),
        msg.kindWord(move.kind),
        chainOf(plan, move, msg),
        moveNotes(move, msg).join('; '),
        added.has(`${move.cadre}\u0000${move.to.id}`) ? msg.no : msg.yes,
      ]);
    }
  }
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
