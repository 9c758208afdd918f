/**
 * Rule instances: the relaxable pieces a diagnosis speaks of. A plan rule contributes one
 * instance per row family it writes (must_fill(P), pin(C→P), stability_out(U), stability_in(U),
 * move_cap, quota(q:group), relatives(A,B), must_move(C), key_changes(U)), told by the rule
 * itself (`role`); an eligibility rule one per blocker (its `blockerKey`), keyed so
 * that the same fact blocking many pairs is one instance (tenure(C) blocks every move of C;
 * objection(destination,C,U) every post of U; forbid(C,U) likewise).
 *
 * Background, never relaxed: what a plan is (P1 one move each, P2 holder moves out), E1's
 * "another unit" (a move inside one's unit is no rotation) and E2's succession planning
 * (quy hoạch is decided before a rotation round; candidates for a post are the cadres planned
 * for its title). A diagnosis is minimal with respect to the instances, on that background.
 */
import { blockerKey } from '../rules/registry.ts';
import type { Instance, InstanceData } from '../rules/types.ts';
import type { Violation } from '../rules/violations.ts';
import type { ConsentSide } from '../scenario/schema.ts';

export type { Instance, InstanceData };
export { blockerKey };

/** The cadres, posts and units an instance concerns (for JSON and for grouping). */
export function concerned(instance: Instance, units: (post: string) => string): { cadres: string[]; posts: string[]; units: string[] } {
  const d = instance.data;
  switch (d.kind) {
    case 'must-fill': return { cadres: d.holder ? [d.holder] : [], posts: [d.post], units: [d.unit] };
    case 'pin': return { cadres: [d.cadre], posts: [d.post], units: [units(d.post)] };
    case 'stability-out':
    case 'stability-in':
    case 'key-changes': return { cadres: [], posts: [], units: [d.unit] };
    case 'move-cap':
    case 'quota': return { cadres: [], posts: [], units: [] };
    case 'relatives': return { cadres: [...d.cadres], posts: [], units: [] };
    case 'must-move': return { cadres: [d.cadre], posts: [], units: [] };
    case 'forbid': return { cadres: [d.cadre], posts: d.post ? [d.post] : [], units: d.unit ? [d.unit] : d.post ? [units(d.post)] : [] };
    case 'blocker': {
      const v = d.violation as Violation & { cadre?: string; post?: string; unit?: string };
      return { cadres: v.cadre ? [v.cadre] : [], posts: v.post ? [v.post] : [], units: v.unit ? [v.unit] : [] };
    }
  }
}

export type { ConsentSide };
