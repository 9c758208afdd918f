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
import type { ConsentSide } from '../scenario/schema.ts';

export type { Instance, InstanceData };
export { blockerKey };

/**
 * The cadres, posts and units an instance concerns (for JSON and for grouping), read from its
 * data's fields (`cadre`, `cadres`, `holder`, `post`, `unit`; a blocker's from its violation),
 * so that a new rule's instances need nothing here. A post without its unit adds the post's unit.
 */
export function concerned(instance: Instance, units: (post: string) => string): { cadres: string[]; posts: string[]; units: string[] } {
  const fields = (instance.data.kind === 'blocker' ? instance.data.violation : instance.data) as {
    cadre?: string; cadres?: readonly string[]; holder?: string; post?: string; unit?: string;
  };
  const cadres = [...(fields.cadre ? [fields.cadre] : []), ...(fields.cadres ?? []), ...(fields.holder ? [fields.holder] : [])];
  const posts = fields.post ? [fields.post] : [];
  const unitIds = fields.unit ? [fields.unit] : instance.data.kind !== 'blocker' && fields.post ? [units(fields.post)] : [];
  return { cadres: [...new Set(cadres)], posts, units: unitIds };
}

export type { ConsentSide };
