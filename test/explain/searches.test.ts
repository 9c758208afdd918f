// Questions asked together of one session (two warm workers, src/explain/searches.ts) get the
// answers they get one at a time: the same status, bestWith, best objective and loss, and a
// plan with the move that passes the checker; the session opens its fork only when two
// questions are in flight.
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildPairs } from '../../src/model/build.ts';
import { openSession } from '../../src/explain/session.ts';
import { checkPlan } from '../../src/rules/check.ts';
import type { WhyNotResult } from '../../src/explain/why-not.ts';

const summary = (answer: WhyNotResult) => ({
  status: answer.status,
  eligible: answer.eligible,
  blockedBy: answer.blockedBy,
  bestWith: answer.bestWith,
  best: answer.best,
  loss: answer.loss,
});

describe('a session asked several questions at once', () => {
  it('answers each as it does asked alone, on two workers', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 40, seed: 5, version: 2 })).scenario);
    const pairs = buildPairs(round);
    const questions = Array.from({ length: 6 }, (_, i) => pairs[(i * 7919) % pairs.length]!).map((p) => ({ cadre: p.cadre, post: p.to }));
    questions.push({ cadre: questions[0]!.cadre, post: [...round.posts.keys()][0]! });

    const alone = await openSession(round, { solver: 'highs', parallel: 1 });
    const one: WhyNotResult[] = [];
    try {
      for (const q of questions) one.push(await alone.whyNot(q.cadre, q.post));
    } finally {
      await alone.close();
    }
    const together = await openSession(round, { solver: 'highs', parallel: 2 });
    try {
      const many = await Promise.all(questions.map((q) => together.whyNot(q.cadre, q.post)));
      expect(many.map(summary)).toEqual(one.map(summary));
      for (const answer of many) if (answer.planWith) expect(checkPlan(round, { moves: answer.planWith })).toEqual([]);
      const forced = await Promise.all(questions.map((q) => together.bestWith(q.cadre, q.post)));
      expect(forced.map((f) => f?.plan?.objective ?? null)).toEqual(one.map((a) => (a.eligible ? a.bestWith : null)));
    } finally {
      await together.close();
    }
  });
});
