/**
 * What the solve worker does: the round of FILE with the decisions applied (the base is read
 * once and kept while FILE's bytes do not change), then the K best plans with the words the
 * page shows, a why-not, the report or the papers. Runs in the worker thread, never on the
 * request thread. One search stays open across decisions on the round without D's pins and
 * forbids (the model built and priced once, HiGHS kept loaded in a warm worker); each state's
 * plans are searched there with D's pins and forbids as column fixings (./fixings.ts), warm
 * from the solutions met before. Ranked plans found for one state answer later states they
 * can answer exactly (./reuse.ts) with no search at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { InputError } from '../scenario/problems.ts';
import { checkReferences } from '../scenario/references.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import { Consent, Forbid, Pin, type Scenario } from '../scenario/schema.ts';
import { checkPlan } from '../rules/check.ts';
import { scorePlan } from '../rules/score.ts';
import { openSearch, type Fixings, type ProgressEvent, type RoundSearch, type SearchOptions, type SolveOutcome } from '../search/kbest.ts';
import { SearchPool } from '../explain/searches.ts';
import { openSession, type Session as EngineSession } from '../explain/session.ts';
import { whyNot, withPin, type WhyNotResult } from '../explain/why-not.ts';
import type { BackendName } from '../solver/backend.ts';
import { explainPlan } from '../explain/explain.ts';
import { bindingWords, chainWords, pickLang, roundLabels, rulesWords, scoreWords, vacantWords, type Lang } from '../i18n/explain.ts';
import { solveJson, whyNotJson } from '../answers/json.ts';
import { makeReport } from '../report/report.ts';
import { makePapers } from '../papers/papers.ts';
import { writeZip } from '../papers/zip.ts';
import { NO_DECISIONS, type Decisions } from './decisions.ts';
import { fixingsOf, NO_PLAN } from './fixings.ts';
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
  close(): Promise<void>;
}

/**
 * The round the server's search stays open on across decisions: FILE with D's consents (they
 * change eligibility and scores), without D's pins and forbids, which are column fixings on
 * it (./fixings.ts). Reopened only when FILE's bytes or D's consents change.
 */
interface OpenRound {
  readonly key: string;
  readonly round: Round;
  readonly search: Promise<RoundSearch>;
  /** The open search and its forks (made when a why-not asks two things at once), for why-nots. */
  pool?: SearchPool;
  /** Seconds the first search took (model sent, priced, searched): what a state's own search costs, about. */
  firstSeconds?: number;
}

/** How a plans job was answered (the page and the benchmark show it). */
export type Source = 'remembered' | 'fixings on the open search' | 'search';

/** Plans searched for beyond those asked, to answer the next decisions without a search. */
const RESERVE = 10;

/**
 * Seconds a search with fixings may take before the state's own search takes over: 10, plus four
 * times what the first search of the open round took (a busy machine can slow one search far
 * more than another, and a search stopped at its time costs the open search). Fixings answer in
 * a fraction of that; a state they would answer slowly then costs at most this plus one search
 * of its own, never an unbounded wait.
 */
const fixingsLimit = (firstSeconds: number) => 10 + 4 * firstSeconds;

/** The worker's memory between jobs: the base scenario, the open search and the plans in force. */
export class Session {
  #base: Base | undefined;
  readonly #memory = new RankedMemory();
  #current: Current | undefined;
  #open: OpenRound | undefined;

  /**
   * `restrict`: the searches' restriction of large models ('auto' by default; tests turn it 'on'
   * on small rounds). `fixingsSeconds`: a fixed time for searches with fixings in place of
   * fixingsLimit (tests make it tiny to see the state's own search take over).
   */
  constructor(private readonly options: Pick<SearchOptions, 'restrict'> & { readonly fixingsSeconds?: number } = {}) {}

  async run(state: RoundState, job: Job, progress: (p: Progress) => void): Promise<unknown> {
    progress({ phase: 'load', plansFound: 0 });
    if (job.kind === 'report') return this.report(state, job);
    if (job.kind === 'papers') return this.papers(state, job.top);
    const current = await this.current(state);
    const { round } = current;
    const lang = pickLang(job.lang, round);
    if (job.kind === 'why-not') return this.whyNot(current, job.cadre, job.position, lang);
    const sizes = job.sizes !== false;
    const { outcome, source } = await this.solve(current, job.top, sizes, progress);
    progress({ phase: 'explain', plansFound: outcome.plans.length });
    const json = solveJson(round, outcome);
    const { stats: _stats, solver: _solver, ...withoutSizes } = json;
    return { solve: sizes ? json : withoutSizes, words: planWords(round, outcome, lang), source };
  }

  /** Closes the open search and the state's session (their warm workers go back to the pool). */
  async close(): Promise<void> {
    await this.#current?.close();
    this.#current = undefined;
    await this.#closeOpen();
  }

  /**
   * The state's round, and a solver session on it once one is needed (only when the open search
   * cannot answer the state): kept while the state stays, closed when a decision changes it.
   */
  async current(state: RoundState): Promise<Current> {
    const sha256 = createHash('sha256').update(readFileSync(state.file)).digest('hex');
    const key = `${sha256}\u0000${JSON.stringify(state.decisions)}`;
    if (this.#current?.key === key) return this.#current;
    await this.#current?.close();
    this.#current = undefined;
    const round = withDecisions(this.scenario(state.file, sha256), state.decisions);
    let opened: Promise<EngineSession> | undefined;
    const current: Current = {
      key,
      round,
      sha256,
      decisions: state.decisions,
      session: () => (opened ??= openSession(round, { restrict: this.options.restrict })),
      close: async () => {
        const session = await opened?.catch(() => undefined);
        await session?.close();
      },
    };
    this.#current = current;
    return current;
  }

  /** FILE's scenario, read once while its bytes do not change. */
  scenario(file: string, sha256: string): Scenario {
    if (this.#base?.sha256 !== sha256) this.#base = { sha256, scenario: loadScenario(file).scenario };
    return this.#base.scenario;
  }

  /**
   * The K best plans: from a remembered state when it can answer exactly (./reuse.ts), else
   * from the open search with D's pins and forbids as fixings, else (should that answer fail
   * its checks) from a search of the state's own round. A search looks for the best plan alone
   * when that is what is asked (the page asks it first), else for at least RESERVE plans, so
   * that the next decisions can be answered from them.
   */
  async solve(current: Current, top: number, sizes: boolean, progress: (p: Progress) => void): Promise<{ outcome: SolveOutcome; source: Source }> {
    const { round, sha256, decisions } = current;
    const known = this.#memory.answer(round, sha256, decisions, top, sizes);
    if (known) return { outcome: known, source: 'remembered' };
    const searched = top === 1 ? 1 : Math.max(top, RESERVE);
    const onProgress = (event: ProgressEvent) => progress({ phase: event.phase, plansFound: event.plansFound, target: searched, incumbent: event.incumbent, bound: event.bestBound });
    progress({ phase: 'build', plansFound: 0, target: searched });
    const fixed = await this.fixed(current, searched, onProgress).catch(() => undefined);
    const outcome = fixed ?? (await (await current.session()).solve({ top: searched, onProgress }));
    // Plans found with fixings come from the wider model: `solve` prints the state's own sizes.
    const sized = fixed === undefined || sizes;
    const shown = fixed && sizes ? { ...fixed, ...sizeOf(round) } : outcome;
    this.#memory.remember({ sha256, decisions, top: searched, outcome: shown, sized });
    return { outcome: { ...shown, plans: shown.plans.slice(0, top) }, source: fixed ? 'fixings on the open search' : 'search' };
  }

  /** The `top` plans the page shows for the state (remembered, or solved as the page would). */
  async shown(state: RoundState, top: number): Promise<SolveOutcome> {
    return (await this.solve(await this.current(state), top, false, () => {})).outcome;
  }

  /**
   * The K best plans of the state from the open search: D's pins fixed at 1, its forbids at 0
   * (./fixings.ts says why these are exactly the state's plans). Each plan is checked against
   * the state's own round and scored there; undefined (the state's own search answers) if one
   * is not what it should be, or if the search ran past its time (fixingsLimit).
   */
  async fixed(current: Current, top: number, onProgress: (event: ProgressEvent) => void): Promise<SolveOutcome | undefined> {
    const open = this.#openRound(current);
    const search = await open.search;
    const fix = fixingsOf(open.round, current.decisions, (cadre, post) => search.pairOf(cadre, post));
    if (fix === NO_PLAN) return { status: 'infeasible', backend: search.backend, plans: [], stats: { pairs: 0, columns: 0, rows: 0, buildSeconds: 0, solveSeconds: 0 } };
    const started = performance.now();
    const timeLimit = this.options.fixingsSeconds ?? (open.firstSeconds === undefined ? undefined : fixingsLimit(open.firstSeconds));
    const outcome = await search.rank({ top, fix, onProgress, ...(timeLimit === undefined ? {} : { timeLimit }) }).catch(async (error: unknown) => {
      await this.#closeOpen();
      throw error;
    });
    open.firstSeconds ??= search.buildSeconds + (performance.now() - started) / 1000;
    // A search stopped at its time leaves the solver's state behind it poorer: the next state
    // gets a fresh open search.
    if (outcome.status === 'time-limit') await this.#closeOpen();
    const { round } = current;
    const exact = outcome.status !== 'time-limit' && outcome.plans.every((plan) =>
      plan.proven && checkPlan(round, { moves: plan.moves }).length === 0
      && Math.abs(scorePlan(round, { moves: plan.moves }).objective - plan.objective) <= 1e-6 * Math.max(1, Math.abs(plan.objective)));
    return exact ? outcome : undefined;
  }

  /** The open search for the state's FILE and consents: the one already open, or a new one. */
  #openRound(current: Current): OpenRound {
    const { sha256, decisions } = current;
    const key = `${sha256}\u0000${JSON.stringify(decisions.consents)}`;
    if (this.#open?.key === key) return this.#open;
    void this.#closeOpen();
    // current() has read FILE's scenario for these bytes.
    const round = withDecisions(this.#base!.scenario, { ...NO_DECISIONS, consents: decisions.consents });
    const search = openSearch(round, { restrict: this.options.restrict });
    const open: OpenRound = { key, round, search };
    // One that failed to open is not kept: the next state tries again.
    search.catch(() => {
      if (this.#open === open) this.#open = undefined;
    });
    this.#open = open;
    return open;
  }

  async #closeOpen(): Promise<void> {
    const open = this.#open;
    this.#open = undefined;
    await open?.pool?.close();
    const search = await open?.search.catch(() => undefined);
    await search?.close();
  }

  async whyNot(current: Current, cadre: string, position: string, lang: Lang): Promise<unknown> {
    const { round } = current;
    const problems = [];
    if (!round.cadres.has(cadre)) problems.push({ path: ['cadre'], message: `unknown cadre "${cadre}"` });
    if (!round.posts.has(position)) problems.push({ path: ['position'], message: `unknown position "${position}"` });
    if (problems.length > 0) throw new InputError(problems);
    // On the open search, D's pins and forbids fixed (as for the plans); the state's own
    // session only for a pin no plan can hold.
    const open = this.#openRound(current);
    const search = await open.search;
    const fix = fixingsOf(open.round, current.decisions, (c, p) => search.pairOf(c, p));
    const answer = fix === NO_PLAN
      ? await (await current.session()).whyNot(cadre, position)
      : await whyNot(round, cadre, position, { searches: (open.pool ??= new SearchPool(search)), ...(isEmpty(fix) ? {} : { fix }) });
    this.#rememberPinned(current, answer, search.backend);
    return whyNotJson(answer, lang, round);
  }

  /**
   * A why-not that found the best plan containing the move (or proved that none exists) has
   * found the best plan of the state with that move pinned as well: the pin allows exactly the
   * plans that contain the move, scored the same. Remembered, checked against that round, so
   * that a pin made from the why-not answer is shown at once.
   */
  #rememberPinned(current: Current, answer: WhyNotResult, backend: BackendName): void {
    if (answer.status !== 'possible' && answer.status !== 'prevented') return;
    const pinned = withPin(current.round, { cadre: answer.cadre, from: answer.from, to: answer.post });
    const plans = (answer.planWith ? [answer.planWith.map(({ cadre, from, to }) => ({ cadre, from, to }))] : []).map((moves) => ({
      rank: 1, objective: scorePlan(pinned, { moves }).objective, moves, proven: true, gap: 0,
    }));
    if (plans.some((plan) => checkPlan(pinned, plan).length > 0 || Math.abs(plan.objective - answer.bestWith!) > 1e-6 * Math.max(1, Math.abs(plan.objective)))) return;
    const decisions = { ...current.decisions, pins: [...current.decisions.pins, { cadre: answer.cadre, position: answer.post }] };
    const stats = { pairs: 0, columns: 0, rows: 0, buildSeconds: 0, solveSeconds: 0 };
    const outcome: SolveOutcome = { status: plans.length > 0 ? 'optimal' : 'infeasible', backend, plans, stats };
    this.#memory.remember({ sha256: current.sha256, decisions, top: 1, outcome, sized: false });
  }

  /**
   * The report of the plans the page shows: among plans of equal score, the download names the
   * same cadres as the screen (a report searching again may rank another first). D on disk is
   * the overlay every command reads; without decisions FILE itself.
   */
  async report(state: RoundState, job: Extract<Job, { kind: 'report' }>): Promise<unknown> {
    const ranked = await this.shown(state, job.top);
    const result = await makeReport({ file: state.decisionsFile ?? state.file, top: job.top, format: job.format, alternatives: 1, ranked });
    if (!result.ok) throw new InputError(`${result.scenario}: no feasible plan to report`);
    return { content: result.content };
  }

  /** The five papers of the best plan on the page (`rotaplan papers`), in one zip archive. */
  async papers(state: RoundState, top: number): Promise<unknown> {
    const ranked = await this.shown(state, top);
    const result = await makePapers({ file: state.decisionsFile ?? state.file, plan: 1, top, flags: {}, ranked });
    if (!result.ok) throw new InputError(`${result.scenario}: no feasible plan for the papers`);
    return { content: writeZip(result.files.map((f) => ({ name: f.name, data: f.bytes }))) };
  }
}

const isEmpty = (fix: Fixings) => (fix.one?.length ?? 0) + (fix.zero?.length ?? 0) === 0;

/** FILE with the decisions' entries appended, exactly as section 6 merges an overlay's lists. */
function withDecisions(base: Scenario, decisions: Decisions): Round {
  const scenario: Scenario = {
    ...base,
    pins: [...base.pins, ...decisions.pins.map((p) => Pin.parse(p))],
    forbids: [...base.forbids, ...decisions.forbids.map((f) => Forbid.parse(f))],
    consents: [...base.consents, ...decisions.consents.map((c) => Consent.parse(c))],
  };
  const problems = checkReferences(scenario);
  if (problems.length > 0) throw new InputError(problems);
  return buildRound(scenario);
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
