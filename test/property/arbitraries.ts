/**
 * fast-check generators of valid scenarios, by construction: every cadre holds exactly one
 * post (position and holder agree), every reference names an existing id, every date is a
 * real calendar date. Sizes are parameters; the values are chosen near the thresholds of the
 * rules (tenure, age before retirement, no-return window, rating, caps) so that every rule of
 * sections 2–3 both binds and lets go in some runs. The output is the raw input a planner
 * writes (ScenarioInput); `roundOf` parses it and builds the round.
 */
import fc from 'fast-check';
import { parseScenario } from '../../src/scenario/load.ts';
import { buildRound, type Round } from '../../src/scenario/round.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.ts';

export interface ScenarioSize {
  /** Number of cadres (each holds one post), inclusive range. */
  readonly cadres?: readonly [number, number];
  readonly units?: readonly [number, number];
  /** Vacant posts, inclusive range. */
  readonly vacant?: readonly [number, number];
  /** How many different titles posts carry (fewer titles: more eligible pairs). */
  readonly titles?: number;
  /**
   * 'mixed': policies and cadres often block (thresholds at their edges); 'lenient': most
   * pairs are eligible (richer plans, larger searches); 'any' (default): either, half the time.
   */
  readonly strictness?: 'lenient' | 'mixed' | 'any';
}

const RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;
const MODES = ['hard', 'soft', 'ignore'] as const;
const GROUPS = ['female', 'minority', 'young'] as const;
const TAGS = ['g0', 'g1', 'g2', 'g3'];
const LOCALITIES = ['L0', 'L1', 'L2'];
const AS_OF = ['2027-01-01', '2027-06-15', '2028-02-29', '2026-03-31'] as const;

// ---------------------------------------------------------------------------------------
// Dates near thresholds
// ---------------------------------------------------------------------------------------

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The date `months` months before asOf, its day moved by dayDelta and kept in the month. */
export function monthsBefore(asOf: string, months: number, dayDelta = 0): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Math.max(1, d + dayDelta), daysIn(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const dayDelta = fc.constantFrom(-1, 0, 0, 1);

/** The lenient value `weight` times out of weight + 1 in mixed mode; always lenient otherwise. */
function mostly<T>(mixed: boolean, lenient: fc.Arbitrary<T>, strict: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<T> {
  return mixed ? fc.oneof({ weight, arbitrary: lenient }, { weight: 1, arbitrary: strict }) : lenient;
}

// ---------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------

const tags = (max: number) => fc.array(fc.constantFrom(...TAGS), { maxLength: max });
const subset = <T>(items: readonly T[], max = items.length) =>
  items.length === 0 ? fc.constant([] as T[]) : fc.subarray([...items], { maxLength: Math.min(max, items.length) });

/** Shares with exact-looking products (0.7 × 10) and one arbitrary double now and then. */
const share = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 0.7, 1) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
);

const weightValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(0.5, 2.5, 7.25) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: -1 }) },
);

function policyArb(titles: readonly string[], mixed: boolean) {
  const strictInt = (lenient: number[], strict: number[]) => mostly(mixed, fc.constantFrom(...lenient), fc.constantFrom(...strict));
  return fc.record(
    {
      requirePlanning: mostly(mixed, fc.constant(false), fc.constant(true), 1),
      minTenureMonths: strictInt([0, 12, 24, 36], [48]),
      maxRotations: strictInt([3, 5], [1, 2]),
      noReturnYears: fc.constantFrom(0, 2, 5),
      retirementAge: fc.record(
        { male: fc.integer({ min: 58, max: 65 }), female: fc.integer({ min: 55, max: 62 }) },
        { requiredKeys: [] },
      ),
      minYearsToRetirement: strictInt([0, 5], [10, 12]),
      minRating: mostly(mixed, fc.constantFrom('complete' as const, 'incomplete' as const), fc.constantFrom('excellent' as const, 'good' as const)),
      nonLocalTitles: subset(titles),
      stability: fc.record(
        {
          maxOutPerUnit: mostly(mixed, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 1 })),
          maxOutShare: mostly(mixed, fc.constantFrom(0.5, 0.7, 1), fc.constantFrom(0, 0.25, 1 / 3)),
          maxInPerUnit: mostly(mixed, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 1 })),
        },
        { requiredKeys: [] },
      ),
      maxMoves: mostly(mixed, fc.constant(null), fc.integer({ min: 0, max: 4 }), 2),
      consent: fc.record(
        { origin: fc.constantFrom(...MODES), destination: fc.constantFrom(...MODES), cadre: fc.constantFrom(...MODES) },
        { requiredKeys: [] },
      ),
      youngAge: fc.integer({ min: 35, max: 45 }),
      quotas: fc.array(
        fc.record(
          { group: fc.constantFrom(...GROUPS), minShare: share, mode: fc.constantFrom('hard' as const, 'soft' as const) },
          { requiredKeys: ['group', 'minShare'] },
        ),
        { maxLength: 2 },
      ),
      weights: fc.record(
        {
          development: weightValue,
          fit: weightValue,
          preference: weightValue,
          move: weightValue,
          objection: weightValue,
          quotaShortfall: weightValue,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
}

interface Shape {
  nUnits: number;
  nCadres: number;
  nVacant: number;
  nTitles: number;
  asOf: string;
}

function bodyArb(shape: Shape, mixed: boolean): fc.Arbitrary<ScenarioInput> {
  const { nUnits, nCadres, nVacant, nTitles, asOf } = shape;
  const unitIds = Array.from({ length: nUnits }, (_, i) => `U${i + 1}`);
  const cadreIds = Array.from({ length: nCadres }, (_, i) => `C${i + 1}`);
  const heldIds = Array.from({ length: nCadres }, (_, i) => `P${i + 1}`);
  const vacantIds = Array.from({ length: nVacant }, (_, i) => `V${i + 1}`);
  const postIds = [...heldIds, ...vacantIds];
  const titles = Array.from({ length: nTitles }, (_, i) => `T${i}`);

  const unitArb = (id: string) =>
    fc.record(
      { id: fc.constant(id), name: fc.constant(`Unit ${id}`), locality: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LOCALITIES) }, { weight: 1, arbitrary: fc.constant(null) }) },
      { requiredKeys: ['id'] },
    );
  const postArb = (id: string, holder: string | null) =>
    fc.record(
      {
        id: fc.constant(id),
        unit: fc.constantFrom(...unitIds),
        title: fc.constantFrom(...titles),
        holder: fc.constant(holder),
        mustFill: fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        offers: tags(3),
        desired: tags(2),
      },
      { requiredKeys: ['id', 'unit', 'title', 'holder'] },
    );
  const historyArb = fc.record({
    unit: fc.constantFrom(...unitIds),
    // `to` within 0..10 years of asOf, often exactly on a 2- or 5-year boundary.
    toBack: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(24, 60)),
    toDelta: dayDelta,
    length: fc.integer({ min: 6, max: 48 }),
    rotation: fc.boolean(),
  });
  const cadreArb = (id: string, position: string) =>
    fc
      .record(
        {
          gender: fc.constantFrom('male' as const, 'female' as const),
          // Ages 28..55: around youngAge and around retirementAge − minYearsToRetirement.
          ageYears: mostly(mixed, fc.integer({ min: 28, max: 48 }), fc.integer({ min: 40, max: 55 })),
          ageMonths: fc.constantFrom(0, 0, 0, 1, 11),
          bornDelta: dayDelta,
          minority: fc.boolean(),
          hometown: fc.option(fc.constantFrom(...LOCALITIES), { nil: undefined }),
          tenure: mostly(mixed, fc.integer({ min: 36, max: 80 }), fc.oneof(fc.integer({ min: 10, max: 50 }), fc.constantFrom(12, 24, 36, 48))),
          sinceDelta: dayDelta,
          rating: fc.option(fc.constantFrom(...RATINGS), { nil: undefined, freq: 4 }),
          planning: mostly(mixed, fc.constant(titles), subset(titles)),
          experience: tags(3),
          goals: tags(3),
          preferences: subset(unitIds, 2),
          relatives: fc.oneof({ weight: 4, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: subset(cadreIds.filter((c) => c !== id), 2) }),
          available: mixed ? fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) : fc.constant(true),
          history: fc.array(historyArb, { maxLength: mixed ? 3 : 1 }),
        },
        { requiredKeys: ['gender', 'ageYears', 'ageMonths', 'bornDelta', 'tenure', 'sinceDelta'] },
      )
      .map((c) => ({
        id,
        name: `Cadre ${id}`,
        gender: c.gender,
        born: monthsBefore(asOf, c.ageYears * 12 + c.ageMonths, c.bornDelta),
        ...(c.minority === undefined ? {} : { minority: c.minority }),
        ...(c.hometown === undefined ? {} : { hometown: c.hometown }),
        position,
        since: monthsBefore(asOf, c.tenure, c.sinceDelta),
        ...(c.rating === undefined ? {} : { rating: c.rating }),
        ...(c.planning === undefined ? {} : { planning: c.planning }),
        ...(c.experience === undefined ? {} : { experience: c.experience }),
        ...(c.goals === undefined ? {} : { goals: c.goals }),
        ...(c.preferences === undefined ? {} : { preferences: c.preferences }),
        ...(c.relatives === undefined ? {} : { relatives: c.relatives }),
        ...(c.available === undefined ? {} : { available: c.available }),
        ...(c.history === undefined
          ? {}
          : {
              history: c.history.map((h) => {
                const to = monthsBefore(asOf, h.toBack, h.toDelta);
                return { unit: h.unit, from: monthsBefore(to, h.length), to, rotation: h.rotation };
              }),
            }),
      }));

  const consentArb = fc
    .record({
      side: fc.constantFrom('origin' as const, 'destination' as const, 'cadre' as const),
      cadre: fc.constantFrom(...cadreIds),
      unit: fc.constantFrom(...unitIds),
      withUnit: fc.boolean(),
      agree: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .map(({ side, cadre, unit, withUnit, agree }) =>
      side === 'destination' || withUnit ? { side, cadre, unit, agree } : { side, cadre, agree },
    );
  const pinArb = fc.record({ cadre: fc.constantFrom(...cadreIds), position: fc.constantFrom(...postIds) });
  const forbidArb = fc
    .record({
      cadre: fc.constantFrom(...cadreIds),
      unit: fc.constantFrom(...unitIds),
      position: fc.constantFrom(...postIds),
      by: fc.constantFrom('unit', 'position', 'both'),
    })
    .map(({ cadre, unit, position, by }) =>
      by === 'unit' ? { cadre, unit } : by === 'position' ? { cadre, position } : { cadre, unit, position },
    );

  return fc
    .record({
      policy: policyArb(titles, mixed),
      units: fc.tuple(...unitIds.map(unitArb)),
      held: fc.tuple(...heldIds.map((id, i) => postArb(id, cadreIds[i]!))),
      vacant: nVacant === 0 ? fc.constant([] as never[]) : fc.tuple(...vacantIds.map((id) => postArb(id, null))),
      cadres: fc.tuple(...cadreIds.map((id, i) => cadreArb(id, heldIds[i]!))),
      consents: fc.array(consentArb, { maxLength: 3 }),
      pins: fc.oneof({ weight: 7, arbitrary: fc.constant([] as { cadre: string; position: string }[]) }, { weight: 1, arbitrary: fc.array(pinArb, { minLength: 1, maxLength: 2 }) }),
      forbids: fc.array(forbidArb, { maxLength: 2 }),
    })
    .map((parts) => ({
      version: 1 as const,
      name: `generated ${nCadres}c/${nUnits}u`,
      asOf,
      policy: parts.policy,
      units: parts.units,
      positions: [...parts.held, ...parts.vacant],
      cadres: parts.cadres,
      consents: parts.consents,
      pins: parts.pins,
      forbids: parts.forbids,
    }));
}

/** A valid scenario input of the given size (see ScenarioSize). */
export function scenarioArb(size: ScenarioSize = {}): fc.Arbitrary<ScenarioInput> {
  const [cLo, cHi] = size.cadres ?? [2, 6];
  const [uLo, uHi] = size.units ?? [2, 4];
  const [vLo, vHi] = size.vacant ?? [1, 3];
  const strictness = size.strictness ?? 'any';
  return fc
    .record({
      mixed: strictness === 'any' ? fc.boolean() : fc.constant(strictness === 'mixed'),
      nUnits: fc.integer({ min: Math.max(1, uLo), max: Math.max(1, uHi) }),
      nCadres: fc.integer({ min: Math.max(1, cLo), max: Math.max(1, cHi) }),
      nVacant: fc.integer({ min: vLo, max: vHi }),
      nTitles: fc.integer({ min: 1, max: size.titles ?? 3 }),
      asOf: fc.constantFrom(...AS_OF),
    })
    .chain(({ mixed, ...shape }) => bodyArb(shape, mixed));
}

/** Small scenarios a brute force can enumerate quickly (≤ 6 cadres, ≤ 8 posts). */
export const smallScenarioArb = (size: ScenarioSize = {}) =>
  scenarioArb({ cadres: [2, 6], units: [2, 4], vacant: [1, 3], ...size });

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/** parseScenario + buildRound: throws (a generator bug) when the input is not valid. */
export function roundOf(input: ScenarioInput): Round {
  return buildRound(parseScenario(structuredClone(input)).scenario);
}

/** The parsed, defaulted scenario of an input. */
export function scenarioOf(input: ScenarioInput): Scenario {
  return parseScenario(structuredClone(input)).scenario;
}

/** A copy of the input with a policy overlay merged in (objects key by key, like section 6). */
export function withPolicy(input: ScenarioInput, overlay: Record<string, unknown>): ScenarioInput {
  const merge = (base: unknown, top: unknown): unknown => {
    if (base === null || typeof base !== 'object' || Array.isArray(base)) return top;
    if (top === null || typeof top !== 'object' || Array.isArray(top)) return top;
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(top)) out[k] = merge(out[k], v);
    return out;
  };
  return { ...structuredClone(input), policy: merge(input.policy ?? {}, overlay) as ScenarioInput['policy'] };
}

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[] | null | undefined, next: () => number): T[] {
  const out = [...(items ?? [])];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The same scenario with every list in another order: units, posts, cadres, consents, pins,
 * forbids, quotas, non-local titles, and each post's and cadre's lists. Meaning is unchanged.
 */
export function shuffleScenario(input: ScenarioInput, seed: number): ScenarioInput {
  const next = rng(seed);
  const copy = structuredClone(input);
  const policy = copy.policy ? { ...copy.policy } : undefined;
  if (policy?.quotas) policy.quotas = shuffled(policy.quotas, next);
  if (policy?.nonLocalTitles) policy.nonLocalTitles = shuffled(policy.nonLocalTitles, next);
  return {
    ...copy,
    ...(policy ? { policy } : {}),
    units: shuffled(copy.units, next),
    positions: shuffled(copy.positions, next).map((post) => ({
      ...post,
      ...(post.offers ? { offers: shuffled(post.offers, next) } : {}),
      ...(post.desired ? { desired: shuffled(post.desired, next) } : {}),
    })),
    cadres: shuffled(copy.cadres, next).map((cadre) => ({
      ...cadre,
      ...(cadre.planning ? { planning: shuffled(cadre.planning, next) } : {}),
      ...(cadre.experience ? { experience: shuffled(cadre.experience, next) } : {}),
      ...(cadre.goals ? { goals: shuffled(cadre.goals, next) } : {}),
      ...(cadre.preferences ? { preferences: shuffled(cadre.preferences, next) } : {}),
      ...(cadre.relatives ? { relatives: shuffled(cadre.relatives, next) } : {}),
      ...(cadre.history ? { history: shuffled(cadre.history, next) } : {}),
    })),
    consents: shuffled(copy.consents, next),
    pins: shuffled(copy.pins, next),
    forbids: shuffled(copy.forbids, next),
  };
}

/** An arbitrary reordering of an input's lists. */
export const shuffledArb = (input: ScenarioInput) => fc.integer().map((seed) => shuffleScenario(input, seed));

/** An arbitrary plan over a scenario (feasible or not): moves of distinct or repeated cadres. */
export function planArb(input: ScenarioInput): fc.Arbitrary<{ cadre: string; from: string; to: string }[]> {
  const cadres = input.cadres;
  const posts = input.positions.map((post) => post.id);
  if (cadres.length === 0 || posts.length === 0) return fc.constant([]);
  const move = fc.record({
    c: fc.integer({ min: 0, max: cadres.length - 1 }),
    to: fc.constantFrom(...posts),
    wrongFrom: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    other: fc.constantFrom(...posts),
  });
  return fc.array(move, { maxLength: Math.min(6, cadres.length + 1) }).map((moves) =>
    moves.map(({ c, to, wrongFrom, other }) => {
      const cadre = cadres[c]!;
      return { cadre: cadre.id, from: wrongFrom ? other : cadre.position, to };
    }),
  );
}

// ---------------------------------------------------------------------------------------
// Version 2 rounds (contract section 8)
// ---------------------------------------------------------------------------------------

/**
 * A version 2 round: a generated version 1 round dressed with every version 2 feature, each
 * decided by a seeded generator: a title catalogue (levels 1–3, some key; sometimes none),
 * hometown lists, cadres on rotation and must-move cadres, kiêm nhiệm of vacant posts (the
 * post's holder then absent or that cadre), ratings over three years, profiles, notes,
 * agreements that withdraw earlier objections, and the new policy fields (sometimes left to
 * their defaults).
 */
export function v2ScenarioArb(size: ScenarioSize = {}): fc.Arbitrary<ScenarioInput> {
  return fc.tuple(scenarioArb(size), fc.integer()).map(([input, seed]) => toVersion2(input, seed));
}

export const smallV2ScenarioArb = (size: ScenarioSize = {}) =>
  v2ScenarioArb({ cadres: [2, 6], units: [2, 4], vacant: [1, 3], ...size });

export function toVersion2(input: ScenarioInput, seed: number): ScenarioInput {
  const next = rng(seed);
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const copy = structuredClone(input);
  const titles = [...new Set([...copy.positions.map((post) => post.title), ...copy.cadres.flatMap((cadre) => cadre.planning ?? [])])].sort();
  const catalogue = chance(0.85)
    ? titles.map((id) => ({ id, name: `Chức danh ${id}`, level: 1 + Math.floor(next() * 3), ...(chance(0.4) ? { key: true } : {}) }))
    : undefined;
  const asOfYear = Number(copy.asOf.slice(0, 4));
  const policy: Record<string, unknown> = { ...(copy.policy ?? {}) };
  // Version 1's generated tenure and no-return sometimes kept, sometimes left to version 2's defaults (0).
  if (chance(0.5)) delete policy.minTenureMonths;
  if (chance(0.5)) delete policy.noReturnYears;
  if (chance(0.6)) policy.allowSideways = chance(0.7);
  if (chance(0.6)) policy.rotationTermMonths = pick([0, 12, 24, 36]);
  if (chance(0.5)) policy.minYearsToRetirementShort = pick([0, 3, 5, 8]);
  if (chance(0.5)) policy.ratingYears = pick([0, 1, 2]);
  if (chance(0.5)) policy.stability = { ...(policy.stability as object | undefined), maxKeyChangesPerUnit: pick([null, 0, 1, 1, 2]) };
  if (chance(0.5)) policy.weights = { ...(policy.weights as object | undefined), merit: pick([0, 4, 7, -3]) };
  if (chance(0.3)) policy.requirePlanning = false;
  const held = new Map<string, string>(); // vacant post → the cadre holding it through alsoHolds
  const vacant = copy.positions.filter((post) => post.holder == null).map((post) => post.id);
  const cadres = copy.cadres.map((cadre) => {
    const out: Record<string, unknown> = { ...cadre };
    if (cadre.hometown != null && chance(0.4)) out.hometown = [cadre.hometown, pick(LOCALITIES)];
    if (chance(0.25)) out.rotated = true;
    if (chance(0.12)) out.mustMove = true;
    const free = vacant.filter((post) => !held.has(post));
    if (free.length > 0 && chance(0.2)) {
      const post = pick(free);
      held.set(post, cadre.id);
      out.alsoHolds = [post];
    }
    if (chance(0.6)) {
      const years = [asOfYear - 1, asOfYear - 2, asOfYear - 3].filter(() => chance(0.6));
      out.ratings = years.map((year) => ({ year, rating: pick(RATINGS) }));
      if (chance(0.5)) delete out.rating;
    }
    if (chance(0.2)) out.profile = { ethnicity: 'Kinh', education: 'Thạc sĩ' };
    if (chance(0.1) && Array.isArray(out.planning)) out.planning = [];
    return out as ScenarioInput['cadres'][number];
  });
  const positions = copy.positions.map((post) => {
    const holder = held.get(post.id);
    return holder !== undefined && chance(0.5) ? { ...post, holder } : post;
  });
  // Agreements after objections: an overlay withdrawing one (version 2 reads the last entry).
  const consents = [...(copy.consents ?? [])];
  for (const consent of copy.consents ?? []) {
    if (!consent.agree && chance(0.4)) consents.push({ ...consent, agree: true, note: 'rút ý kiến' });
  }
  return {
    ...copy,
    version: 2,
    ...(catalogue ? { titles: catalogue } : {}),
    policy: policy as ScenarioInput['policy'],
    positions,
    cadres,
    consents,
    pins: (copy.pins ?? []).map((pin) => ({ ...pin, note: 'BTV cho chủ trương' })),
  };
}
