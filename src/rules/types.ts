/**
 * What a rule is: an id, a plain-language title, its source where one exists, and a check
 * that finds its violations. Eligibility rules judge one (cadre, post) pair; plan rules judge
 * a whole plan and add their rows to the integer program.
 */
import type { Round } from '../scenario/round.ts';
import type { Cadre, Position } from '../scenario/schema.ts';
import type { ModelBuilder } from '../model/builder.ts';
import type { EligibilityRuleId, PlanRuleId, Violation } from './violations.ts';

export interface Move {
  readonly cadre: string;
  readonly from: string;
  readonly to: string;
}

export interface Plan {
  readonly moves: readonly Move[];
}

export interface RuleInfo {
  readonly title: string;
  /** The regulation the rule comes from, where there is one. */
  readonly source?: string;
}

export interface EligibilityRule extends RuleInfo {
  readonly id: EligibilityRuleId;
  /** The sub-condition, e.g. 'tenure'. */
  readonly name: string;
  /** 'cadre': depends on the cadre only (checked once per cadre); 'pair': on the post too. */
  readonly scope: 'cadre' | 'pair';
  check(round: Round, cadre: Cadre, post: Position): Violation[];
}

export interface PlanRule extends RuleInfo {
  readonly id: PlanRuleId;
  readonly name: string;
  /** Violations of this rule in a plan whose moves are all known (cadre and posts exist). */
  check(round: Round, plan: Plan): Violation[];
  /** Adds this rule's rows to the model (the inequalities are written above each rule). */
  rows(model: ModelBuilder): void;
}
