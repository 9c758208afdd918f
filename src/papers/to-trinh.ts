/**
 * The proposal (tờ trình) to the Standing Committee: why this round, the principles applied
 * (the policy in plain words, with the regulations it rests on), the proposed rotations in
 * summary with the structure of key-post holders before and after and the posts left vacant,
 * what was weighed (the other plans, objections not followed and why, the committee's own
 * decisions), and the request; then the signature block and "Nơi nhận".
 */
import type { Paragraph, Table } from 'docx';
import type { PapersFacts } from './facts.ts';
import { body, centred, heading, headerBlock, signatureBlock, space, titleBlock, type PaperOptions } from './format.ts';

const num = (facts: PapersFacts, value: number) => {
  const rounded = String(Math.round(value * 100) / 100);
  return facts.lang === 'vi' ? rounded.replace('.', ',') : rounded;
};

export function proposal(facts: PapersFacts): PaperOptions {
  const w = facts.words;
  const h = facts.header;
  const children: (Paragraph | Table)[] = [
    headerBlock(h, w, 'portrait', w.number(h.number, 'TTr', h.symbol)),
    ...titleBlock(w.proposalType, [w.proposalSubject, facts.round.name]),
    centred(w.to(h.addressee), {}, 12),
    ...w.basis.map((line) => body(line, { italics: true })),
    body(w.opening(h.issuer, h.addressee, facts.round.name)),
    heading(w.partWhy),
    body(facts.round.reason ?? w.whyDefault(w.shortDate(facts.round.asOf))),
    body(w.roundFacts(facts.round.cadres, facts.round.posts, facts.round.units, facts.plans)),
    heading(w.partPrinciples),
    ...facts.principles.map((line) => body(`- ${line}`)),
    ...(facts.sources.length > 0 ? [body(w.sourcesLead), ...dashes([...new Set(facts.sources)].map(capitalized))] : []),
    heading(w.partProposal),
    ...proposed(facts),
    heading(w.partWeighed),
    ...weighed(facts),
    heading(w.partRequest),
    body(w.request(h.issuer, h.addressee)),
    space(6),
    signatureBlock(h, w),
  ];
  return { title: w.docTitle(w.proposalType, facts.round.name), lang: facts.lang, orientation: 'portrait', sections: [children] };
}

function proposed(facts: PapersFacts): Paragraph[] {
  const w = facts.words;
  const kinds = (['up', 'sideways', 'down', 'other'] as const)
    .map((kind) => [kind, facts.rotations.filter((r) => r.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => w.kindCount(kind, count));
  const s = facts.structure;
  const out = [
    body(w.totals(facts.rotations.length, facts.groups.women, facts.groups.young, facts.groups.minority, facts.unitsTouched)),
    ...(kinds.length > 0 ? [body(w.kindTotals(kinds))] : []),
    ...facts.rotations.map((r) => body(w.rotationLine(r.no, r.name, String(r.born.y), r.from, r.to, r.kind))),
  ];
  if (s.total > 0) {
    const share = (n: number, of: number) => `${n}/${of}`;
    out.push(body(w.structureHeading));
    out.push(...dashes((['women', 'young', 'minority'] as const).map((group) => w.structureLine(w.groups[group], share(s.before[group], s.before.held), share(s.after[group], s.after.held)))));
  }
  if (facts.vacant.length > 0) {
    out.push(body(w.vacantHeading), ...dashes(facts.vacant));
  }
  out.push(body(w.attachments, { italics: true }));
  return out;
}

/** A list of dashed lines, as a proposal writes one: each ends with ";", the last with ".". */
function dashes(items: readonly string[]): Paragraph[] {
  return items.map((item, i) => body(`- ${item}${i === items.length - 1 ? '.' : ';'}`));
}

/** A source named in the middle of a list starts with a capital, like its neighbours. */
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function weighed(facts: PapersFacts): Paragraph[] {
  const w = facts.words;
  const out: Paragraph[] = [];
  if (facts.others.length === 0) out.push(body(w.noOtherPlan));
  for (const other of facts.others) {
    const changes = w.planChange(other.added, other.dropped);
    out.push(body(`- ${Math.abs(other.less) < 1e-6 ? w.otherPlanTie(other.rank, changes) : w.otherPlan(other.rank, num(facts, other.less), changes)}`));
  }
  for (const o of facts.overridden) out.push(body(`- ${w.objectionOverridden(o.name, w.sideLower[o.side], o.note)}`));
  const followed = w.objectionFollowed(facts.objectionsFollowed);
  if (followed) out.push(body(`- ${followed}`));
  for (const p of facts.pinned) out.push(body(`- ${w.pinNote(p.name, p.note)}`));
  return out;
}
