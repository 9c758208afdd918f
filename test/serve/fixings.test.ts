// A review session answers each state of D on one open search, D's pins and forbids fixed as
// columns (src/serve/fixings.ts). Its plans must be exactly those of the CLI on D: after each
// decision of a session (pins, forbids from a post and from a unit, withdrawals, a pin no plan
// can hold, consents written in D by hand), the worker's answer is compared with a fresh solve
// of D loaded as the overlay it is, the plan sizes `solve --json` prints included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { solveJson, whyNotJson } from '../../src/answers/json.ts';
import { whyNot } from '../../src/explain/why-not.ts';
import { generateProvince } from '../../src/generate/province.ts';
import { serializeScenario } from '../../src/generate/write.ts';
import { buildPairs } from '../../src/model/build.ts';
import { checkPlan } from '../../src/rules/check.ts';
import { loadRound } from '../../src/scenario/load-round.ts';
import type { Round } from '../../src/scenario/round.ts';
import { solveRound } from '../../src/search/kbest.ts';
import { NO_DECISIONS, renderDecisions, type Decisions } from '../../src/serve/decisions.ts';
import { Session } from '../../src/serve/jobs.ts';
import { smallScenarioArb } from '../property/arbitraries.ts';

type Answer = { solve: ReturnType<typeof solveJson>; source: string };

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** FILE written to a fresh folder (removed after the tests), D beside it. */
function files(scenario: unknown): { file: string; decisionsFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rotaplan-fixings-'));
  folders.push(dir);
  const file = join(dir, 'round.yaml');
  writeFileSync(file, serializeScenario(scenario, 'yaml'));
  return { file, decisionsFile: join(dir, 'round.decisions.yaml') };
}

const objectives = (plans: readonly { objective: number }[]) => plans.map((p) => Math.round(p.objective * 1e6) / 1e6);

/**
 * Asks the session for the best plan and then the `top` best of the state (as the page does),
 * and compares each answer with `solve D --top K --json` computed afresh from D on disk.
 */
async function expectSameAsCli(session: Session, paths: { file: string; decisionsFile: string }, decisions: Decisions, version: number, top: number, sources: string[]) {
  writeFileSync(paths.decisionsFile, renderDecisions(paths.decisionsFile, paths.file, decisions));
  const { round } = loadRound(paths.decisionsFile);
  for (const k of [1, top]) {
    const answer = (await session.run({ file: paths.file, decisions, version }, { kind: 'plans', top: k }, () => undefined)) as Answer;
    sources.push(answer.source);
    const fresh = solveJson(round, await solveRound(round, { top: k }));
    const what = `${JSON.stringify(decisions)} top ${k}`;
    expect(objectives(answer.solve.plans), what).toEqual(objectives(fresh.plans));
    expect({ ...answer.solve, plans: [] }, what).toEqual({ ...fresh, plans: [] });
    for (const plan of answer.solve.plans) expect(checkPlan(round, plan), what).toEqual([]);
  }
}

/** A why-not asked of the session against `why-not D C P --json` computed afresh from D on disk. */
async function expectSameWhyNot(session: Session, paths: { file: string; decisionsFile: string }, decisions: Decisions, version: number, cadre: string, post: string) {
  const { round } = loadRound(paths.decisionsFile);
  const answer = (await session.run({ file: paths.file, decisions, version }, { kind: 'why-not', cadre, position: post, lang: 'en' }, () => undefined)) as ReturnType<typeof whyNotJson>;
  const fresh = whyNotJson(await whyNot(round, cadre, post), 'en', round);
  const fields = (w: typeof fresh) => ({ eligible: w.eligible, blockedBy: w.blockedBy, bestWith: w.bestWith, status: w.status, best: w.best, loss: w.loss, reasons: w.reasons });
  expect(fields(answer), `why-not ${cadre} ${post} under ${JSON.stringify(decisions)}`).toEqual(fields(fresh));
}

/** The decisions of a committee working the round: each step from the plans then in force. */
async function workTheRound(round: Round, paths: { file: string; decisionsFile: string }, consents: Decisions['consents'], restrict: 'auto' | 'on', fixingsSeconds?: number) {
  const session = new Session({ restrict, ...(fixingsSeconds === undefined ? {} : { fixingsSeconds }) });
  const sources: string[] = [];
  try {
    let decisions: Decisions = { ...NO_DECISIONS, consents };
    let version = 0;
    const step = async (next: Decisions) => {
      decisions = next;
      version += 1;
      await expectSameAsCli(session, paths, decisions, version, 3, sources);
      // Why not the second mover of the first best plan to its post (forbidden by now, or
      // displaced), or (every other state) why not a move no plan made then.
      const move = version % 2 === 0 ? (best[1] ?? otherMove) : (otherMove ?? best[1]);
      if (move) await expectSameWhyNot(session, paths, decisions, version, move.cadre, move.to);
    };
    let best: readonly { cadre: string; to: string }[] = [];
    let otherMove: { cadre: string; to: string } | undefined;
    await step(decisions);
    best = (await solveRound(loadRound(paths.decisionsFile).round, { top: 1 })).plans[0]?.moves ?? [];
    const [a, b, c] = best;
    const note = 'n';
    if (a) await step({ ...decisions, pins: [...decisions.pins, { cadre: a.cadre, position: a.to, note }] });
    if (b) await step({ ...decisions, forbids: [...decisions.forbids, { cadre: b.cadre, position: b.to, note }] });
    if (c) await step({ ...decisions, forbids: [...decisions.forbids, { cadre: c.cadre, unit: round.posts.get(c.to)!.unit, note }] });
    // A move no plan makes now, pinned: the plans must change around it.
    const taken = new Set(best.flatMap((m) => [m.cadre, m.to]));
    const other = buildPairs(round).find((p) => !taken.has(p.cadre) && !taken.has(p.to));
    otherMove = other && { cadre: other.cadre, to: other.to };
    if (other) await step({ ...decisions, pins: [...decisions.pins, { cadre: other.cadre, position: other.to, note }] });
    if (b) await step({ ...decisions, forbids: decisions.forbids.filter((f) => f.cadre !== b.cadre) });
    if (a) await step({ ...decisions, pins: decisions.pins.filter((p) => p.cadre !== a.cadre) });
    // A pin of a move to the cadre's own post's unit (E1): no column, so no plan at all.
    const stayer = [...round.cadres.values()].find((cadre) => !decisions.pins.some((p) => p.cadre === cadre.id));
    const home = stayer && round.postsInUnit.get(round.posts.get(stayer.position)!.unit)!.find((post) => post !== stayer.position);
    if (stayer && home) {
      const pinned = { ...decisions, pins: [...decisions.pins, { cadre: stayer.id, position: home, note }] };
      await step(pinned);
      await step({ ...pinned, pins: pinned.pins.slice(0, -1) });
    }
    return sources;
  } finally {
    await session.close();
  }
}

describe('decisions answered with fixings on the open search', () => {
  it.each([
    { version: 2 as const, seed: 7, restrict: 'auto' as const },
    { version: 1 as const, seed: 11, restrict: 'auto' as const },
    { version: 2 as const, seed: 5, restrict: 'on' as const },
    // No feasible plan before any decision (a decision cannot make one either).
    { version: 2 as const, seed: 1, restrict: 'auto' as const },
  ])('give the CLI plans on D after every decision (generated version $version round, seed $seed, restrict $restrict)', async ({ version, seed, restrict }) => {
    const scenario = generateProvince({ cadres: 24, seed, version });
    const paths = files(scenario);
    const { round } = loadRound(paths.file);
    const sources = await workTheRound(round, paths, [], restrict);
    expect(sources).toContain('fixings on the open search');
    expect(sources).toContain('remembered');
    expect(sources).not.toContain('search');
  });

  it('keep consents written in D by hand in the open round (they change eligibility and scores)', async () => {
    const scenario = generateProvince({ cadres: 24, seed: 2, version: 2 });
    const paths = files(scenario);
    const { round } = loadRound(paths.file);
    const best = (await solveRound(round, { top: 1 })).plans[0]!.moves;
    // An objection to the best plan's first mover (hard by default) and a cadre-side one (soft).
    const consents = [
      { side: 'origin', cadre: best[0]!.cadre, agree: false, note: 'n' },
      { side: 'cadre', cadre: best[1]!.cadre, agree: false, note: 'n' },
    ];
    const sources = await workTheRound(round, paths, consents, 'auto');
    expect(sources).toContain('fixings on the open search');
    expect(sources).not.toContain('search');
  });

  it('show a pin made from a why-not answer at once: the why-not found its best plan', async () => {
    const scenario = generateProvince({ cadres: 24, seed: 7, version: 2 });
    const paths = files(scenario);
    const { round } = loadRound(paths.file);
    const session = new Session();
    try {
      const sources: string[] = [];
      await expectSameAsCli(session, paths, NO_DECISIONS, 0, 1, sources);
      const best = (await solveRound(round, { top: 1 })).plans[0]!.moves;
      const taken = new Set(best.flatMap((m) => [m.cadre, m.to]));
      const move = buildPairs(round).find((p) => !taken.has(p.cadre) && !taken.has(p.to))!;
      await expectSameWhyNot(session, paths, NO_DECISIONS, 0, move.cadre, move.to);
      const pinned = { ...NO_DECISIONS, pins: [{ cadre: move.cadre, position: move.to, note: 'n' }] };
      await expectSameAsCli(session, paths, pinned, 1, 1, sources);
      // The base state asked twice (best plan, then again as the page's "3 best" with top 1), then the pinned one twice.
      expect(sources).toEqual(['fixings on the open search', 'remembered', 'remembered', 'remembered']);
    } finally {
      await session.close();
    }
  });

  it('hand a state to its own search when the search with fixings runs out of time, and go on', async () => {
    const scenario = generateProvince({ cadres: 24, seed: 7, version: 2 });
    const paths = files(scenario);
    const { round } = loadRound(paths.file);
    // No time at all: each ranking of several plans stops after its first and is not used.
    const sources = await workTheRound(round, paths, [], 'auto', 1e-9);
    expect(sources).toContain('search');
  });

  it('on generated scenarios, after random decisions and withdrawals', async () => {
    await fc.assert(
      fc.asyncProperty(smallScenarioArb({ strictness: 'lenient' }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('pin', 'forbid', 'forbid-unit', 'withdraw')), { minLength: 1, maxLength: 4 }), async (input, actions) => {
        const paths = files(input);
        const { round } = loadRound(paths.file);
        const pairs = buildPairs(round);
        const posts = [...round.posts.values()];
        const session = new Session({ restrict: 'on' });
        const sources: string[] = [];
        try {
          let decisions: Decisions = NO_DECISIONS;
          await expectSameAsCli(session, paths, decisions, 0, 2, sources);
          for (const [[n, action], version] of actions.map((a, i) => [a, i + 1] as const)) {
            // Mostly eligible pairs, sometimes any cadre and post (an ineligible pin has no plan).
            const pair = pairs.length > 0 && n % 4 !== 0 ? pairs[n % pairs.length]! : undefined;
            const cadre = pair?.cadre ?? [...round.cadres.keys()][n % round.cadres.size]!;
            const post = pair?.to ?? posts[n % posts.length]!.id;
            if (action === 'pin') decisions = { ...decisions, pins: [...decisions.pins, { cadre, position: post }] };
            if (action === 'forbid') decisions = { ...decisions, forbids: [...decisions.forbids, { cadre, position: post }] };
            if (action === 'forbid-unit') decisions = { ...decisions, forbids: [...decisions.forbids, { cadre, unit: round.posts.get(post)!.unit }] };
            if (action === 'withdraw') decisions = { ...decisions, pins: decisions.pins.slice(1), forbids: decisions.forbids.slice(0, -1) };
            await expectSameAsCli(session, paths, decisions, version, 2, sources);
          }
        } finally {
          await session.close();
        }
        expect(sources).not.toContain('search');
      }),
      { numRuns: 8, seed: 1502 },
    );
  });
});
