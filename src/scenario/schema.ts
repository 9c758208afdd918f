/**
 * The scenario contract (sections 1, 2, 6 and 8) as zod schemas: the single source of the
 * TypeScript types and of every policy default. `Scenario` is the parsed, defaulted form
 * that the rest of rotaplan reads; `ScenarioInput` is what a planner may write.
 *
 * Versions: one object schema (`ScenarioFields`) holds the fields of both versions; the
 * fields section 8 adds are invalid in a `version: 1` file (reported with their path), and
 * the defaults that differ by version (minTenureMonths, noReturnYears, the new policy fields,
 * the new cadre fields) are filled by `normalize` after parsing. A version 1 scenario parses
 * to exactly what it did before version 2 existed: no version 2 field appears in it.
 */
import { z } from 'zod';
import { parseDate } from './dates.ts';
import { ID_TEXT, TAG_TEXT, WEIGHT_NUMBER, COUNT_NUMBER } from './limits.ts';
import { PapersSection } from './papers-section.ts';
import type { PathSegment } from './problems.ts';

const id = ID_TEXT;
const tag = TAG_TEXT;
const date = z
  .string()
  .superRefine((text, ctx) => {
    if (parseDate(text) === undefined) {
      ctx.addIssue({ code: 'custom', message: `must be a real calendar date YYYY-MM-DD (got ${JSON.stringify(text)})` });
    }
  })
  .meta({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const count = COUNT_NUMBER;
const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const weight = WEIGHT_NUMBER;
/** A list that may be written as null or left out, meaning empty. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);

export const GENDERS = ['male', 'female'] as const;
export const RATINGS = ['excellent', 'good', 'complete', 'incomplete'] as const;
export const CONSENT_SIDES = ['origin', 'destination', 'cadre'] as const;
export const CONSENT_MODES = ['hard', 'soft', 'ignore'] as const;
export const QUOTA_GROUPS = ['female', 'minority', 'young'] as const;
export const QUOTA_MODES = ['hard', 'soft'] as const;

export const Gender = z.enum(GENDERS);
export const Rating = z.enum(RATINGS);
export const ConsentSide = z.enum(CONSENT_SIDES);
export const ConsentMode = z.enum(CONSENT_MODES);
export const QuotaGroup = z.enum(QUOTA_GROUPS);

export const Quota = z.strictObject({
  group: QuotaGroup,
  minShare: share,
  /** Not given in the contract; a quota written without a mode is a hard requirement. */
  mode: z.enum(QUOTA_MODES).default('hard'),
});

export const Weights = z.strictObject({
  development: weight.default(10),
  fit: weight.default(5),
  preference: weight.default(3),
  move: weight.default(4),
  objection: weight.default(20),
  quotaShortfall: weight.default(30),
  /** Version 2 (8.4): added when the cadre's latest rating is excellent [4]. */
  merit: weight.optional(),
});

/** Policy fields as written; `normalize` fills the defaults that depend on the version. */
export const PolicyFields = z.strictObject({
  requirePlanning: z.boolean().default(true),
  /** Version 1 [36], version 2 [0]. */
  minTenureMonths: count.optional(),
  maxRotations: count.default(3),
  /** Version 1 [5], version 2 [0]. */
  noReturnYears: count.optional(),
  retirementAge: z
    .strictObject({ male: count.default(62), female: count.default(60) })
    .prefault({}),
  minYearsToRetirement: count.default(10),
  minRating: Rating.default('good'),
  nonLocalTitles: list(tag),
  stability: z
    .strictObject({
      maxOutPerUnit: count.default(2),
      maxOutShare: share.default(0.5),
      maxInPerUnit: count.default(2),
      /** Version 2, rule K [1]; null: no cap. */
      maxKeyChangesPerUnit: count.nullable().optional(),
    })
    .prefault({}),
  /** null or absent: no cap on the number of moves. */
  maxMoves: count.nullish().transform((value) => value ?? null),
  consent: z
    .strictObject({
      origin: ConsentMode.default('hard'),
      destination: ConsentMode.default('hard'),
      cadre: ConsentMode.default('soft'),
    })
    .prefault({}),
  youngAge: count.default(40),
  quotas: list(Quota),
  weights: Weights.prefault({}),
  /** Version 2: months a cadre with `rotated: true` stays before moving again [36]. */
  rotationTermMonths: count.optional(),
  /** Version 2: a sideways move needs no planning entry for its title [true]. */
  allowSideways: z.boolean().optional(),
  /** Version 2: the retirement margin for must-move cadres and non-local titles [5]. */
  minYearsToRetirementShort: count.optional(),
  /** Version 2: the rating rule reads ratings of the last this many years [1]. */
  ratingYears: count.optional(),
});

/** The version 2 policy fields, each with its default filled in. */
export interface PolicyV2 {
  readonly rotationTermMonths: number;
  readonly allowSideways: boolean;
  readonly minYearsToRetirementShort: number;
  readonly ratingYears: number;
  /** null: no cap. */
  readonly maxKeyChangesPerUnit: number | null;
  readonly merit: number;
}

export const V2_POLICY_DEFAULTS: PolicyV2 = {
  rotationTermMonths: 36,
  allowSideways: true,
  minYearsToRetirementShort: 5,
  ratingYears: 1,
  maxKeyChangesPerUnit: 1,
  merit: 4,
};

/** Defaults that differ between the versions (8.2). */
const VERSION_DEFAULTS = {
  1: { minTenureMonths: 36, noReturnYears: 5 },
  2: { minTenureMonths: 0, noReturnYears: 0 },
} as const;

export const Unit = z.strictObject({
  id,
  name: z.string().nullish(),
  kind: z.string().nullish(),
  parent: id.nullish(),
  locality: z.string().nullish(),
});

/** Version 2: an entry of the title catalogue. */
export const Title = z.strictObject({
  id: tag,
  name: z.string().nullish(),
  level: z.number().int('must be a whole number'),
  key: z.boolean().nullish().transform((value) => value ?? false),
});

export const Position = z.strictObject({
  id,
  unit: id,
  title: tag,
  name: z.string().nullish(),
  holder: id.nullish(),
  mustFill: z.boolean().nullish().transform((value) => value ?? false),
  offers: list(tag),
  desired: list(tag),
});

/** An earlier post. The contract requires none of its fields: an entry without `unit` or `to` counts for the rotation limit only. */
export const HistoryEntry = z.strictObject({
  unit: id.nullish(),
  from: date.nullish(),
  to: date.nullish(),
  rotation: z.boolean().nullish().transform((value) => value ?? false),
  title: z.string().nullish(),
});

export const RatingEntry = z.strictObject({ year: z.number().int('must be a whole number'), rating: Rating });

export const Cadre = z.strictObject({
  id,
  name: z.string().nullish(),
  gender: Gender,
  born: date,
  minority: z.boolean().nullish().transform((value) => value ?? false),
  /** A locality code; in version 2 also a list of them. */
  hometown: z.union([z.string(), z.array(z.string())]).nullish(),
  position: id,
  since: date,
  rating: Rating.nullish(),
  planning: list(tag),
  experience: list(tag),
  goals: list(tag),
  preferences: list(id),
  relatives: list(id),
  available: z.boolean().nullish().transform((value) => value ?? true),
  history: list(HistoryEntry),
  /** Version 2: the current post is itself a rotation (since `since`) [false]. */
  rotated: z.boolean().nullish(),
  /** Version 2: must leave the current post in this round (P6) [false]. */
  mustMove: z.boolean().nullish(),
  /** Version 2: posts held at the same time (kiêm nhiệm) [[]]. */
  alsoHolds: z.array(id).nullish(),
  /** Version 2: annual ratings, at most one per year [[]]. */
  ratings: z.array(RatingEntry).nullish(),
  /** Version 2: free text for the committee's papers (trích ngang); no rule reads it. */
  profile: z.record(z.string(), z.string()).nullish(),
});

export const Consent = z
  .strictObject({
    side: ConsentSide,
    cadre: id,
    unit: id.nullish(),
    agree: z.boolean(),
    note: z.string().nullish(),
  })
  .superRefine((consent, ctx) => {
    if (consent.side === 'destination' && !consent.unit) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a destination consent must name its unit' });
    }
  });

export const Pin = z.strictObject({ cadre: id, position: id, note: z.string().nullish() });

export const Forbid = z
  .strictObject({ cadre: id, unit: id.nullish(), position: id.nullish(), note: z.string().nullish() })
  .superRefine((forbid, ctx) => {
    if (!forbid.unit && !forbid.position) {
      ctx.addIssue({ code: 'custom', path: [], message: 'a forbid must name a unit or a position' });
    }
  });

export const VERSIONS = [1, 2] as const;
export type Version = (typeof VERSIONS)[number];

/** Every field of both versions, as written (see `Scenario` for the version checks and defaults). */
export const ScenarioFields = z.strictObject({
  version: z.literal([1, 2], { message: 'must be 1 or 2 (the contract version)' }),
  name: z.string(),
  asOf: date,
  /** Version 2: the language of every output when --lang does not say (default English). */
  language: z.enum(['en', 'vi']).nullish(),
  description: z.string().nullish(),
  /** Version 2: the title catalogue. */
  titles: z.array(Title).nullish(),
  /** Absent or empty (`policy:` in YAML): every default of section 2 (or 8.2). */
  policy: PolicyFields.nullish(),
  units: z.array(Unit),
  positions: z.array(Position),
  cadres: z.array(Cadre),
  consents: list(Consent),
  pins: list(Pin),
  forbids: list(Forbid),
  /** Opt-in: the issuer, place, date and number of the committee's papers (rotaplan papers). */
  papers: PapersSection.nullish(),
});

type Fields = z.output<typeof ScenarioFields>;
type PolicyOut = z.output<typeof PolicyFields>;
type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

export type Policy = WithDefaults<PolicyOut, 'minTenureMonths' | 'noReturnYears'>;
export type Cadre = Fields['cadres'][number];
export type Scenario = Omit<Fields, 'policy'> & { readonly policy: Policy };

/** Where a version 2 field sits in a version 1 file: each is reported with its path. */
function versionOneProblems(fields: Fields, ctx: z.core.$RefinementCtx): void {
  const report = (path: PathSegment[]) =>
    ctx.addIssue({ code: 'custom', path, message: 'is a version 2 field (this file says version: 1)' });
  // null means absent, as for every optional field.
  if (fields.language != null) report(['language']);
  if (fields.titles != null) report(['titles']);
  const policy = fields.policy;
  if (policy) {
    for (const key of ['rotationTermMonths', 'allowSideways', 'minYearsToRetirementShort', 'ratingYears'] as const) {
      if (policy[key] !== undefined) report(['policy', key]);
    }
    if (policy.stability.maxKeyChangesPerUnit !== undefined) report(['policy', 'stability', 'maxKeyChangesPerUnit']);
    if (policy.weights.merit !== undefined) report(['policy', 'weights', 'merit']);
  }
  fields.cadres.forEach((cadre, i) => {
    for (const key of ['rotated', 'mustMove', 'alsoHolds', 'ratings', 'profile'] as const) {
      if (cadre[key] != null) report(['cadres', i, key]);
    }
    if (Array.isArray(cadre.hometown)) {
      ctx.addIssue({ code: 'custom', path: ['cadres', i, 'hometown'], message: 'a list of hometowns is a version 2 field (this file says version: 1): write one locality code' });
    }
  });
  // A pin's or a forbid's `note` (8.1) stays allowed: the review server's decisions overlay
  // holds every decision with its note (section 10), and every command reads it, whatever
  // version the file it extends says.
}

/** Problems inside one version 2 entry: at most one rating per year. */
function versionTwoProblems(fields: Fields, ctx: z.core.$RefinementCtx): void {
  fields.cadres.forEach((cadre, i) => {
    const seen = new Map<number, number>();
    (cadre.ratings ?? []).forEach((entry, j) => {
      const first = seen.get(entry.year);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['cadres', i, 'ratings', j, 'year'], message: `a second rating for ${entry.year} (first at ratings[${first}])` });
      } else seen.set(entry.year, j);
    });
  });
}

/** The policy with the defaults of its version. */
export function policyFor(version: Version, written: PolicyOut | null | undefined): Policy {
  const policy = written ?? PolicyFields.parse({});
  const byVersion = VERSION_DEFAULTS[version];
  const base = {
    ...policy,
    minTenureMonths: policy.minTenureMonths ?? byVersion.minTenureMonths,
    noReturnYears: policy.noReturnYears ?? byVersion.noReturnYears,
  };
  if (version === 1) return base;
  const d = V2_POLICY_DEFAULTS;
  return {
    ...base,
    rotationTermMonths: policy.rotationTermMonths ?? d.rotationTermMonths,
    allowSideways: policy.allowSideways ?? d.allowSideways,
    minYearsToRetirementShort: policy.minYearsToRetirementShort ?? d.minYearsToRetirementShort,
    ratingYears: policy.ratingYears ?? d.ratingYears,
    stability: {
      ...policy.stability,
      maxKeyChangesPerUnit: policy.stability.maxKeyChangesPerUnit === undefined ? d.maxKeyChangesPerUnit : policy.stability.maxKeyChangesPerUnit,
    },
    weights: { ...policy.weights, merit: policy.weights.merit ?? d.merit },
  };
}

/** Fills the defaults that depend on the version (a version 1 scenario gains no field). */
function normalize(fields: Fields): Scenario {
  const policy = policyFor(fields.version, fields.policy);
  if (fields.version === 1) return { ...fields, policy };
  return {
    ...fields,
    policy,
    cadres: fields.cadres.map((cadre) => ({
      ...cadre,
      rotated: cadre.rotated ?? false,
      mustMove: cadre.mustMove ?? false,
      alsoHolds: cadre.alsoHolds ?? [],
      ratings: cadre.ratings ?? [],
    })),
  };
}

export const Scenario = ScenarioFields.superRefine((fields, ctx) => {
  if (fields.version === 1) versionOneProblems(fields, ctx);
  else versionTwoProblems(fields, ctx);
}).transform(normalize);

export type ScenarioInput = z.input<typeof ScenarioFields>;
export type Weights = Policy['weights'];
export type Quota = Policy['quotas'][number];
export type Unit = Scenario['units'][number];
export type Position = Scenario['positions'][number];
export type Consent = Scenario['consents'][number];
export type Pin = Scenario['pins'][number];
export type Forbid = Scenario['forbids'][number];
export type Gender = z.output<typeof Gender>;
export type Rating = z.output<typeof Rating>;
export type Title = z.output<typeof Title>;
export type RatingEntry = z.output<typeof RatingEntry>;
export type ConsentSide = z.output<typeof ConsentSide>;
export type ConsentMode = z.output<typeof ConsentMode>;
export type QuotaGroup = z.output<typeof QuotaGroup>;

/** The default policy, exactly as section 2 (version 1) or 8.2 (version 2) gives it. */
export function defaultPolicy(version: Version = 1): Policy {
  return policyFor(version, undefined);
}

/**
 * What an overlay file (section 6) may write: `extends` is required, every other field is
 * optional, and an entry of units, positions or cadres needs only its `id` (the rest merges
 * into the base's entry of that id). The merged result is validated by `Scenario`.
 */
export const OverlayInput = z.strictObject({
  ...ScenarioFields.partial().shape,
  extends: z.string().min(1),
  units: z.array(Unit.partial().required({ id: true })).optional(),
  positions: z.array(Position.partial().required({ id: true })).optional(),
  cadres: z.array(Cadre.partial().required({ id: true })).optional(),
});
