/**
 * The extended model a diagnosis searches: one column for every pair that only relaxable
 * blockers stop (another unit, a planned title), each blocked pair guarded by its blockers,
 * and every plan rule's own rows (written by the rules' `rows`), each row's typed tag turned
 * into the instance it belongs to by the rule that wrote it (`rowRole`). From it, `subModel(enforced, elastic)` makes the MILP
 * for a set of instances:
 *   - enforced: rows as the rule wrote them; pairs an enforced blocker stops get upper 0;
 *   - elastic:  each one-sided row gets a 0/1 column r (cost −1) that can switch it off:
 *               a·x − M·r ≤ upper with M = max(a·x) − upper, a·x + M·r ≥ lower with
 *               M = lower − min(a·x); a blocker's guard is Σ_{pairs it stops} x − k·r ≤ 0
 *               (k the number of cadres concerned: each moves at most once);
 *   - neither:  dropped.
 * The background (P1, P2, another unit, planning) is always in.
 */
import { ModelBuilder, type Pair } from '../model/builder.ts';
import type { LinearModel, LinearRow } from '../model/linear.ts';
import { ELIGIBILITY_RULES, PLAN_RULES, rowRole } from '../rules/registry.ts';
import { plannedPosts } from '../rules/eligibility.ts';
import { RULE_ORDER, type RuleId } from '../rules/violations.ts';
import { homeUnit, type Round } from '../scenario/round.ts';
import { blockerKey, type Instance } from './instances.ts';

export interface ExtendedModel {
  readonly round: Round;
  readonly pairs: readonly Pair[];
  /** Instances by id, in a deterministic order (rule order, then id). */
  readonly instances: ReadonlyMap<string, Instance>;
  /** Instance id → the pair columns it blocks (eligibility blockers only). */
  readonly blocks: ReadonlyMap<string, readonly number[]>;
  /** Pair column → ids of the blockers that stop it. */
  readonly blockersOf: readonly (readonly string[])[];
  /** Rows of plan rules with the instance they belong to (undefined: background). */
  readonly rows: readonly { row: LinearRow; instance?: string }[];
  readonly base: LinearModel;
}

export function buildExtendedModel(round: Round): ExtendedModel {
  const background = ELIGIBILITY_RULES.filter((rule) => rule.background === true);
  const relaxable = ELIGIBILITY_RULES.filter((rule) => rule.background !== true);
  const instances = new Map<string, Instance>();
  const blocks = new Map<string, number[]>();
  const blockersOf: string[][] = [];
  const pairs: Pair[] = [];
  const postOrder = new Map(round.scenario.positions.map((post, i) => [post.id, i]));
  const anyPost = round.scenario.positions[0];
  const cadreRules = relaxable.filter((rule) => rule.scope === 'cadre');
  const pairRules = relaxable.filter((rule) => rule.scope === 'pair');
  for (const cadre of round.scenario.cadres) {
    // A rule of the cadre alone is asked once per cadre, not once per pair.
    const ofCadre = anyPost ? cadreRules.flatMap((rule) => rule.check(round, cadre, anyPost)) : [];
    for (const postId of plannedPosts(round, cadre, postOrder)) {
      const post = round.posts.get(postId)!;
      if (background.some((rule) => rule.check(round, cadre, post).length > 0)) continue;
      const keys = new Set<string>();
      const violations = [...ofCadre, ...pairRules.flatMap((rule) => rule.check(round, cadre, post))];
      for (const violation of violations) {
        if (violation.kind === 'forbidden') continue; // every matching forbid, below
        const key = blockerKey(violation);
        if (key === undefined) continue;
        keys.add(key);
        if (!instances.has(key)) instances.set(key, { id: key, rule: violation.rule, data: { kind: 'blocker', violation } });
      }
      // The forbids rule reports the first matching forbid; a diagnosis needs each of them.
      for (const forbid of round.scenario.forbids) {
        if (forbid.cadre !== cadre.id) continue;
        const target = forbid.position != null && forbid.position === post.id ? { post: post.id } : forbid.unit != null && forbid.unit === post.unit ? { unit: post.unit } : undefined;
        if (!target) continue;
        const key = `forbid(${cadre.id},${target.post ?? target.unit})`;
        keys.add(key);
        if (!instances.has(key)) instances.set(key, { id: key, rule: 'E3', data: { kind: 'forbid', cadre: cadre.id, ...target } });
      }
      const index = pairs.length;
      pairs.push({ index, cadre: cadre.id, from: cadre.position, to: post.id, fromUnit: homeUnit(round, cadre), toUnit: post.unit, value: 0 });
      const list = [...keys].sort();
      blockersOf.push(list);
      for (const key of list) (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(index);
    }
  }
  const builder = new ModelBuilder(round, pairs);
  for (const rule of PLAN_RULES) rule.rows(builder);
  const base = builder.build();
  const rows: { row: LinearRow; instance?: string }[] = [];
  base.rows.forEach((row, i) => {
    const role = rowRole(builder.tags[i]!, round);
    if (role === 'cost') return; // a soft term costs points, it never makes a round infeasible
    if (role === 'background') return rows.push({ row });
    rows.push({ row, instance: role.id });
    if (!instances.has(role.id)) instances.set(role.id, role);
  });
  // Plan rules' instances first (those of version 1 in the order a planner reads them, any
  // other in the registry's order), then the eligibility blockers.
  const first: RuleId[] = ['P3', 'P5', 'S', 'P4', 'Q', 'R'];
  const rank = (rule: RuleId) => (rule.startsWith('E') ? 1000 : 0) + (first.includes(rule) ? first.indexOf(rule) : 100 + RULE_ORDER.indexOf(rule));
  const sorted = new Map(
    [...instances.values()]
      .sort((a, b) => (rank(a.rule) - rank(b.rule)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((instance) => [instance.id, instance]),
  );
  return { round, pairs, instances: sorted, blocks, blockersOf, rows, base };
}

/**
 * The MILP of a set of instances (see the header). Fixed columns keep their bounds; elastic
 * instances get an r column each (listed in `elasticColumns`), cost −1, all others cost 0.
 */
export function subModel(
  ext: ExtendedModel,
  enforced: ReadonlySet<string>,
  elastic: ReadonlySet<string> = new Set(),
): { model: LinearModel; elasticColumns: Map<string, number> } {
  const base = ext.base.columns;
  const names = [...base.names];
  const integer = [...base.integer];
  const lower = [...base.lower];
  const upper = [...base.upper];
  const cost = base.names.map(() => 0);
  const rows: LinearRow[] = [];
  const elasticColumns = new Map<string, number>();
  const rOf = (id: string) => {
    let column = elasticColumns.get(id);
    if (column === undefined) {
      column = names.length;
      names.push(`relax(${id})`);
      integer.push(true);
      lower.push(0);
      upper.push(1);
      cost.push(-1);
      elasticColumns.set(id, column);
    }
    return column;
  };
  for (const { row, instance } of ext.rows) {
    if (instance === undefined || enforced.has(instance)) {
      rows.push(row);
      continue;
    }
    if (!elastic.has(instance)) continue;
    const r = rOf(instance);
    let max = 0;
    let min = 0;
    row.indices.forEach((column, k) => {
      const a = row.values[k]!;
      const hi = upper[column]! === Infinity ? 1e6 : upper[column]!;
      if (a > 0) (max += a * hi, min += a * lower[column]!);
      else (max += a * lower[column]!, min += a * hi);
    });
    if (Number.isFinite(row.upper) && max > row.upper) {
      rows.push({ name: `${row.name}~up`, indices: [...row.indices, r], values: [...row.values, -(max - row.upper)], lower: -Infinity, upper: row.upper });
    } else if (Number.isFinite(row.upper)) rows.push({ ...row, lower: -Infinity });
    if (Number.isFinite(row.lower) && min < row.lower) {
      rows.push({ name: `${row.name}~low`, indices: [...row.indices, r], values: [...row.values, row.lower - min], lower: row.lower, upper: Infinity });
    } else if (Number.isFinite(row.lower)) rows.push({ ...row, upper: Infinity });
  }
  for (const [id, pairs] of ext.blocks) {
    if (enforced.has(id)) {
      for (const column of pairs) upper[column] = 0;
    } else if (elastic.has(id)) {
      const cadres = new Set(pairs.map((column) => ext.pairs[column]!.cadre)).size;
      const r = rOf(id);
      rows.push({ name: `guard(${id})`, indices: [...pairs, r], values: [...pairs.map(() => 1), -cadres], lower: -Infinity, upper: 0 });
    }
  }
  // An enforced instance whose columns are all fixed at 0 may leave empty rows: keep them (0 within bounds, or a contradiction).
  return { model: { columns: { names, integer, lower, upper, cost }, rows, offset: 0 }, elasticColumns };
}
