/**
 * The committee report in Markdown, for pasting into documents: the same summary and five
 * sections as the HTML (the flow diagram becomes the list of chains and swaps, with their units).
 * Table cells escape the characters Markdown would read as markup.
 */
import { messagesFor, ruleTitle, type ReportMessages } from './messages.ts';
import type { PlanView, ReportModel } from './model.ts';
import {
  alternativeVerdict,
  bestWithText,
  bindingSentences,
  chainOf,
  metricRows,
  moveNotes,
  otherPlanLines,
  policySentences,
  postShort,
  structureRows,
  summaryVacancies,
  termsInWords,
  vacancySentences,
} from './text.ts';

/** Text safe inside a Markdown paragraph or table cell. */
export function mdText(text: string): string {
  // A # only makes a heading at the start of a line; elsewhere it stays as written ("Cadre #001").
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^#/, '\\#');
}

function mdTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const align = header.map((_h, i) => (right.includes(i) ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

export function renderMarkdown(model: ReportModel): string {
  const msg = messagesFor(model.lang);
  const out: string[] = [];
  out.push(`# ${mdText(msg.documentTitle)}`, '', mdText(msg.documentSubtitle(model.scenario.name, msg.date(model.scenario.asOf))), '');
  out.push(`*${mdText(msg.confidential)}*`, '');
  if (model.anonymized) out.push(`*${mdText(msg.anonymizedNote)}*`, '');
  if (model.stamp) out.push(`*${mdText(msg.generatedAt(model.stamp))}*`, '');

  out.push(...summary(model, msg));

  out.push(`## ${mdText(msg.sectionRound)}`, '');
  out.push(`- **${mdText(msg.roundScenario)}:** ${mdText(model.scenario.name)}`);
  out.push(`- **${mdText(msg.roundAsOf)}:** ${mdText(msg.date(model.scenario.asOf))}`);
  if (model.scenario.description) out.push(`- **${mdText(msg.roundDescription)}:** ${mdText(model.scenario.description)}`);
  out.push(`- **${mdText(msg.roundSolver)}:** ${mdText(msg.roundSolverText(model.solver.backend, model.solver.status, model.plans.length))}`);
  out.push(`- **${mdText(msg.roundProof)}:**`);
  for (const plan of model.plans) {
    out.push(`  - ${mdText(plan.proven ? msg.planProven(plan.rank) : msg.planNotProven(plan.rank, plan.gap))}`);
  }
  out.push(`- **${mdText(msg.roundTool)}:** ${mdText(msg.roundToolText(model.version))}`, '');
  out.push(`### ${mdText(msg.roundFiles)}`, '');
  out.push(mdTable([msg.fileColumn, msg.shaColumn].map(mdText), model.files.map((f) => [mdText(f.path), `\`${f.sha256}\``])), '');
  out.push(`### ${mdText(msg.roundPolicy)}`, '');
  for (const sentence of policySentences(model.policy, msg, model.policyV2)) out.push(`- ${mdText(sentence)}`);
  out.push('', `### ${mdText(msg.roundRules)}`, '');
  out.push(
    mdTable(
      [msg.ruleColumn, msg.ruleTitleColumn, msg.sourceColumn].map(mdText),
      model.rules.map((rule) => [
        rule.id,
        mdText(ruleTitle(msg, rule.name)),
        rule.source ? `\\[${rule.source}\\] ${mdText(model.sources[rule.source - 1]!)}` : mdText(msg.noSource),
      ]),
    ),
    '',
  );

  out.push(`## ${mdText(msg.sectionPlans)}`, '', mdText(msg.plansIntro(model.plans.length)), '');
  out.push(
    mdTable(
      [msg.metricColumn, ...model.plans.map((p) => msg.planColumn(p.rank))].map(mdText),
      metricRows(model.plans, msg).map((row) => row.map(mdText)),
      model.plans.map((_p, i) => i + 1),
    ),
    '',
  );

  out.push(`## ${mdText(msg.sectionMoves)}`, '');
  for (const plan of model.plans) out.push(...planMoves(model, plan, msg));

  out.push(`## ${mdText(msg.sectionFlows)}`, '', mdText(msg.flowsIntro), '');
  if (model.plans.length > 1) out.push(mdText(msg.flowsOnlyBest), '');
  for (const plan of model.plans.slice(0, 1)) {
    out.push(`### ${mdText(msg.flowCaption(plan.rank))}`, '');
    if (plan.moves.length === 0) out.push(mdText(msg.emptyPlan), '');
    else out.push(...chainLines(plan, msg), '');
  }

  out.push(`## ${mdText(msg.sectionAlternatives)}`, '', mdText(msg.alternativesIntro(model.alternativesShown)), '');
  if (model.alternativesShown === 0) out.push(mdText(msg.alternativesOff), '');
  for (const plan of model.alternativesShown === 0 ? [] : model.plans) {
    out.push(`### ${mdText(msg.planHeading(plan.rank, plan.objective, plan.moves.length))}`, '');
    if (plan.keyPosts.length === 0) out.push(mdText(plan.versusBest ? msg.alternativesSameAsBest : msg.alternativesNone), '');
    for (const key of plan.keyPosts) {
      out.push(`#### ${mdText(msg.keyPostHeading(key.post.label, key.post.unit))} (${mdText(msg.keyPostWhy(key.nonLocal, key.mustFill))})`, '');
      out.push(mdText(msg.keyPostChosen(key.chosen, key.chosenValue)), '');
      if (key.alternatives.length === 0) {
        out.push(mdText(msg.altNoCandidates), '');
        continue;
      }
      out.push(
        mdTable(
          [msg.altCandidate, msg.altBestWith, msg.altVerdict].map(mdText),
          key.alternatives.map((alt) => [
            mdText(alt.cadre),
            mdText(bestWithText(alt, msg)),
            [alternativeVerdict(alt, plan.objective, msg), ...alt.reasons].map(mdText).join('<br>'),
          ]),
          [1],
        ),
        '',
      );
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The summary first, as in the HTML: plan 1's rotations, units, structure, vacant posts, the other plans in a line each. */
function summary(model: ReportModel, msg: ReportMessages): string[] {
  const best = model.plans[0]!;
  const out = [`## ${mdText(msg.sectionSummary)}`, '', mdText(msg.summaryLead(best.moves.length, best.objective, best.proven, best.metrics.unitsTouched)), ''];
  if (best.moves.length > 0) {
    out.push(
      `**${mdText(msg.summaryMovesCaption)}**`,
      '',
      mdTable(
        [msg.moveNumber, msg.moveCadre, msg.moveCurrent, msg.moveDestination, msg.kindColumn, msg.chainColumn, msg.notesColumn].map(mdText),
        best.moves.map((move, i) => [
          String(i + 1),
          mdText(move.cadre),
          mdText(postShort(move.from, msg)),
          mdText(postShort(move.to, msg)),
          mdText(msg.kindWord(move.kind)),
          mdText(chainOf(best, move, msg)),
          moveNotes(move, msg).map(mdText).join('<br>'),
        ]),
        [0],
      ),
      '',
      mdText(msg.summaryUnits(best.units)),
      '',
    );
  }
  out.push(`**${mdText(msg.structureHeading)}**`, '');
  if (best.structure.total === 0) out.push(mdText(msg.structureNone), '');
  else out.push(mdTable([msg.structureGroupColumn, msg.structureBefore, msg.structureAfter].map(mdText), structureRows(best, msg).map((r) => r.map(mdText)), [1, 2]), '');
  out.push(`**${mdText(msg.vacantHeading)}**`, '', ...bulletsOrNone(summaryVacancies(best, msg), msg), '');
  const others = otherPlanLines(model.plans, msg);
  if (others.length > 0) out.push(`**${mdText(msg.otherPlansHeading)}**`, '', ...others.map((line) => `- ${mdText(line)}`), '');
  return out;
}

function moveRows(model: ReportModel, plan: PlanView, indexes: readonly number[], msg: ReportMessages): string[][] {
  return indexes.map((i) => {
    const move = plan.moves[i]!;
    const detail = [
      termsInWords(move, msg).join('; '),
      `${msg.moveRules}: ${[...new Set(move.rules.map((name) => model.rules.find((r) => r.name === name)?.id ?? name))].join(', ')}`,
      ...moveNotes(move, msg),
      `${msg.moveChain}: ${chainOf(plan, move, msg)} (${msg.kindWord(move.kind)})`,
    ];
    return [
      String(i + 1),
      mdText(move.cadre),
      mdText(postShort(move.from, msg)),
      mdText(postShort(move.to, msg)),
      mdText(msg.signed(move.value)),
      detail.map(mdText).join('<br>'),
    ];
  });
}

/** Plan 1 in full; the other plans by the moves plan 1 does not make. */
function planMoves(model: ReportModel, plan: PlanView, msg: ReportMessages): string[] {
  const out = [`### ${mdText(msg.planHeading(plan.rank, plan.objective, plan.moves.length))}`, ''];
  if (plan.moves.length === 0) return [...out, mdText(msg.emptyPlan), '', ...planFacts(plan, msg)];
  const header = [msg.moveNumber, msg.moveCadre, msg.moveCurrent, msg.moveDestination, msg.moveValue, msg.moveReasons].map(mdText);
  const diff = plan.versusBest;
  if (!diff) {
    out.push(mdTable(header, moveRows(model, plan, plan.moves.map((_m, i) => i), msg), [0, 4]), '', `**${mdText(msg.chainsHeading)}**`, '', ...chainLines(plan, msg), '', ...planFacts(plan, msg));
    return out;
  }
  const best = model.plans[0]!;
  const added = new Set(diff.added.map((m) => `${m.cadre}\u0000${m.to.id}`));
  const indexes = plan.moves.flatMap((m, i) => (added.has(`${m.cadre}\u0000${m.to.id}`) ? [i] : []));
  if (indexes.length > 0) out.push(`**${mdText(msg.addedMovesHeading(plan.rank))}**`, '', mdTable(header, moveRows(model, plan, indexes, msg), [0, 4]), '');
  const dropped = diff.dropped.map((m) => msg.moveArrow(m.cadre, postShort(m.from, msg), postShort(m.to, msg)));
  out.push(mdText(msg.sameAsBest(diff.common, dropped)), '', ...planFacts(plan, msg, best));
  return out;
}

function planFacts(plan: PlanView, msg: ReportMessages, best?: PlanView): string[] {
  // As in the HTML: plan 1's vacant posts are in the summary; another plan shows what plan 1 does not have.
  const not = (mine: string[], theirs: string[]) => mine.filter((line) => !theirs.includes(line));
  const binding = best ? not(bindingSentences(plan, msg), bindingSentences(best, msg)) : bindingSentences(plan, msg);
  const vacant = best ? not(vacancySentences(plan, msg), vacancySentences(best, msg)) : [];
  return [
    ...(best && binding.length === 0 ? [] : [`**${mdText(msg.bindingHeading)}**`, '', ...bulletsOrNone(binding, msg), '']),
    ...(vacant.length === 0 ? [] : [`**${mdText(msg.vacantHeading)}**`, '', ...bulletsOrNone(vacant, msg), '']),
  ];
}

function bulletsOrNone(items: readonly string[], msg: ReportMessages): string[] {
  return items.length === 0 ? [`- ${mdText(msg.noneItem)}`] : items.map((item) => `- ${mdText(item)}`);
}

function chainLines(plan: PlanView, msg: ReportMessages): string[] {
  return plan.chains.map(
    (chain) =>
      `- **${mdText(msg.chainName(chain.kind, chain.label))}** (${chain.moves.map((m) => m + 1).join(' → ')}): ${mdText(msg.chainText(chain.kind, chain.moves.length, chain.units))}`,
  );
}
