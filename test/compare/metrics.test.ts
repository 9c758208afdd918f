// planMetrics on hand-made plans, every number counted by hand.
import { describe, expect, it } from 'vitest';
import { planMetrics } from '../../src/compare/metrics.ts';
import { handmadeRound, SWAP_PLAN } from './handmade.ts';

describe('planMetrics', () => {
  it('counts a swap and a move into a vacant post', () => {
    const m = planMetrics(handmadeRound(), SWAP_PLAN);
    expect(m.moves).toBe(3);
    expect(m.unitsLosing).toEqual(['A', 'B']);
    expect(m.unitsReceiving).toEqual(['A', 'B']);
    expect(m.moved).toEqual({ women: 2, young: 1, minority: 1 });
    expect(m.shares).toEqual({ women: 2 / 3, young: 1 / 3, minority: 1 / 3 });
    // c1 → PB1 serves g1 and g2; c2 → PB2 serves g3; c3 has no goals.
    expect(m.goals).toEqual({ tagsMatched: 3, movesCovering: 2 });
    // c3's own objection is soft by default; two entries of one side count once.
    expect(m.softObjections).toEqual([{ cadre: 'c3', side: 'cadre' }]);
    // sec posts: PA1 (c3 from LC in LA), PB1 (c1 from LX in LB), PD1 (c4 from LD in LD: local).
    expect(m.keyPosts).toEqual({ total: 3, held: 3, heldByNonLocal: 2, nonLocalShare: 2 / 3 });
    // PA2 left by c2; PC1 was vacant and stays so; PB2 is filled.
    expect(m.vacancies).toEqual(['PA2', 'PC1']);
    expect(m.mustFillVacancies).toEqual(['PC1']);
  });

  it('gives the empty plan no shares and the current vacancies', () => {
    const m = planMetrics(handmadeRound(), { moves: [] });
    expect(m.moves).toBe(0);
    expect(m.unitsLosing).toEqual([]);
    expect(m.unitsReceiving).toEqual([]);
    expect(m.shares).toEqual({ women: null, young: null, minority: null });
    expect(m.goals).toEqual({ tagsMatched: 0, movesCovering: 0 });
    expect(m.softObjections).toEqual([]);
    // c1 is from LX in LA: non-local; c3 from LC in LB: non-local; c4 local.
    expect(m.keyPosts).toEqual({ total: 3, held: 3, heldByNonLocal: 2, nonLocalShare: 2 / 3 });
    expect(m.vacancies).toEqual(['PB2', 'PC1']);
  });

  it('counts a held key post whose holder has no hometown as non-local, and a vacant one not at all', () => {
    const round = handmadeRound((raw) => {
      delete (raw.cadres[3] as { hometown?: string }).hometown;
    });
    const m = planMetrics(round, { moves: [{ cadre: 'c1', from: 'PA1', to: 'PB2' }] });
    // PA1 vacant now; PB1 (c3, LC in LB) and PD1 (c4, no hometown) non-local.
    expect(m.keyPosts).toEqual({ total: 3, held: 2, heldByNonLocal: 2, nonLocalShare: 1 });
    expect(m.vacancies).toEqual(['PA1', 'PC1']);
    expect(m.unitsLosing).toEqual(['A']);
    expect(m.unitsReceiving).toEqual(['B']);
  });

  it('uses policy.youngAge and only soft objection sides', () => {
    const round = handmadeRound((raw) => {
      Object.assign(raw.policy, { youngAge: 60, consent: { origin: 'soft', cadre: 'hard' } });
      raw.consents.push({ side: 'origin', cadre: 'c1', agree: false }, { side: 'destination', unit: 'B', cadre: 'c1', agree: false } as never);
    });
    const m = planMetrics(round, SWAP_PLAN);
    expect(m.moved.young).toBe(3);
    // c1: origin soft (counted), destination hard (not counted: it forbids, it is not overridden);
    // c3's cadre objection is now hard.
    expect(m.softObjections).toEqual([{ cadre: 'c1', side: 'origin' }]);
  });

  it('shows no key posts when no title is non-local', () => {
    const round = handmadeRound((raw) => {
      raw.policy.nonLocalTitles = [];
    });
    expect(planMetrics(round, SWAP_PLAN).keyPosts).toEqual({ total: 0, held: 0, heldByNonLocal: 0, nonLocalShare: null });
  });
});
