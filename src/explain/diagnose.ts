/**
 * Why no feasible plan exists: a minimal set of rule instances that cannot hold together
 * (no member can be dropped while the rest still cannot), then relaxations to consider,
 * each checked by re-solving the changed scenario.
 *
 * 1. Elastic filter (Chinneck): solve the extended model with every instance elastic,
 *    minimising how many are switched off; enforce those and solve again, until the
 *    enforced set alone is infeasible. The first answer is also a smallest set of
 *    instances whose relaxation makes the round feasible.
 * 2. Deletion filter: drop each member in turn; keep it out when the rest stays infeasible.
 *    Each test is one feasibility solve; what remains is minimal because dropping
 *    constraints from a feasible set keeps it feasible.
 *
 * A feasibility test asks the LP relaxation first: no LP point means no plan, and an LP
 * vertex that is integral is a plan (these rows are mostly "at most one" rows, so it usually
 * is). Only a fractional vertex costs an integer solve. At 700 cadres an integer test of the
 * 146,000-pair extended model takes about 1 s, its LP about 0.1 s (on the model opened once,
 * see `Tests`).
 */
import type { LinearModel } from '../model/linear.ts';
import type { Round } from '../scenario/round.ts';
import { chooseBackend, type SolverChoice } from '../solver/choose.ts';
import { isIntegral, type SolveResult, type SolverSession } from '../solver/backend.ts';
import { buildExtendedModel, subModel, type ExtendedModel } from './extended-model.ts';
import { concerned, type Instance, type InstanceData } from './instances.ts';
import type { RuleId } from '../rules/violations.ts';
import { proposeRelaxations, type Relaxation } from './relaxations.ts';

export interface Candidate {
  readonly cadre: string;
  /** Conflict members that stop this cadre from taking the post. */
  readonly blockedBy: readonly string[];
}

export interface Conflict {
  readonly id: string;
  readonly rule: RuleId;
  readonly data: InstanceData;
  readonly cadres: readonly string[];
  readonly posts: readonly string[];
  readonly units: readonly string[];
  /** For a must-fill post: every cadre planned for its title (from another unit) and what stops each. */
  readonly candidates?: readonly Candidate[];
}

export interface Diagnosis {
  readonly scenario: string;
  readonly feasible: boolean;
  readonly conflicts: readonly Conflict[];
  /** A smallest set of instances whose relaxation lets a plan exist (from the elastic solve). */
  readonly correction: readonly string[];
  readonly relaxations: readonly Relaxation[];
  readonly stats: { instances: number; pairs: number; solves: number; seconds: number; conflictSeconds?: number };
}

export interface DiagnoseOptions {
  readonly solver?: SolverChoice;
  /** Instances always enforced and never reported (why-not's forced move). */
  readonly fixed?: readonly string[];
  /** Propose and check relaxations (default true). */
  readonly relaxations?: boolean;
  /** Seconds for each relaxation's re-solve (default 10). */
  readonly relaxationTimeLimit?: number;
  /**
   * Only the conflict is wanted (why-not's move that no plan can contain): no relaxations and
   * no `correction` (left empty). The elastic filter then runs on the LP relaxation, a few
   * times faster: a set of instances whose LP relaxation has no point has no plan either, and
   * the deletion filter still tests each member on the integer program, so the conflict stays
   * minimal. When the LP relaxation has a point although no plan exists, the filter goes on
   * with integer solves.
   */
  readonly conflictOnly?: boolean;
  /** The caller has proven that no plan exists (why-not's forced solve): the first feasibility test is skipped. */
  readonly knownInfeasible?: boolean;
}

export async function diagnoseRound(round: Round, options: DiagnoseOptions = {}): Promise<Diagnosis> {
  const started = performance.now();
  const ext = buildExtendedModel(round);
  const fixed = new Set((options.fixed ?? []).filter((id) => ext.instances.has(id)));
  const all = [...ext.instances.keys()];
  const tests = new Tests(ext, fixed, all, options.solver ?? 'auto');
  try {
    return await diagnoseWith(round, options, ext, fixed, all, tests, started);
  } finally {
    await tests.close();
  }
}

/**
 * Every solve of one diagnosis, on one model opened once (its integer program and its LP
 * relaxation, each in a session of its own): every instance but the fixed ones is elastic
 * (its r column), and a test fixes the r columns: 0 for an enforced instance, 1 for one left
 * out (its rows then hold whatever the pairs do), free for an elastic one. The same sets as
 * `subModel(ext, enforced, elastic)`, without sending a 146,000-column model to a worker for
 * each test (0.15-0.35 s each at 700 cadres). Feasibility tests only: HiGHS without presolve
 * (on the extended model it costs seconds per solve and saves nothing).
 */
class Tests {
  solves = 0;
  private readonly model: LinearModel;
  private readonly columns: ReadonlyMap<string, number>;
  private readonly sessions = new Map<'lp' | 'ip', Promise<SolverSession>>();

  constructor(
    ext: ExtendedModel,
    fixed: ReadonlySet<string>,
    private readonly all: readonly string[],
    private readonly solver: SolverChoice,
  ) {
    const { model, elasticColumns } = subModel(ext, fixed, new Set(all.filter((id) => !fixed.has(id))));
    this.model = model;
    this.columns = elasticColumns;
  }

  /** The r column of each instance (an instance whose rows always hold has none). */
  elasticColumns(elastic: ReadonlySet<string>): [string, number][] {
    return [...this.columns].filter(([id]) => elastic.has(id));
  }

  /** The model's LP relaxation ('lp') or integer program ('ip') with these instances enforced and these elastic (the rest left out). */
  async solve(kind: 'lp' | 'ip', enforced: ReadonlySet<string>, elastic: ReadonlySet<string> = new Set()): Promise<SolveResult> {
    this.solves += 1;
    const forbid: number[] = [];
    const force: number[] = [];
    for (const id of this.all) {
      const column = this.columns.get(id);
      if (column === undefined || elastic.has(id)) continue;
      (enforced.has(id) ? forbid : force).push(column);
    }
    const session = await this.session(kind);
    const result = await session.solve({ force, forbid });
    if (result.status === 'error') throw new Error(`diagnose: ${result.message ?? 'solver error'}`);
    return result;
  }

  async close(): Promise<void> {
    const opened = await Promise.allSettled(this.sessions.values());
    await Promise.all(opened.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  }

  private session(kind: 'lp' | 'ip'): Promise<SolverSession> {
    let session = this.sessions.get(kind);
    if (!session) {
      const model = kind === 'lp' ? lpRelaxation(this.model) : this.model;
      session = chooseBackend(this.solver, model).open(model, { presolve: false, restrict: 'off', grid: false });
      this.sessions.set(kind, session);
    }
    return session;
  }
}

async function diagnoseWith(
  round: Round,
  options: DiagnoseOptions,
  ext: ExtendedModel,
  fixed: ReadonlySet<string>,
  all: readonly string[],
  tests: Tests,
  started: number,
): Promise<Diagnosis> {
  // Solutions seen so far (the empty plan first): a set they satisfy needs no solve.
  const width = ext.base.columns.names.length;
  const known: Float64Array[] = [new Float64Array(width)];
  const feasible = async (enforced: ReadonlySet<string>) => {
    const { model } = subModel(ext, enforced);
    if (known.some((values) => satisfies(model, values))) return true;
    const relaxed = await tests.solve('lp', enforced);
    if (relaxed.status === 'infeasible') return false;
    if (relaxed.values && isIntegral(model, relaxed.values) && satisfies(model, relaxed.values)) {
      known.push(relaxed.values.slice(0, width));
      return true;
    }
    const result = await tests.solve('ip', enforced);
    if (result.status === 'infeasible') return false;
    if (result.values) known.push(result.values.slice(0, width));
    return true;
  };
  const stats = () => ({ instances: all.length, pairs: ext.pairs.length, solves: tests.solves, seconds: (performance.now() - started) / 1000 });

  if (!options.knownInfeasible && (await feasible(new Set(all)))) {
    return { scenario: round.scenario.name, feasible: true, conflicts: [], correction: [], relaxations: [], stats: stats() };
  }
  // 1. Elastic filter (on the LP relaxation while it serves, for a conflict only).
  const enforced = new Set(fixed);
  let correction: string[] | undefined;
  let relaxation = options.conflictOnly === true;
  for (;;) {
    const elastic = new Set(all.filter((id) => !enforced.has(id)));
    const result = await tests.solve(relaxation ? 'lp' : 'ip', enforced, elastic);
    if (result.status === 'infeasible') break;
    if (!result.values) throw new Error('diagnose: the elastic model was not solved');
    // An LP point switches instances off in part: each one it touches is enforced.
    const relaxed = tests.elasticColumns(elastic).filter(([, column]) => result.values![column]! > (relaxation ? 1e-6 : 0.5)).map(([id]) => id);
    if (relaxation && relaxed.length === 0) {
      relaxation = false;
      continue;
    }
    if (!relaxation) {
      known.push(result.values.slice(0, width));
      if (!options.conflictOnly) correction ??= relaxed;
    }
    if (relaxed.length === 0) {
      // Told infeasible, yet a plan keeps every instance: the caller's proof was of another
      // model; the round itself is feasible.
      if (options.knownInfeasible && enforced.size === fixed.size) {
        return { scenario: round.scenario.name, feasible: true, conflicts: [], correction: [], relaxations: [], stats: stats() };
      }
      throw new Error('diagnose: the round is infeasible yet nothing needs relaxing');
    }
    for (const id of relaxed) enforced.add(id);
  }
  // 2. Deletion filter, over the members in instance order.
  const members = all.filter((id) => enforced.has(id) && !fixed.has(id));
  const kept = new Set(enforced);
  for (const id of members) {
    kept.delete(id);
    if (await feasible(kept)) kept.add(id);
  }
  const conflictIds = all.filter((id) => kept.has(id) && !fixed.has(id));
  const conflictSeconds = (performance.now() - started) / 1000;
  const conflicts = conflictIds.map((id) => conflictOf(ext, ext.instances.get(id)!, new Set(conflictIds)));
  const relaxations = options.relaxations === false || options.conflictOnly
    ? []
    : await proposeRelaxations(round, ext, conflictIds, correction ?? [], { solver: options.solver, timeLimit: options.relaxationTimeLimit ?? 10 });
  return { scenario: round.scenario.name, feasible: false, conflicts, correction: correction ?? [], relaxations, stats: { ...stats(), conflictSeconds } };
}

/** The model with every column continuous. */
function lpRelaxation(model: LinearModel): LinearModel {
  return { ...model, columns: { ...model.columns, integer: model.columns.integer.map(() => false) }, packed: undefined };
}

/** True when the values meet every row and column bound of the model (within 1e-6). */
export function satisfies(model: LinearModel, values: ArrayLike<number>): boolean {
  const { lower, upper } = model.columns;
  for (let i = 0; i < lower.length; i++) {
    const v = values[i] ?? 0;
    if (v < lower[i]! - 1e-6 || v > upper[i]! + 1e-6) return false;
  }
  for (const row of model.rows) {
    let sum = 0;
    for (let k = 0; k < row.indices.length; k++) sum += row.values[k]! * (values[row.indices[k]!] ?? 0);
    if (sum < row.lower - 1e-6 || sum > row.upper + 1e-6) return false;
  }
  return true;
}

function conflictOf(ext: ExtendedModel, instance: Instance, members: ReadonlySet<string>): Conflict {
  const unitOf = (post: string) => ext.round.posts.get(post)?.unit ?? post;
  const base = { id: instance.id, rule: instance.rule, data: instance.data, ...concerned(instance, unitOf) };
  if (instance.data.kind !== 'must-fill') return base;
  const post = instance.data.post;
  const candidates: Candidate[] = [];
  ext.pairs.forEach((pair) => {
    if (pair.to !== post) return;
    candidates.push({ cadre: pair.cadre, blockedBy: ext.blockersOf[pair.index]!.filter((id) => members.has(id)) });
  });
  return { ...base, candidates };
}

export { buildExtendedModel, subModel };
