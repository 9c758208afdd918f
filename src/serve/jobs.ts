/**
 * What the solve worker does: the round of FILE with the decisions applied (the base is read
 * once and kept while FILE's bytes do not change), then the K best plans with the words the
 * page shows, a why-not, or the report. Runs in the worker thread, never on the request
 * thread. When a decision only narrows the round (a pin or forbid added) and every plan in
 * force still passes the checker, those plans are still the best (the feasible set shrank,
 * scores did not change): they are kept without a search (warm answer, exact).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildModel } from '../model/build.ts';
import { checkPlan } from '../rules/check.ts';
import { loadScenario } from '../scenario/load.ts';
import { InputError } from '../scenario/problems.ts';
import { checkReferences } from '../scenario/references.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import { Consent, Forbid, Pin, type Scenario } from '../scenario/schema.ts';
import { chooseBackend } from '../solver/choose.ts';
import { solveRound, type SolveOutcome } from '../solver/kbest.ts';
import { explainPlan } from '../explain/explain.ts';
import { whyNot } from '../explain/why-not.ts';
import { bindingWords, chainWords, pickLang, roundLabels, rulesWords, scoreWords, vacantWords } from '../i18n/explain.ts';
import { solveJson } from '../cli/commands/solve.ts';
import { whyNotJson } from '../cli/commands/explain-commands.ts';
import { makeReport } from '../report/report.ts';
import { makePapers } from '../papers/papers.ts';
import { writeZip } from '../papers/zip.ts';
import type { Decisions } from './decisions.ts';
import type { Job, Progress, RoundState } from './protocol.ts';

interface Base {
  readonly sha256: string;
  readonly scenario: Scenario;
}

interface Solved {
  readonly sha256: string;
  readonly decisions: Decisions;
  readonly top: number;
  readonly outcome: SolveOutcome;
}

/** The worker's memory between jobs: the base scenario and the plans in force. */
export class Session {
  #base: Base | undefined;
  #last: Solved | undefined;

  async run(state: RoundState, job: Job, progress: (p: Progress) => void): Promise<unknown> {
    progress({ phase: 'load', plansFound: 0 });
    if (job.kind === 'report') return this.report(state, job);
    if (job.kind === 'papers') return this.papers(state, job.top);
    const { round, sha256 } = this.round(state);
    if (job.kind === 'why-not') return this.whyNot(round, job.cadre, job.position);
    const outcome = await this.solve(round, sha256, state.decisions, job.top, progress);
    progress({ phase: 'explain', plansFound: outcome.plans.length });
    return { solve: solveJson(round, outcome), words: planWords(round, outcome) };
  }

  /** FILE with D's entries appended, exactly as section 6 merges an overlay's lists. */
  round(state: RoundState): { round: Round; sha256: string } {
    const sha256 = createHash('sha256').update(readFileSync(state.file)).digest('hex');
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
    return { round: buildRound(scenario), sha256 };
  }

  async solve(round: Round, sha256: string, decisions: Decisions, top: number, progress: (p: Progress) => void): Promise<SolveOutcome> {
    const kept = this.#last && keptPlans(this.#last, round, sha256, decisions, top);
    const outcome = kept ?? await solveRound(round, {
      top,
      onProgress: (event) => progress({ phase: event.phase, plansFound: event.plansFound, incumbent: event.incumbent, bound: event.bestBound }),
    });
    this.#last = { sha256, decisions, top, outcome };
    return outcome;
  }

  async whyNot(round: Round, cadre: string, position: string): Promise<unknown> {
    const problems = [];
    if (!round.cadres.has(cadre)) problems.push({ path: ['cadre'], message: `unknown cadre "${cadre}"` });
    if (!round.posts.has(position)) problems.push({ path: ['position'], message: `unknown position "${position}"` });
    if (problems.length > 0) throw new InputError(problems);
    return whyNotJson(await whyNot(round, cadre, position), pickLang(undefined, round));
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

/**
 * The plans in force, when they are still exactly the K best: same FILE, the same consents
 * (scores unchanged), every earlier pin and forbid still there (the feasible set can only
 * have shrunk), all plans proven, and every one of the first K still passing the checker.
 * If the earlier search ran out of plans before its K, the survivors are all there are.
 */
function keptPlans(last: Solved, round: Round, sha256: string, decisions: Decisions, top: number): SolveOutcome | undefined {
  if (last.sha256 !== sha256 || last.outcome.status !== 'optimal') return undefined;
  if (JSON.stringify(last.decisions.consents) !== JSON.stringify(decisions.consents)) return undefined;
  const key = (entry: object) => JSON.stringify(entry, Object.keys(entry).filter((k) => k !== 'note').sort());
  const pins = new Set(decisions.pins.map(key));
  const forbids = new Set(decisions.forbids.map(key));
  if (!last.decisions.pins.every((p) => pins.has(key(p))) || !last.decisions.forbids.every((f) => forbids.has(key(f)))) return undefined;
  const exhausted = last.outcome.plans.length < last.top;
  if (!exhausted && last.top < top) return undefined;
  const candidates = last.outcome.plans.slice(0, top);
  if (!candidates.every((plan) => plan.proven)) return undefined;
  const surviving = candidates.filter((plan) => checkPlan(round, { moves: plan.moves }).length === 0);
  if (surviving.length < candidates.length && !exhausted) return undefined;
  const same = JSON.stringify(last.decisions) === JSON.stringify(decisions) && last.top === top;
  if (same) return last.outcome;
  const { model, pairs } = buildModel(round);
  return {
    status: surviving.length > 0 ? 'optimal' : 'infeasible',
    backend: chooseBackend('auto', model).name,
    plans: surviving.map((plan, i) => ({ ...plan, rank: i + 1 })),
    stats: { pairs: pairs.length, columns: model.columns.cost.length, rows: model.rows.length, buildSeconds: 0, solveSeconds: 0 },
  };
}

/** The score, rules, chains, binding rules and vacancies of each plan, in the round's language. */
function planWords(round: Round, outcome: SolveOutcome) {
  const lang = pickLang(undefined, round);
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
