/**
 * What a rule is: an id, a plain-language title, its source where one exists, and a check
 * that finds its violations. Eligibility rules judge one (cadre, post) pair; plan rules judge
 * a whole plan, write their rows into the integer program through `RowSink` (declared here,
 * implemented by src/model: rules never import the model), tag each row with a typed
 * instance (`RowTag`), and tell the diagnosis what relaxing an instance would mean.
 */
import type { Round } from '../scenario/round.ts';
import type { Cadre, Position, QuotaGroup } from '../scenario/schema.ts';
import type { Lang } from './text.ts';
import type { EligibilityRuleId, PlanRuleId, Violation, ViolationKind } from './violations.ts';

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
  /** The regulation the rule comes from, where there is one (contract 8.6). */
  readonly source?: string;
}

// ---------------------------------------------------------------------------------------
// Rows: what a plan rule writes, each tagged with the rule instance it belongs to
// ---------------------------------------------------------------------------------------

/** The rule instance a row comes from, as data (never parsed back from a row's name). */
export type RowTag =
  | { rule: 'P1'; kind: 'one-move'; cadre: string }
  | { rule: 'P1'; kind: 'one-cadre'; post: string }
  | { rule: 'P2'; post: string; holder: string }
  | { rule: 'P3'; post: string; unit: string; holder?: string }
  | { rule: 'S'; kind: 'out' | 'in'; unit: string; cap: number }
  | { rule: 'P4'; cap: number }
  | { rule: 'R'; cadres: [string, string]; unit: string }
  | { rule: 'Q'; kind: 'hard' | 'soft' | 'soft-exact' | 'soft-switch'; index: number; group: QuotaGroup; minShare: number }
  | { rule: 'P5'; cadre: string; post: string }
  | { rule: 'P6'; cadre: string }
  | { rule: 'K'; unit: string; cap: number };

export type RowTagOf<R extends PlanRuleId> = Extract<RowTag, { rule: R }>;

/** A move column of the model, as plan rules see it. */
export interface PairView {
  readonly index: number;
  readonly cadre: string;
  /** The post the cadre holds now (its `position`). */
  readonly from: string;
  readonly to: string;
  readonly fromUnit: string;
  readonly toUnit: string;
}

/** Where plan rules write their rows: the model builder implements it. */
export interface RowSink {
  readonly round: Round;
  readonly pairs: readonly PairView[];
  readonly pairsOfCadre: ReadonlyMap<string, readonly number[]>;
  readonly pairsIntoPost: ReadonlyMap<string, readonly number[]>;
  readonly pairsIntoUnit: ReadonlyMap<string, readonly number[]>;
  readonly pairsOutOfUnit: ReadonlyMap<string, readonly number[]>;
  /**
   * Adds `lower ≤ Σ values[k]·x[indices[k]] ≤ upper`, tagged with its instance; `values` is
   * one coefficient per index, or one number for all (a row of ones needs no array of them).
   * Plain or typed arrays (a quota's row spans every pair: 5 million entries at 5,000 cadres).
   */
  addRow(tag: RowTag, indices: ArrayLike<number>, values: ArrayLike<number> | number, lower: number, upper: number): void;
  /** Adds a column (continuous or integer) and returns its index. */
  addColumn(name: string, column: { integer: boolean; lower: number; upper: number; cost: number }): number;
}

// ---------------------------------------------------------------------------------------
// Diagnosis: the instances a rule's rows stand for, and the changes that lift them
// ---------------------------------------------------------------------------------------

/** What one relaxable instance is about (the data a diagnosis reports and words). */
export type InstanceData =
  | { kind: 'must-fill'; post: string; unit: string; holder?: string }
  | { kind: 'pin'; cadre: string; post: string }
  | { kind: 'stability-out'; unit: string; cap: number }
  | { kind: 'stability-in'; unit: string; cap: number }
  | { kind: 'move-cap'; cap: number }
  | { kind: 'quota'; index: number; group: QuotaGroup; minShare: number }
  | { kind: 'relatives'; cadres: [string, string] }
  | { kind: 'must-move'; cadre: string }
  | { kind: 'key-changes'; unit: string; cap: number }
  | { kind: 'forbid'; cadre: string; unit?: string; post?: string }
  | { kind: 'blocker'; violation: Violation };

export type InstanceKind = InstanceData['kind'];

/** A relaxable piece of the rules: `id` is stable and named like the rows (must_fill(P1)). */
export interface Instance {
  readonly id: string;
  readonly rule: EligibilityRuleId | PlanRuleId;
  readonly data: InstanceData;
}

/**
 * How a diagnosis reads a row: 'background' (always in: what a plan is), 'cost' (a soft term
 * that never makes a round infeasible), or the instance it enforces.
 */
export type RowRole = 'background' | 'cost' | Instance;

/** A change to a scenario that lifts an instance (offered by diagnose, checked by re-solving). */
export type Change =
  | { kind: 'drop-must-fill'; post: string }
  | { kind: 'drop-pin'; cadre: string; post: string }
  | { kind: 'make-available'; cadre: string }
  | { kind: 'drop-must-move'; cadre: string }
  | { kind: 'drop-forbid'; cadre: string; target: string }
  | { kind: 'drop-relatives'; cadres: [string, string] }
  /** A policy field, by its path under `policy` (e.g. stability.maxOutPerUnit). */
  | { kind: 'policy'; path: string; from: unknown; to: unknown };

// ---------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------

export interface EligibilityRule extends RuleInfo {
  readonly id: EligibilityRuleId;
  /** The sub-condition, e.g. 'tenure'. */
  readonly name: string;
  /** The condition in a few words, per language ("long enough in post"). */
  readonly words: { readonly [L in Lang]: string };
  /** False when the rule has nothing to judge in the round (a version 2 rule in a version 1 round). */
  applies?(round: Round): boolean;
  /** 'cadre': depends on the cadre only (checked once per cadre); 'pair': on the post too. */
  readonly scope: 'cadre' | 'pair';
  /**
   * True when a diagnosis never relaxes it (another unit, succession planning: what a
   * rotation is, decided before the round).
   */
  readonly background?: boolean;
  check(round: Round, cadre: Cadre, post: Position): Violation[];
  /**
   * The key of the relaxable blocker a violation of this rule stands for in a diagnosis,
   * keyed so that one fact blocking many pairs is one instance (tenure(C) blocks every move
   * of C); undefined for a background violation.
   */
  blockerKey?(v: Violation): string | undefined;
  /** The changes that lift a blocker of this rule, or undefined when none is expressible. */
  relax?(round: Round, v: Violation): Change[] | undefined;
}

export interface PlanRule<R extends PlanRuleId = PlanRuleId> extends RuleInfo {
  readonly id: R;
  readonly name: string;
  /** Violations of this rule in a plan whose moves are all known (cadre and posts exist). */
  check(round: Round, plan: Plan): Violation[];
  /** Adds this rule's rows (the inequalities are written above each rule's `rows`). */
  rows(sink: RowSink): void;
  /** The row's name, after the domain (`stability_out(U-FIN)`): for people reading solver output only. */
  rowName(tag: RowTagOf<R>): string;
  /** What a row of this rule is to a diagnosis. */
  role(tag: RowTagOf<R>, round: Round): RowRole;
  /** The changes that lift one of its instances, or undefined when none is expressible. */
  relax?(round: Round, data: InstanceData): Change[] | undefined;
}

/** Violations of one kind, for catalogues keyed by kind. */
export type ViolationOf<K extends ViolationKind> = Extract<Violation, { kind: K }>;
