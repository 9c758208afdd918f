/** `rotaplan solve FILE`: the K best plans, as a table per plan or as JSON (section 5). */
import { loadRound } from '../../scenario/load-round.ts';
import { solveRound, type SolveOutcome } from '../../solver/kbest.ts';
import type { SolverChoice } from '../../solver/choose.ts';
import { scoreMove } from '../../rules/score.ts';
import type { Round } from '../../scenario/round.ts';
import { EXIT, json, type Output } from '../io.ts';
import { formatNumber, table } from '../../util/table.ts';
import { clearProgress, progressReporter } from '../progress.ts';

export interface SolveArgs {
  file: string;
  top: number;
  minDiff: number;
  solver: SolverChoice;
  timeLimit?: number;
  json: boolean;
}

export async function solveCommand(args: SolveArgs, io: Output): Promise<number> {
  const { round } = loadRound(args.file);
  const outcome = await solveRound(round, {
    top: args.top,
    minDiff: args.minDiff,
    solver: args.solver,
    timeLimit: args.timeLimit,
    onProgress: progressReporter(),
  });
  clearProgress();
  if (outcome.plans.length === 0) {
    const reason = outcome.status === 'time-limit'
      ? `no feasible plan found within the time limit of ${args.timeLimit} s`
      : 'no feasible plan: the rules cannot all hold together (run `rotaplan diagnose` for the conflicting rules)';
    if (args.json) io.out(json(solveJson(round, outcome)));
    io.err(`${round.scenario.name}: ${reason}`);
    return EXIT.infeasible;
  }
  io.out(args.json ? json(solveJson(round, outcome)) : solveText(round, outcome));
  return EXIT.ok;
}

export function solveJson(round: Round, outcome: SolveOutcome) {
  return {
    scenario: round.scenario.name,
    status: outcome.status,
    solver: outcome.backend,
    plans: outcome.plans.map((plan) => ({
      rank: plan.rank,
      objective: plan.objective,
      proven: plan.proven,
      gap: plan.gap,
      moves: plan.moves.map((move) => {
        const score = scoreMove(round, round.cadres.get(move.cadre)!, round.posts.get(move.to)!);
        return {
          cadre: move.cadre,
          from: move.from,
          to: move.to,
          fromUnit: round.posts.get(move.from)!.unit,
          toUnit: round.posts.get(move.to)!.unit,
          value: score.value,
          terms: score.terms,
        };
      }),
    })),
    stats: { pairs: outcome.stats.pairs, columns: outcome.stats.columns, rows: outcome.stats.rows },
  };
}

export function solveText(round: Round, outcome: SolveOutcome): string {
  const blocks = [`${round.scenario.name} (as of ${round.scenario.asOf}): ${outcome.plans.length} plan(s), solver ${outcome.backend}`];
  for (const plan of outcome.plans) {
    const proof = plan.proven ? 'proven optimal for its rank' : `not proven optimal (gap ${formatNumber(plan.gap)})`;
    const rows = plan.moves.map((move) => {
      const cadre = round.cadres.get(move.cadre)!;
      const from = round.posts.get(move.from)!;
      const to = round.posts.get(move.to)!;
      const value = scoreMove(round, cadre, to).value;
      return [
        cadre.name ? `${cadre.name} (${cadre.id})` : cadre.id,
        `${from.unit} / ${from.id}`,
        `${to.unit} / ${to.id}`,
        formatNumber(value),
      ];
    });
    blocks.push(
      `\nPlan ${plan.rank}: objective ${formatNumber(plan.objective)}, ${plan.moves.length} move(s), ${proof}`,
      plan.moves.length === 0 ? '  (no moves: the empty plan)' : table(['cadre', 'from unit / post', 'to unit / post', 'value'], rows),
    );
  }
  return `${blocks.join('\n')}\n`;
}
