// The solve worker's session (src/serve/jobs.ts), in this thread: after one pin, the new best
// plan comes from the open search with the pin's column fixed at 1 (warm) or from the plans
// remembered, and its objective is a fresh search's every time.
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/scenario/load-round.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { buildPairs } from '../../src/model/build.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { NO_DECISIONS } from '../../src/serve/decisions.ts';
import { Session } from '../../src/serve/jobs.ts';
import type { RoundState } from '../../src/serve/protocol.ts';
import { roundVi } from './helpers.ts';

type Plans = { solve: { plans: { objective: number }[] }; source: string };

describe('the solve worker session after a pin', () => {
  it('answers the best plan exactly, from the open search when the plans remembered cannot', async () => {
    const { round } = loadRound(roundVi);
    const base: RoundState = { file: roundVi, decisions: NO_DECISIONS, version: 0 };
    const sources = new Set<string>();
    const pairs = buildPairs(round).filter((_, i) => i % 2 === 0);
    for (const pair of pairs) {
      const session = new Session();
      await session.run(base, { kind: 'plans', top: 1 }, () => undefined);
      const decisions = { ...NO_DECISIONS, pins: [{ cadre: pair.cadre, position: pair.to, note: 'n' }] };
      const answer = (await session.run({ ...base, decisions, version: 1 }, { kind: 'plans', top: 1 }, () => undefined)) as Plans;
      sources.add(answer.source);
      const pinned = buildRound({ ...round.scenario, pins: [...round.scenario.pins, { cadre: pair.cadre, position: pair.to }] });
      const fresh = await solveRound(pinned, { top: 1 });
      expect(answer.solve.plans.map((p) => p.objective), `${pair.cadre} → ${pair.to}`).toEqual(fresh.plans.map((p) => p.objective));
    }
    expect(sources).toContain('fixings on the open search');
  });
});
