/**
 * The oracle: a brute-force reading of the scenario contract (sections 2–4, and 8 for
 * version 2 files), written from the text and not from src/rules or src/scenario/round.ts.
 * It reuses only the parsed scenario (the zod defaults) and does its own date arithmetic,
 * holders, consents, title levels and move kinds. It judges any plan rule by rule, scores it, and enumerates
 * every feasible plan of a small scenario (each cadre stays or takes one eligible post).
 *
 * Plainness over speed: each rule below quotes the sentence of the contract it implements.
 */
import type { Scenario } from '../../src/scenario/schema.ts';

export type OracleRule = 'E1' | 'E2' | 'E3' | 'E4' | 'P1' | 'P2' | 'P3' | 'S' | 'P4' | 'R' | 'Q' | 'P5' | 'P6' | 'K';
export const ORACLE_RULES: readonly OracleRule[] = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'S', 'P4', 'R', 'Q', 'P5', 'P6', 'K'];

export interface OracleMove {
  readonly cadre: string;
  readonly from: string;
  readonly to: string;
}

export interface OraclePlan {
  readonly moves: OracleMove[];
  readonly objective: number;
}

// ---------------------------------------------------------------------------------------
// Dates: "Whole months from date a to date b: 12*(yb-ya) + (mb-ma), minus 1 when db < da.
// ageAt(d) is whole years from born to d, the same way."
// ---------------------------------------------------------------------------------------

function ymd(text: string): [number, number, number] {
  const [y, m, d] = text.split('-').map(Number);
  return [y!, m!, d!];
}

export function oracleMonths(from: string, to: string): number {
  const [ya, ma, da] = ymd(from);
  const [yb, mb, db] = ymd(to);
  let months = 12 * (yb - ya) + (mb - ma);
  if (db < da) months -= 1;
  return months;
}

export function oracleAge(born: string, at: string): number {
  return Math.floor(oracleMonths(born, at) / 12);
}

// ---------------------------------------------------------------------------------------
// Eligibility (section 3, E1–E4, with the policy of section 2)
// ---------------------------------------------------------------------------------------

const RATING_RANK: Record<string, number> = { incomplete: 0, complete: 1, good: 2, excellent: 3 };

export class Oracle {
  readonly sc: Scenario;
  private readonly postById = new Map<string, Scenario['positions'][number]>();
  private readonly cadreById = new Map<string, Scenario['cadres'][number]>();
  private readonly unitById = new Map<string, Scenario['units'][number]>();

  /** Version 2 (section 8). */
  readonly v2: boolean;
  /** 8.1: "A post is held by at most one cadre in all (through position or alsoHolds)". */
  private readonly holderById = new Map<string, string>();
  private readonly levelOf = new Map<string, number>();
  private readonly keyTitles = new Set<string>();

  constructor(scenario: Scenario) {
    this.sc = scenario;
    this.v2 = scenario.version === 2;
    for (const post of scenario.positions) this.postById.set(post.id, post);
    for (const cadre of scenario.cadres) this.cadreById.set(cadre.id, cadre);
    for (const unit of scenario.units) this.unitById.set(unit.id, unit);
    for (const cadre of scenario.cadres) {
      this.holderById.set(cadre.position, cadre.id);
      if (this.v2) for (const post of cadre.alsoHolds ?? []) this.holderById.set(post, cadre.id);
    }
    for (const title of scenario.titles ?? []) {
      this.levelOf.set(title.id, title.level);
      if (title.key === true) this.keyTitles.add(title.id);
    }
  }

  /** Who holds a post now (position, or alsoHolds in version 2); undefined when vacant. */
  holder(postId: string): string | undefined {
    return this.holderById.get(postId);
  }

  /**
   * 8.3: "up when level(p.title) > level(f.title), sideways when equal, down when lower;
   * without a catalogue, sideways when the two titles are the same string and other otherwise."
   */
  kind(cadreId: string, postId: string): 'up' | 'sideways' | 'down' | 'other' {
    const from = this.post(this.cadre(cadreId).position).title;
    const to = this.post(postId).title;
    if (this.levelOf.size === 0) return from === to ? 'sideways' : 'other';
    const a = this.levelOf.get(from)!;
    const b = this.levelOf.get(to)!;
    return b > a ? 'up' : b === a ? 'sideways' : 'down';
  }

  /** 8.1: "latest rating is rating when given, else the entry with the highest year, else none." */
  latestRating(cadreId: string): string | undefined {
    const cadre = this.cadre(cadreId);
    if (cadre.rating != null) return cadre.rating;
    const entries = [...(cadre.ratings ?? [])].sort((a, b) => b.year - a.year);
    return entries[0]?.rating;
  }

  post(id: string) {
    return this.postById.get(id)!;
  }
  cadre(id: string) {
    return this.cadreById.get(id)!;
  }
  /** The unit of the post the cadre holds now. */
  homeUnit(cadreId: string): string {
    return this.post(this.cadre(cadreId).position).unit;
  }

  age(cadreId: string): number {
    return oracleAge(this.cadre(cadreId).born, this.sc.asOf);
  }

  inGroup(cadreId: string, group: 'female' | 'minority' | 'young'): boolean {
    const cadre = this.cadre(cadreId);
    if (group === 'female') return cadre.gender === 'female';
    if (group === 'minority') return cadre.minority === true;
    // "a cadre is young when ageAt(asOf) < youngAge"
    return this.age(cadreId) < this.sc.policy.youngAge;
  }

  private objects(side: 'origin' | 'destination' | 'cadre', cadreId: string, unitId: string): boolean {
    const entries = this.sc.consents.filter(
      (consent) => consent.side === side && consent.cadre === cadreId && (side !== 'destination' || consent.unit === unitId),
    );
    // 8.3 E4: "for each side and cadre (and, for the destination side, unit), the last entry
    // of consents in file order decides". Version 1: "an objection on the same side stands".
    if (this.v2) return entries.length > 0 && entries[entries.length - 1]!.agree === false;
    return entries.some((consent) => consent.agree === false);
  }

  /** The E rules a move of the cadre to the post breaks (each once). */
  eligibilityBroken(cadreId: string, postId: string): Set<OracleRule> {
    const broken = new Set<OracleRule>();
    const policy = this.sc.policy;
    const cadre = this.cadre(cadreId);
    const post = this.post(postId);
    const asOf = this.sc.asOf;

    // E1: "`to` is in another unit than `from`; the cadre is `available`."
    if (post.unit === this.homeUnit(cadreId)) broken.add('E1');
    if (cadre.available === false) broken.add('E1');
    // 8.3 E1: "p is not a post the cadre already holds through alsoHolds".
    if (this.v2 && (cadre.alsoHolds ?? []).includes(postId)) broken.add('E1');

    if (!this.v2) {
      // E2 planning: "a cadre may only take a post whose title is in the cadre's planning"
      if (policy.requirePlanning && !cadre.planning.includes(post.title)) broken.add('E2');
    } else {
      // 8.3 E2 planning: "when requirePlanning is true, the cadre's planning is not empty and
      // either p.title is in planning, or allowSideways is true and the move is sideways.
      // Whatever requirePlanning says, a down move is eligible only when its title is in planning."
      const kind = this.kind(cadreId, postId);
      const inPlanning = cadre.planning.includes(post.title);
      if (policy.requirePlanning) {
        const sidewaysOk = policy.allowSideways === true && kind === 'sideways';
        if (cadre.planning.length === 0 || !(inPlanning || sidewaysOk)) broken.add('E2');
      }
      if (kind === 'down' && !inPlanning) broken.add('E2');
    }
    // E2 tenure: "whole months from since to asOf must be at least this"
    if (oracleMonths(cadre.since, asOf) < policy.minTenureMonths) broken.add('E2');
    // 8.3: "for a cadre with rotated: true, ≥ rotationTermMonths".
    if (this.v2 && cadre.rotated === true && oracleMonths(cadre.since, asOf) < policy.rotationTermMonths!) broken.add('E2');
    // E2 rotations: "a cadre with this many or more history entries marked rotation: true is not rotated again"
    if (cadre.history.filter((entry) => entry.rotation === true).length >= policy.maxRotations) broken.add('E2');
    // E2 no-return: "may not move into a unit named in a history entry whose to date is later
    // than asOf minus this many years (same month and day; 0 turns the rule off)"
    if (policy.noReturnYears > 0) {
      const [y, m, d] = ymd(asOf);
      const cutoff = `${String(y - policy.noReturnYears).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (cadre.history.some((entry) => entry.unit === post.unit && entry.to != null && entry.to > cutoff)) broken.add('E2');
    }
    // E2 retirement: "retirementAge[gender] - ageAt(asOf) must be at least minYearsToRetirement";
    // 8.2: minYearsToRetirementShort "replaces minYearsToRetirement for a move of a mustMove
    // cadre and for a move into a post whose title is in nonLocalTitles".
    const short = this.v2 && (cadre.mustMove === true || policy.nonLocalTitles.includes(post.title));
    const margin = short ? policy.minYearsToRetirementShort! : policy.minYearsToRetirement;
    if (policy.retirementAge[cadre.gender] - oracleAge(cadre.born, asOf) < margin) broken.add('E2');
    // E2 rating: "the cadre's rating must be at least this"; absent: the rule does not apply.
    // 8.2: "reads rating and every ratings entry whose year ≥ year(asOf) − ratingYears".
    const read: string[] = cadre.rating != null ? [cadre.rating] : [];
    if (this.v2) {
      const year = Number(asOf.slice(0, 4));
      for (const entry of cadre.ratings ?? []) if (entry.year >= year - policy.ratingYears!) read.push(entry.rating);
    }
    if (read.some((r) => RATING_RANK[r]! < RATING_RANK[policy.minRating]!)) broken.add('E2');

    // E3 non-local: "a post with one of these titles may not go to a cadre whose hometown
    // equals the unit's locality" (hometown absent: never blocks); 8.3: "is one of the cadre's hometown codes".
    const locality = this.unitById.get(post.unit)!.locality;
    const hometowns = cadre.hometown == null ? [] : typeof cadre.hometown === 'string' ? [cadre.hometown] : cadre.hometown;
    if (policy.nonLocalTitles.includes(post.title) && locality != null && hometowns.includes(locality)) {
      broken.add('E3');
    }
    // E3 forbids: "no forbids entry names the cadre with that post or its unit"
    if (this.sc.forbids.some((f) => f.cadre === cadreId && (f.position === postId || f.unit === post.unit))) broken.add('E3');

    // E4: "no origin or cadre objection for the cadre; no destination objection for the
    // cadre and the unit of to" — for the sides whose consent is hard.
    if (policy.consent.origin === 'hard' && this.objects('origin', cadreId, post.unit)) broken.add('E4');
    if (policy.consent.cadre === 'hard' && this.objects('cadre', cadreId, post.unit)) broken.add('E4');
    if (policy.consent.destination === 'hard' && this.objects('destination', cadreId, post.unit)) broken.add('E4');
    return broken;
  }

  // -------------------------------------------------------------------------------------
  // A whole plan (section 3)
  // -------------------------------------------------------------------------------------

  /** Every rule the plan breaks. A move whose `from` is not the post held now breaks E1. */
  broken(moves: readonly OracleMove[]): Set<OracleRule> {
    const policy = this.sc.policy;
    const broken = new Set<OracleRule>();
    for (const move of moves) {
      if (this.cadre(move.cadre).position !== move.from) broken.add('E1');
      for (const rule of this.eligibilityBroken(move.cadre, move.to)) broken.add(rule);
    }

    // P1: "each cadre moves at most once; each post receives at most one cadre."
    const cadresMoving = moves.map((m) => m.cadre);
    const postsReceiving = moves.map((m) => m.to);
    if (new Set(cadresMoving).size < cadresMoving.length) broken.add('P1');
    if (new Set(postsReceiving).size < postsReceiving.length) broken.add('P1');

    const moved = new Set(cadresMoving);
    // P2: "a post that has a holder can receive a cadre only if its holder moves out";
    // 8.3: "a post held through alsoHolds receives a cadre only if that holder moves out".
    for (const move of moves) {
      const holder = this.holder(move.to);
      if (holder != null && !moved.has(holder)) broken.add('P2');
    }

    // P3: "every mustFill post has a holder after the plan"; 8.3: "when it receives a cadre,
    // or when its holder (through position or alsoHolds) does not move".
    for (const post of this.sc.positions) {
      if (!post.mustFill) continue;
      const someoneArrives = moves.some((m) => m.to === post.id);
      const holder = this.holder(post.id);
      const holderStays = holder != null && !moved.has(holder);
      if (!someoneArrives && !holderStays) broken.add('P3');
    }

    // P6: "every cadre with mustMove: true moves".
    if (this.sc.cadres.some((c) => c.mustMove === true && !moved.has(c.id))) broken.add('P6');

    // K: "for each unit u: the number of cadres who hold a key post in u (through position or
    // alsoHolds) and move, plus the number of vacant key posts in u (held by no cadre) that
    // receive a cadre, is at most stability.maxKeyChangesPerUnit"; null: no cap.
    const keyCap = this.v2 ? policy.stability.maxKeyChangesPerUnit : null;
    if (keyCap != null) {
      for (const unit of this.sc.units) {
        const keyPosts = this.sc.positions.filter((p) => p.unit === unit.id && this.keyTitles.has(p.title));
        const holders = new Set(keyPosts.map((p) => this.holder(p.id)).filter((h): h is string => h !== undefined));
        const movers = [...holders].filter((c) => moved.has(c)).length;
        const filled = keyPosts.filter((p) => this.holder(p.id) === undefined && moves.some((m) => m.to === p.id)).length;
        if (movers + filled > keyCap) broken.add('K');
      }
    }

    // S: "cadres leaving u ≤ min(maxOutPerUnit, max(1, floor(maxOutShare * n))); cadres
    // arriving in u ≤ maxInPerUnit", n the cadres whose current post is in u.
    for (const unit of this.sc.units) {
      const n = this.sc.cadres.filter((c) => this.homeUnit(c.id) === unit.id).length;
      const cap = Math.min(policy.stability.maxOutPerUnit, Math.max(1, exactFloor(policy.stability.maxOutShare * n)));
      const leaving = moves.filter((m) => this.homeUnit(m.cadre) === unit.id).length;
      const arriving = moves.filter((m) => this.post(m.to).unit === unit.id).length;
      if (leaving > cap || arriving > policy.stability.maxInPerUnit) broken.add('S');
    }

    // P4: "at most maxMoves moves".
    if (policy.maxMoves != null && moves.length > policy.maxMoves) broken.add('P4');

    // R: "two related cadres may not sit in the same unit after the plan if either of them moved."
    const finalUnit = (cadreId: string) => {
      const move = moves.find((m) => m.cadre === cadreId);
      return move ? this.post(move.to).unit : this.homeUnit(cadreId);
    };
    for (const a of this.sc.cadres) {
      for (const b of this.sc.cadres) {
        if (a.id >= b.id) continue;
        const related = a.relatives.includes(b.id) || b.relatives.includes(a.id);
        if (!related) continue;
        if (!moved.has(a.id) && !moved.has(b.id)) continue;
        if (finalUnit(a.id) === finalUnit(b.id)) broken.add('R');
      }
    }

    // Q: "for a hard quota: cadres in the group among the moved ≥ minShare * (number of moves)".
    for (const quota of policy.quotas) {
      if (quota.mode !== 'hard') continue;
      const g = moves.filter((m) => this.inGroup(m.cadre, quota.group)).length;
      if (g < quota.minShare * moves.length - 1e-9) broken.add('Q');
    }

    // P5: "every pin is a move of the plan."
    for (const pin of this.sc.pins) {
      if (!moves.some((m) => m.cadre === pin.cadre && m.to === pin.position)) broken.add('P5');
    }
    return broken;
  }

  // -------------------------------------------------------------------------------------
  // Score (section 4)
  // -------------------------------------------------------------------------------------

  /** value(c,p), with its terms. */
  moveTerms(cadreId: string, postId: string) {
    const w = this.sc.policy.weights;
    const consent = this.sc.policy.consent;
    const cadre = this.cadre(cadreId);
    const post = this.post(postId);
    const goals = new Set(cadre.goals);
    const offers = new Set(post.offers);
    const desired = new Set(post.desired);
    const experience = new Set(cadre.experience);
    const development = [...goals].filter((g) => offers.has(g)).length;
    const fit = [...desired].filter((t) => experience.has(t)).length;
    const preferred = cadre.preferences.includes(post.unit) ? 1 : 0;
    let sides = 0;
    if (consent.origin === 'soft' && this.objects('origin', cadreId, post.unit)) sides += 1;
    if (consent.cadre === 'soft' && this.objects('cadre', cadreId, post.unit)) sides += 1;
    if (consent.destination === 'soft' && this.objects('destination', cadreId, post.unit)) sides += 1;
    return {
      development: w.development * development,
      fit: w.fit * fit,
      preference: w.preference * preferred,
      move: -w.move,
      objections: -w.objection * sides,
      // 8.4: "plus W.merit when the cadre's latest rating is excellent".
      merit: this.v2 && this.latestRating(cadreId) === 'excellent' ? w.merit! : 0,
      sides,
    };
  }

  moveValue(cadreId: string, postId: string): number {
    const t = this.moveTerms(cadreId, postId);
    return t.development + t.fit + t.preference + t.move + t.objections + t.merit;
  }

  /** Σ over soft quotas of max(0, minShare*N − G). */
  shortfall(moves: readonly OracleMove[]): number {
    let total = 0;
    for (const quota of this.sc.policy.quotas) {
      if (quota.mode !== 'soft') continue;
      const g = moves.filter((m) => this.inGroup(m.cadre, quota.group)).length;
      total += Math.max(0, quota.minShare * moves.length - g);
    }
    return total;
  }

  objective(moves: readonly OracleMove[]): number {
    let sum = 0;
    for (const move of moves) sum += this.moveValue(move.cadre, move.to);
    return sum - this.sc.policy.weights.quotaShortfall * this.shortfall(moves);
  }

  // -------------------------------------------------------------------------------------
  // Enumeration
  // -------------------------------------------------------------------------------------

  /**
   * Every feasible plan, best first. Each cadre in turn stays or takes one post it is
   * eligible for and no one else took; partial plans that already break a cap (moves, in, out)
   * or a pin are cut; every complete plan is judged by `broken`.
   */
  enumerate(limit = 3_000_000): OraclePlan[] {
    const cadres = this.sc.cadres;
    const policy = this.sc.policy;
    const options: string[][] = cadres.map((cadre) => {
      const pinned = [...new Set(this.sc.pins.filter((pin) => pin.cadre === cadre.id).map((pin) => pin.position))];
      const eligible = this.sc.positions.map((p) => p.id).filter((p) => this.eligibilityBroken(cadre.id, p).size === 0);
      if (pinned.length > 1) return [];
      if (pinned.length === 1) return eligible.includes(pinned[0]!) ? [pinned[0]!] : [];
      return eligible;
    });
    const mustMove = cadres.map((cadre) => cadre.mustMove === true || this.sc.pins.some((pin) => pin.cadre === cadre.id));
    const results: OraclePlan[] = [];
    const used = new Set<string>();
    const moves: OracleMove[] = [];
    const inCount = new Map<string, number>();
    const outCount = new Map<string, number>();
    let leaves = 0;
    const outCap = (unit: string) => {
      const n = cadres.filter((c) => this.homeUnit(c.id) === unit).length;
      return Math.min(policy.stability.maxOutPerUnit, Math.max(1, exactFloor(policy.stability.maxOutShare * n)));
    };
    const visit = (i: number) => {
      if (i === cadres.length) {
        if (++leaves > limit) throw new Error(`bruteforce: more than ${limit} candidate plans`);
        if (this.broken(moves).size === 0) results.push({ moves: [...moves], objective: this.objective(moves) });
        return;
      }
      const cadre = cadres[i]!;
      if (!mustMove[i]) visit(i + 1);
      if (policy.maxMoves != null && moves.length >= policy.maxMoves) return;
      const from = this.homeUnit(cadre.id);
      if ((outCount.get(from) ?? 0) + 1 > outCap(from)) return;
      for (const postId of options[i]!) {
        if (used.has(postId)) continue;
        const to = this.post(postId).unit;
        if ((inCount.get(to) ?? 0) + 1 > policy.stability.maxInPerUnit) continue;
        used.add(postId);
        moves.push({ cadre: cadre.id, from: cadre.position, to: postId });
        inCount.set(to, (inCount.get(to) ?? 0) + 1);
        outCount.set(from, (outCount.get(from) ?? 0) + 1);
        visit(i + 1);
        outCount.set(from, outCount.get(from)! - 1);
        inCount.set(to, inCount.get(to)! - 1);
        moves.pop();
        used.delete(postId);
      }
    };
    visit(0);
    return results.sort((a, b) => b.objective - a.objective);
  }

  /** The K highest objectives of feasible plans (fewer when fewer plans exist). */
  topObjectives(k: number): number[] {
    return this.enumerate()
      .slice(0, k)
      .map((plan) => plan.objective);
  }
}

/** floor of a product that should be exact (0.7 × 10 = 7, not 7.000000000000001 or 6.99…). */
function exactFloor(value: number): number {
  return Math.floor(Math.round(value * 1e9) / 1e9);
}

/** Plans as sets of moves: a canonical key. */
export function planKey(moves: readonly { cadre: string; to: string }[]): string {
  return moves
    .map((m) => `${m.cadre}>${m.to}`)
    .sort()
    .join(',');
}
