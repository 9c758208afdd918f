/**
 * The scenario contract (sections 1, 2 and 6) as zod schemas: the single source of the
 * TypeScript types and of every policy default. `Scenario` is the parsed, defaulted form
 * that the rest of rotaplan reads; `ScenarioInput` is what a planner may write.
 */
import { z } from 'zod';
import { parseDate } from './dates.ts';
import { ID_TEXT, TAG_TEXT, WEIGHT_NUMBER, COUNT_NUMBER } from './limits.ts';

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
});

export const Policy = z.strictObject({
  requirePlanning: z.boolean().default(true),
  minTenureMonths: count.default(36),
  maxRotations: count.default(3),
  noReturnYears: count.default(5),
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
});

export const Unit = z.strictObject({
  id,
  name: z.string().nullish(),
  kind: z.string().nullish(),
  parent: id.nullish(),
  locality: z.string().nullish(),
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

export const Cadre = z.strictObject({
  id,
  name: z.string().nullish(),
  gender: Gender,
  born: date,
  minority: z.boolean().nullish().transform((value) => value ?? false),
  hometown: z.string().nullish(),
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

export const Scenario = z.strictObject({
  version: z.literal(1, { message: 'must be 1 (the contract version)' }),
  name: z.string(),
  asOf: date,
  /** The language of reports and explanations when none is asked for (opt-in; default English). */
  language: z.enum(['en', 'vi']).nullish(),
  description: z.string().nullish(),
  /** Absent or empty (`policy:` in YAML): every default of section 2. */
  policy: Policy.nullish().transform((policy) => policy ?? Policy.parse({})),
  units: z.array(Unit),
  positions: z.array(Position),
  cadres: z.array(Cadre),
  consents: list(Consent),
  pins: list(Pin),
  forbids: list(Forbid),
});

export type Scenario = z.output<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type Policy = Scenario['policy'];
export type Weights = Policy['weights'];
export type Quota = Policy['quotas'][number];
export type Unit = Scenario['units'][number];
export type Position = Scenario['positions'][number];
export type Cadre = Scenario['cadres'][number];
export type Consent = Scenario['consents'][number];
export type Pin = Scenario['pins'][number];
export type Forbid = Scenario['forbids'][number];
export type Gender = z.output<typeof Gender>;
export type Rating = z.output<typeof Rating>;
export type ConsentSide = z.output<typeof ConsentSide>;
export type ConsentMode = z.output<typeof ConsentMode>;
export type QuotaGroup = z.output<typeof QuotaGroup>;

/** The default policy, exactly as section 2 gives it. */
export function defaultPolicy(): Policy {
  return Policy.parse({});
}

/**
 * What an overlay file (section 6) may write: `extends` is required, every other field is
 * optional, and an entry of units, positions or cadres needs only its `id` (the rest merges
 * into the base's entry of that id). The merged result is validated by `Scenario`.
 */
export const OverlayInput = z.strictObject({
  ...Scenario.partial().shape,
  extends: z.string().min(1),
  units: z.array(Unit.partial().required({ id: true })).optional(),
  positions: z.array(Position.partial().required({ id: true })).optional(),
  cadres: z.array(Cadre.partial().required({ id: true })).optional(),
});

/**
 * A JSON Schema of the scenario format (what a planner may write), for editors. A file with
 * `extends` is checked as an overlay (`then`), any other as a whole scenario (`else`); the
 * top-level `properties` repeat the scenario's so that editors complete field names either way.
 * Deterministic: the same zod schemas always give the same text.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const strip = (schema: Record<string, unknown>) => {
    const { $schema: _ignored, ...rest } = schema;
    return rest;
  };
  const options = { io: 'input', unrepresentable: 'any' } as const;
  const full = strip(z.toJSONSchema(Scenario, options) as Record<string, unknown>);
  const overlay = strip(z.toJSONSchema(OverlayInput, options) as Record<string, unknown>);
  const extendsProperty = (overlay.properties as Record<string, unknown>).extends;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'rotaplan scenario (contract version 1)',
    description:
      'A rotation round: units, posts, cadres, consents, pins, forbids and the policy in force. ' +
      'An overlay names its base with `extends` (a path relative to the overlay) and gives only what changes.',
    type: 'object',
    properties: { ...(full.properties as Record<string, unknown>), extends: extendsProperty },
    if: { required: ['extends'] },
    then: overlay,
    else: full,
  };
}
