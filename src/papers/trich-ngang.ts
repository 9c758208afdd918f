/**
 * The career summaries (trích ngang lý lịch), one page per rotated cadre: particulars from the
 * scenario and the cadre's `profile` (ethnicity, education, political theory, party committee,
 * any other entry as written), the ratings of the last years, the career (`history`), the
 * current and the proposed post with the kind and term of the move, and why it is proposed
 * (the score terms in words). What the scenario does not say is a dotted blank.
 */
import type { Paragraph, Table } from 'docx';
import type { PapersFacts, Rotation } from './facts.ts';
import { attachedLine } from './danh-sach.ts';
import { body, centred, fieldTable, headerBlock, titleBlock, type PaperOptions } from './format.ts';

export function summaries(facts: PapersFacts): PaperOptions {
  const w = facts.words;
  const n = facts.rotations.length;
  const sections = facts.rotations.map((r, i): (Paragraph | Table)[] => [
    ...(i === 0 ? [headerBlock(facts.header, w, 'portrait', null)] : []),
    ...titleBlock(w.summaryType, [w.summarySubject], i === 0 ? [attachedLine(facts), w.summaryOf(r.no, n)] : [w.summaryOf(r.no, n)]),
    centred(r.name.toLocaleUpperCase(facts.lang), { bold: true }, 6),
    fieldTable(fields(facts, r), 'portrait'),
  ]);
  // A plan without moves still gets its paper, saying so.
  const none: (Paragraph | Table)[] = [headerBlock(facts.header, w, 'portrait', null), ...titleBlock(w.summaryType, [w.summarySubject]), body(w.noRotations)];
  return { title: w.docTitle(w.summaryType, facts.round.name), lang: facts.lang, orientation: 'portrait', sections: n === 0 ? [none] : sections };
}

function fields(facts: PapersFacts, r: Rotation): [string, string[]][] {
  const w = facts.words;
  const f = w.summaryFields;
  const one = (value: string | null) => (value ? [value] : []);
  return [
    [f.name, [r.name]],
    [f.born, [w.shortDate(r.born)]],
    [f.gender, [w.gender[r.gender]!]],
    [f.ethnicity, one(r.ethnicity)],
    [f.hometown, one(r.hometown)],
    [f.education, one(r.education)],
    [f.politicalTheory, one(r.politicalTheory)],
    [f.partyCommittee, one(r.partyCommittee)],
    ...r.otherProfile.map(([key, value]): [string, string[]] => [w.profileLabels[key] ?? key, [value]]),
    [f.ratings, [...r.ratings.map((x) => w.ratingLine(x.year, x.rating)), ...(r.latestRating ? [r.latestRating] : [])]],
    [f.career, [...r.career]],
    [f.current, [`${r.from} (${w.since(w.shortDate(r.since))})`]],
    [f.proposed, [w.proposedText(r.to, r.kind, w.months(r.termMonths)), ...r.notes]],
    [f.why, [...r.reasons]],
  ];
}
