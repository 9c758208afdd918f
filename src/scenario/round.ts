/**
 * A round: the validated scenario with the indexes every rule, the model and the
 * explanations read (posts by unit and title, holders, objections, relatives, caps, the
 * title catalogue). Built once per scenario; nothing here depends on a solver.
 *
 * Version 2 (contract section 8) is read here once: holders through `alsoHolds`, consents
 * decided by their last entry, the latest rating, the catalogue's levels and key titles,
 * a move's kind. Rules, explanations and reports ask these helpers, never the raw fields.
 */
import { dateOf, wholeMonths, wholeYears, type CalendarDate } from './dates.ts';
import type { Cadre, ConsentSide, Forbid, Policy, PolicyV2, Position, Rating, Scenario, Title, Unit, Version } from './schema.ts';

export interface Round {
  readonly scenario: Scenario;
  readonly version: Version;
  readonly policy: Policy;
  /** The version 2 policy fields with their defaults; undefined for a version 1 round. */
  readonly v2: PolicyV2 | undefined;
  /** The title catalogue by id (empty without one: then no title has a level or is key). */
  readonly titles: ReadonlyMap<string, Title>;
  readonly asOf: CalendarDate;
  readonly units: ReadonlyMap<string, Unit>;
  readonly posts: ReadonlyMap<string, Position>;
  readonly cadres: ReadonlyMap<string, Cadre>;
  /** Post id → id of the cadre holding it now (through `position`, or `alsoHolds` in version 2). */
  readonly holderOf: ReadonlyMap<string, string>;
  /** Unit id → ids of the cadres whose current post is in the unit. */
  readonly cadresInUnit: ReadonlyMap<string, readonly string[]>;
  /** Unit id → ids of its posts. */
  readonly postsInUnit: ReadonlyMap<string, readonly string[]>;
  /** Title → ids of the posts with that title. */
  readonly postsByTitle: ReadonlyMap<string, readonly string[]>;
  /**
   * Objections by side; destination keyed by objectionKey(cadre, unit). Version 1: every
   * `agree: false` entry stands. Version 2: the last entry of a side and cadre (and unit)
   * decides. `notes` holds the notes of the entries that make each objection.
   */
  readonly objections: {
    readonly origin: ReadonlySet<string>;
    readonly cadre: ReadonlySet<string>;
    readonly destination: ReadonlySet<string>;
  };
  /** The notes of the consent entries behind an objection, by `objectionSideKey`. */
  readonly objectionNotes: ReadonlyMap<string, readonly string[]>;
  /** Cadre id → the forbids that name it. */
  readonly forbidsOf: ReadonlyMap<string, readonly Forbid[]>;
  /** Cadre id → its relatives (the relation made symmetric). */
  readonly relatives: ReadonlyMap<string, ReadonlySet<string>>;
}

export function objectionKey(cadre: string, unit: string): string {
  return `${cadre}\u0000${unit}`;
}

/** The key of one objection: the side, the cadre and, for the destination side, the unit. */
export function objectionSideKey(side: ConsentSide, cadre: string, unit?: string | null): string {
  return side === 'destination' ? `${side}\u0000${objectionKey(cadre, unit ?? '')}` : `${side}\u0000${cadre}`;
}

export function buildRound(scenario: Scenario): Round {
  const units = new Map(scenario.units.map((unit) => [unit.id, unit]));
  const posts = new Map(scenario.positions.map((post) => [post.id, post]));
  const cadres = new Map(scenario.cadres.map((cadre) => [cadre.id, cadre]));
  const holderOf = new Map<string, string>();
  const cadresInUnit = new Map<string, string[]>();
  const postsInUnit = new Map<string, string[]>();
  const postsByTitle = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const post of scenario.positions) {
    push(postsInUnit, post.unit, post.id);
    push(postsByTitle, post.title, post.id);
  }
  for (const cadre of scenario.cadres) {
    holderOf.set(cadre.position, cadre.id);
    for (const post of cadre.alsoHolds ?? []) if (!holderOf.has(post)) holderOf.set(post, cadre.id);
    push(cadresInUnit, posts.get(cadre.position)!.unit, cadre.id);
  }
  const { objections, objectionNotes } = readConsents(scenario);
  const forbidsOf = new Map<string, Forbid[]>();
  for (const forbid of scenario.forbids) {
    const list = forbidsOf.get(forbid.cadre);
    if (list) list.push(forbid);
    else forbidsOf.set(forbid.cadre, [forbid]);
  }
  const relatives = new Map<string, Set<string>>();
  for (const cadre of scenario.cadres) {
    for (const other of cadre.relatives) {
      if (other === cadre.id) continue;
      for (const [a, b] of [[cadre.id, other], [other, cadre.id]] as const) {
        const set = relatives.get(a) ?? new Set<string>();
        set.add(b);
        relatives.set(a, set);
      }
    }
  }
  const policy = scenario.policy;
  const v2: PolicyV2 | undefined =
    scenario.version === 2
      ? {
          rotationTermMonths: policy.rotationTermMonths!,
          allowSideways: policy.allowSideways!,
          minYearsToRetirementShort: policy.minYearsToRetirementShort!,
          ratingYears: policy.ratingYears!,
          maxKeyChangesPerUnit: policy.stability.maxKeyChangesPerUnit!,
          merit: policy.weights.merit!,
        }
      : undefined;
  return {
    scenario,
    version: scenario.version,
    policy,
    v2,
    titles: new Map((scenario.titles ?? []).map((title) => [title.id, title])),
    asOf: dateOf(scenario.asOf),
    units,
    posts,
    cadres,
    holderOf,
    cadresInUnit,
    postsInUnit,
    postsByTitle,
    objections,
    objectionNotes,
    forbidsOf,
    relatives,
  };
}

export function unitOf(round: Round, postId: string): string {
  return round.posts.get(postId)!.unit;
}

export function homeUnit(round: Round, cadre: Cadre): string {
  return unitOf(round, cadre.position);
}

/** Whole years from `born` to asOf (computed once per cadre and round: rules ask it per pair). */
export function ageAt(round: Round, cadre: Cadre): number {
  let ages = AGES.get(round);
  if (!ages) AGES.set(round, (ages = new Map()));
  let age = ages.get(cadre.id);
  if (age === undefined) ages.set(cadre.id, (age = wholeYears(dateOf(cadre.born), round.asOf)));
  return age;
}
const AGES = new WeakMap<Round, Map<string, number>>();

export function tenureMonths(round: Round, cadre: Cadre): number {
  return wholeMonths(dateOf(cadre.since), round.asOf);
}

export function isYoung(round: Round, cadre: Cadre): boolean {
  return ageAt(round, cadre) < round.policy.youngAge;
}

export function inGroup(round: Round, cadre: Cadre, group: 'female' | 'minority' | 'young'): boolean {
  if (group === 'female') return cadre.gender === 'female';
  if (group === 'minority') return cadre.minority;
  return isYoung(round, cadre);
}

/** S: min(maxOutPerUnit, max(1, floor(maxOutShare * n))), n the cadres whose post is in the unit. */
export function outCap(round: Round, unitId: string): number {
  const n = round.cadresInUnit.get(unitId)?.length ?? 0;
  const { maxOutPerUnit, maxOutShare } = round.policy.stability;
  return Math.min(maxOutPerUnit, Math.max(1, Math.floor(maxOutShare * n + 1e-9)));
}

/** The sides whose objection the move of `cadre` into `unitId` meets (each side once). */
export function objectingSides(round: Round, cadreId: string, unitId: string): ConsentSide[] {
  const sides: ConsentSide[] = [];
  if (round.objections.origin.has(cadreId)) sides.push('origin');
  if (destinationObjects(round, cadreId, unitId)) sides.push('destination');
  if (round.objections.cadre.has(cadreId)) sides.push('cadre');
  return sides;
}

/**
 * True when the destination unit objects to the cadre (asked for each of millions of pairs:
 * a cadre no destination objects to is answered without making the pair's key). The cadres
 * are read back from the keys: ids hold no control character, so the first NUL ends the cadre.
 */
export function destinationObjects(round: Round, cadreId: string, unitId: string): boolean {
  const keys = round.objections.destination;
  if (keys.size === 0) return false;
  let cadres = OBJECTED_CADRES.get(keys);
  if (!cadres) OBJECTED_CADRES.set(keys, (cadres = new Set([...keys].map((key) => key.slice(0, key.indexOf('\u0000'))))));
  return cadres.has(cadreId) && keys.has(objectionKey(cadreId, unitId));
}
const OBJECTED_CADRES = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * Objections from the consents. Version 1 (section 1): an `agree: false` entry is an
 * objection and an agreement on the same side changes nothing. Version 2 (8.3 E4): for each
 * side and cadre (and unit), the last entry in file order decides.
 */
function readConsents(scenario: Scenario): Pick<Round, 'objections' | 'objectionNotes'> {
  const decided = new Map<string, { side: ConsentSide; cadre: string; unit?: string; agree: boolean; notes: string[] }>();
  for (const consent of scenario.consents) {
    const key = objectionSideKey(consent.side, consent.cadre, consent.unit);
    const note = consent.note ? [consent.note] : [];
    const entry = decided.get(key);
    const unit = consent.side === 'destination' ? { unit: consent.unit! } : {};
    if (scenario.version === 2) {
      decided.set(key, { side: consent.side, cadre: consent.cadre, ...unit, agree: consent.agree, notes: consent.agree ? [] : note });
    } else if (!consent.agree) {
      if (entry && !entry.agree) entry.notes.push(...note);
      else decided.set(key, { side: consent.side, cadre: consent.cadre, ...unit, agree: false, notes: note });
    }
  }
  const objections = { origin: new Set<string>(), cadre: new Set<string>(), destination: new Set<string>() };
  const objectionNotes = new Map<string, string[]>();
  for (const [key, entry] of decided) {
    if (entry.agree) continue;
    if (entry.side === 'destination') objections.destination.add(objectionKey(entry.cadre, entry.unit!));
    else objections[entry.side].add(entry.cadre);
    objectionNotes.set(key, entry.notes);
  }
  return { objections, objectionNotes };
}

/** The posts a cadre holds now: its `position`, then its `alsoHolds` (version 2). */
export function postsHeldBy(cadre: Cadre): string[] {
  return [cadre.position, ...(cadre.alsoHolds ?? []).filter((post) => post !== cadre.position)];
}

/** Unit kinds that are places (local governments): their name names their locality. */
const PLACE_KINDS = ['commune', 'ward', 'district', 'town', 'city', 'province'];

/**
 * The place a locality code names, for a reader: the name of the unit of that locality that is
 * a local government (a commune, a ward…), or of the only unit of that locality; otherwise the
 * code itself (a province's departments share its code, and none of them is the place).
 */
export function localityName(round: Round, code: string): string {
  const units = [...round.units.values()].filter((unit) => unit.locality === code);
  const place = units.find((unit) => PLACE_KINDS.includes(unit.kind ?? '')) ?? (units.length === 1 ? units[0] : undefined);
  return place?.name ?? code;
}

/** The cadre's hometown codes: a string is a list of one (8.1); absent: none. */
export function hometownsOf(cadre: Cadre): readonly string[] {
  const hometown = cadre.hometown;
  if (hometown == null) return [];
  return typeof hometown === 'string' ? [hometown] : hometown;
}

/** The latest rating (8.1): `rating` when given, else the entry with the highest year, else none. */
export function latestRating(cadre: Cadre): Rating | undefined {
  if (cadre.rating != null) return cadre.rating;
  let best: { year: number; rating: Rating } | undefined;
  for (const entry of cadre.ratings ?? []) if (!best || entry.year > best.year) best = entry;
  return best?.rating;
}

/**
 * The ratings the rating rule reads. Version 1: `rating` when given. Version 2 (8.2
 * ratingYears): `rating` when given and every `ratings` entry whose year ≥ year(asOf) − ratingYears.
 */
export function ratingsRead(round: Round, cadre: Cadre): Rating[] {
  const read: Rating[] = cadre.rating != null ? [cadre.rating] : [];
  if (!round.v2) return read;
  const from = round.asOf.year - round.v2.ratingYears;
  for (const entry of cadre.ratings ?? []) if (entry.year >= from) read.push(entry.rating);
  return read;
}

// ---------------------------------------------------------------------------------------
// Titles and move kinds (8.1, 8.3)
// ---------------------------------------------------------------------------------------

export type MoveKind = 'up' | 'sideways' | 'down' | 'other';
export const MOVE_KINDS: readonly MoveKind[] = ['up', 'sideways', 'down', 'other'];

/** The catalogue's level of a title; undefined without a catalogue (or for a title outside it). */
export function titleLevel(round: Round, title: string): number | undefined {
  return round.titles.get(title)?.level;
}

/** True when the catalogue marks the title key (without a catalogue no title is key). */
export function isKeyTitle(round: Round, title: string): boolean {
  return round.titles.get(title)?.key === true;
}

/** How a title is shown: its catalogue name, else its id. */
export function titleName(round: Round, title: string): string {
  return round.titles.get(title)?.name ?? title;
}

/** The kind of a move between two titles (8.3): by levels with a catalogue, else same title or other. */
export function kindOfTitles(round: Round, from: string, to: string): MoveKind {
  const a = titleLevel(round, from);
  const b = titleLevel(round, to);
  if (a === undefined || b === undefined) return from === to ? 'sideways' : 'other';
  return b > a ? 'up' : b < a ? 'down' : 'sideways';
}

/** The kind of the move of a cadre (from its `position`) to a post. */
export function moveKind(round: Round, cadre: Cadre, post: Position): MoveKind {
  return kindOfTitles(round, round.posts.get(cadre.position)!.title, post.title);
}
