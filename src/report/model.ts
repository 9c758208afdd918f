/**
 * The report as data: everything the HTML, Markdown and CSV renderers print, with every
 * name already resolved (and already pseudonymised under --anonymize, so that no renderer
 * can leak a name). Built once per language; the renderers add only the catalogue's words.
 */
import { ELIGIBILITY_RULES, PLAN_RULES } from '../rules/registry.ts';
import { scoreMove, type MoveScore } from '../rules/score.ts';
import type { Move } from '../rules/types.ts';
import type { RuleId, Violation } from '../rules/violations.ts';
import { hometownsOf, localityName, moveKind, objectionSideKey, ratingsRead, titleName, type MoveKind, type Round } from '../scenario/round.ts';
import type { ConsentSide, Policy, PolicyV2 } from '../scenario/schema.ts';
import type { RankedPlan, SolveOutcome } from '../search/kbest.ts';
import { violationText, type Labeler, type Lang } from '../i18n/violations.ts';
import { compareIds } from '../util/order.ts';
import { keyPostStructure, type KeyPostStructure } from './structure.ts';
import type { RoundSearch } from '../search/kbest.ts';
import { differenceOf, explanationOf, metricsOf, whyNotMany, type Binding, type PlanMetricsView, type WhyNotView } from './adapters.ts';
import type { WhyNotMany } from './why-not-many.ts';
import { alternativesFor } from './alternatives.ts';
import { namesFor, type Names } from './names.ts';
import { messagesFor } from './messages.ts';

/** The solvers by the names their authors give them. */
const SOLVER_NAMES: Readonly<Record<string, string>> = { highs: 'HiGHS', jslp: 'javascript-lp-solver' };

export interface ReportOptions {
  readonly lang: Lang;
  readonly anonymize: boolean;
  /** Shown only when given (--stamp): the report is otherwise byte-identical run to run. */
  readonly stamp?: string;
  /** How many alternatives per key post (default 3). */
  readonly alternatives?: number;
  /** Seconds for each why-not solve behind the alternatives (unlimited by default). */
  readonly timeLimit?: number;
  readonly version: string;
  /** The search the plans came from, answering the alternatives too (kept open; the caller closes it). */
  readonly search?: RoundSearch;
  /** Told each time the alternatives of one more key post are known: how many, of how many so far. */
  readonly onAlternatives?: (done: number, total: number) => void;
}

export interface PostRef {
  readonly id: string;
  /** With the post's id in brackets (two deputies of one unit share a name). */
  readonly label: string;
  /** The post's name (or its title's) without the id, for the summary. */
  readonly name: string;
  readonly unitId: string;
  readonly unit: string;
  readonly unitKind: string;
}

export interface RuleRef {
  readonly id: RuleId;
  readonly name: string;
  /** 1-based number of the source in ReportModel.sources; 0 when the rule has none. */
  readonly source: number;
}

/** A soft objection the move overrides (paid for in the score), with its notes. */
export interface ObjectionView {
  readonly side: ConsentSide;
  /** Left out (null) under --anonymize: free text may name people. */
  readonly note: string | null;
}

export interface MoveView {
  readonly cadreId: string;
  readonly cadre: string;
  readonly cadreName: string;
  readonly from: PostRef;
  readonly to: PostRef;
  readonly value: number;
  readonly score: Pick<MoveScore, 'goalsCovered' | 'experienceFit' | 'preferred' | 'softObjections' | 'terms'>;
  /** Names of the eligibility rules this move satisfies and that bind it (see rulesFor). */
  readonly rules: readonly string[];
  readonly objections: readonly ObjectionView[];
  readonly pinned: boolean;
  /** The pin's note (the committee's decision), null when none or under --anonymize. */
  readonly pinNote: string | null;
  /** Agreements recorded for this move (a volunteer, a unit that releases or welcomes the cadre). */
  readonly agreements: readonly ObjectionView[];
  readonly fillsMustFill: boolean;
  /** Contract 8.3: up, sideways, down or other. */
  readonly kind: MoveKind;
  /** Index into PlanView.chains. */
  readonly chain: number;
}

export interface ChainRef {
  readonly kind: 'swap' | 'cycle' | 'chain';
  /** The chain's label across the report: the same moves keep the same label in every plan. */
  readonly label: number;
  /** Indexes into PlanView.moves, in the chain's order. */
  readonly moves: readonly number[];
  readonly units: readonly string[];
}

export interface AlternativeView {
  readonly cadreId: string;
  readonly cadre: string;
  readonly eligible: boolean;
  readonly blockedBy: readonly RuleId[];
  /** Sentences of the violations, in the report's language. */
  readonly reasons: readonly string[];
  readonly bestWith: number | null;
  /** False when the time limit stopped the search for the best plan with this candidate. */
  readonly proven: boolean;
  /** Blocked by the committee's own decision: a forbid naming the candidate, or a pin of the post or the candidate. */
  readonly decision: { readonly by: 'forbid' | 'pin'; readonly note: string | null } | null;
}

export interface KeyPostView {
  readonly post: PostRef;
  readonly nonLocal: boolean;
  readonly mustFill: boolean;
  readonly chosen: string;
  readonly chosenValue: number;
  readonly alternatives: readonly AlternativeView[];
}

/** A move named for the reader, as the differences between plans list them. */
export interface MoveRef {
  readonly cadre: string;
  readonly from: PostRef;
  readonly to: PostRef;
}

export interface PlanView {
  readonly rank: number;
  readonly objective: number;
  readonly proven: boolean;
  readonly gap: number;
  readonly metrics: PlanMetricsView;
  /** Names of the units a cadre leaves or joins, sorted by id. */
  readonly units: readonly string[];
  /** Holders of key posts (women, young, minority) before and after the plan. */
  readonly structure: KeyPostStructure;
  readonly moves: readonly MoveView[];
  readonly chains: readonly ChainRef[];
  /** Plan 1: every key post it fills; plans 2..K: only those they fill otherwise than plan 1. */
  readonly keyPosts: readonly KeyPostView[];
  /** The rules the plan meets with no room to spare, ids replaced by what the reader sees. */
  readonly binding: readonly Binding[];
  /** Posts without a holder after the plan. */
  readonly vacant: readonly { readonly post: PostRef; readonly how: 'left' | 'still'; readonly holderBefore: string | null }[];
  /** Against plan 1 (null for plan 1 itself): the moves it adds and those it drops. */
  readonly versusBest: { readonly added: readonly MoveRef[]; readonly dropped: readonly MoveRef[]; readonly common: number } | null;
}

export interface ReportModel {
  readonly lang: Lang;
  readonly anonymized: boolean;
  readonly stamp: string | null;
  readonly version: string;
  readonly scenario: { readonly name: string; readonly asOf: string; readonly description: string | null };
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
  readonly solver: { readonly backend: string; readonly status: SolveOutcome['status'] };
  /** The policy in force, its titles shown by their names. */
  readonly policy: Policy;
  /** Version 2's policy fields (null for a version 1 round). */
  readonly policyV2: PolicyV2 | null;
  readonly rules: readonly RuleRef[];
  readonly sources: readonly string[];
  readonly alternativesShown: number;
  readonly plans: readonly PlanView[];
}

export async function buildReportModel(
  round: Round,
  files: readonly { path: string; sha256: string }[],
  outcome: SolveOutcome,
  options: ReportOptions,
): Promise<ReportModel> {
  const msg = messagesFor(options.lang);
  const names = namesFor(round, options.anonymize, msg.pseudonym);
  const sources: string[] = [];
  const rules = [...ELIGIBILITY_RULES, ...PLAN_RULES].map((rule): RuleRef => {
    let source = 0;
    if (rule.source) {
      if (!sources.includes(rule.source)) sources.push(rule.source);
      source = sources.indexOf(rule.source) + 1;
    }
    return { id: rule.id, name: rule.name, source };
  });
  const shown = options.alternatives ?? 3;
  const whyNot = whyNotMany(round, { plans: outcome.plans, timeLimit: options.timeLimit, ...(options.search ? { search: options.search } : {}) });
  const labels = chainLabels();
  const tally = keyPostTally(shown > 0 ? options.onAlternatives : undefined);
  let plans: PlanView[];
  try {
    // Every plan's alternatives are asked at once (the searches answer them on both cores);
    // each view takes its chain labels and counts its key posts before its first wait, so
    // labels follow the plans' order and the tally's total is whole from the start.
    const views = outcome.plans.map((plan) => planView(round, plan, names, options.lang, shown, whyNot, plan.rank === 1 ? null : outcome.plans[0]!, labels, tally));
    tally.start();
    plans = await Promise.all(views);
  } finally {
    await whyNot.close();
  }
  return {
    lang: options.lang,
    anonymized: options.anonymize,
    stamp: options.stamp ?? null,
    version: options.version,
    scenario: {
      name: round.scenario.name,
      asOf: round.scenario.asOf,
      description: round.scenario.description ?? null,
    },
    files: files.map((file) => ({ path: file.path, sha256: file.sha256 })),
    solver: { backend: SOLVER_NAMES[outcome.backend] ?? outcome.backend, status: outcome.status },
    policy: { ...round.policy, nonLocalTitles: round.policy.nonLocalTitles.map((title) => titleName(round, title)) },
    policyV2: round.v2 ?? null,
    rules,
    sources,
    alternativesShown: shown,
    plans,
  };
}

function postRef(round: Round, names: Names, postId: string): PostRef {
  const post = round.posts.get(postId)!;
  const unit = round.units.get(post.unit);
  return { id: post.id, label: names.post(post.id), name: post.name ?? titleName(round, post.title), unitId: post.unit, unit: names.unit(post.unit), unitKind: unit?.kind ?? '' };
}

async function planView(
  round: Round,
  plan: RankedPlan,
  names: Names,
  lang: Lang,
  shown: number,
  whyNot: WhyNotMany,
  best: RankedPlan | null,
  labels: (moves: readonly Move[]) => number,
  tally: KeyPostTally,
): Promise<PlanView> {
  const explanation = explanationOf(round, plan);
  const key = (move: Move) => `${move.cadre}\u0000${move.to}`;
  const explained = new Map(explanation.moves.map((m) => [key(m.move), m]));
  const indexByKey = new Map(plan.moves.map((move, i) => [key(move), i]));
  const moves = plan.moves.map((move): MoveView => {
    const cadre = round.cadres.get(move.cadre)!;
    const to = round.posts.get(move.to)!;
    const score = scoreMove(round, cadre, to);
    const why = explained.get(key(move))!;
    const hidden = names.anonymized;
    const pin = round.scenario.pins.find((p) => p.cadre === move.cadre && p.position === move.to);
    return {
      cadreId: names.cadreId(move.cadre),
      cadre: names.cadre(move.cadre),
      cadreName: names.cadreName(move.cadre),
      from: postRef(round, names, move.from),
      to: postRef(round, names, move.to),
      value: score.value,
      score: {
        goalsCovered: score.goalsCovered,
        experienceFit: score.experienceFit,
        preferred: score.preferred,
        softObjections: score.softObjections,
        terms: score.terms,
      },
      rules: bindingRules(round, move, why.rulesSatisfied),
      objections: why.objections.map((o) => ({
        side: o.side,
        note: names.anonymized || o.notes.length === 0 ? null : o.notes.join('; '),
      })),
      pinned: why.pinned,
      pinNote: hidden ? null : (pin?.note ?? null),
      agreements: agreementsFor(round, move).map((consent) => ({ side: consent.side, note: hidden ? null : (consent.note ?? null) })),
      fillsMustFill: why.fillsMustFill,
      kind: moveKind(round, cadre, to),
      chain: why.chain,
    };
  });
  const chainRefs = explanation.chains.map((chain): ChainRef => ({
    kind: chain.kind,
    label: labels(chain.moves),
    moves: chain.moves.map((move) => indexByKey.get(key(move))!),
    units: [...new Set(chain.units)].map((unit) => names.unit(unit)),
  }));
  const label: Labeler = (id, kind) =>
    kind === 'cadre' ? names.cadre(id) : kind === 'post' ? names.post(id) : kind === 'title' ? titleName(round, id) : kind === 'locality' ? localityName(round, id) : names.unit(id);
  const inBest = new Set((best?.moves ?? []).map(key));
  // Plans 2..K repeat none of plan 1's key posts: only a post they fill otherwise is shown.
  const filled = [...plan.moves]
    .filter((move) => !inBest.has(key(move)))
    .filter((move) => {
      const post = round.posts.get(move.to)!;
      return round.policy.nonLocalTitles.includes(post.title) || post.mustFill;
    })
    .sort((a, b) => compareIds(a.to, b.to));
  tally.add(filled.length);
  const keyPosts = await Promise.all(filled.map(async (move): Promise<KeyPostView> => {
    const post = round.posts.get(move.to)!;
    const alternatives = await alternativesFor(round, move, shown, whyNot);
    tally.done();
    return {
      post: postRef(round, names, post.id),
      nonLocal: round.policy.nonLocalTitles.includes(post.title),
      mustFill: post.mustFill,
      chosen: names.cadre(move.cadre),
      chosenValue: scoreMove(round, round.cadres.get(move.cadre)!, post).value,
      alternatives: alternatives.map(({ cadre, answer }) => ({
        cadreId: names.cadreId(cadre),
        cadre: names.cadre(cadre),
        eligible: answer.eligible,
        blockedBy: answer.blockedBy,
        reasons: answer.violations.map((v) => withObjectionNote(round, violationText(v, lang, label), v, names.anonymized, lang)),
        bestWith: answer.bestWith,
        proven: answer.proven,
        decision: decisionAgainst(round, cadre, post.id, answer, names.anonymized),
      })),
    };
  }));
  return {
    rank: plan.rank,
    objective: plan.objective,
    proven: plan.proven,
    gap: plan.gap,
    metrics: metricsOf(round, plan),
    units: [...new Set(plan.moves.flatMap((m) => [round.posts.get(m.from)!.unit, round.posts.get(m.to)!.unit]))].sort(compareIds).map((unit) => names.unit(unit)),
    structure: keyPostStructure(round, plan),
    moves,
    chains: chainRefs,
    keyPosts,
    binding: explanation.binding.map((b) => labelBinding(b, names)),
    vacant: explanation.vacant.map((v) => ({
      post: postRef(round, names, v.post),
      how: v.how,
      holderBefore: v.holderBefore ? names.cadre(v.holderBefore) : null,
    })),
    versusBest: best ? versus(round, names, best, plan) : null,
  };
}

interface KeyPostTally {
  add(posts: number): void;
  start(): void;
  done(): void;
}

/** Counts the key posts whose alternatives are known and tells `tell` at the start (0 of all) and at each one. */
function keyPostTally(tell: ((done: number, total: number) => void) | undefined): KeyPostTally {
  let total = 0;
  let done = 0;
  return {
    add: (posts) => (total += posts),
    start: () => {
      if (total > 0) tell?.(0, total);
    },
    done: () => tell?.((done += 1), total),
  };
}

/** An objection's sentence with the notes written for it (left out under --anonymize). */
function withObjectionNote(round: Round, text: string, violation: Violation, hidden: boolean, lang: Lang): string {
  if (hidden || violation.rule !== 'E4') return text;
  const notes = round.objectionNotes.get(objectionSideKey(violation.side, violation.cadre, violation.unit)) ?? [];
  return notes.length === 0 ? text : `${text} (${messagesFor(lang).objectionNote(notes.join('; '))})`;
}

/** Labels of chains across plans: the same set of moves, the same label; a new chain, the next label. */
function chainLabels(): (moves: readonly Move[]) => number {
  const seen = new Map<string, number>();
  return (moves) => {
    const signature = moves.map((m) => `${m.cadre}\u0000${m.to}`).sort().join('\u0001');
    let label = seen.get(signature);
    if (label === undefined) {
      label = seen.size;
      seen.set(signature, label);
    }
    return label;
  };
}

/** The agreements (agree: true) recorded for the move: its cadre's, its origin's, its destination's. */
function agreementsFor(round: Round, move: Move) {
  const unit = round.posts.get(move.to)!.unit;
  return round.scenario.consents.filter(
    (c) => c.agree && c.cadre === move.cadre && (c.side !== 'destination' || c.unit === unit),
  );
}

/**
 * Whether the committee's own decision keeps the candidate from the post: a forbid naming
 * them with the post or its unit, or a pin (the post pinned to another cadre, or the candidate
 * pinned to another post) when no feasible plan has the move.
 */
function decisionAgainst(round: Round, cadre: string, post: string, answer: WhyNotView, hidden: boolean): AlternativeView['decision'] {
  const note = (text: string | null | undefined) => (hidden ? null : (text ?? null));
  if (answer.violations.some((v) => v.rule === 'E3' && v.kind === 'forbidden')) {
    const unit = round.posts.get(post)!.unit;
    const forbid = (round.forbidsOf.get(cadre) ?? []).find((f) => f.position === post || f.unit === unit);
    return { by: 'forbid', note: note(forbid?.note) };
  }
  if (answer.eligible && answer.bestWith === null && answer.proven) {
    const pin = round.scenario.pins.find((p) => (p.position === post && p.cadre !== cadre) || (p.cadre === cadre && p.position !== post));
    if (pin) return { by: 'pin', note: note(pin.note) };
  }
  return null;
}

function labelBinding(binding: Binding, names: Names): Binding {
  switch (binding.kind) {
    case 'out-cap-reached':
    case 'in-cap-reached':
    case 'key-cap-reached':
      return { ...binding, unit: names.unit(binding.unit) };
    case 'pinned':
      return { ...binding, cadre: names.cadre(binding.cadre), post: names.post(binding.post) };
    default:
      return binding;
  }
}

function versus(round: Round, names: Names, best: RankedPlan, plan: RankedPlan): NonNullable<PlanView['versusBest']> {
  const diff = differenceOf(best, plan);
  const ref = (move: Move): MoveRef => ({
    cadre: names.cadre(move.cadre),
    from: postRef(round, names, move.from),
    to: postRef(round, names, move.to),
  });
  return { added: diff.added.map(ref), dropped: diff.dropped.map(ref), common: diff.common };
}

/**
 * Of the eligibility rules the move satisfies, those that bind it: the others hold trivially
 * (the rating rule for a cadre without a rating, the non-local rule for an ordinary post, ...)
 * and would only lengthen every row of the table.
 */
function bindingRules(round: Round, move: Move, satisfied: readonly string[]): string[] {
  const cadre = round.cadres.get(move.cadre)!;
  const post = round.posts.get(move.to)!;
  const p = round.policy;
  const trivial: Record<string, boolean> = {
    planning: !p.requirePlanning,
    tenure: p.minTenureMonths === 0,
    'no-return': p.noReturnYears === 0 || cadre.history.length === 0,
    rating: ratingsRead(round, cadre).length === 0,
    'non-local': !p.nonLocalTitles.includes(post.title) || hometownsOf(cadre).length === 0,
    forbids: !round.scenario.forbids.some((forbid) => forbid.cadre === cadre.id),
    consents: !round.scenario.consents.some((consent) => consent.cadre === cadre.id),
  };
  return satisfied.filter((name) => !trivial[name]);
}
