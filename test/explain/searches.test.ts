// Questions asked together of one session (two warm workers, src/explain/searches.ts) get the
// answers they get one at a time: the same status, bestWith, best objective and loss, and a
// plan with the move that passes the checker; the session opens its fork only when two
// questions are in flight. With columns fixed in an open search (the review server's pins),
// why-not answers as a fresh why-not of the round with those pins. The pool takes the questions'
// moves in the order the questions were asked, a question of higher priority first.
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { buildRound } from '../../src/scenario/round.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildPairs } from '../../src/model/build.ts';
import { openSession } from '../../src/explain/session.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { whyNot, withPin, type WhyNotResult } from '../../src/explain/why-not.ts';
import { openSearch, type RoundSearch, type SolveOutcome } from '../../src/search/kbest.ts';
import { SearchPool } from '../../src/explain/searches.ts';

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
    const questions = Array.from({ length: 4 }, (_, i) => pairs[(i * 7919) % pairs.length]!).map((p) => ({ cadre: p.cadre, post: p.to }));
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

describe('why-not with columns fixed in an open search', () => {
  it('answers as a fresh why-not of the round with those pins', async () => {
    const round = buildRound(parseScenario(generateProvince({ cadres: 30, seed: 4, version: 2 })).scenario);
    const search = await openSearch(round, { solver: 'highs' });
    try {
      const best = (await search.best()).plans[0]!;
      const pinned = best.moves[0]!;
      const decided = withPin(round, pinned);
      const fix = { one: [search.pairOf(pinned.cadre, pinned.to)!] };
      const pairs = buildPairs(round).filter((p) => p.cadre !== pinned.cadre);
      for (const pair of pairs.slice(0, 3)) {
        const fixed = await whyNot(decided, pair.cadre, pair.to, { search, fix });
        const fresh = await whyNot(decided, pair.cadre, pair.to, { solver: 'highs' });
        expect(summary(fixed), `${pair.cadre}→${pair.to}`).toEqual(summary(fresh));
      }
    } finally {
      await search.close();
    }
  });
});

/** A search that ranks once (the ranking kept, as RoundSearch keeps it) and logs the moves it is asked. */
function fakeSearch(log: string[]): RoundSearch {
  let ranking: Promise<SolveOutcome> | undefined;
  const outcome = { status: 'optimal', backend: 'fake', plans: [], stats: { pairs: 0, columns: 0, rows: 0, buildSeconds: 0, solveSeconds: 0 } } as unknown as SolveOutcome;
  const search = {
    get bestAsked() {
      return ranking !== undefined;
    },
    best: () => (ranking ??= new Promise<SolveOutcome>((resolve) => setTimeout(() => resolve(outcome), 5))),
    pairOf: () => ({ index: 0 }),
    bestWith: async (cadre: string) => {
      log.push(cadre);
      return { status: 'optimal' };
    },
    fork: () => Promise.reject(new Error('no fork in this test')),
  };
  return search as unknown as RoundSearch;
}

describe('the pool of warm searches', () => {
  it('asks the questions’ moves in the order the questions were asked', async () => {
    const log: string[] = [];
    const pool = new SearchPool(fakeSearch(log), 1);
    const question = async (cadre: string) => {
      await pool.best();
      await pool.bestWith(cadre, 'P');
    };
    await Promise.all(['C1', 'C2', 'C3', 'C4'].map(question));
    expect(log).toEqual(['C1', 'C2', 'C3', 'C4']);
    await pool.close();
  });

  it('takes the waiting question of highest priority first, equal ones in the order asked', async () => {
    const log: string[] = [];
    const pool = new SearchPool(fakeSearch(log), 1);
    // C1 goes at once; the others wait for the one search.
    await Promise.all([
      pool.bestWith('C1', 'P'),
      pool.bestWith('C2', 'P'),
      pool.bestWith('C3', 'P', { priority: 2 }),
      pool.bestWith('C4', 'P', { priority: 1 }),
      pool.bestWith('C5', 'P', { priority: 2 }),
    ]);
    expect(log).toEqual(['C1', 'C3', 'C5', 'C4', 'C2']);
    await pool.close();
  });
});
