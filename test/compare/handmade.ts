// A hand-made round whose metrics are easy to count by hand (see metrics.test.ts).
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound, type Round } from '../../src/scenario/round.ts';

export const HANDMADE = {
  version: 1,
  name: 'hand-made',
  asOf: '2027-01-01',
  policy: { nonLocalTitles: ['sec'], requirePlanning: false },
  units: [
    { id: 'A', locality: 'LA' },
    { id: 'B', locality: 'LB' },
    { id: 'C' },
    { id: 'D', locality: 'LD' },
  ],
  positions: [
    { id: 'PA1', unit: 'A', title: 'sec', holder: 'c1' },
    { id: 'PA2', unit: 'A', title: 'dep', holder: 'c2' },
    { id: 'PB1', unit: 'B', title: 'sec', holder: 'c3', offers: ['g1', 'g2', 'x'] },
    { id: 'PB2', unit: 'B', title: 'dep', offers: ['g3'] },
    { id: 'PC1', unit: 'C', title: 'dep', mustFill: true },
    { id: 'PD1', unit: 'D', title: 'sec', holder: 'c4' },
  ],
  cadres: [
    // young (36), woman, minority, not from B
    { id: 'c1', gender: 'female', born: '1990-03-01', minority: true, hometown: 'LX', position: 'PA1', since: '2020-01-01', goals: ['g1', 'g2'] },
    { id: 'c2', gender: 'male', born: '1970-01-01', hometown: 'LA', position: 'PA2', since: '2020-01-01', goals: ['g3'] },
    { id: 'c3', gender: 'female', born: '1975-01-01', hometown: 'LC', position: 'PB1', since: '2020-01-01' },
    // local in D, stays
    { id: 'c4', gender: 'male', born: '1975-01-01', hometown: 'LD', position: 'PD1', since: '2020-01-01' },
  ],
  consents: [
    { side: 'cadre', cadre: 'c3', agree: false },
    { side: 'cadre', cadre: 'c3', agree: false, note: 'twice: one side counts once' },
  ],
};

export function handmadeRound(patch: (raw: typeof HANDMADE) => void = () => {}): Round {
  const raw = structuredClone(HANDMADE);
  patch(raw);
  return buildRound(parseScenario(raw).scenario);
}

export const SWAP_PLAN = {
  moves: [
    { cadre: 'c1', from: 'PA1', to: 'PB1' },
    { cadre: 'c3', from: 'PB1', to: 'PA1' },
    { cadre: 'c2', from: 'PA2', to: 'PB2' },
  ],
};
