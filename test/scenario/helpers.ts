/** Shared helpers of the scenario tests: a small valid scenario and the problems of a raw input. */
import { parseScenario } from '../../src/scenario/load.ts';
import { formatProblem, InputError } from '../../src/scenario/problems.ts';

/**
 * Three units (U-B under U-A), four posts (P-C2 vacant), three cadres; one of every kind of
 * reference, so that each can be broken by one edit.
 */
export function baseScenario(): any {
  return {
    version: 1,
    name: 'base',
    asOf: '2027-01-01',
    units: [
      { id: 'U-A', name: 'Sở Tài chính', kind: 'department', locality: 'BG' },
      { id: 'U-B', name: 'Xã Lục Sơn', kind: 'commune', parent: 'U-A', locality: 'LS' },
      { id: 'U-C', name: 'Phường Đa Mai', kind: 'ward', locality: 'DM' },
    ],
    positions: [
      { id: 'P-A1', unit: 'U-A', title: 'department-deputy', holder: 'C-1' },
      { id: 'P-B1', unit: 'U-B', title: 'commune-secretary', holder: 'C-2', mustFill: true },
      { id: 'P-C1', unit: 'U-C', title: 'commune-chairman', holder: 'C-3' },
      { id: 'P-C2', unit: 'U-C', title: 'commune-deputy', holder: null },
    ],
    cadres: [
      {
        id: 'C-1', name: 'Nguyễn Văn An', gender: 'male', born: '1982-05-14', hometown: 'LS',
        position: 'P-A1', since: '2021-03-01', rating: 'good', planning: ['commune-secretary'],
        preferences: ['U-B'], relatives: ['C-2'],
        history: [{ unit: 'U-C', from: '2014-01-01', to: '2017-06-30', rotation: true }],
      },
      { id: 'C-2', gender: 'female', born: '1985-02-28', position: 'P-B1', since: '2020-01-01' },
      { id: 'C-3', gender: 'male', born: '1979-11-30', position: 'P-C1', since: '2019-07-15' },
    ],
    consents: [
      { side: 'origin', cadre: 'C-1', agree: false, note: 'needed for the budget' },
      { side: 'destination', unit: 'U-B', cadre: 'C-3', agree: true },
      { side: 'cadre', cadre: 'C-2', agree: false },
    ],
    pins: [{ cadre: 'C-1', position: 'P-B1' }],
    forbids: [{ cadre: 'C-3', unit: 'U-A' }, { cadre: 'C-3', position: 'P-A1' }],
  };
}

/** Every problem of a raw scenario, formatted as the CLI prints it; [] when it is valid. */
export function problemsOf(raw: unknown): string[] {
  try {
    parseScenario(raw);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map(formatProblem);
  }
}

/** A deep copy of the base scenario changed by `edit`. */
export function edited(edit: (scenario: any) => void, start: any = baseScenario()): any {
  const copy = structuredClone(start);
  edit(copy);
  return copy;
}
