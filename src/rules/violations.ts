/**
 * Violations are data: a discriminated union keyed by rule and kind, carrying the cadres,
 * posts and units concerned. Sentences are rendered from them per language (src/i18n).
 */
import type { ConsentSide, QuotaGroup, Rating } from '../scenario/schema.ts';

export type EligibilityRuleId = 'E1' | 'E2' | 'E3' | 'E4';
export type PlanRuleId = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'S' | 'R' | 'Q';
export type RuleId = EligibilityRuleId | PlanRuleId;

export const RULE_ORDER: readonly RuleId[] = ['E1', 'E2', 'E3', 'E4', 'P1', 'P2', 'P3', 'S', 'P4', 'R', 'Q', 'P5'];

export type Violation =
  | { rule: 'E1'; kind: 'same-unit'; cadre: string; post: string; unit: string }
  | { rule: 'E1'; kind: 'unavailable'; cadre: string }
  | { rule: 'E1'; kind: 'wrong-origin'; cadre: string; from: string; holds: string }
  | { rule: 'E2'; kind: 'planning'; cadre: string; post: string; title: string }
  | { rule: 'E2'; kind: 'tenure'; cadre: string; months: number; required: number }
  | { rule: 'E2'; kind: 'rotations'; cadre: string; count: number; max: number }
  | { rule: 'E2'; kind: 'no-return'; cadre: string; unit: string; left: string; years: number }
  | { rule: 'E2'; kind: 'retirement'; cadre: string; yearsLeft: number; required: number }
  | { rule: 'E2'; kind: 'rating'; cadre: string; rating: Rating; min: Rating }
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
  | { rule: 'P5'; kind: 'pin-missing'; cadre: string; post: string };

