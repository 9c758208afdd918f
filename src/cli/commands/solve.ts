/** `rotaplan solve FILE`: the K best plans, as a table per plan or as JSON (section 5). */
import { loadRound } from '../../scenario/load-round.ts';
import { solveRound, type SolveOutcome } from '../../search/kbest.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import { scoreMove } from '../../rules/score.ts';
import type { Round } from '../../scenario/round.ts';
import { EXIT, json, type Output } from '../io.ts';
import { solveJson } from '../../answers/json.ts';
import { formatNumber, table } from '../../util/table.ts';
import { clearProgress, progressReporter } from '../progress.ts';
import type { Move } from '../../rules/types.ts';
import { CLI_WORDS } from '../../i18n/cli.ts';
import { pickLang } from '../../i18n/explain.ts';
import type { Lang } from '../../i18n/terms.ts';
import { cadreLabel, dateText, KIND_WORDS, moveKind, postLabel } from '../../i18n/round-names.ts';

export interface SolveArgs {
  file: string;
  top: number;
  minDiff: number;
  solver: SolverChoice;
  timeLimit?: number;
  json: boolean;
  lang?: Lang;
}

export async function solveCommand(args: SolveArgs, io: Output): Promise<number> {
  // --time-limit counts from here: reading the file and building the model are part of it.
  const startedAt = performance.now();
  const { round } = loadRound(args.file);
  const lang = pickLang(args.lang, round);
  const words = CLI_WORDS[lang].solve;
  const outcome = await solveRound(round, {
    top: args.top,
    minDiff: args.minDiff,
    solver: args.solver,
    timeLimit: args.timeLimit,
    startedAt,
    onProgress: progressReporter(lang),
  });
  clearProgress();
  if (outcome.plans.length === 0) {
    const reason = outcome.status === 'time-limit' ? words.timeLimit(args.timeLimit) : words.infeasible;
    if (args.json) io.out(json(solveJson(round, outcome)));
    io.err(`${round.scenario.name}: ${reason}`);
    // No plan in time says nothing against the round: not infeasible (1), the solver gave out (4).
    return outcome.status === 'time-limit' ? EXIT.solverGaveOut : EXIT.infeasible;
  }
  io.out(args.json ? json(solveJson(round, outcome)) : solveText(round, outcome, lang));
  return EXIT.ok;
}

export function solveText(round: Round, outcome: SolveOutcome, lang: Lang = 'en'): string {
  const words = CLI_WORDS[lang];
  const header = words.round(round.scenario.name, dateText(round.scenario.asOf, lang));
  const blocks = [words.solve.header(header, outcome.plans.length, outcome.backend)];
  for (const plan of outcome.plans) {
    const proof = plan.proven ? words.solve.proven : words.solve.notProven(formatNumber(plan.gap));
    const rows = plan.moves.map((move) => moveRow(round, move, lang));
    const hasNotes = rows.some((row) => row[5] !== '');
    const columns = hasNotes ? words.solve.columns : words.solve.columns.slice(0, 5);
    blocks.push(
      `\n${words.solve.plan(plan.rank, formatNumber(plan.objective), plan.moves.length, proof)}`,
      plan.moves.length === 0 ? `  ${words.solve.empty}` : table(columns, rows.map((row) => row.slice(0, columns.length))),
    );
  }
  return `${blocks.join('\n')}\n`;
}

/** One move as a table row: cadre, from, to, kind, value, and what the committee should note. */
function moveRow(round: Round, move: Move, lang: Lang): string[] {
  const words = CLI_WORDS[lang].solve;
  const cadre = round.cadres.get(move.cadre)!;
  const to = round.posts.get(move.to)!;
  const score = scoreMove(round, cadre, to);
  const pin = round.scenario.pins.find((p) => p.cadre === move.cadre && p.position === move.to);
  const notes = [
    ...(pin ? [pin.note ? `${words.pinned}: ${pin.note}` : words.pinned] : []),
    ...(cadre.mustMove ? [words.mustMove] : []),
    ...(to.mustFill ? [words.mustFill] : []),
    ...(score.softObjections.length > 0 ? [words.overridden(score.softObjections)] : []),
  ];
  return [
    cadreLabel(round, move.cadre),
    postLabel(round, move.from),
    postLabel(round, move.to),
    KIND_WORDS[lang][moveKind(round, move)],
    formatNumber(score.value),
    notes.join('; '),
  ];
}
