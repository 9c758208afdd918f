/**
 * Ranked plans of one state answering another, exactly, without a search. A state is FILE
 * (by its bytes' hash) with D's decisions. If state B has every pin and forbid of state A and
 * the same consents, B's feasible plans are some of A's and every plan scores the same in both
 * (pins and forbids only say which plans are allowed). So when A's K best are known, those of
 * them that pass the checker under B are B's best in the same order: any other plan of B is
 * also a plan of A outside A's K best and scores no more than the last of them (a tie may come
 * in another order, which the contract allows). They answer B's top k when there are at least
 * k of them, or when A's search ran out of plans before K (then they are all B has).
 * Withdrawing a decision returns to a state seen before, whose plans are still remembered.
 */
import { buildModel } from '../model/build.ts';
import { columnCount, rowCount } from '../model/linear.ts';
import { checkPlan } from '../rules/check.ts';
import type { Round } from '../scenario/round.ts';
import { chooseBackend } from '../solver/choose.ts';
import type { SolveOutcome } from '../search/kbest.ts';
import type { Decisions } from './decisions.ts';

export interface Ranked {
  readonly sha256: string;
  readonly decisions: Decisions;
  /** How many plans the search was asked for. */
  readonly top: number;
  readonly outcome: SolveOutcome;
  /**
   * True when `outcome.backend` and `outcome.stats` are this state's own (what `solve` prints);
   * false for plans found on the open round with fixings, whose model is the wider one.
   */
  readonly sized: boolean;
}

/** How many states are remembered (the newest first). */
const KEPT = 32;

/** A pin or forbid as a key, its note left out (a note changes no plan). */
const entryKey = (entry: object) =>
  JSON.stringify(Object.entries(entry).filter(([k, v]) => k !== 'note' && v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b)));

export class RankedMemory {
  #entries: Ranked[] = [];

  remember(entry: Ranked): void {
    this.#entries = [entry, ...this.#entries.filter((e) => e !== entry)].slice(0, KEPT);
  }

  /**
   * B's top k from a remembered state A that B narrows, or undefined when none can say. With
   * `sizes` false the model is not built for its sizes: `backend` and `stats` are then A's.
   */
  answer(round: Round, sha256: string, decisions: Decisions, top: number, sizes = true): SolveOutcome | undefined {
    const pins = new Set(decisions.pins.map(entryKey));
    const forbids = new Set(decisions.forbids.map(entryKey));
    const consents = JSON.stringify(decisions.consents);
    for (const entry of this.#entries) {
      const { outcome } = entry;
      if (entry.sha256 !== sha256 || outcome.status === 'time-limit' || !outcome.plans.every((plan) => plan.proven)) continue;
      if (JSON.stringify(entry.decisions.consents) !== consents) continue;
      if (!entry.decisions.pins.every((p) => pins.has(entryKey(p))) || !entry.decisions.forbids.every((f) => forbids.has(entryKey(f)))) continue;
      const same = entry.decisions.pins.length === pins.size && entry.decisions.forbids.length === forbids.size
        && new Set(entry.decisions.pins.map(entryKey)).size === pins.size && new Set(entry.decisions.forbids.map(entryKey)).size === forbids.size;
      const exhausted = outcome.plans.length < entry.top;
      const surviving = same ? outcome.plans : outcome.plans.filter((plan) => checkPlan(round, { moves: plan.moves }).length === 0);
      if (surviving.length < top && !exhausted) continue;
      this.remember(entry);
      const plans = surviving.slice(0, top).map((plan, i) => ({ ...plan, rank: i + 1 }));
      return {
        status: plans.length > 0 ? 'optimal' : 'infeasible',
        ...((same && entry.sized) || !sizes ? { backend: outcome.backend, stats: outcome.stats } : sizeOf(round)),
        plans,
      };
    }
    return undefined;
  }
}

/** The model's size and the backend `auto` picks, as `solve` reports them (decisions change the pairs and rows). */
export function sizeOf(round: Round): Pick<SolveOutcome, 'backend' | 'stats'> {
  const { model, pairs } = buildModel(round);
  return {
    backend: chooseBackend('auto', model).name,
    stats: { pairs: pairs.length, columns: columnCount(model), rows: rowCount(model), buildSeconds: 0, solveSeconds: 0 },
  };
}
