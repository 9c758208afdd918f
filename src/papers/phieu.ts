/**
 * The ballot (phiếu biểu quyết): the heading and the issuer, the title, how to vote, one row
 * per proposed rotation with an "Đồng ý" and a "Không đồng ý" box, room for other opinions,
 * and no signature (HD 36; the ballot is anonymous).
 */
import type { PapersFacts } from './facts.ts';
import { centred, dottedLine, headerBlock, ruledTable, titleBlock, type Column, type PaperOptions } from './format.ts';

export function ballot(facts: PapersFacts): PaperOptions {
  const w = facts.words;
  const c = w.listColumns;
  const columns: Column[] = [
    { title: c.no, share: 7, align: 'center' },
    { title: c.name, share: 18 },
    { title: c.current, share: 24 },
    { title: c.proposed, share: 24 },
    { title: w.ballotColumns.agree, share: 9, align: 'center' },
    { title: w.ballotColumns.disagree, share: 10, align: 'center' },
  ];
  const rows = facts.rotations.map((r) => [String(r.no), r.name, r.from, r.to, '', '']);
  return {
    title: w.docTitle(w.ballotType, facts.round.name),
    lang: facts.lang,
    orientation: 'portrait',
    sections: [
      [
        headerBlock(facts.header, w, 'portrait', null),
        ...titleBlock(w.ballotType, [w.ballotSubject, facts.round.name]),
        centred(w.ballotHowTo, { italics: true, size: 13 }, 6),
        ruledTable(columns, rows, 'portrait', 12, [], false),
        dottedLine(w.ballotOther, 'portrait'),
        dottedLine('', 'portrait'),
        dottedLine('', 'portrait'),
      ],
    ],
  };
}
