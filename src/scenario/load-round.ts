/** Loads a scenario file into a round for a command. */
import { loadScenario, type LoadedScenario } from './load.ts';
import { buildRound, type Round } from './round.ts';

export function loadRound(file: string): LoadedScenario & { round: Round } {
  const loaded = loadScenario(file);
  return { ...loaded, round: buildRound(loaded.scenario) };
}
