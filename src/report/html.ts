/**
 * The committee report as one self-contained HTML file: inline CSS and SVG, no script, no
 * font, image or link to anything outside the file (it opens from a USB stick on an offline
 * machine), A4 print rules. Written for a ten-minute read: a summary first (at most two A4
 * pages), then five sections in which plans 2..K appear only by what they change in plan 1.
 * Every word comes from the catalogue; every user text is escaped.
 */
import { esc } from './escape.ts';
import { chainSwatch, flowSvg } from './flow.ts';
import { messagesFor, ruleTitle, type ReportMessages } from './messages.ts';
import type { MoveView, PlanView, ReportModel } from './model.ts';
import {
  alternativeVerdict,
  bestWithText,
  bindingSentences,
  chainOf,
  metricRows,
  moveNotes,
  otherPlanLines,
  postShort,
  policySentences,
  structureRows,
  summaryVacancies,
  termsInWords,
  vacancySentences,
} from './text.ts';

const CSS = `
@page { size: A4; margin: 15mm 13mm 16mm 13mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 200mm; padding: 8mm 4mm; }
header { border-bottom: 2px solid #7a0000; margin-bottom: 1em; }
h1 { font-size: 14pt; color: #7a0000; margin: 0 0 .2em; }
h2 { font-size: 14pt; color: #7a0000; border-bottom: 1px solid #ccc; padding-bottom: .15em; margin-top: 1.6em; }
h3 { font-size: 12pt; margin: 1.2em 0 .4em; }
h4 { font-size: 10.5pt; margin: 1em 0 .3em; }
p.subtitle { font-size: 12pt; margin: 0 0 .3em; }
p.note { font-style: italic; color: #444; margin: .2em 0; }
nav ul.toc { list-style: none; margin: .3em 0; padding-left: .5em; }
nav a { color: inherit; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; }
th, td { border: 1px solid #bbb; padding: .25em .4em; vertical-align: top; text-align: left; }
th { background: #f1eded; font-weight: 600; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
table.compare td:not(:first-child), table.compare th:not(:first-child) { text-align: right; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .4em 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.compact { margin: 0; padding-left: 1.1em; }
ul.compact li { margin: 0; }
.sha { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; word-break: break-all; }
.muted { color: #555; }
.detail { font-size: 9pt; }
.detail b { font-weight: 600; }
.detail .rules { font-size: 7.5pt; color: #333; }
.detail div { margin-top: .15em; }
sup { font-size: 7pt; }
figure { margin: .6em 0 1.2em; text-align: center; }
figcaption { font-weight: 600; margin-bottom: .3em; }
svg.flow { max-width: 100%; height: auto; font-size: 11px; }
svg.flow .flow-ring { fill: none; stroke: #e4e0e0; stroke-width: 1; }
svg.flow .flow-arc { fill: none; stroke-width: 2; opacity: .9; }
svg.flow .flow-unit { fill: #fff; stroke: #333; stroke-width: 1.5; }
svg.flow .flow-num circle { fill: #fff; stroke-width: 1.2; }
svg.flow .flow-num text { text-anchor: middle; font-size: 9px; font-weight: 600; }
svg.flow .flow-label { fill: #111; }
ul.legend { list-style: none; padding: 0; margin: .3em 0; text-align: left; font-size: 9pt; }
ul.legend li { break-inside: avoid; }
svg.swatch { vertical-align: middle; margin-right: .4em; }
table.alternatives, table.moves, table.rules { table-layout: fixed; }
table.alternatives { font-size: 8pt; line-height: 1.3; }
table.alternatives .muted { font-size: 7.5pt; }
table.alternatives td { padding: .15em .3em; }
#round ul, table.rules { font-size: 8.5pt; line-height: 1.3; }
#round ul li { margin: 0; }
table.rules td { padding: .1em .3em; }
figure { break-inside: avoid; }
svg.flow { max-height: 150mm; }
table.alternatives thead th:nth-child(1) { width: 26%; }
table.alternatives thead th:nth-child(2) { width: 14%; }
table.alternatives tr.post th { background: #faf7f7; font-weight: 600; }
table.moves th:nth-child(1) { width: 4%; }
table.moves th:nth-child(2) { width: 13%; }
table.moves th:nth-child(3), table.moves th:nth-child(4) { width: 17%; }
table.moves th:nth-child(5) { width: 6%; }
table.rules th:nth-child(1) { width: 5em; }
table.rules th:nth-child(2) { width: 40%; }
td { overflow-wrap: anywhere; }
#summary h2 { margin-top: .6em; }
#summary table { font-size: 8pt; line-height: 1.3; }
#summary td, #summary th { padding: .1em .3em; }
#summary p { margin: .3em 0; }
table.summary-moves th:nth-child(1) { width: 4%; }
table.summary-moves th:nth-child(2) { width: 14%; }
table.summary-moves th:nth-child(3), table.summary-moves th:nth-child(4) { width: 21%; }
table.summary-moves th:nth-child(5) { width: 8%; }
table.summary-moves th:nth-child(6) { width: 10%; }
table.summary-moves, table.structure { table-layout: fixed; }
table.structure { width: auto; min-width: 60%; }
ul.others li { margin-bottom: .2em; }
.nowrap { white-space: nowrap; }
svg.swatch { width: 16px; }
@media print {
  body { padding: 0; max-width: none; }
  nav { display: none; }
  /* The diagram and the alternatives each start a page: Chromium does not keep a heading and
     its lead-in with a figure or a table that cannot break (break-after: avoid is not enough). */
  #round, #flows, #alternatives { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  /* A key post's candidates stay together (one tbody each). */
  tr, table.alternatives tbody, figure, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;

export function renderHtml(model: ReportModel): string {
  const msg = messagesFor(model.lang);
  const body = [
    header(model, msg),
    contents(msg),
    '<main>',
    summarySection(model, msg),
    roundSection(model, msg),
    plansSection(model, msg),
    movesSection(model, msg),
    flowsSection(model, msg),
    alternativesSection(model, msg),
    '</main>',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(model.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(pageTitle(model, msg))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The browser's title, under 70 characters (a long scenario name is cut with an ellipsis). */
export function pageTitle(model: ReportModel, msg: ReportMessages): string {
  const title = msg.pageTitle(model.scenario.name);
  return title.length < 70 ? title : `${title.slice(0, 68).trimEnd()}…`;
}

function header(model: ReportModel, msg: ReportMessages): string {
  return [
    '<header>',
    `<h1>${esc(msg.documentTitle)}</h1>`,
    `<p class="subtitle">${esc(msg.documentSubtitle(model.scenario.name, msg.date(model.scenario.asOf)))}</p>`,
    `<p class="note">${esc(msg.confidential)}</p>`,
    model.anonymized ? `<p class="note">${esc(msg.anonymizedNote)}</p>` : '',
    model.stamp ? `<p class="note">${esc(msg.generatedAt(model.stamp))}</p>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function contents(msg: ReportMessages): string {
  const items = [
    ['summary', msg.sectionSummary],
    ['round', msg.sectionRound],
    ['plans', msg.sectionPlans],
    ['moves', msg.sectionMoves],
    ['flows', msg.sectionFlows],
    ['alternatives', msg.sectionAlternatives],
  ] as const;
  return `<nav aria-label="${esc(msg.contents)}"><h2>${esc(msg.contents)}</h2><ul class="toc">${items.map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`).join('')}</ul></nav>`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], className = '', numeric: readonly number[] = []): string {
  const cell = (tag: string, text: string, i: number) => `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${text}</${tag}>`;
  return [
    `<table${className ? ` class="${className}"` : ''}>`,
    `<thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((c, i) => cell('td', c, i)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/**
 * The summary a member reads first (at most two A4 pages): plan 1's rotations with their kind,
 * chain and the scenario's notes, the units touched, the structure of key-post holders before
 * and after, the posts left vacant, and one line for what each other plan changes.
 */
function summarySection(model: ReportModel, msg: ReportMessages): string {
  const best = model.plans[0]!;
  const parts = [
    '<section id="summary">',
    `<h2>${esc(msg.sectionSummary)}</h2>`,
    `<p>${esc(msg.summaryLead(best.moves.length, best.objective, best.proven, best.metrics.unitsTouched))}</p>`,
  ];
  if (best.moves.length > 0) {
    const rows = best.moves.map((move, i) => [
      String(i + 1),
      esc(move.cadre),
      esc(postShort(move.from, msg)),
      esc(postShort(move.to, msg)),
      esc(msg.kindWord(move.kind)),
      `<span class="nowrap">${chainSwatch(best.chains[move.chain]?.label ?? move.chain)}${esc(chainOf(best, move, msg))}</span>`,
      moveNotes(move, msg).map(esc).join('<br>'),
    ]);
    parts.push(
      `<h3>${esc(msg.summaryMovesCaption)}</h3>`,
      table(
        [msg.moveNumber, msg.moveCadre, msg.moveCurrent, msg.moveDestination, msg.kindColumn, msg.chainColumn, msg.notesColumn].map(esc),
        rows,
        'summary-moves',
        [0],
      ),
      `<p>${esc(msg.summaryUnits(best.units))}</p>`,
    );
  }
  parts.push(`<h3>${esc(msg.structureHeading)}</h3>`);
  if (best.structure.total === 0) parts.push(`<p class="muted">${esc(msg.structureNone)}</p>`);
  else {
    parts.push(
      table([msg.structureGroupColumn, msg.structureBefore, msg.structureAfter].map(esc), structureRows(best, msg).map((row) => row.map(esc)), 'structure', [1, 2]),
    );
  }
  parts.push(`<h3>${esc(msg.vacantHeading)}</h3>`, listOrNone(summaryVacancies(best, msg), msg));
  const others = otherPlanLines(model.plans, msg);
  if (others.length > 0) {
    parts.push(`<h3>${esc(msg.otherPlansHeading)}</h3>`, `<ul class="others">${others.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function roundSection(model: ReportModel, msg: ReportMessages): string {
  const facts: [string, string][] = [
    [msg.roundScenario, esc(model.scenario.name)],
    [msg.roundAsOf, esc(msg.date(model.scenario.asOf))],
  ];
  if (model.scenario.description) facts.push([msg.roundDescription, esc(model.scenario.description)]);
  facts.push(
    [msg.roundSolver, esc(msg.roundSolverText(model.solver.backend, model.solver.status, model.plans.length))],
    [
      msg.roundProof,
      `<ul class="compact">${model.plans
        .map((plan) => `<li>${esc(plan.proven ? msg.planProven(plan.rank) : msg.planNotProven(plan.rank, plan.gap))}</li>`)
        .join('')}</ul>`,
    ],
    [msg.roundTool, esc(msg.roundToolText(model.version))],
  );
  const rules = model.rules.map((rule) => [
    esc(rule.id),
    esc(ruleTitle(msg, rule.name)),
    rule.source ? `<sup>[${rule.source}]</sup> ${esc(model.sources[rule.source - 1]!)}` : `<span class="muted">${esc(msg.noSource)}</span>`,
  ]);
  return [
    '<section id="round">',
    `<h2>${esc(msg.sectionRound)}</h2>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<h3>${esc(msg.roundFiles)}</h3>`,
    table(
      [esc(msg.fileColumn), esc(msg.shaColumn)],
      model.files.map((file) => [esc(file.path), `<span class="sha">${esc(file.sha256)}</span>`]),
    ),
    `<h3>${esc(msg.roundPolicy)}</h3>`,
    `<ul>${policySentences(model.policy, msg, model.policyV2).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
    `<h3>${esc(msg.roundRules)}</h3>`,
    table([esc(msg.ruleColumn), esc(msg.ruleTitleColumn), esc(msg.sourceColumn)], rules, 'rules'),
    '</section>',
  ].join('\n');
}

function plansSection(model: ReportModel, msg: ReportMessages): string {
  const rows = metricRows(model.plans, msg).map((row) => row.map(esc));
  return [
    '<section id="plans">',
    `<h2>${esc(msg.sectionPlans)}</h2>`,
    `<p>${esc(msg.plansIntro(model.plans.length))}</p>`,
    table([esc(msg.metricColumn), ...model.plans.map((plan) => esc(msg.planColumn(plan.rank)))], rows, 'compare'),
    '</section>',
  ].join('\n');
}

function listOrNone(items: readonly string[], msg: ReportMessages): string {
  return items.length === 0 ? `<p class="muted">${esc(msg.noneItem)}</p>` : `<ul class="compact">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

function moveDetail(model: ReportModel, plan: PlanView, move: MoveView, msg: ReportMessages): string {
  const terms = termsInWords(move, msg);
  // By their ids, with their sources' numbers: section 1 lists each rule's condition and source.
  const byId = new Map<string, Set<number>>();
  for (const name of move.rules) {
    const rule = model.rules.find((r) => r.name === name);
    if (!rule) continue;
    const sources = byId.get(rule.id) ?? new Set<number>();
    if (rule.source) sources.add(rule.source);
    byId.set(rule.id, sources);
  }
  const rules = [...byId].map(([id, sources]) => `${esc(id)}${[...sources].map((n) => `<sup>[${n}]</sup>`).join('')}`);
  const notes = moveNotes(move, msg);
  const chain = plan.chains[move.chain];
  return [
    `<div>${terms.map(esc).join('; ')}</div>`,
    `<div class="rules"><b>${esc(msg.moveRules)}:</b> ${rules.join(', ')}</div>`,
    notes.length > 0 ? `<div>${notes.map(esc).join('; ')}</div>` : '',
    chain ? `<div><b>${esc(msg.moveChain)}:</b> ${chainSwatch(chain.label)}${esc(msg.chainName(chain.kind, chain.label))} (${esc(msg.kindWord(move.kind))})</div>` : '',
  ]
    .filter(Boolean)
    .join('');
}

function moveTable(model: ReportModel, plan: PlanView, indexes: readonly number[], msg: ReportMessages): string {
  const rows = indexes.map((i) => {
    const move = plan.moves[i]!;
    return [
      String(i + 1),
      esc(move.cadre),
      esc(postShort(move.from, msg)),
      esc(postShort(move.to, msg)),
      esc(msg.signed(move.value)),
      `<div class="detail">${moveDetail(model, plan, move, msg)}</div>`,
    ];
  });
  return table(
    [msg.moveNumber, msg.moveCadre, msg.moveCurrent, msg.moveDestination, msg.moveValue, msg.moveReasons].map(esc),
    rows,
    'moves',
    [0, 4],
  );
}

/** Plan 1 in full; every other plan by the moves plan 1 does not make (never the same table again). */
function movesSection(model: ReportModel, msg: ReportMessages): string {
  const parts = ['<section id="moves">', `<h2>${esc(msg.sectionMoves)}</h2>`];
  const best = model.plans[0]!;
  for (const plan of model.plans) {
    parts.push(`<article id="plan-${plan.rank}">`, `<h3>${esc(msg.planHeading(plan.rank, plan.objective, plan.moves.length))}</h3>`);
    if (plan.moves.length === 0) {
      parts.push(`<p>${esc(msg.emptyPlan)}</p>`, ...planFacts(plan, msg), '</article>');
      continue;
    }
    if (!plan.versusBest) {
      parts.push(moveTable(model, plan, plan.moves.map((_m, i) => i), msg));
      parts.push(`<h4>${esc(msg.chainsHeading)}</h4>`, chainList(plan, msg), ...planFacts(plan, msg), '</article>');
      continue;
    }
    const diff = plan.versusBest;
    const added = new Set(diff.added.map((m) => `${m.cadre}\u0000${m.to.id}`));
    const indexes = plan.moves.flatMap((m, i) => (added.has(`${m.cadre}\u0000${m.to.id}`) ? [i] : []));
    if (indexes.length > 0) parts.push(`<h4>${esc(msg.addedMovesHeading(plan.rank))}</h4>`, moveTable(model, plan, indexes, msg));
    const dropped = diff.dropped.map((m) => msg.moveArrow(m.cadre, msg.postInUnit(m.from.label, m.from.unit), msg.postInUnit(m.to.label, m.to.unit)));
    parts.push(`<p>${esc(msg.sameAsBest(diff.common, dropped))}</p>`);
    parts.push(...planFacts(plan, msg, best));
    parts.push('</article>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** What binds the plan and which posts it leaves vacant. */
function planFacts(plan: PlanView, msg: ReportMessages, best?: PlanView): string[] {
  // Plan 1's vacant posts are in the summary; another plan's facts are those plan 1 does not have.
  const not = (mine: string[], theirs: string[]) => mine.filter((line) => !theirs.includes(line));
  const binding = best ? not(bindingSentences(plan, msg), bindingSentences(best, msg)) : bindingSentences(plan, msg);
  const vacant = best ? not(vacancySentences(plan, msg), vacancySentences(best, msg)) : [];
  return [
    ...(best && binding.length === 0 ? [] : [`<h4>${esc(msg.bindingHeading)}</h4>`, listOrNone(binding, msg)]),
    ...(vacant.length === 0 ? [] : [`<h4>${esc(msg.vacantHeading)}</h4>`, listOrNone(vacant, msg)]),
  ];
}

function chainList(plan: PlanView, msg: ReportMessages): string {
  const items = plan.chains.map((chain) => {
    const numbers = chain.moves.map((m) => m + 1).join(' → ');
    return `<li>${chainSwatch(chain.label)}<b>${esc(msg.chainName(chain.kind, chain.label))}</b> (${esc(numbers)}): ${esc(msg.chainText(chain.kind, chain.moves.length, chain.units))}</li>`;
  });
  return `<ul class="legend">${items.join('')}</ul>`;
}

function flowsSection(model: ReportModel, msg: ReportMessages): string {
  const parts = ['<section id="flows">', `<h2>${esc(msg.sectionFlows)}</h2>`, `<p>${esc(msg.flowsIntro)}</p>`];
  if (model.plans.length > 1) parts.push(`<p class="muted">${esc(msg.flowsOnlyBest)}</p>`);
  for (const plan of model.plans.slice(0, 1)) {
    if (plan.moves.length === 0) {
      parts.push(`<h3>${esc(msg.flowCaption(plan.rank))}</h3>`, `<p>${esc(msg.emptyPlan)}</p>`);
      continue;
    }
    const units = new Set(plan.moves.flatMap((m) => [m.from.unitId, m.to.unitId])).size;
    parts.push(
      `<figure id="flow-${plan.rank}">`,
      `<figcaption>${esc(msg.flowCaption(plan.rank))}</figcaption>`,
      flowSvg(plan, { idPrefix: `flow${plan.rank}`, title: msg.flowAria(plan.rank, plan.moves.length, units) }),
      chainList(plan, msg),
      '</figure>',
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** A plan's key posts in one table: the post and who was chosen, then a row per candidate not taken. */
function keyPostTable(plan: PlanView, msg: ReportMessages): string {
  // A group of rows per key post (a tbody each), headed by the post and who was chosen; in print
  // a group stays on one page (no cell spans rows, so a page could break anywhere otherwise).
  const groups = plan.keyPosts.map((key) => {
    const head = `<tr class="post"><th colspan="3" scope="colgroup">${esc(postShort(key.post, msg))} <span class="muted">(${esc(msg.keyPostWhy(key.nonLocal, key.mustFill))})</span>: ${esc(msg.keyPostChosen(key.chosen, key.chosenValue))}</th></tr>`;
    const rows = key.alternatives.map((alt) => {
      const verdict = [esc(alternativeVerdict(alt, plan.objective, msg)), ...(alt.decision ? [] : alt.reasons).map((r) => `<br><span class="muted">${esc(r)}</span>`)].join('');
      return `<tr><td>${esc(alt.cadre)}</td><td class="num">${esc(bestWithText(alt, msg))}</td><td>${verdict}</td></tr>`;
    });
    if (rows.length === 0) rows.push(`<tr><td colspan="3" class="muted">${esc(msg.altNoCandidates)}</td></tr>`);
    return `<tbody>${head}${rows.join('')}</tbody>`;
  });
  return [
    '<table class="alternatives">',
    `<thead><tr>${[msg.altCandidate, msg.altBestWith, msg.altVerdict].map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`,
    ...groups,
    '</table>',
  ].join('\n');
}

function alternativesSection(model: ReportModel, msg: ReportMessages): string {
  const parts = [
    '<section id="alternatives">',
    `<h2>${esc(msg.sectionAlternatives)}</h2>`,
    `<p>${esc(msg.alternativesIntro(model.alternativesShown))}</p>`,
  ];
  if (model.alternativesShown === 0) {
    parts.push(`<p class="muted">${esc(msg.alternativesOff)}</p>`, '</section>');
    return parts.join('\n');
  }
  for (const plan of model.plans) {
    parts.push(`<h3>${esc(msg.planHeading(plan.rank, plan.objective, plan.moves.length))}</h3>`);
    if (plan.keyPosts.length === 0) parts.push(`<p class="muted">${esc(plan.versusBest ? msg.alternativesSameAsBest : msg.alternativesNone)}</p>`);
    else parts.push(keyPostTable(plan, msg));
  }
  parts.push('</section>');
  return parts.join('\n');
}
