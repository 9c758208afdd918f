/**
 * `explain`, `why-not` and `diagnose`, the handlers: why each move is in a plan, why a move
 * is not, why no plan exists. Data from src/explain, sentences from src/i18n/explain.ts
 * (--lang en|vi, default the scenario's language, else English); --json prints the data
 * (contract section 7). Loaded only when one of these commands runs (./explain-commands.ts).
 */
import { EXIT, json, type Output } from '../io.ts';
import { diagnosisJson, whyNotJson } from '../../answers/json.ts';
import { loadRound } from '../../scenario/load-round.ts';
import { explainPlan, type PlanExplanation } from '../../explain/explain.ts';
import { whyNot } from '../../explain/why-not.ts';
import { diagnoseRound } from '../../explain/diagnose.ts';
import {
  bindingWords,
  chainWords,
  pickLang,
  renderDiagnosis,
  renderExplanation,
  renderWhyNot,
  roundLabels,
  type Lang,
} from '../../i18n/explain.ts';
import { plainLabels } from '../../i18n/violations.ts';
import { InputError } from '../../scenario/problems.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import { solveRound } from '../../search/kbest.ts';

export interface CommonArgs {
  file: string;
  json: boolean;
  lang?: Lang;
  solver: SolverChoice;
}

export async function explainCommand(args: CommonArgs & { plan: number; cadre?: string; timeLimit?: number }, io: Output): Promise<number> {
  const { round } = loadRound(args.file);
  if (args.cadre !== undefined && !round.cadres.has(args.cadre)) throw new InputError(`--cadre: unknown cadre "${args.cadre}"`);
  const outcome = await solveRound(round, { top: args.plan, solver: args.solver, timeLimit: args.timeLimit });
  const lang = pickLang(args.lang, round);
  if (outcome.plans.length === 0 && outcome.status === 'time-limit') {
    io.err(lang === 'vi'
      ? `${round.scenario.name}: hết thời gian (--time-limit ${args.timeLimit} giây) trước khi tìm được phương án`
      : `${round.scenario.name}: no plan found within the time limit of ${args.timeLimit} s`);
    return EXIT.infeasible;
  }
  if (outcome.plans.length === 0) {
    io.err(lang === 'vi'
      ? `${round.scenario.name}: không có phương án khả thi (chạy \`rotaplan diagnose\` để xem các quy định xung đột)`
      : `${round.scenario.name}: no feasible plan (run \`rotaplan diagnose\` for the conflicting rules)`);
    return EXIT.infeasible;
  }
  const plan = outcome.plans[args.plan - 1];
  if (!plan) throw new InputError(`--plan ${args.plan}: the round has only ${outcome.plans.length} feasible plan(s)`);
  const full = explainPlan(round, plan);
  const expl: PlanExplanation = args.cadre === undefined ? full : { ...full, moves: full.moves.filter((m) => m.move.cadre === args.cadre) };
  const label = roundLabels(round);
  if (args.json) {
    io.out(json({
      scenario: expl.scenario,
      plan: plan.rank,
      objective: expl.objective,
      proven: plan.proven,
      ...(args.cadre === undefined ? {} : { cadre: args.cadre }),
      moves: expl.moves,
      chains: expl.chains.map((chain) => ({ ...chain, text: chainWords(chain, lang, plainLabels) })),
      binding: expl.binding.map((b) => ({ ...b, message: bindingWords(b, lang, plainLabels) })),
      vacant: expl.vacant,
      score: expl.score,
    }));
    return EXIT.ok;
  }
  let text = renderExplanation(expl, lang, label, plan.rank);
  if (args.cadre !== undefined && expl.moves.length === 0) {
    text += lang === 'vi'
      ? `\n${label(args.cadre, 'cadre')} không được luân chuyển trong phương án ${plan.rank} (xem \`rotaplan why-not\`).\n`
      : `\n${label(args.cadre, 'cadre')} does not move in plan ${plan.rank} (see \`rotaplan why-not\`).\n`;
  }
  io.out(text);
  return EXIT.ok;
}

export async function whyNotCommand(args: CommonArgs & { cadre: string; post: string; timeLimit?: number }, io: Output): Promise<number> {
  const { round } = loadRound(args.file);
  const lang = pickLang(args.lang, round);
  const result = await whyNot(round, String(args.cadre), String(args.post), { solver: args.solver, timeLimit: args.timeLimit });
  io.out(args.json ? json(whyNotJson(result, lang, round)) : renderWhyNot(result, lang, roundLabels(round)));
  return EXIT.ok;
}

export async function diagnoseCommand(args: CommonArgs, io: Output): Promise<number> {
  const { round } = loadRound(args.file);
  const lang = pickLang(args.lang, round);
  const diagnosis = await diagnoseRound(round, { solver: args.solver });
  io.out(args.json ? json(diagnosisJson(diagnosis, lang, round)) : renderDiagnosis(diagnosis, lang, roundLabels(round)));
  return diagnosis.feasible ? EXIT.ok : EXIT.infeasible;
}

