/** Every rule of section 3, in the contract's order: the single list that checks, models and explains. */
import { available, otherUnit } from './eligibility/e1.ts';
import { noReturn, planning, rating, retirement, rotations, tenure } from './eligibility/e2.ts';
import { forbids, nonLocal } from './eligibility/e3.ts';
import { hardConsents } from './eligibility/e4.ts';
import { oneMoveEach } from './plan/p1.ts';
import { holderMovesOut } from './plan/p2.ts';
import { mustFill } from './plan/p3.ts';
import { moveCap } from './plan/p4.ts';
import { pins } from './plan/p5.ts';
import { quotas } from './plan/quotas.ts';
import { relatives } from './plan/relatives.ts';
import { stability } from './plan/stability.ts';
import type { EligibilityRule, PlanRule } from './types.ts';

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  otherUnit,
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

export const PLAN_RULES: readonly PlanRule[] = [
  oneMoveEach,
  holderMovesOut,
  mustFill,
  stability,
  moveCap,
  relatives,
  quotas,
  pins,
];

export const CADRE_RULES = ELIGIBILITY_RULES.filter((rule) => rule.scope === 'cadre');
export const PAIR_RULES = ELIGIBILITY_RULES.filter((rule) => rule.scope === 'pair');
