import { describe, expect, it } from 'vitest';
import { chainsOf } from '../../src/explain/chains.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound } from '../../src/scenario/round.ts';

const cadre = (id: string, position: string) => ({ id, gender: 'male' as const, born: '1980-01-01', position, since: '2020-01-01' });
const round = buildRound(
  parseScenario({
    version: 1,
    name: 'chains',
    asOf: '2027-01-01',
    units: ['A', 'B', 'C', 'D'].map((id) => ({ id })),
    positions: [
      { id: 'PA', unit: 'A', title: 't', holder: 'C1' },
      { id: 'PB', unit: 'B', title: 't', holder: 'C2' },
      { id: 'PC', unit: 'C', title: 't', holder: 'C3' },
      { id: 'PD', unit: 'D', title: 't', holder: 'C4' },
      { id: 'PA2', unit: 'A', title: 't', holder: 'C5' },
      { id: 'VD', unit: 'D', title: 't' },
    ],
    cadres: [cadre('C1', 'PA'), cadre('C2', 'PB'), cadre('C3', 'PC'), cadre('C4', 'PD'), cadre('C5', 'PA2')],
  }).scenario,
);

describe('chainsOf', () => {
  it('finds a swap, a cycle and a chain ending in a vacant post', () => {
    const swap = chainsOf(round, { moves: [{ cadre: 'C2', from: 'PB', to: 'PA' }, { cadre: 'C1', from: 'PA', to: 'PB' }] });
    expect(swap).toEqual([
      { kind: 'swap', moves: [{ cadre: 'C1', from: 'PA', to: 'PB' }, { cadre: 'C2', from: 'PB', to: 'PA' }], units: ['A', 'B'] },
    ]);
    const cycle = chainsOf(round, {
      moves: [{ cadre: 'C3', from: 'PC', to: 'PA' }, { cadre: 'C1', from: 'PA', to: 'PB' }, { cadre: 'C2', from: 'PB', to: 'PC' }],
    });
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.kind).toBe('cycle');
    expect(cycle[0]!.units).toEqual(['A', 'B', 'C']);
    const chain = chainsOf(round, { moves: [{ cadre: 'C4', from: 'PD', to: 'VD' }, { cadre: 'C5', from: 'PA2', to: 'PD' }] });
    expect(chain).toEqual([
      {
        kind: 'chain',
        moves: [{ cadre: 'C5', from: 'PA2', to: 'PD' }, { cadre: 'C4', from: 'PD', to: 'VD' }],
        units: ['A', 'D', 'D'],
      },
    ]);
  });

  it('keeps every move of an infeasible plan exactly once', () => {
    const moves = [{ cadre: 'C1', from: 'PA', to: 'PB' }, { cadre: 'C1', from: 'PA', to: 'PC' }, { cadre: 'C2', from: 'PB', to: 'PA' }];
    const chains = chainsOf(round, { moves });
    expect(chains.flatMap((c) => c.moves)).toHaveLength(3);
  });
});
