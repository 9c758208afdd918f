/**
 * Rule instances: the relaxable pieces a diagnosis speaks of. A plan rule contributes one
 * instance per row family it writes (must_fill(P), pin(C→P), stability_out(U), stability_in(U),
 * move_cap, quota(q:group), relatives(A,B)); an eligibility rule one per blocker, keyed so
 * that the same fact blocking many pairs is one instance (tenure(C) blocks every move of C;
 * objection(destination,C,U) every post of U; forbid(C,U) likewise).
 *
 * Background, never relaxed: what a plan is (P1 one move each, P2 holder moves out), E1's
 * "another unit" (a move inside one's unit is no rotation) and E2's succession planning
 * (quy hoạch is decided before a rotation round; candidates for a post are the cadres planned
 * for its title). A diagnosis is minimal with respect to the instances, on that background.
 */
import type { RuleId, Violation } from '../rules/violations.ts';
import type { ConsentSide, QuotaGroup } from '../scenario/schema.ts';

export type InstanceData =
  | { kind: 'must-fill'; post: string; unit: string; holder?: string }
  | { kind: 'pin'; cadre: string; post: string }
  | { kind: 'stability-out'; unit: string; cap: number }
  | { kind: 'stability-in'; unit: string; cap: number }
  | { kind: 'move-cap'; cap: number }
  | { kind: 'quota'; index: number; group: QuotaGroup; minShare: number }
  | { kind: 'relatives'; cadres: [string, string] }
  | { kind: 'forbid'; cadre: string; unit?: string; post?: string }
  | { kind: 'blocker'; violation: Violation }
  /** A row of a plan rule this module does not know (a later, opt-in rule). */
  | { kind: 'row'; name: string };

export interface Instance {
  /** Stable key, named like the model's rows: must_fill(P1), tenure(C3), objection(origin,C2). */
  readonly id: string;
  readonly rule: RuleId;
  readonly data: InstanceData;
}

/** The key of the eligibility blocker a violation stands for; undefined for background violations. */
export function blockerKey(v: Violation): string | undefined {
  switch (v.kind) {
    case 'same-unit':
    case 'planning':
    case 'wrong-origin':
      return undefined;
    case 'unavailable':
      return `unavailable(${v.cadre})`;
    case 'tenure':
    case 'rotations':
    case 'retirement':
    case 'rating':
      return `${v.kind}(${v.cadre})`;
    case 'no-return':
      return `no_return(${v.cadre},${v.unit})`;
    case 'non-local':
      return `non_local(${v.cadre},${v.post})`;
    case 'forbidden':
      return v.by === 'unit' ? `forbid(${v.cadre},${v.unit})` : `forbid(${v.cadre},${v.post})`;
    case 'objection':
      return v.side === 'destination' ? `objection(destination,${v.cadre},${v.unit})` : `objection(${v.side},${v.cadre})`;
    default:
      return JSON.stringify(v);
  }
}

/** The cadres, posts and units an instance concerns (for JSON and for grouping). */
export function concerned(instance: Instance, units: (post: string) => string): { cadres: string[]; posts: string[]; units: string[] } {
  const d = instance.data;
  switch (d.kind) {
    case 'must-fill': return { cadres: d.holder ? [d.holder] : [], posts: [d.post], units: [d.unit] };
    case 'pin': return { cadres: [d.cadre], posts: [d.post], units: [units(d.post)] };
    case 'stability-out':
    case 'stability-in': return { cadres: [], posts: [], units: [d.unit] };
    case 'move-cap':
    case 'quota':
    case 'row': return { cadres: [], posts: [], units: [] };
    case 'relatives': return { cadres: [...d.cadres], posts: [], units: [] };
    case 'forbid': return { cadres: [d.cadre], posts: d.post ? [d.post] : [], units: d.unit ? [d.unit] : d.post ? [units(d.post)] : [] };
    case 'blocker': {
      const v = d.violation as Violation & { cadre?: string; post?: string; unit?: string };
      return { cadres: v.cadre ? [v.cadre] : [], posts: v.post ? [v.post] : [], units: v.unit ? [v.unit] : [] };
    }
  }
}

export type { ConsentSide };
