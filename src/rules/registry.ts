/**
 * Every rule of contract sections 3 and 8.3, in the contract's order: the single list that
 * checks, models, explains and diagnoses. The catalogues below are keyed by the rules'
 * ids and violation kinds and typed with `satisfies`: a rule added without its sentences
 * (in either language) or without its place in the registry fails the type-check.
 */
import { available, E1_BLOCKER_TEXT, E1_TEXT, notHeldAlready, otherUnit } from './eligibility/e1.ts';
import { E2_BLOCKER_TEXT, E2_TEXT, noReturn, planning, rating, retirement, rotations, tenure } from './eligibility/e2.ts';
import { E3_BLOCKER_TEXT, E3_TEXT, forbids, nonLocal } from './eligibility/e3.ts';
import { E4_BLOCKER_TEXT, E4_TEXT, hardConsents } from './eligibility/e4.ts';
import { K_INSTANCE_TEXT, K_TEXT, keyChanges } from './plan/key-changes.ts';
import { mustMove, P6_INSTANCE_TEXT, P6_TEXT } from './plan/must-move.ts';
import { oneMoveEach, P1_TEXT } from './plan/p1.ts';
import { holderMovesOut, P2_TEXT } from './plan/p2.ts';
import { mustFill, P3_INSTANCE_TEXT, P3_TEXT } from './plan/p3.ts';
import { moveCap, P4_INSTANCE_TEXT, P4_TEXT } from './plan/p4.ts';
import { P5_INSTANCE_TEXT, P5_TEXT, pins } from './plan/p5.ts';
import { Q_INSTANCE_TEXT, Q_TEXT, quotas } from './plan/quotas.ts';
import { R_INSTANCE_TEXT, R_TEXT, relatives } from './plan/relatives.ts';
import { S_INSTANCE_TEXT, S_TEXT, stability } from './plan/stability.ts';
import type { Round } from '../scenario/round.ts';
import type { InstanceSentences, Lang, ViolationSentences } from './text.ts';
import type { Change, EligibilityRule, Instance, PlanRule, RowRole, RowTag } from './types.ts';
import type { PlanRuleId, Violation, ViolationKind } from './violations.ts';

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  otherUnit,
  notHeldAlready,
  available,
  planning,
  tenure,
  rotations,
  noReturn,
  retirement,
  rating,
  nonLocal,
  forbids,
  hardConsents,
];

/** Plan rules by id: every id of PlanRuleId has its rule. */
export const PLAN_RULE_BY_ID = {
  P1: oneMoveEach,
  P2: holderMovesOut,
  P3: mustFill,
  S: stability,
  P4: moveCap,
  R: relatives,
  Q: quotas,
  P5: pins,
  P6: mustMove,
  K: keyChanges,
} as const satisfies { readonly [R in PlanRuleId]: PlanRule<R> };

export const PLAN_RULES: readonly PlanRule[] = Object.values(PLAN_RULE_BY_ID) as readonly PlanRule[];

export const CADRE_RULES = ELIGIBILITY_RULES.filter((rule) => rule.scope === 'cadre');
export const PAIR_RULES = ELIGIBILITY_RULES.filter((rule) => rule.scope === 'pair');

type PlanInstanceKind = Exclude<Instance['data']['kind'], 'blocker' | 'forbid'>;

/** Each violation kind's sentence in one language (a missing one fails the type-check). */
function violationSentences(lang: Lang): ViolationSentences<ViolationKind> {
  return {
    ...E1_TEXT[lang], ...E2_TEXT[lang], ...E3_TEXT[lang], ...E4_TEXT[lang],
    ...P1_TEXT[lang], ...P2_TEXT[lang], ...P3_TEXT[lang], ...S_TEXT[lang], ...P4_TEXT[lang],
    ...R_TEXT[lang], ...Q_TEXT[lang], ...P5_TEXT[lang], ...P6_TEXT[lang], ...K_TEXT[lang],
  } satisfies ViolationSentences<ViolationKind>;
}

/** What each plan-rule instance asks for, in one language (blockers and forbids are worded from their violations). */
function instanceSentences(lang: Lang): InstanceSentences<PlanInstanceKind> {
  return {
    ...P3_INSTANCE_TEXT[lang], ...S_INSTANCE_TEXT[lang], ...P4_INSTANCE_TEXT[lang], ...R_INSTANCE_TEXT[lang],
    ...Q_INSTANCE_TEXT[lang], ...P5_INSTANCE_TEXT[lang], ...P6_INSTANCE_TEXT[lang], ...K_INSTANCE_TEXT[lang],
  } satisfies InstanceSentences<PlanInstanceKind>;
}

/** Why a candidate is stopped, in a few words, for each kind of relaxable blocker (the eligibility rules' own). */
function blockerSentences(lang: Lang) {
  return { ...E1_BLOCKER_TEXT[lang], ...E2_BLOCKER_TEXT[lang], ...E3_BLOCKER_TEXT[lang], ...E4_BLOCKER_TEXT[lang] };
}
export const BLOCKER_SENTENCES = { en: blockerSentences('en'), vi: blockerSentences('vi') } as const;

export const VIOLATION_SENTENCES = { en: violationSentences('en'), vi: violationSentences('vi') } as const satisfies Record<Lang, unknown>;
export const INSTANCE_SENTENCES = { en: instanceSentences('en'), vi: instanceSentences('vi') } as const satisfies Record<Lang, unknown>;

/** A row's name, asked of the rule that wrote it. */
export function rowName(tag: RowTag): string {
  const rule = PLAN_RULE_BY_ID[tag.rule] as PlanRule<typeof tag.rule>;
  return rule.rowName(tag as never);
}

/** What a row is to a diagnosis: asked of the rule that wrote it. */
export function rowRole(tag: RowTag, round: Round): RowRole {
  const rule = PLAN_RULE_BY_ID[tag.rule] as PlanRule<typeof tag.rule>;
  return rule.role(tag as never, round);
}

/** The eligibility rule a violation comes from (by rule id and the kinds it reports). */
function eligibilityRuleOf(v: Violation): EligibilityRule | undefined {
  return ELIGIBILITY_RULES.find((rule) => rule.id === v.rule && rule.blockerKey?.(v) !== undefined);
}

/** The diagnosis key of an eligibility blocker; undefined for background violations. */
export function blockerKey(v: Violation): string | undefined {
  return eligibilityRuleOf(v)?.blockerKey?.(v);
}

/** The changes that lift an instance, asked of the rule it belongs to; undefined when none is expressible. */
export function relaxationsOf(round: Round, instance: Instance): Change[] | undefined {
  const data = instance.data;
  if (data.kind === 'blocker') return eligibilityRuleOf(data.violation)?.relax?.(round, data.violation);
  if (data.kind === 'forbid') return [{ kind: 'drop-forbid', cadre: data.cadre, target: data.post ?? data.unit! }];
  if (instance.rule === 'E1' || instance.rule === 'E2' || instance.rule === 'E3' || instance.rule === 'E4') return undefined;
  return PLAN_RULE_BY_ID[instance.rule].relax?.(round, data);
}
