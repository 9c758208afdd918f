/**
 * What the solve worker does: the round of FILE with the decisions applied (the base is read
 * once and kept while FILE's bytes do not change), then the K best plans with the words the
 * page shows, a why-not, the report or the papers. Runs in the worker thread, never on the
 * request thread. Searches and why-nots of one state share one solver session (the library's
 * openSession: HiGHS kept loaded in a warm worker, the model built and priced once); ranked
 * plans found for one state answer later states they can answer exactly (./reuse.ts) with no
 * search at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { InputError } from '../scenario/problems.ts';
import { checkReferences } from '../scenario/references.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import { Consent, Forbid, Pin, type Scenario } from '../scenario/schema.ts';
import type { SolveOutcome } from '../search/kbest.ts';
import { openSession, type Session as EngineSession } from '../explain/session.ts';
import { explainPlan } from '../explain/explain.ts';
import { bindingWords, chainWords, pickLang, roundLabels, rulesWords, scoreWords, vacantWords, type Lang } from '../i18n/explain.ts';
import { solveJson, whyNotJson } from '../answers/json.ts';
import { makeReport } from '../report/report.ts';
import { makePapers } from '../papers/papers.ts';
import { writeZip } from '../papers/zip.ts';
import type { Decisions, PinEntry } from './decisions.ts';
import { RankedMemory, sizeOf } from './reuse.ts';
import type { Job, Progress, RoundState } from './protocol.ts';

interface Base {
  readonly sha256: string;
  readonly scenario: Scenario;
}

/** One state (FILE's bytes and D's decisions): its round, and a solver session opened when first needed. */
interface Current {
  readonly key: string;
  readonly round: Round;
  readonly sha256: string;
  readonly decisions: Decisions;
  session(): Promise<EngineSession>;
  /** The session if one was opened (undefined otherwise: none is opened by asking). */
  opened(): Promise<EngineSession | undefined>;
  close(): Promise<void>;
}

/** The one pin `after` adds to `before`, when that is the only difference between the two states. */
function addedPin(before: Current, after: Current): PinEntry | undefined {
  if (before.sha256 !== after.sha256) return undefined;
  const a = before.decisions;
  const b = after.decisions;
  if (JSON.stringify(a.forbids) !== JSON.stringify(b.forbids) || JSON.stringify(a.consents) !== JSON.stringify(b.consents)) return undefined;
  if (b.pins.length !== a.pins.length + 1 || JSON.stringify(b.pins.slice(0, -1)) !== JSON.stringify(a.pins)) return undefined;
  return b.pins.at(-1);
}

/** How a plans job was answered (the page and the benchmark show it). */
export type Source = 'remembered' | 'pin from the plans in force' | 'search';

/** Plans searched for beyond those asked, to answer the next decisions without a search. */
const RESERVE = 10;

/** The worker's memory between jobs: the base scenario and the plans in force. */
export class Session {
  #base: Base | undefined;
  readonly #memory = new RankedMemory();
  #current: Current | undefined;
  /** The state before the current one, its session still open for one forced solve (a pin's warm start). */
  #previous: Current | undefined;

  async run(state: RoundState, job: Job, progress: (p: Progress) => void): Promise<unknown> {
    progress({ phase: 'load', plansFound: 0 });
    if (job.kind === 'report') return this.report(state, job);
    if (job.kind === 'papers') return this.papers(state, job.top);
    const current = await this.current(state);
    const { round } = current;
    const lang = pickLang(job.lang, round);
    if (job.kind === 'why-not') return this.whyNot(current, job.cadre, job.position, lang);
    const sizes = job.sizes !== false;
    const { outcome, source } = await this.solve(current, state.decisions, job.top, sizes, progress);
    progress({ phase: 'explain', plansFound: outcome.plans.length });
    const json = solveJson(round, outcome);
    const { stats: _stats, solver: _solver, ...withoutSizes } = json;
    return { solve: sizes ? json : withoutSizes, words: planWords(round, outcome, lang), source };
  }

  /**
   * The state's round, and the solver session on it once one is needed: kept while the state
   * stays (the why-nots of one state share it), closed when a decision changes the state (the
   * warm worker goes on to the next session).
   */
  async current(state: RoundState): Promise<Current> {
    const sha256 = createHash('sha256').update(readFileSync(state.file)).digest('hex');
    const key = `${sha256}\u0000${JSON.stringify(state.decisions)}`;
    if (this.#current?.key === key) return this.#current;
    await this.#previous?.close();
    this.#previous = this.#current;
    this.#current = undefined;
    const round = this.round(state, sha256);
    let opened: Promise<EngineSession> | undefined;
    const current: Current = {
      key,
      round,
      sha256,
      decisions: state.decisions,
      session: () => (opened ??= openSession(round)),
      opened: async () => opened?.catch(() => undefined),
      close: async () => {
        const session = await opened?.catch(() => undefined);
        await session?.close();
      },
    };
    this.#current = current;
    return current;
  }

  /** FILE with D's entries appended, exactly as section 6 merges an overlay's lists. */
  round(state: RoundState, sha256: string): Round {
    if (this.#base?.sha256 !== sha256) this.#base = { sha256, scenario: loadScenario(state.file).scenario };
    const base = this.#base.scenario;
    const scenario: Scenario = {
      ...base,
      pins: [...base.pins, ...state.decisions.pins.map((p) => Pin.parse(p))],
      forbids: [...base.forbids, ...state.decisions.forbids.map((f) => Forbid.parse(f))],
      consents: [...base.consents, ...state.decisions.consents.map((c) => Consent.parse(c))],
    };
    const problems = checkReferences(scenario);
    if (problems.length > 0) throw new InputError(problems);
    return buildRound(scenario);
  }

  /**
   * The K best plans: from a remembered state when it can answer exactly (./reuse.ts), else
   * from a search for at least RESERVE plans, so that the next decisions can be answered from
   * them (the 10 best take about 1.1 times the best one's time on large rounds).
   */
  async solve(current: Current, decisions: Decisions, top: number, sizes: boolean, progress: (p: Progress) => void): Promise<{ outcome: SolveOutcome; source: Source }> {
    const { round, sha256 } = current;
    const known = this.#memory.answer(round, sha256, decisions, top, sizes);
    if (known) return { outcome: known, source: 'remembered' };
    const pinned = top === 1 ? await this.pinned(current, sizes) : undefined;
    if (pinned) return { outcome: pinned, source: 'pin from the plans in force' };
    const searched = Math.max(top, RESERVE);
    progress({ phase: 'build', plansFound: 0, target: searched });
    const session = await current.session();
    const outcome = await session.solve({
      top: searched,
      onProgress: (event) => progress({ phase: event.phase, plansFound: event.plansFound, target: searched, incumbent: event.incumbent, bound: event.bestBound }),
    });
    this.#memory.remember({ sha256, decisions, top: searched, outcome });
    return { outcome: { ...outcome, plans: outcome.plans.slice(0, top) }, source: 'search' };
  }

  /**
   * The best plan after one pin added to the state before, from that state's open session:
   * its column forced to 1 in the model already built and priced, the search started from the
   * plans already met (the library's bestWith). The new state's best plan is exactly that:
   * the pin allows the plans that contain the move and nothing else changes. Remembered, so
   * that the state's best plan is asked for once.
   */
  async pinned(current: Current, sizes: boolean): Promise<SolveOutcome | undefined> {
    const before = this.#previous;
    const pin = before && addedPin(before, current);
    const session = pin && (await before.opened());
    if (!pin || !session) return undefined;
    const forced = await session.bestWith(pin.cadre, pin.position);
    if (forced?.status === 'time-limit') return undefined;
    const plans = forced?.plan ? [{ ...forced.plan, rank: 1 }] : [];
    const { round } = current;
    const outcome: SolveOutcome = {
      status: plans.length > 0 ? 'optimal' : 'infeasible',
      // Without sizes (the page) the solver and the sizes are not shown: none is computed.
      ...(sizes ? sizeOf(round) : { backend: 'highs', stats: { pairs: 0, columns: 0, rows: 0, buildSeconds: 0, solveSeconds: 0 } }),
      plans,
    };
    // Remembered only with its sizes (what `solve` prints); a page's answer without them is not kept.
    if (sizes) this.#memory.remember({ sha256: current.sha256, decisions: current.decisions, top: 1, outcome });
    return outcome;
  }

  async whyNot(current: Current, cadre: string, position: string, lang: Lang): Promise<unknown> {
    const { round } = current;
    const problems = [];
    if (!round.cadres.has(cadre)) problems.push({ path: ['cadre'], message: `unknown cadre "${cadre}"` });
    if (!round.posts.has(position)) problems.push({ path: ['position'], message: `unknown position "${position}"` });
    if (problems.length > 0) throw new InputError(problems);
    const session = await current.session();
    return whyNotJson(await session.whyNot(cadre, position), lang, round);
  }

  async report(state: RoundState, job: Extract<Job, { kind: 'report' }>): Promise<unknown> {
    // D on disk is the overlay every command reads; without decisions FILE itself.
    const result = await makeReport({ file: state.decisionsFile ?? state.file, top: job.top, format: job.format, alternatives: 1 });
    if (!result.ok) throw new InputError(`${result.scenario}: no feasible plan to report`);
    return { content: result.content };
  }

  /** The five papers of the best plan (`rotaplan papers`), in one zip archive. */
  async papers(state: RoundState, top: number): Promise<unknown> {
    const result = await makePapers({ file: state.decisionsFile ?? state.file, plan: 1, top, flags: {} });
    if (!result.ok) throw new InputError(`${result.scenario}: no feasible plan for the papers`);
    return { content: writeZip(result.files.map((f) => ({ name: f.name, data: f.bytes }))) };
  }
}

/** The score, rules, chains, binding rules and vacancies of each plan, in the round's language. */
function planWords(round: Round, outcome: SolveOutcome, lang: Lang) {
  const label = roundLabels(round);
  return outcome.plans.map((plan) => {
    const expl = explainPlan(round, plan);
    return {
      rank: plan.rank,
      moves: expl.moves.map((m) => ({ cadre: m.move.cadre, to: m.move.to, score: scoreWords(m, lang), rules: rulesWords(m, lang), pinned: m.pinned, chain: m.chain })),
      chains: expl.chains.map((chain) => chainWords(chain, lang, label)),
      binding: expl.binding.map((b) => bindingWords(b, lang, label)),
      vacant: expl.vacant.map((v) => vacantWords(v, lang, label)),
    };
  });
}
