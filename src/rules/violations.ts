/**
 * Violations are data: a discriminated union keyed by rule and kind, carrying the cadres,
 * posts and units concerned. Sentences are rendered from them per language (src/i18n).
 */
import type { ConsentSide, QuotaGroup, Rating } from '../scenario/schema.ts';

export type EligibilityRuleId = 'E1' | 'E2' | 'E3' | 'E4';
export type PlanRuleId = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'S' | 'R' | 'Q' | 'P6' | 'K';
export type RuleId = EligibilityRuleId | PlanRuleId;

export const RULE_ORDER: readonly RuleId[] = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'S', 'P4', 'R', 'Q', 'P5', 'P6', 'K'];

export type Violation =
  | { rule: 'E1'; kind: 'same-unit'; cadre: string; post: string; unit: string }
  | { rule: 'E1'; kind: 'unavailable'; cadre: string }
  | { rule: 'E1'; kind: 'wrong-origin'; cadre: string; from: string; holds: string }
  /** Version 2: the post is one the cadre already holds through alsoHolds. */
  | { rule: 'E1'; kind: 'already-holds'; cadre: string; post: string }
  /**
   * The title is not in the cadre's planning. Version 2 says why when it is not that alone:
   * 'empty-plan' (the cadre is in no succession plan), 'down' (a down move needs its title planned).
   */
  | { rule: 'E2'; kind: 'planning'; cadre: string; post: string; title: string; why?: 'empty-plan' | 'down' }
  | { rule: 'E2'; kind: 'tenure'; cadre: string; months: number; required: number }
  /** Version 2: a cadre on rotation (`rotated`) has not served the rotation term. */
  | { rule: 'E2'; kind: 'rotation-term'; cadre: string; months: number; required: number }
  | { rule: 'E2'; kind: 'rotations'; cadre: string; count: number; max: number }
  | { rule: 'E2'; kind: 'no-return'; cadre: string; unit: string; left: string; years: number }
  /** `short`: version 2's shorter margin applied (a must-move cadre, or a non-local title). */
  | { rule: 'E2'; kind: 'retirement'; cadre: string; yearsLeft: number; required: number; short?: true }
  /** `year`: the year of the `ratings` entry read (version 2); absent for `rating`. */
  | { rule: 'E2'; kind: 'rating'; cadre: string; rating: Rating; min: Rating; year?: number }
  | { rule: 'E3'; kind: 'non-local'; cadre: string; post: string; unit: string; locality: string; title: string }
  | { rule: 'E3'; kind: 'forbidden'; cadre: string; post: string; unit: string; by: 'unit' | 'position' }
  | { rule: 'E4'; kind: 'objection'; side: ConsentSide; cadre: string; unit?: string }
  | { rule: 'P1'; kind: 'cadre-twice'; cadre: string; posts: string[] }
  | { rule: 'P1'; kind: 'post-twice'; post: string; cadres: string[] }
  | { rule: 'P2'; kind: 'holder-stays'; post: string; holder: string; incoming: string }
  | { rule: 'P3'; kind: 'vacant'; post: string; unit: string }
  | { rule: 'S'; kind: 'too-many-out'; unit: string; out: number; cap: number }
  | { rule: 'S'; kind: 'too-many-in'; unit: string; in: number; cap: number }
  | { rule: 'P4'; kind: 'too-many-moves'; moves: number; max: number }
  | { rule: 'R'; kind: 'relatives-together'; cadres: [string, string]; unit: string }
  | { rule: 'Q'; kind: 'quota'; group: QuotaGroup; inGroup: number; moves: number; minShare: number }
  | { rule: 'P5'; kind: 'pin-missing'; cadre: string; post: string }
  | { rule: 'P6'; kind: 'must-move'; cadre: string; post: string }
  /** `cadres`: holders of key posts who move; `posts`: vacant key posts that receive a cadre. */
  | { rule: 'K'; kind: 'key-changes'; unit: string; changes: number; cap: number; cadres: string[]; posts: string[] };

export type ViolationKind = Violation['kind'];

