/**
 * What-if overlays that only relax or only tighten a scenario, as section 6 overlays (raw
 * objects for `extends`), built from the loaded scenario. Relaxing never removes a feasible
 * plan and never lowers a plan's score; tightening is the reverse. Weights and youngAge are
 * left alone: changing them reprices plans, which is neither.
 */
import fc from 'fast-check';
import type { Scenario } from '../../src/scenario/schema.ts';

export type Direction = 'relax' | 'tighten';

const RATING_ORDER = ['excellent', 'good', 'complete', 'incomplete'] as const;
const MODE_ORDER = ['hard', 'soft', 'ignore'] as const;

/** One change in one direction, as a policy overlay or other overlay fields. */
type Change = (s: Scenario, dir: Direction) => Record<string, unknown> | undefined;

const step = (value: number, dir: Direction, by: number, min = 0) => Math.max(min, dir === 'relax' ? value + by : value - by);

export const CHANGES: Record<string, Change> = {
  maxOutPerUnit: (s, d) => ({ policy: { stability: { maxOutPerUnit: step(s.policy.stability.maxOutPerUnit, d, 1) } } }),
  maxInPerUnit: (s, d) => ({ policy: { stability: { maxInPerUnit: step(s.policy.stability.maxInPerUnit, d, 1) } } }),
  maxOutShare: (s, d) => ({ policy: { stability: { maxOutShare: Math.min(1, step(s.policy.stability.maxOutShare, d, 0.25)) } } }),
  minTenureMonths: (s, d) => ({ policy: { minTenureMonths: step(s.policy.minTenureMonths, d, -12) } }),
  maxRotations: (s, d) => ({ policy: { maxRotations: step(s.policy.maxRotations, d, 1) } }),
  noReturnYears: (s, d) => ({ policy: { noReturnYears: step(s.policy.noReturnYears, d, -2) } }),
  minYearsToRetirement: (s, d) => ({ policy: { minYearsToRetirement: step(s.policy.minYearsToRetirement, d, -3) } }),
  retirementAge: (s, d) => ({ policy: { retirementAge: { male: step(s.policy.retirementAge.male, d, 2), female: step(s.policy.retirementAge.female, d, 2) } } }),
  minRating: (s, d) => {
    const at = RATING_ORDER.indexOf(s.policy.minRating);
    const next = Math.min(RATING_ORDER.length - 1, Math.max(0, d === 'relax' ? at + 1 : at - 1));
    return { policy: { minRating: RATING_ORDER[next] } };
  },
  requirePlanning: (_s, d) => ({ policy: { requirePlanning: d === 'tighten' } }),
  nonLocalTitles: (s, d) => {
    const titles = [...new Set(s.positions.map((p) => p.title))].sort();
    return { policy: { nonLocalTitles: d === 'relax' ? s.policy.nonLocalTitles.slice(1) : titles } };
  },
  maxMoves: (s, d) => {
    const now = s.policy.maxMoves;
    if (d === 'relax') return { policy: { maxMoves: now === null ? null : now + 1 } };
    return { policy: { maxMoves: now === null ? Math.max(0, s.cadres.length - 1) : Math.max(0, now - 1) } };
  },
  consent: (s, d) => {
    // soft ↔ ignore reprices plans by weights.objection: only one-way when that weight is ≥ 0.
    const last = s.policy.weights.objection >= 0 ? 2 : 1;
    const move = (mode: (typeof MODE_ORDER)[number]) => {
      const at = MODE_ORDER.indexOf(mode);
      if (at > last) return mode;
      return MODE_ORDER[Math.min(last, Math.max(0, at + (d === 'relax' ? 1 : -1)))];
    };
    const { origin, destination, cadre } = s.policy.consent;
    return { policy: { consent: { origin: move(origin), destination: move(destination), cadre: move(cadre) } } };
  },
  // A soft quota's shortfall is priced by weights.quotaShortfall: one-way only when it is ≥ 0.
  quotas: (s, d) =>
    s.policy.quotas.length === 0
      ? undefined
      : {
          policy: {
            quotas: s.policy.quotas.map((q) =>
              q.mode === 'soft' && s.policy.weights.quotaShortfall < 0 ? q : { ...q, minShare: Math.min(1, step(q.minShare, d, -0.2)) },
            ),
          },
        },
  // Tightening only: lists that overlays append to.
  forbid: (s, d) => (d === 'relax' || s.cadres.length === 0 ? undefined : { forbids: [{ cadre: s.cadres[0]!.id, unit: s.units.at(-1)!.id }] }),
  // An objection with a negative weight.objection would be a bonus where the side is soft.
  objection: (s, d) =>
    d === 'relax' || s.cadres.length === 0 || (s.policy.consent.origin === 'soft' && s.policy.weights.objection < 0)
      ? undefined
      : { consents: [{ side: 'origin', cadre: s.cadres.at(-1)!.id, agree: false }] },
  // Entries merged by id.
  available: (s, d) => {
    const target = s.cadres.find((c) => c.available === (d === 'tighten'));
    return target ? { cadres: [{ id: target.id, available: d === 'relax' }] } : undefined;
  },
  mustFill: (s, d) => {
    const target = s.positions.find((p) => p.mustFill === (d === 'relax'));
    return target ? { positions: [{ id: target.id, mustFill: d === 'tighten' }] } : undefined;
  },
  newPost: (s, d) =>
    d === 'tighten' ? undefined : { positions: [{ id: 'NEW-POST', unit: s.units[0]!.id, title: s.positions[0]!.title, offers: ['g0', 'g1'] }] },
};

/** Merges several overlays' fields (policy deeply; lists concatenated) into one overlay. */
export function combine(parts: readonly Record<string, unknown>[]): Record<string, unknown> {
  const deep = (a: unknown, b: unknown): unknown => {
    if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
      for (const [k, v] of Object.entries(b)) out[k] = k in out ? deep(out[k], v) : v;
      return out;
    }
    return b;
  };
  return parts.reduce<Record<string, unknown>>((acc, part) => deep(acc, part) as Record<string, unknown>, {});
}

/** A few changes in one direction, combined into one overlay (names listed for messages). */
export function overlayArb(scenario: Scenario, dir: Direction): fc.Arbitrary<{ names: string[]; overlay: Record<string, unknown> }> {
  const names = Object.keys(CHANGES).filter((name) => CHANGES[name]!(scenario, dir) !== undefined);
  return fc.subarray(names, { minLength: 1, maxLength: 3 }).map((chosen) => ({
    names: chosen,
    overlay: combine(chosen.map((name) => CHANGES[name]!(scenario, dir)!)),
  }));
}

/** Changes whose overlay can be undone by another overlay (appended lists cannot). */
const UNDOABLE = (name: string) => name !== 'forbid' && name !== 'objection' && name !== 'newPost';

/**
 * The overlay that sets back, from the original scenario, every field a tightening overlay
 * changed: applied on top of the tightened scenario it gives the original again, so it
 * relaxes a scenario that certainly binds somewhere.
 */
export function undoOverlay(original: Scenario, overlay: Record<string, unknown>): Record<string, unknown> {
  const pick = (from: unknown, shape: unknown): unknown => {
    if (shape === null || typeof shape !== 'object' || Array.isArray(shape)) return from;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) out[key] = pick((from as Record<string, unknown>)[key], (shape as Record<string, unknown>)[key]);
    return out;
  };
  const undo: Record<string, unknown> = {};
  if (overlay.policy) undo.policy = pick(original.policy, overlay.policy);
  for (const list of ['cadres', 'positions'] as const) {
    const entries = overlay[list] as { id: string }[] | undefined;
    if (!entries) continue;
    undo[list] = entries.map((entry) => {
      const before = (original[list] as { id: string }[]).find((e) => e.id === entry.id)!;
      return pick(before, entry);
    });
  }
  return undo;
}

/** A tightened scenario (as raw input) and the overlay that relaxes it back to the original. */
export function relaxPairArb<T extends object>(input: T, original: Scenario, apply: (base: T, overlay: Record<string, unknown>) => T) {
  const names = Object.keys(CHANGES).filter((name) => UNDOABLE(name) && CHANGES[name]!(original, 'tighten') !== undefined);
  return fc.subarray(names, { minLength: 1, maxLength: 3 }).map((chosen) => {
    const tight = combine(chosen.map((name) => CHANGES[name]!(original, 'tighten')!));
    return { names: chosen.map((name) => `undo ${name}`), base: apply(input, tight), overlay: undoOverlay(original, tight) };
  });
}
