/**
 * The committee report in English: every word the report prints, as strings and as
 * sentences rendered from data. report-vi.ts has exactly the same keys (its type is this
 * catalogue's type, so a missing or extra key fails the type-check).
 */
import type { Binding } from '../explain/explain.ts';
import type { MoveKind } from '../scenario/round.ts';
import { KIND_SHORT } from './terms.ts';

type Side = 'origin' | 'destination' | 'cadre';
type Mode = 'hard' | 'soft' | 'ignore';
type Group = 'female' | 'minority' | 'young';
type RatingName = 'excellent' | 'good' | 'complete' | 'incomplete';
type ChainKind = 'swap' | 'cycle' | 'chain';

const num = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};
const signed = (value: number): string => (value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : '0');
const list = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

export const reportEn = {
  lang: 'en',
  number: num,
  signed,
  percent: (share: number | null): string => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`),
  date: (iso: string): string => iso,
  none: '—',
  yes: 'yes',
  no: 'no',

  documentTitle: 'Cadre rotation plans: report to the Standing Committee',
  /** The browser's title: short, the renderer cuts it under 70 characters. */
  pageTitle: (scenario: string) => `Rotation plans: ${scenario}`,
  documentSubtitle: (scenario: string, asOf: string) => `${scenario}, as of ${asOf}`,
  confidential: 'For the Standing Committee. Internal document.',
  anonymizedNote: 'Cadres are shown under pseudonyms; names are withheld.',
  generatedAt: (stamp: string) => `Generated ${stamp}.`,
  contents: 'Contents',

  sectionSummary: 'Summary',
  summaryLead: (moves: number, objective: number, proven: boolean, units: number) =>
    moves === 0
      ? `Plan 1 moves nobody (objective ${num(objective)}${proven ? ', proven the best' : ''}).`
      : `Plan 1 proposes ${plural(moves, 'rotation', 'rotations')} touching ${plural(units, 'unit', 'units')} (objective ${num(objective)}${proven ? ', proven the best' : ', not proven optimal'}).`,
  summaryUnits: (units: readonly string[]) => `Units touched: ${list([...units])}.`,
  summaryMovesCaption: 'The proposed rotations of plan 1',
  kindColumn: 'kind',
  chainColumn: 'chain',
  notesColumn: 'notes of the scenario',
  kindWord: (kind: MoveKind) => KIND_SHORT.en[kind],
  structureHeading: 'Holders of key posts before and after plan 1',
  structureGroupColumn: 'among the holders of key posts',
  structureBefore: 'before',
  structureAfter: 'after plan 1',
  structureGroup: (group: 'women' | 'young' | 'minority') => ({ women: 'women', young: 'young', minority: 'from ethnic minorities' })[group],
  structureCell: (count: number, held: number) => (held === 0 ? '—' : `${num(count)} of ${num(held)} (${Math.round((count / held) * 100)}%)`),
  structureNone: 'No key post in this round.',
  otherPlansHeading: 'What the other plans change',
  otherPlanLine: (rank: number, objective: number, less: number) =>
    `Plan ${rank} (objective ${num(objective)}, ${Math.abs(less) < 1e-6 ? 'a tie' : less > 0 ? `${num(less)} less` : `${num(-less)} more`})`,
  otherPlanAdds: (moves: readonly string[]) => `makes ${list([...moves])}`,
  otherPlanDrops: (moves: readonly string[]) => `instead of ${list([...moves])}`,
  otherPlanSame: 'the same moves in another order',
  decisionBlocked: (by: 'forbid' | 'pin', note: string | null) =>
    `blocked by the committee's decision (${by === 'forbid' ? 'a forbid' : 'a pin'}${note ? `: “${note}”` : ''})`,
  agreementText: (side: Side) => `${SIDE[side][0]!.toUpperCase()}${SIDE[side].slice(1)} agrees`,
  pinnedNote: (note: string | null) => `pinned by the committee${note ? `: “${note}”` : ''}`,
  plansDifferIntro: 'Plans 2 and below are shown by what they change in plan 1.',
  addedMovesHeading: (rank: number) => `Plan ${rank}: the moves plan 1 does not make`,
  sameAsBest: (common: number, dropped: readonly string[]) =>
    `The other ${plural(common, 'move is', 'moves are')} those of plan 1${dropped.length ? `; it leaves out ${list([...dropped])}` : ''}.`,
  flowsOnlyBest: 'The diagram of plan 1; the summary and section 3 say what the other plans change.',
  alternativesSameAsBest: 'Every key post it fills, it fills as plan 1 does.',

  sectionRound: '1. The round',
  sectionPlans: '2. The plans side by side',
  sectionMoves: '3. The moves of each plan',
  sectionFlows: '4. Flows between units',
  sectionAlternatives: '5. Notable alternatives not taken',

  roundScenario: 'Scenario',
  roundAsOf: 'Reference date',
  roundDescription: 'Description',
  roundSolver: 'Solver',
  roundSolverText: (backend: string, status: 'optimal' | 'infeasible' | 'time-limit', plans: number) =>
    `${backend}; ${plural(plans, 'plan', 'plans')} found; ${status === 'optimal' ? 'the search finished' : 'the search stopped at its time limit'}`,
  roundProof: 'Optimality',
  planProven: (rank: number) => `plan ${rank}: proven the best of the plans not ranked above it`,
  planNotProven: (rank: number, gap: number) => `plan ${rank}: not proven optimal (gap ${num(gap)})`,
  roundTool: 'Computed with',
  roundToolText: (version: string) => `rotaplan ${version}`,
  roundFiles: 'Input files (the scenario first, then the files it extends)',
  fileColumn: 'file',
  shaColumn: 'SHA-256',
  roundPolicy: 'Policy in force',
  roundRules: 'Rules applied and their sources',
  ruleColumn: 'rule',
  ruleTitleColumn: 'condition',
  sourceColumn: 'source',
  noSource: 'policy of the round',

  policyPlanning: (required: boolean) =>
    required
      ? 'A cadre may only take a post whose title is in the cadre’s succession plan (quy hoạch).'
      : 'The succession plan is not required for a post.',
  policyTenure: (months: number) =>
    months === 0 ? 'No minimum time in the current post is required.' : `A cadre must have held the current post for at least ${plural(months, 'month', 'months')}.`,
  policyRotationTerm: (months: number) => `A cadre serving a rotation moves again only after ${plural(months, 'month', 'months')} of it (the rotation term).`,
  policySideways: (allowed: boolean) =>
    allowed ? 'A move to a post of the same level is allowed outside the succession plan.' : 'Every move needs the title in the cadre’s succession plan.',
  policyRetirementShort: (years: number) => `For a cadre who must move and for a post reserved for non-local cadres, ${plural(years, 'year', 'years')} before retirement suffice.`,
  policyRatingYears: (years: number) => `The ratings of the last ${plural(years, 'year', 'years')} are read.`,
  policyKeyChanges: (max: number | null) =>
    max === null ? 'A unit may change any number of its key posts.' : `A unit changes at most ${plural(max, 'key post', 'key posts')} in a round.`,
  policyMerit: (points: number) => `An excellent latest rating adds ${num(points)} points to a move.`,
  policyRotations: (max: number) => `A cadre already rotated ${num(max)} times or more is not rotated again.`,
  policyNoReturn: (years: number) =>
    years === 0
      ? 'A cadre may return to a unit left recently.'
      : `A cadre may not return to a unit left less than ${plural(years, 'year', 'years')} ago.`,
  policyRetirement: (male: number, female: number, years: number) =>
    `At least ${plural(years, 'year', 'years')} of service must remain before retirement (retirement age ${num(male)} for men, ${num(female)} for women).`,
  policyRating: (rating: RatingName) => `The latest annual rating must be at least “${RATING[rating]}”.`,
  policyNonLocal: (titles: readonly string[]) =>
    titles.length === 0
      ? 'No post is reserved for cadres from outside the locality.'
      : `Posts titled ${list(titles.map((t) => `“${t}”`))} go to cadres who are not from the locality.`,
  policyStability: (out: number, share: number, into: number) =>
    `A unit loses at most ${num(out)} cadres and at most ${Math.round(share * 100)}% of its cadres (at least one may always leave), and receives at most ${num(into)}.`,
  policyMaxMoves: (max: number | null) => (max === null ? 'There is no cap on the number of moves.' : `A plan has at most ${plural(max, 'move', 'moves')}.`),
  policyConsent: (side: Side, mode: Mode) =>
    mode === 'hard'
      ? `An objection of ${SIDE[side]} forbids the move.`
      : mode === 'soft'
        ? `An objection of ${SIDE[side]} may be overridden, at a cost in the score.`
        : `Objections of ${SIDE[side]} are not taken into account.`,
  policyYoung: (age: number) => `A cadre under ${num(age)} counts as young.`,
  policyQuota: (group: Group, share: number, mode: 'hard' | 'soft') =>
    `At least ${Math.round(share * 100)}% of the moved cadres should be ${GROUP[group]} (${mode === 'hard' ? 'required' : 'a target: each missing cadre costs points'}).`,
  policyWeights: (w: { development: number; fit: number; preference: number; move: number; objection: number; quotaShortfall: number }) =>
    `Score of a move: ${num(w.development)} points per development goal the post covers, ${num(w.fit)} per experience the post wants, ${num(w.preference)} when the cadre asked for the unit, minus ${num(w.move)} for the move itself and ${num(w.objection)} per objection overridden; ${num(w.quotaShortfall)} points per cadre missing from a target.`,
  policyPlanRules: 'A held post receives a cadre only when its holder moves out in the same plan (chains and swaps); must-fill posts are never left vacant; related cadres do not end up in the same unit through a move; pinned moves are in every plan.',

  ruleTitle: {
    'other-unit': 'moves to another unit',
    available: 'available for rotation',
    planning: 'in the succession plan (quy hoạch) for the title',
    tenure: 'long enough in the current post',
    rotations: 'not rotated too often',
    'no-return': 'no return to a unit left recently',
    retirement: 'enough years before retirement',
    rating: 'annual rating high enough',
    'non-local': 'not from the locality (key post)',
    forbids: 'no forbid applies',
    consents: 'no hard objection',
    'one-move-each': 'one move per cadre, one cadre per post',
    'holder-moves-out': 'a held post is freed by its holder’s move',
    'must-fill': 'must-fill posts are filled',
    stability: 'stability of the units',
    'move-cap': 'cap on the number of moves',
    relatives: 'relatives not in the same unit',
    quotas: 'structure quotas (women, young, minority)',
    pins: 'pinned moves',
    'not-held-already': 'not to a post already held concurrently',
    'must-move': 'cadres who must move are moved',
    'key-changes': 'not all key posts of a unit changed at once',
  },

  plansIntro: (count: number) => `${plural(count, 'plan', 'plans')}, best first. A higher objective is better.`,
  planColumn: (rank: number) => `Plan ${rank}`,
  metricColumn: 'measure',
  metricObjective: 'Objective',
  metricProven: 'Proven optimal',
  metricMoves: 'Moves',
  metricUnitsTouched: 'Units touched',
  metricWomen: 'Women among the moved',
  metricYoung: 'Young among the moved',
  metricMinority: 'Ethnic minorities among the moved',
  metricGoals: 'Development goals covered',
  metricObjections: 'Objections overridden',
  metricKeyNonLocal: 'Key posts held by non-local cadres',
  metricVacancies: 'Vacant posts after the plan',
  metricCommon: 'Moves in common with plan 1',

  moveArrow: (cadre: string, from: string, to: string) => `${cadre}: ${from} → ${to}`,
  moveTo: (cadre: string, to: string) => `${cadre} → ${to}`,

  bindingHeading: 'Rules at their limit in this plan',
  binding: (b: Binding): string => {
    switch (b.kind) {
      case 'out-cap-reached': return `${b.unit} releases ${plural(b.count, 'cadre', 'cadres')}, its limit (rule S)`;
      case 'in-cap-reached': return `${b.unit} receives ${plural(b.count, 'cadre', 'cadres')}, its limit (rule S)`;
      case 'move-cap-reached': return `the plan makes ${plural(b.count, 'move', 'moves')}, the limit (rule P4)`;
      case 'quota-tight': return `${num(b.inGroup)} of ${num(b.moves)} moved cadres are ${GROUP[b.group]}: the required ${Math.round(b.minShare * 100)}% leaves no room (rule Q)`;
      case 'quota-short': return `${num(b.inGroup)} of ${num(b.moves)} moved cadres are ${GROUP[b.group]}, under the target of ${Math.round(b.minShare * 100)}%: it costs ${num(b.cost)} points (rule Q)`;
      case 'pinned': return `${b.cadre} to ${b.post} is pinned (rule P5)`;
      case 'key-cap-reached': return `${b.unit} changes ${plural(b.count, 'key leader', 'key leaders')}, its limit (rule K)`;
    }
  },
  vacantHeading: 'Posts vacant after the plan',
  vacantStillCount: (count: number) => `${plural(count, 'other post', 'other posts')} vacant before and after; to be filled by appointment or a later round`,
  vacantLeft: (post: string, unit: string, holder: string) => `${post}, ${unit}: left by ${holder}; to be filled by appointment or a later round`,
  vacantStill: (post: string, unit: string) => `${post}, ${unit}: vacant before and after; to be filled by appointment or a later round`,
  noneItem: 'none',

  planHeading: (rank: number, objective: number, moves: number) =>
    `Plan ${rank}: objective ${num(objective)}, ${plural(moves, 'move', 'moves')}`,
  emptyPlan: 'No move: this plan keeps every cadre in place.',
  moveNumber: 'no.',
  moveCadre: 'cadre',
  moveCurrent: 'current post (origin unit)',
  moveDestination: 'new post (destination unit)',
  moveValue: 'value',
  moveReasons: 'why: score in words, rules satisfied, objections, chain',
  moveRules: 'rules satisfied',
  moveObjections: 'objections overridden',
  moveChain: 'chain',
  postInUnit: (post: string, unit: string) => `${post}, ${unit}`,

  termDevelopment: (goals: readonly string[], points: number) =>
    `covers the development goal${goals.length === 1 ? '' : 's'} ${list(goals.map((g) => `“${g}”`))} (${signed(points)})`,
  termFit: (tags: readonly string[], points: number) =>
    `brings the experience the post wants: ${list(tags.map((t) => `“${t}”`))} (${signed(points)})`,
  termPreference: (points: number) => `the cadre asked for this unit (${signed(points)})`,
  termMove: (points: number) => `cost of a move (${signed(points)})`,
  termObjections: (count: number, points: number) => `${plural(count, 'objection', 'objections')} overridden (${signed(points)})`,
  termMerit: (points: number) => `latest rating excellent (${signed(points)})`,

  side: (side: Side) => SIDE[side],
  objectionText: (side: Side) => `${SIDE[side][0]!.toUpperCase()}${SIDE[side].slice(1)} objects (overridden at a cost)`,
  movePinned: 'pinned: this move is in every plan',
  moveFillsMustFill: 'fills a must-fill post',
  objectionNote: (note: string) => `note: “${note}”`,
  noObjection: 'none',

  chainsHeading: 'Chains and swaps',
  chainKind: (kind: ChainKind) => ({ swap: 'swap', cycle: 'cycle', chain: 'chain' })[kind],
  chainName: (kind: ChainKind, index: number) => `${({ swap: 'Swap', cycle: 'Cycle', chain: 'Chain' })[kind]} ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`,
  chainText: (kind: ChainKind, moves: number, units: readonly string[]) =>
    moves === 1
      ? `a single move from ${units[0] ?? ''} to ${units[units.length - 1] ?? ''}`
      : kind === 'swap'
      ? `two cadres exchange posts between ${list([...units])}`
      : kind === 'cycle'
        ? `${num(moves)} cadres move round a cycle through ${list([...units])}`
        : `${plural(moves, 'move', 'moves')} in a chain through ${list([...units])}: each cadre takes the post the next one leaves`,

  flowsIntro: 'Each arrow is a move from the origin unit to the destination unit; arrows of one chain or swap share a colour.',
  flowCaption: (rank: number) => `Plan ${rank}: flows between units`,
  flowLegend: 'Legend',
  flowAria: (rank: number, moves: number, units: number) => `Diagram of plan ${rank}: ${plural(moves, 'move', 'moves')} between ${plural(units, 'unit', 'units')}`,

  alternativesIntro: (count: number) =>
    `For each key post the plan fills (a post reserved for non-local cadres or a must-fill post), the best ${plural(count, 'other candidate', 'other candidates')} from the succession plan, with the best objective a feasible plan reaches when that candidate takes the post.`,
  alternativesOff: 'No alternatives were asked for (--alternatives 0).',
  alternativesNone: 'This plan fills no key post.',
  keyPostHeading: (post: string, unit: string) => `${post}, ${unit}`,
  keyPostWhy: (nonLocal: boolean, mustFill: boolean) =>
    [nonLocal ? 'reserved for a non-local cadre' : '', mustFill ? 'must be filled' : ''].filter(Boolean).join('; '),
  keyPostChosen: (cadre: string, value: number) => `Chosen: ${cadre} (move value ${num(value)}).`,
  altCandidate: 'candidate not taken',
  altBestWith: 'best objective with this candidate',
  altVerdict: 'why not chosen',
  altLostBy: (diff: number) =>
    diff > 1e-6
      ? `eligible; the best plan with this candidate scores ${num(diff)} less`
      : diff < -1e-6
        ? `eligible; a plan with this candidate scores ${num(-diff)} more (it is one of the higher-ranked plans)`
        : 'eligible; a plan with this candidate scores the same (a tie)',
  altUnknown: 'eligible; the time limit ran out before a plan with this candidate was found',
  altNotProven: '(the time limit stopped the search: a better plan with this candidate may exist)',
  atLeast: (value: number) => `≥ ${num(value)}`,
  altNoPlan: 'eligible, but no feasible plan contains this move (the plan-level rules exclude it)',
  altBlocked: (rules: readonly string[]) => `not eligible (rule${rules.length === 1 ? '' : 's'} ${list([...rules])})`,
  altNoCandidates: 'No other cadre in the succession plan for this title.',

  pseudonym: (code: string) => `Cadre #${code}`,

  csvRank: 'plan',
  csvObjective: 'objective',
  csvCadreId: 'cadre id',
  csvCadreName: 'cadre',
  csvFromUnit: 'origin unit',
  csvFromPost: 'current post',
  csvToUnit: 'destination unit',
  csvToPost: 'new post',
  csvValue: 'value',
  csvTerms: 'score terms',
  csvKind: 'kind',
  csvChain: 'chain',
  csvNotes: 'notes',
  csvInBest: 'in plan 1',

  infeasible: (scenario: string) => `${scenario}: no feasible plan, so no report was written (run \`rotaplan diagnose\` for the conflicting rules)`,
  timeLimit: (scenario: string) => `${scenario}: no feasible plan found within the time limit, so no report was written`,
  written: (path: string, plans: number) => `report written to ${path} (${plural(plans, 'plan', 'plans')})`,
};

const SIDE: Record<Side, string> = { origin: 'the origin unit', destination: 'the destination unit', cadre: 'the cadre' };
const GROUP: Record<Group, string> = { female: 'women', minority: 'from ethnic minorities', young: 'young' };
const RATING: Record<RatingName, string> = {
  excellent: 'excellent',
  good: 'good',
  complete: 'complete (tasks done)',
  incomplete: 'incomplete',
};

/** The catalogue's shape: the same keys, every text widened to string. */
type Widen<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : T[K] extends object
        ? Widen<T[K]>
        : T[K];
};

export type ReportMessages = Widen<typeof reportEn>;
