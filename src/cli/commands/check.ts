/** `rotaplan check FILE PLAN`: every broken rule of a plan, named, with whom it concerns. */
import { checkPlan } from '../../rules/check.ts';
import type { Move } from '../../rules/types.ts';
import { violationText } from '../../i18n/violations.ts';
import type { Round } from '../../scenario/round.ts';
import { InputError, type PathSegment, type Problem } from '../../scenario/problems.ts';
import { loadRound } from '../../scenario/load-round.ts';
import { readJsonFile } from '../../scenario/load.ts';
import { checkJson } from '../../answers/json.ts';
import { EXIT, json, type Output } from '../io.ts';
import { scorePlan } from '../../rules/score.ts';
import { formatNumber } from '../../util/table.ts';
import { CLI_WORDS } from '../../i18n/cli.ts';
import { pickLang } from '../../i18n/explain.ts';
import { textLabels } from '../../i18n/round-names.ts';
import type { Lang } from '../../i18n/terms.ts';

export async function checkCommand(args: { file: string; plan: string; json: boolean; lang?: Lang }, io: Output): Promise<number> {
  const { round } = loadRound(args.file);
  const lang = pickLang(args.lang, round);
  const words = CLI_WORDS[lang];
  const moves = readPlanFile(args.plan, round);
  const violations = checkPlan(round, { moves });
  const objective = violations.length === 0 ? scorePlan(round, { moves }).objective : null;
  if (args.json) {
    io.out(json(checkJson(round, violations, objective, lang)));
  } else if (violations.length === 0) {
    io.out(words.check.feasible(moves.length, formatNumber(objective!)));
  } else {
    const label = textLabels(round);
    for (const violation of violations) io.err(`${words.rule(violation.rule)}: ${violationText(violation, lang, label)}`);
    io.err(words.check.infeasible(violations.length));
  }
  return violations.length === 0 ? EXIT.ok : EXIT.infeasible;
}

/** A JSON file with `moves`, or `solve --json` output (its first plan). */
export function readPlanFile(path: string, round: Round): Move[] {
  const raw = readJsonFile(path);
  const base: PathSegment[] = [];
  let list: unknown = undefined;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const object = raw as Record<string, unknown>;
    if (Array.isArray(object.plans)) {
      if (object.plans.length === 0) throw new InputError([{ path: ['plans'], message: 'has no plan to check', file: path }]);
      const first = object.plans[0] as Record<string, unknown> | undefined;
      list = first && typeof first === 'object' ? first.moves : undefined;
      base.push('plans', 0);
    } else list = object.moves;
  }
  if (!Array.isArray(list)) throw new InputError([{ path: [...base, 'moves'], message: 'must be a list of moves {cadre, from, to}', file: path }]);
  const problems: Problem[] = [];
  const moves: Move[] = [];
  list.forEach((entry, i) => {
    const at = (field: string) => [...base, 'moves', i, field];
    if (!entry || typeof entry !== 'object') {
      problems.push({ path: [...base, 'moves', i], message: 'must be an object {cadre, from, to}', file: path });
      return;
    }
    const move = entry as Record<string, unknown>;
    const field = (name: 'cadre' | 'from' | 'to', known: ReadonlyMap<string, unknown>, kind: string) => {
      const value = move[name];
      if (typeof value !== 'string' || value === '') problems.push({ path: at(name), message: 'is required (an id)', file: path });
      else if (!known.has(value)) problems.push({ path: at(name), message: `unknown ${kind} "${value}"`, file: path });
      return String(value);
    };
    const cadre = field('cadre', round.cadres, 'cadre');
    const from = field('from', round.posts, 'position');
    const to = field('to', round.posts, 'position');
    moves.push({ cadre, from, to });
  });
  if (problems.length > 0) throw new InputError(problems);
  return moves;
}
