/**
 * One hand-written case that each rule accepts and one that it rejects, with the violation
 * the rejecting case must produce (kind and ids). Keys: `E2/tenure` for an eligibility rule
 * (id/name), `P2` for a plan rule. Every case is a full scenario and a plan; the plan of an
 * accepting case is feasible as a whole, and the plan of a rejecting case breaks that rule only.
 *
 * The base round: C1 holds P1 in U1, C2 holds P2 in U2, V3 is vacant in U3 (all title T).
 * The move under test is C1: P1 → V3, feasible as it stands.
 */
import type { ScenarioInput } from '../../src/scenario/schema.ts';
import type { Move } from '../../src/rules/types.ts';
import type { Violation } from '../../src/rules/violations.ts';

type Cadre = ScenarioInput['cadres'][number];
type Post = ScenarioInput['positions'][number];

export interface RuleCase {
  readonly input: ScenarioInput;
  readonly moves: Move[];
  /** Absent: the plan must be feasible. */
  readonly violation?: Violation;
}

export const C1_TO_V3: Move = { cadre: 'C1', from: 'P1', to: 'V3' };

export function base(
  change: {
    policy?: ScenarioInput['policy'];
    c1?: Partial<Cadre>;
    c2?: Partial<Cadre>;
    posts?: Post[];
    p1?: Partial<Post>;
    more?: Partial<ScenarioInput>;
  } = {},
): ScenarioInput {
  return {
    version: 1,
    name: 'rule case',
    asOf: '2027-01-01',
    policy: change.policy ?? {},
    units: [
      { id: 'U1', locality: 'L1' },
      { id: 'U2', locality: 'L2' },
      { id: 'U3', locality: 'L3' },
    ],
    positions: [
      { id: 'P1', unit: 'U1', title: 'T', holder: 'C1', ...change.p1 },
      { id: 'P2', unit: 'U2', title: 'T', holder: 'C2' },
      { id: 'V3', unit: 'U3', title: 'T', offers: ['g'] },
      ...(change.posts ?? []),
    ],
    cadres: [
      { id: 'C1', gender: 'male', born: '1985-01-01', position: 'P1', since: '2020-01-01', rating: 'good', planning: ['T'], goals: ['g'], hometown: 'L9', ...change.c1 },
      { id: 'C2', gender: 'male', born: '1985-01-01', position: 'P2', since: '2020-01-01', rating: 'good', planning: ['T'], ...change.c2 },
    ],
    ...change.more,
  };
}

/**
 * The base round as version 2, with a catalogue: T (level 2, key when `keyT`), L (level 1),
 * H (level 3). Version 2 defaults: no minimum tenure, no no-return, sideways allowed.
 */
export function base2(change: Parameters<typeof base>[0] & { keyT?: boolean } = {}): ScenarioInput {
  const input = base(change);
  return {
    ...input,
    version: 2,
    titles: [
      { id: 'T', name: 'Trưởng phòng', level: 2, key: change.keyT ?? false },
      { id: 'L', name: 'Phó Trưởng phòng', level: 1 },
      { id: 'H', name: 'Giám đốc', level: 3 },
    ],
  };
}

const accept = (input: ScenarioInput, moves: Move[] = [C1_TO_V3]): RuleCase => ({ input, moves });
const reject = (input: ScenarioInput, violation: Violation, moves: Move[] = [C1_TO_V3]): RuleCase => ({ input, moves, violation });

const rotation = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ unit: 'U2', from: `20${10 + i}-01-01`, to: `20${10 + i}-06-30`, rotation: true }));

export const RULE_CASES: Record<string, { accept: RuleCase; reject: RuleCase }> = {
  'E1/other-unit': {
    accept: accept(base()),
    reject: reject(
      base({ posts: [{ id: 'V1', unit: 'U1', title: 'T' }] }),
      { rule: 'E1', kind: 'same-unit', cadre: 'C1', post: 'V1', unit: 'U1' },
      [{ cadre: 'C1', from: 'P1', to: 'V1' }],
    ),
  },
  'E1/not-held-already': {
    // C1 also holds H2 (kiêm nhiệm) and moves elsewhere, leaving both.
    accept: accept(base2({ c1: { alsoHolds: ['H2'] }, posts: [{ id: 'H2', unit: 'U2', title: 'T', holder: 'C1' }] })),
    reject: reject(
      base2({ c1: { alsoHolds: ['H2'] }, posts: [{ id: 'H2', unit: 'U2', title: 'T', holder: 'C1' }] }),
      { rule: 'E1', kind: 'already-holds', cadre: 'C1', post: 'H2' },
      [{ cadre: 'C1', from: 'P1', to: 'H2' }],
    ),
  },
  'E1/available': {
    accept: accept(base({ c1: { available: true } })),
    reject: reject(base({ c1: { available: false } }), { rule: 'E1', kind: 'unavailable', cadre: 'C1' }),
  },
  'E2/planning': {
    accept: accept(base({ c1: { planning: ['X', 'T'] } })),
    reject: reject(base({ c1: { planning: ['X'] } }), { rule: 'E2', kind: 'planning', cadre: 'C1', post: 'V3', title: 'T' }),
  },
  'E2/tenure': {
    // Exactly 36 whole months on asOf; one day later start is 35.
    accept: accept(base({ c1: { since: '2024-01-01' } })),
    reject: reject(base({ c1: { since: '2024-01-02' } }), { rule: 'E2', kind: 'tenure', cadre: 'C1', months: 35, required: 36 }),
  },
  'E2/rotations': {
    accept: accept(base({ c1: { history: rotation(2) } })),
    reject: reject(base({ c1: { history: rotation(3) } }), { rule: 'E2', kind: 'rotations', cadre: 'C1', count: 3, max: 3 }),
  },
  'E2/no-return': {
    // Left U3 exactly five years before asOf: not later than the cutoff, so allowed.
    accept: accept(base({ c1: { history: [{ unit: 'U3', from: '2018-01-01', to: '2022-01-01' }] } })),
    reject: reject(
      base({ c1: { history: [{ unit: 'U3', from: '2018-01-01', to: '2022-01-02' }] } }),
      { rule: 'E2', kind: 'no-return', cadre: 'C1', unit: 'U3', left: '2022-01-02', years: 5 },
    ),
  },
  'E2/retirement': {
    // Male, 62 − 52 = 10 years left: enough; born a day earlier in 1974 makes him 53.
    accept: accept(base({ c1: { born: '1975-01-01' } })),
    reject: reject(base({ c1: { born: '1974-01-01' } }), { rule: 'E2', kind: 'retirement', cadre: 'C1', yearsLeft: 9, required: 10 }),
  },
  'E2/rating': {
    accept: accept(base({ c1: { rating: 'excellent' } })),
    reject: reject(base({ c1: { rating: 'complete' } }), { rule: 'E2', kind: 'rating', cadre: 'C1', rating: 'complete', min: 'good' }),
  },
  'E3/non-local': {
    accept: accept(base({ policy: { nonLocalTitles: ['T'] }, c1: { hometown: 'L1' } })),
    reject: reject(
      base({ policy: { nonLocalTitles: ['T'] }, c1: { hometown: 'L3' } }),
      { rule: 'E3', kind: 'non-local', cadre: 'C1', post: 'V3', unit: 'U3', locality: 'L3', title: 'T' },
    ),
  },
  'E3/forbids': {
    accept: accept(base({ more: { forbids: [{ cadre: 'C1', unit: 'U2' }, { cadre: 'C2', unit: 'U3' }] } })),
    reject: reject(
      base({ more: { forbids: [{ cadre: 'C1', unit: 'U3' }] } }),
      { rule: 'E3', kind: 'forbidden', cadre: 'C1', post: 'V3', unit: 'U3', by: 'unit' },
    ),
  },
  'E4/consents': {
    // An agreement changes nothing; a soft objection only costs.
    accept: accept(base({ more: { consents: [{ side: 'origin', cadre: 'C1', agree: true }, { side: 'cadre', cadre: 'C1', agree: false }] } })),
    reject: reject(
      base({ more: { consents: [{ side: 'destination', cadre: 'C1', unit: 'U3', agree: false }] } }),
      { rule: 'E4', kind: 'objection', side: 'destination', cadre: 'C1', unit: 'U3' },
    ),
  },
  P1: {
    accept: accept(base(), [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'P1' }]),
    reject: reject(base(), { rule: 'P1', kind: 'post-twice', post: 'V3', cadres: ['C1', 'C2'] }, [
      C1_TO_V3,
      { cadre: 'C2', from: 'P2', to: 'V3' },
    ]),
  },
  P2: {
    accept: accept(base(), [
      { cadre: 'C1', from: 'P1', to: 'P2' },
      { cadre: 'C2', from: 'P2', to: 'P1' },
    ]),
    reject: reject(base(), { rule: 'P2', kind: 'holder-stays', post: 'P2', holder: 'C2', incoming: 'C1' }, [
      { cadre: 'C1', from: 'P1', to: 'P2' },
    ]),
  },
  P3: {
    accept: accept(base({ p1: { mustFill: true } }), [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'P1' }]),
    reject: reject(base({ p1: { mustFill: true } }), { rule: 'P3', kind: 'vacant', post: 'P1', unit: 'U1' }),
  },
  S: {
    accept: accept(base({ policy: { stability: { maxInPerUnit: 1 } } })),
    reject: reject(base({ policy: { stability: { maxInPerUnit: 0 } } }), { rule: 'S', kind: 'too-many-in', unit: 'U3', in: 1, cap: 0 }),
  },
  P4: {
    accept: accept(base({ policy: { maxMoves: 1 } })),
    reject: reject(base({ policy: { maxMoves: 1 } }), { rule: 'P4', kind: 'too-many-moves', moves: 2, max: 1 }, [
      C1_TO_V3,
      { cadre: 'C2', from: 'P2', to: 'P1' },
    ]),
  },
  R: {
    // Related, but in different units after the plan.
    accept: accept(base({ c1: { relatives: ['C2'] } })),
    reject: reject(
      base({ c1: { relatives: ['C2'] }, posts: [{ id: 'V2', unit: 'U2', title: 'T' }] }),
      { rule: 'R', kind: 'relatives-together', cadres: ['C1', 'C2'], unit: 'U2' },
      [{ cadre: 'C1', from: 'P1', to: 'V2' }],
    ),
  },
  Q: {
    accept: accept(base({ policy: { quotas: [{ group: 'female', minShare: 0.5, mode: 'hard' }] }, c1: { gender: 'female' } })),
    reject: reject(
      base({ policy: { quotas: [{ group: 'female', minShare: 0.5, mode: 'hard' }] } }),
      { rule: 'Q', kind: 'quota', group: 'female', inGroup: 0, moves: 1, minShare: 0.5 },
    ),
  },
  P5: {
    accept: accept(base({ more: { pins: [{ cadre: 'C1', position: 'V3' }] } })),
    reject: reject(base({ more: { pins: [{ cadre: 'C2', position: 'V3' }] } }), { rule: 'P5', kind: 'pin-missing', cadre: 'C2', post: 'V3' }),
  },
  P6: {
    accept: accept(base2({ c1: { mustMove: true } })),
    reject: reject(base2({ c1: { mustMove: true } }), { rule: 'P6', kind: 'must-move', cadre: 'C1', post: 'P1' }, []),
  },
  K: {
    // T is key: U1 loses its key holder C1 and U3 fills its vacant key post V3 (one change each).
    accept: accept(base2({ keyT: true, posts: [{ id: 'V4', unit: 'U3', title: 'T' }] })),
    reject: reject(
      base2({ keyT: true, posts: [{ id: 'V4', unit: 'U3', title: 'T' }] }),
      { rule: 'K', kind: 'key-changes', unit: 'U3', changes: 2, cap: 1, cadres: [], posts: ['V3', 'V4'] },
      [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V4' }],
    ),
  },
};

/**
 * Version 2 readings of rules registered above (8.3), each with a case it accepts and one it
 * rejects. Keys: the registry key, then what the case is about.
 */
export const V2_RULE_CASES: Record<string, { accept: RuleCase; reject: RuleCase }> = {
  'E2/planning: sideways needs no planning entry': {
    accept: accept(base2({ c1: { planning: ['H'] } })),
    reject: reject(base2({ c1: { planning: ['H'] }, policy: { allowSideways: false } }), { rule: 'E2', kind: 'planning', cadre: 'C1', post: 'V3', title: 'T' }),
  },
  'E2/planning: only cadres in a succession plan': {
    accept: accept(base2({ c1: { planning: ['H'] } })),
    reject: reject(base2({ c1: { planning: [] } }), { rule: 'E2', kind: 'planning', cadre: 'C1', post: 'V3', title: 'T', why: 'empty-plan' }),
  },
  'E2/planning: down only when planned': {
    accept: accept(base2({ c1: { planning: ['L'] }, posts: [{ id: 'V5', unit: 'U3', title: 'L' }] }), [{ cadre: 'C1', from: 'P1', to: 'V5' }]),
    reject: reject(
      base2({ c1: { planning: ['T'] }, policy: { requirePlanning: false }, posts: [{ id: 'V5', unit: 'U3', title: 'L' }] }),
      { rule: 'E2', kind: 'planning', cadre: 'C1', post: 'V5', title: 'L', why: 'down' },
      [{ cadre: 'C1', from: 'P1', to: 'V5' }],
    ),
  },
  'E2/tenure: the rotation term of a cadre on rotation': {
    // since 2024-01-01, asOf 2027-01-01: exactly 36 months.
    accept: accept(base2({ c1: { rotated: true, since: '2024-01-01' } })),
    reject: reject(base2({ c1: { rotated: true, since: '2024-01-02' } }), { rule: 'E2', kind: 'rotation-term', cadre: 'C1', months: 35, required: 36 }),
  },
  'E2/retirement: the short margin for a must-move cadre': {
    // Born 1960-01-01: 67 on asOf; retiring at 72 leaves 5 years (enough for the short margin), at 71 only 4.
    accept: accept(base2({ c1: { born: '1960-01-01', mustMove: true }, policy: { retirementAge: { male: 72 } } })),
    reject: reject(
      base2({ c1: { born: '1960-01-01', mustMove: true }, policy: { retirementAge: { male: 71 } } }),
      { rule: 'E2', kind: 'retirement', cadre: 'C1', yearsLeft: 4, required: 5, short: true },
    ),
  },
  'E2/rating: ratings over ratingYears': {
    accept: accept(base2({ c1: { rating: null, ratings: [{ year: 2026, rating: 'good' }, { year: 2025, rating: 'complete' }] } })),
    reject: reject(
      base2({ c1: { rating: null, ratings: [{ year: 2026, rating: 'good' }, { year: 2025, rating: 'complete' }] }, policy: { ratingYears: 2 } }),
      { rule: 'E2', kind: 'rating', cadre: 'C1', rating: 'complete', min: 'good', year: 2025 },
    ),
  },
  'E3/non-local: any of the hometowns': {
    accept: accept(base2({ policy: { nonLocalTitles: ['T'] }, c1: { hometown: ['L1', 'L2'] } })),
    reject: reject(
      base2({ policy: { nonLocalTitles: ['T'] }, c1: { hometown: ['L1', 'L3'] } }),
      { rule: 'E3', kind: 'non-local', cadre: 'C1', post: 'V3', unit: 'U3', locality: 'L3', title: 'T' },
    ),
  },
  'E4/consents: the last entry decides': {
    accept: accept(base2({ more: { consents: [
      { side: 'destination', cadre: 'C1', unit: 'U3', agree: false },
      { side: 'destination', cadre: 'C1', unit: 'U3', agree: true },
    ] } })),
    reject: reject(
      base2({ more: { consents: [
        { side: 'destination', cadre: 'C1', unit: 'U3', agree: true },
        { side: 'destination', cadre: 'C1', unit: 'U3', agree: false },
      ] } }),
      { rule: 'E4', kind: 'objection', side: 'destination', cadre: 'C1', unit: 'U3' },
    ),
  },
  'P2: a post held through alsoHolds': {
    accept: accept(base2({ c2: { alsoHolds: ['H1'] }, posts: [{ id: 'H1', unit: 'U3', title: 'T', holder: 'C2' }] }), [
      { cadre: 'C1', from: 'P1', to: 'H1' },
      { cadre: 'C2', from: 'P2', to: 'P1' },
    ]),
    reject: reject(
      base2({ c2: { alsoHolds: ['H1'] }, posts: [{ id: 'H1', unit: 'U3', title: 'T', holder: 'C2' }] }),
      { rule: 'P2', kind: 'holder-stays', post: 'H1', holder: 'C2', incoming: 'C1' },
      [{ cadre: 'C1', from: 'P1', to: 'H1' }],
    ),
  },
  'P3: a must-fill post held through alsoHolds is left when its holder moves': {
    accept: accept(base2({ c2: { alsoHolds: ['H1'] }, posts: [{ id: 'H1', unit: 'U3', title: 'T', holder: 'C2', mustFill: true }] })),
    reject: reject(
      base2({ c2: { alsoHolds: ['H1'] }, posts: [{ id: 'H1', unit: 'U3', title: 'T', holder: 'C2', mustFill: true }, { id: 'V1', unit: 'U1', title: 'T' }] }),
      { rule: 'P3', kind: 'vacant', post: 'H1', unit: 'U3' },
      [{ cadre: 'C2', from: 'P2', to: 'V1' }],
    ),
  },
  'K: a cadre holding a key post through alsoHolds counts in that unit': {
    accept: accept(base2({ keyT: true, policy: { stability: { maxKeyChangesPerUnit: 2 } }, c2: { alsoHolds: ['H1'] }, posts: [{ id: 'H1', unit: 'U3', title: 'T', holder: 'C2' }] }), [
      C1_TO_V3,
      { cadre: 'C2', from: 'P2', to: 'P1' },
    ]),
    reject: reject(
      base2({ keyT: true, c2: { alsoHolds: ['H1'] }, posts: [{ id: 'H1', unit: 'U3', title: 'T', holder: 'C2' }] }),
      { rule: 'K', kind: 'key-changes', unit: 'U3', changes: 2, cap: 1, cadres: ['C2'], posts: ['V3'] },
      [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'P1' }],
    ),
  },
};

/**
 * For each plan rule, a scenario where the rule binds in the integer program: a tempting plan
 * breaks only that rule and scores above every feasible plan, so the solver must leave it.
 */
export const BINDING_CASES: Record<string, { input: ScenarioInput; tempting: Move[] }> = {
  // Both want V3 (worth 6 each); only one may have it.
  P1: {
    input: base({ c2: { goals: ['g'] } }),
    tempting: [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V3' }],
  },
  // C1 wants P2 (offers g), but its holder C2 stays unless C2 takes P1 (worth −4).
  P2: {
    input: {
      ...base(),
      positions: [
        { id: 'P1', unit: 'U1', title: 'T', holder: 'C1' },
        { id: 'P2', unit: 'U2', title: 'T', holder: 'C2', offers: ['g'] },
      ],
    },
    tempting: [{ cadre: 'C1', from: 'P1', to: 'P2' }],
  },
  // C1 leaving P1 (must fill) needs C2 to take P1, which costs C2 4 more than it gives.
  P3: {
    input: base({ p1: { mustFill: true } }),
    tempting: [C1_TO_V3],
  },
  // U3 takes one newcomer only, both are worth taking.
  S: {
    input: base({ policy: { stability: { maxInPerUnit: 1 } }, c2: { goals: ['g'] }, posts: [{ id: 'V4', unit: 'U3', title: 'T', offers: ['g'] }] }),
    tempting: [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V4' }],
  },
  // U1 has two cadres and may lose one (min(2, max(1, floor(0.5 · 2)))); both want to leave.
  'S/out': {
    input: {
      ...base({ posts: [{ id: 'P3', unit: 'U1', title: 'T', holder: 'C3' }, { id: 'V4', unit: 'U2', title: 'T', offers: ['g'] }] }),
      cadres: [
        ...base().cadres,
        { id: 'C3', gender: 'female', born: '1985-01-01', position: 'P3', since: '2020-01-01', planning: ['T'], goals: ['g'] },
      ],
    },
    tempting: [C1_TO_V3, { cadre: 'C3', from: 'P3', to: 'V4' }],
  },
  P4: {
    input: base({ policy: { maxMoves: 1 }, c2: { goals: ['g'] }, posts: [{ id: 'V4', unit: 'U1', title: 'T', offers: ['g'] }] }),
    tempting: [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V4' }],
  },
  // C1 would love V2, in the unit of his relative C2.
  R: {
    input: base({ c1: { relatives: ['C2'], goals: ['g', 'h'] }, posts: [{ id: 'V2', unit: 'U2', title: 'T', offers: ['g', 'h'] }] }),
    tempting: [{ cadre: 'C1', from: 'P1', to: 'V2' }],
  },
  // A hard female quota of one half: the male C1 may not move alone.
  Q: {
    input: base({ policy: { quotas: [{ group: 'female', minShare: 0.5, mode: 'hard' }] } }),
    tempting: [C1_TO_V3],
  },
  // A pin of a move that costs (−4): the solver must still make it.
  P5: {
    input: base({ more: { pins: [{ cadre: 'C2', position: 'P1' }] } }),
    tempting: [C1_TO_V3],
  },
  // C1 must move, though every move costs (−4): staying put (0) is not allowed.
  P6: {
    input: base2({ c1: { mustMove: true, goals: [] } }),
    tempting: [],
  },
  // T is key: U3 may fill one of its two vacant key posts, though both moves are worth 6.
  K: {
    input: base2({ keyT: true, c2: { goals: ['g'] }, posts: [{ id: 'V4', unit: 'U3', title: 'T', offers: ['g'] }] }),
    tempting: [C1_TO_V3, { cadre: 'C2', from: 'P2', to: 'V4' }],
  },
};
