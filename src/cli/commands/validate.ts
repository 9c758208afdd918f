/** `rotaplan validate FILE`: exit 0 and a one-screen summary, or every problem with its path. */
import { formatProblem } from '../../scenario/problems.ts';
import { scenarioJsonSchema } from '../../scenario/schema.ts';
import { loadRound } from '../../scenario/load-round.ts';
import { EXIT, json, type Output } from '../io.ts';
import { table } from '../../util/table.ts';

export async function validateCommand(args: { file: string; json: boolean }, io: Output): Promise<number> {
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
  for (const warning of summary.warnings) io.err(`warning: ${warning}`);
  const rows: [string, string][] = [
    ['units', String(summary.units)],
    ['posts', `${summary.positions} (${summary.vacantPositions} vacant, ${summary.mustFillPositions} must be filled)`],
    ['cadres', `${summary.cadres} (${summary.availableCadres} available)`],
    ['consents', `${summary.consents} (${summary.objections} objections)`],
    ['pins', String(summary.pins)],
    ['forbids', String(summary.forbids)],
    ['relative pairs', String(summary.relatives)],
  ];
  const source = files.length > 1 ? ` (overlay: ${files.map((file) => file.path).join(' → ')})` : '';
  io.out(`valid: ${scenario.name}, as of ${scenario.asOf}${source}\n${table(['', ''], rows).split('\n').slice(2).join('\n')}`);
  return EXIT.ok;
}

export async function schemaCommand(_args: unknown, io: Output): Promise<number> {
  io.out(json(scenarioJsonSchema()));
  return EXIT.ok;
}
