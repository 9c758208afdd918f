/** `rotaplan validate FILE`: exit 0 and a one-screen summary, or every problem with its path. */
import { formatProblem } from '../../scenario/problems.ts';
import { scenarioJsonSchema } from '../../scenario/json-schema.ts';
import { loadRound } from '../../scenario/load-round.ts';
import { EXIT, json, type Output } from '../io.ts';
import { table } from '../../util/table.ts';
import type { Round } from '../../scenario/round.ts';
import { CLI_WORDS } from '../../i18n/cli.ts';
import { pickLang } from '../../i18n/explain.ts';
import type { Lang } from '../../i18n/terms.ts';
import { dateText } from '../../i18n/round-names.ts';

export async function validateCommand(args: { file: string; json: boolean; lang?: Lang }, io: Output): Promise<number> {
  const { round, files, warnings } = loadRound(args.file);
  const { scenario } = round;
  const vacant = scenario.positions.filter((post) => !round.holderOf.has(post.id));
  const summary = {
    valid: true,
    scenario: scenario.name,
    asOf: scenario.asOf,
    files: files.map((file) => file.path),
    units: scenario.units.length,
    positions: scenario.positions.length,
    vacantPositions: vacant.length,
    mustFillPositions: scenario.positions.filter((post) => post.mustFill).length,
    cadres: scenario.cadres.length,
    availableCadres: scenario.cadres.filter((cadre) => cadre.available).length,
    consents: scenario.consents.length,
    objections: scenario.consents.filter((consent) => !consent.agree).length,
    pins: scenario.pins.length,
    forbids: scenario.forbids.length,
    relatives: [...round.relatives.values()].reduce((sum, set) => sum + set.size, 0) / 2,
    warnings: warnings.map(formatProblem),
  };
  if (args.json) {
    io.out(json(summary));
    return EXIT.ok;
  }
  const lang = pickLang(args.lang, round);
  const words = CLI_WORDS[lang].validate;
  for (const warning of summary.warnings) io.err(`${words.warning}: ${warning}`);
  const v2 = versionTwo(round);
  const rows: [string, string][] = [
    [words.units, String(summary.units)],
    [words.posts, `${summary.positions} (${words.postsDetail(summary.vacantPositions, summary.mustFillPositions)})`],
    ...(v2.titles > 0 ? [[words.titles, `${v2.titles} (${words.titlesDetail(v2.keyTitles)})`] as [string, string]] : []),
    [words.cadres, `${summary.cadres} (${words.cadresDetail(summary.availableCadres)})`],
    ...(v2.rotated > 0 ? [[words.rotated, String(v2.rotated)] as [string, string]] : []),
    ...(v2.mustMove > 0 ? [[words.mustMove, String(v2.mustMove)] as [string, string]] : []),
    ...(v2.alsoHolds > 0 ? [[words.alsoHolds, String(v2.alsoHolds)] as [string, string]] : []),
    [words.consents, `${summary.consents} (${words.consentsDetail(summary.objections)})`],
    [words.pins, String(summary.pins)],
    [words.forbids, String(summary.forbids)],
    [words.relatives, String(summary.relatives)],
  ];
  const overlay = files.length > 1 ? files.map((file) => file.path).join(' → ') : undefined;
  io.out(`${words.valid(scenario.name, dateText(scenario.asOf, lang), overlay)}\n${table(['', ''], rows).split('\n').slice(2).join('\n')}`);
  return EXIT.ok;
}

/** What a version 2 file adds to the summary: the catalogue, cadres on rotation, must-move, kiêm nhiệm. */
function versionTwo(round: Round) {
  const cadres = round.scenario.cadres;
  return {
    titles: round.titles.size,
    keyTitles: [...round.titles.values()].filter((title) => title.key).length,
    rotated: cadres.filter((cadre) => cadre.rotated).length,
    mustMove: cadres.filter((cadre) => cadre.mustMove).length,
    alsoHolds: cadres.filter((cadre) => (cadre.alsoHolds ?? []).length > 0).length,
  };
}

export async function schemaCommand(_args: unknown, io: Output): Promise<number> {
  io.out(json(scenarioJsonSchema()));
  return EXIT.ok;
}
