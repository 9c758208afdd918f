/**
 * Relaxations to consider when a round has no feasible plan: for each member of the
 * conflict, the change to the scenario a planner would make to lift it, as the rule that owns
 * the instance says (drop mustFill on a post, drop a pin or a must-move, make a side's consent
 * soft, lower a threshold to the cadre's value, raise a cap by one, make a hard quota soft, …). Each is applied to the scenario and re-solved;
 * only those that really let a plan exist are offered, with the objective they allow.
 * When no single change is enough, the changes of a smallest correction set together.
 */
import { relaxationsOf } from '../rules/registry.ts';
import type { Change } from '../rules/types.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import { RATINGS, type Rating, type Scenario } from '../scenario/schema.ts';
import type { SolverChoice } from '../solver/choose.ts';
import { solveRound } from '../search/kbest.ts';
import { withKinds, type KindedMove } from './kinded.ts';
import type { ExtendedModel } from './extended-model.ts';
import type { Instance } from './instances.ts';

export type { Change };

export interface Relaxation {
  /** The conflict members (or correction-set members) it lifts. */
  readonly lifts: readonly string[];
  readonly changes: readonly Change[];
  /** The best objective the changed scenario allows (the round is feasible with it). */
  readonly objective: number;
  /** False when the re-solve hit its time limit (the objective is then a plan found, maybe not the best). */
  readonly proven: boolean;
  readonly moves: readonly KindedMove[];
}

/** The changes that lift one instance (each rule says what relaxing its instances means), or undefined. */
export function changesFor(round: Round, instance: Instance): Change[] | undefined {
  return relaxationsOf(round, instance);
}

/** The scenario with the changes made (a new object; the input is untouched). */
export function applyChanges(scenario: Scenario, changes: readonly Change[]): Scenario {
  const next: Scenario = structuredClone(scenario);
  for (const change of changes) {
    switch (change.kind) {
      case 'drop-must-fill':
        for (const post of next.positions) if (post.id === change.post) post.mustFill = false;
        break;
      case 'drop-pin':
        next.pins = next.pins.filter((pin) => !(pin.cadre === change.cadre && pin.position === change.post));
        break;
      case 'make-available':
        for (const cadre of next.cadres) if (cadre.id === change.cadre) cadre.available = true;
        break;
      case 'drop-must-move':
        for (const cadre of next.cadres) if (cadre.id === change.cadre) cadre.mustMove = false;
        break;
      case 'drop-forbid':
        next.forbids = next.forbids
          .map((forbid) => {
            if (forbid.cadre !== change.cadre) return forbid;
            const copy = { ...forbid };
            if (copy.position === change.target) copy.position = null;
            if (copy.unit === change.target) copy.unit = null;
            return copy;
          })
          .filter((forbid) => forbid.position != null || forbid.unit != null);
        break;
      case 'drop-relatives': {
        const [a, b] = change.cadres;
        for (const cadre of next.cadres) {
          if (cadre.id === a) cadre.relatives = cadre.relatives.filter((id) => id !== b);
          if (cadre.id === b) cadre.relatives = cadre.relatives.filter((id) => id !== a);
        }
        break;
      }
      case 'policy':
        setPolicy(next.policy as unknown as Record<string, unknown>, change.path, structuredClone(change.to));
        break;
    }
  }
  return next;
}

function setPolicy(policy: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(/\.|\[(\d+)\]\.?/).filter((key) => key !== undefined && key !== '');
  let target: Record<string, unknown> = policy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
}

/** Merges changes of several instances: the same policy path keeps the loosest value (the last). */
function merge(lists: readonly Change[][]): Change[] {
  const out = new Map<string, Change>();
  for (const change of lists.flat()) {
    const key = change.kind === 'policy' ? `policy:${change.path}` : JSON.stringify(change);
    const previous = out.get(key);
    if (previous?.kind === 'policy' && change.kind === 'policy' && change.path === 'nonLocalTitles') {
      const from = previous.to as string[];
      out.set(key, { ...change, from: previous.from, to: from.filter((t) => (change.to as string[]).includes(t)) });
    } else out.set(key, previous?.kind === 'policy' && change.kind === 'policy' ? { ...change, from: previous.from, to: looser(change.path, previous.to, change.to) } : change);
  }
  return [...out.values()];
}

function looser(path: string, a: unknown, b: unknown): unknown {
  if (path === 'minRating') {
    // The looser of two minimum ratings is the lower one (excellent > good > complete > incomplete).
    return RATINGS.indexOf(a as Rating) > RATINGS.indexOf(b as Rating) ? a : b;
  }
  if (typeof a !== 'number' || typeof b !== 'number') return b;
  const lower = ['minTenureMonths', 'rotationTermMonths', 'minYearsToRetirement', 'minYearsToRetirementShort', 'noReturnYears'].includes(path);
  return lower ? Math.min(a, b) : Math.max(a, b);
}

export async function proposeRelaxations(
  round: Round,
  ext: ExtendedModel,
  conflict: readonly string[],
  correction: readonly string[],
  options: { solver?: SolverChoice; timeLimit?: number },
): Promise<Relaxation[]> {
  const tried = new Set<string>();
  const offered: Relaxation[] = [];
  const attempt = async (lifts: string[], changes: Change[]) => {
    const key = JSON.stringify(changes);
    if (changes.length === 0 || tried.has(key)) return;
    tried.add(key);
    const changed = buildRound(applyChanges(round.scenario, changes));
    const outcome = await solveRound(changed, { solver: options.solver, timeLimit: options.timeLimit });
    const plan = outcome.plans[0];
    if (plan) offered.push({ lifts, changes, objective: plan.objective, proven: plan.proven, moves: withKinds(changed, plan.moves) });
  };
  for (const id of conflict) {
    const changes = changesFor(round, ext.instances.get(id)!);
    if (changes) await attempt([id], changes);
  }
  if (offered.length === 0 && correction.length > 0) {
    const lists = correction.map((id) => changesFor(round, ext.instances.get(id)!));
    if (lists.every((list) => list !== undefined)) await attempt([...correction], merge(lists as Change[][]));
  }
  return offered.sort((a, b) => b.objective - a.objective);
}
