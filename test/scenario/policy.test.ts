/** Policy defaults exactly as contract section 2 gives them; partial objects keep the rest. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load.ts';
import { defaultPolicy } from '../../src/scenario/schema.ts';
import { baseScenario, edited } from './helpers.ts';

const policyOf = (policy: unknown) => parseScenario(edited((s) => (s.policy = policy))).scenario.policy;

const CONTRACT_DEFAULTS = {
  requirePlanning: true,
  minTenureMonths: 36,
  maxRotations: 3,
  noReturnYears: 5,
  retirementAge: { male: 62, female: 60 },
  minYearsToRetirement: 10,
  minRating: 'good',
  nonLocalTitles: [],
  stability: { maxOutPerUnit: 2, maxOutShare: 0.5, maxInPerUnit: 2 },
  maxMoves: null,
  consent: { origin: 'hard', destination: 'hard', cadre: 'soft' },
  youngAge: 40,
  quotas: [],
  weights: { development: 10, fit: 5, preference: 3, move: 4, objection: 20, quotaShortfall: 30 },
};

describe('policy defaults (contract section 2)', () => {
  it('an absent policy, an empty one and defaultPolicy() are exactly the contract defaults', () => {
    expect(defaultPolicy()).toEqual(CONTRACT_DEFAULTS);
    expect(parseScenario(baseScenario()).scenario.policy).toEqual(CONTRACT_DEFAULTS);
    expect(policyOf({})).toEqual(CONTRACT_DEFAULTS);
  });

  it.each([
    ['stability', { maxOutShare: 0.25 }, { maxOutPerUnit: 2, maxOutShare: 0.25, maxInPerUnit: 2 }],
    ['stability', { maxInPerUnit: 1 }, { maxOutPerUnit: 2, maxOutShare: 0.5, maxInPerUnit: 1 }],
    ['consent', { cadre: 'hard' }, { origin: 'hard', destination: 'hard', cadre: 'hard' }],
    ['consent', { origin: 'ignore' }, { origin: 'ignore', destination: 'hard', cadre: 'soft' }],
    ['weights', { move: 1 }, { ...CONTRACT_DEFAULTS.weights, move: 1 }],
    ['weights', { objection: 0, development: 12 }, { ...CONTRACT_DEFAULTS.weights, objection: 0, development: 12 }],
    ['retirementAge', { male: 60 }, { male: 60, female: 60 }],
    ['retirementAge', { female: 55 }, { male: 62, female: 55 }],
  ] as const)('a partial %s object %j keeps the other defaults', (key, given, expected) => {
    const policy = policyOf({ [key]: given }) as Record<string, unknown>;
    expect(policy[key]).toEqual(expected);
    expect({ ...policy, [key]: undefined }).toEqual({ ...CONTRACT_DEFAULTS, [key]: undefined });
  });

  it('scalars given replace their default, the rest stay', () => {
    const policy = policyOf({ maxMoves: 12, minRating: 'complete', nonLocalTitles: ['commune-secretary'] });
    expect(policy).toEqual({ ...CONTRACT_DEFAULTS, maxMoves: 12, minRating: 'complete', nonLocalTitles: ['commune-secretary'] });
  });

  it('maxMoves null means no cap, like an absent one', () => {
    expect(policyOf({ maxMoves: null }).maxMoves).toBeNull();
  });

  it('a quota without mode is hard', () => {
    expect(policyOf({ quotas: [{ group: 'female', minShare: 0.3 }] }).quotas).toEqual([
      { group: 'female', minShare: 0.3, mode: 'hard' },
    ]);
  });

  it('optional fields of entries get their defaults', () => {
    const { scenario } = parseScenario(baseScenario());
    const c2 = scenario.cadres[1]!;
    expect(c2).toMatchObject({ minority: false, available: true, planning: [], experience: [], goals: [], preferences: [], relatives: [], history: [] });
    expect(c2.rating ?? null).toBeNull();
    expect(c2.hometown ?? null).toBeNull();
    expect(scenario.positions[0]).toMatchObject({ mustFill: false, offers: [], desired: [] });
    expect(scenario.cadres[0]!.history[0]!.rotation).toBe(true);
  });
});
