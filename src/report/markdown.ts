/**
 * The committee report in Markdown, for pasting into documents: the same five sections as
 * the HTML (the flow diagram becomes the list of chains and swaps, with their units).
 * Table cells escape the characters Markdown would read as markup.
 */
import { messagesFor, ruleTitle, type ReportMessages } from './messages.ts';
import type { PlanView, ReportModel } from './model.ts';
import { alternativeVerdict, bestWithText, bindingSentences, differenceLines, metricRows, policySentences, termsInWords, vacancySentences } from './text.ts';

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
  for (const sentence of policySentences(model.policy, msg)) out.push(`- ${mdText(sentence)}`);
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

  const diffs = model.plans.map((plan) => differenceLines(plan, msg)).filter((d) => d !== null);
  if (diffs.length > 0) {
    out.push(`### ${mdText(msg.diffHeading)}`, '');
    for (const diff of diffs) {
      out.push(mdText(diff.summary), '');
      if (diff.added.length > 0) out.push(`- ${mdText(msg.diffAdded)}:`, ...diff.added.map((line) => `  - ${mdText(line)}`));
      if (diff.dropped.length > 0) out.push(`- ${mdText(msg.diffDropped)}:`, ...diff.dropped.map((line) => `  - ${mdText(line)}`));
      out.push('');
    }
  }

  out.push(`## ${mdText(msg.sectionMoves)}`, '');
  for (const plan of model.plans) out.push(...planMoves(model, plan, msg));

  out.push(`## ${mdText(msg.sectionFlows)}`, '', mdText(msg.flowsIntro), '');
  for (const plan of model.plans) {
    out.push(`### ${mdText(msg.flowCaption(plan.rank))}`, '');
    if (plan.moves.length === 0) out.push(mdText(msg.emptyPlan), '');
    else out.push(...chainLines(plan, msg), '');
  }

  out.push(`## ${mdText(msg.sectionAlternatives)}`, '', mdText(msg.alternativesIntro(model.alternativesShown)), '');
  for (const plan of model.plans) {
    out.push(`### ${mdText(msg.planHeading(plan.rank, plan.objective, plan.moves.length))}`, '');
    if (plan.keyPosts.length === 0) out.push(mdText(msg.alternativesNone), '');
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

function planMoves(model: ReportModel, plan: PlanView, msg: ReportMessages): string[] {
  const out = [`### ${mdText(msg.planHeading(plan.rank, plan.objective, plan.moves.length))}`, ''];
  if (plan.moves.length === 0) return [...out, mdText(msg.emptyPlan), '', ...planFacts(plan, msg)];
  const rows = plan.moves.map((move, i) => {
    const chain = plan.chains[move.chain];
    const detail = [
      ...termsInWords(move, msg),
      `${msg.moveRules}: ${move.rules
        .map((name) => {
          const rule = model.rules.find((r) => r.name === name);
          return `${ruleTitle(msg, name)}${rule && rule.source ? ` [${rule.source}]` : ''}`;
        })
        .join('; ')}`,
      ...move.objections.map((o) => `${msg.objectionText(o.side)}${o.note ? ` (${msg.objectionNote(o.note)})` : ''}`),
      ...(move.pinned ? [msg.movePinned] : []),
      ...(move.fillsMustFill ? [msg.moveFillsMustFill] : []),
      ...(chain ? [`${msg.moveChain}: ${msg.chainName(chain.kind, move.chain)}`] : []),
    ];
    return [
      String(i + 1),
      mdText(move.cadre),
      mdText(msg.postInUnit(move.from.label, move.from.unit)),
      mdText(msg.postInUnit(move.to.label, move.to.unit)),
      mdText(msg.signed(move.value)),
      detail.map(mdText).join('<br>'),
    ];
  });
  out.push(
    mdTable([msg.moveNumber, msg.moveCadre, msg.moveCurrent, msg.moveDestination, msg.moveValue, msg.moveReasons].map(mdText), rows, [0, 4]),
    '',
    `**${mdText(msg.chainsHeading)}**`,
    '',
    ...chainLines(plan, msg),
    '',
    ...planFacts(plan, msg),
  );
  return out;
}

function planFacts(plan: PlanView, msg: ReportMessages): string[] {
  return [
    `**${mdText(msg.bindingHeading)}**`,
    '',
    ...bulletsOrNone(bindingSentences(plan, msg), msg),
    '',
    `**${mdText(msg.vacantHeading)}**`,
    '',
    ...bulletsOrNone(vacancySentences(plan, msg), msg),
    '',
  ];
}

function bulletsOrNone(items: readonly string[], msg: ReportMessages): string[] {
  return items.length === 0 ? [`- ${mdText(msg.noneItem)}`] : items.map((item) => `- ${mdText(item)}`);
}

function chainLines(plan: PlanView, msg: ReportMessages): string[] {
  return plan.chains.map(
    (chain, i) =>
      `- **${mdText(msg.chainName(chain.kind, i))}** (${chain.moves.map((m) => m + 1).join(' → ')}): ${mdText(msg.chainText(chain.kind, chain.moves.length, chain.units))}`,
  );
}
