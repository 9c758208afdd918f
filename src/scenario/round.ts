/**
 * A round: the validated scenario with the indexes every rule, the model and the
 * explanations read (posts by unit and title, holders, objections, relatives, caps).
 * Built once per scenario; nothing here depends on a solver.
 */
import { dateOf, wholeMonths, wholeYears, type CalendarDate } from './dates.ts';
import type { Cadre, ConsentSide, Forbid, Policy, Position, Scenario, Unit } from './schema.ts';

export interface Round {
  readonly scenario: Scenario;
  readonly policy: Policy;
  readonly asOf: CalendarDate;
  readonly units: ReadonlyMap<string, Unit>;
  readonly posts: ReadonlyMap<string, Position>;
  readonly cadres: ReadonlyMap<string, Cadre>;
  /** Post id → id of the cadre holding it now. */
  readonly holderOf: ReadonlyMap<string, string>;
  /** Unit id → ids of the cadres whose current post is in the unit. */
  readonly cadresInUnit: ReadonlyMap<string, readonly string[]>;
  /** Unit id → ids of its posts. */
  readonly postsInUnit: ReadonlyMap<string, readonly string[]>;
  /** Title → ids of the posts with that title. */
  readonly postsByTitle: ReadonlyMap<string, readonly string[]>;
  /** Objections (agree: false) by side; destination keyed by objectionKey(cadre, unit). */
  readonly objections: {
    readonly origin: ReadonlySet<string>;
    readonly cadre: ReadonlySet<string>;
    readonly destination: ReadonlySet<string>;
  };
  /** Cadre id → the forbids that name it. */
  readonly forbidsOf: ReadonlyMap<string, readonly Forbid[]>;
  /** Cadre id → its relatives (the relation made symmetric). */
  readonly relatives: ReadonlyMap<string, ReadonlySet<string>>;
}

export function objectionKey(cadre: string, unit: string): string {
  return `${cadre}\u0000${unit}`;
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
    push(cadresInUnit, posts.get(cadre.position)!.unit, cadre.id);
  }
  const objections = { origin: new Set<string>(), cadre: new Set<string>(), destination: new Set<string>() };
  for (const consent of scenario.consents) {
    if (consent.agree) continue;
    if (consent.side === 'destination') objections.destination.add(objectionKey(consent.cadre, consent.unit!));
    else objections[consent.side].add(consent.cadre);
  }
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
  return {
    scenario,
    policy: scenario.policy,
    asOf: dateOf(scenario.asOf),
    units,
    posts,
    cadres,
    holderOf,
    cadresInUnit,
    postsInUnit,
    postsByTitle,
    objections,
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

export function ageAt(round: Round, cadre: Cadre): number {
  return wholeYears(dateOf(cadre.born), round.asOf);
}

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
  if (round.objections.destination.has(objectionKey(cadreId, unitId))) sides.push('destination');
  if (round.objections.cadre.has(cadreId)) sides.push('cadre');
  return sides;
}
