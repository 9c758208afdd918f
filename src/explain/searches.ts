/**
 * Warm searches of one round answering at the same time: the search given (its model built,
 * its LP duals priced once) and, when questions wait while every search is busy, forks of it
 * (RoundSearch.fork: a worker of its own, the same model, the duals shared), up to `parallel`
 * searches in all. Questions wait in one queue and each search takes the next one as soon as
 * it is free, so that no search idles while another has work queued. The ranked plans (and the
 * best plan, ranked once and kept) come from the search given. Every answer is a search's exact
 * answer (each plan checked and scored independently), so the search a question lands on
 * changes no number. why-not, the session and the report's alternatives all ask through one.
 */
import { availableParallelism } from 'node:os';
import type { BoundWith, BoundWithOptions, ForcedPlan, RankOptions, RoundSearch, SolveOutcome } from '../search/kbest.ts';

/** Two warm workers on a machine with two cores or more: what the questions of one round use. */
export function defaultParallel(): number {
  return Math.min(2, availableParallelism());
}

/**
 * Seconds for the search, and columns fixed for it (a committee's pins and forbids); `priority`:
 * questions of higher priority are taken first (default 0; equal ones in the order asked).
 */
export type Asked = Pick<RankOptions, 'timeLimit' | 'fix'> & { readonly priority?: number };

interface Job {
  /** Only the search given may take it (the ranked plans live there). */
  readonly onMain: boolean;
  readonly priority: number;
  readonly run: (search: RoundSearch) => Promise<void>;
}

interface Slot {
  search: RoundSearch | undefined;
  busy: boolean;
}

export class SearchPool {
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  private readonly forks: Promise<RoundSearch>[] = [];
  private opening = 0;
  private forkCheck: NodeJS.Immediate | undefined;
  /** The best plan asked through this pool (`best`). */
  private ranking: Promise<SolveOutcome> | undefined;

  constructor(
    readonly main: RoundSearch,
    private readonly parallel: number = defaultParallel(),
  ) {
    this.slots = [{ search: main, busy: false }];
  }

  /** The K best plans, on the search given. */
  rank(options: RankOptions = {}): Promise<SolveOutcome> {
    return this.ask(true, (search) => search.rank(options));
  }

  /**
   * The best plan of the round (ranked once and kept, on the search given). Every question
   * asking it through this pool awaits one promise, so they go on in the order they asked: the
   * first question's plan with its move is asked first (it was asked last, behind the 19 that
   * found the ranking under way, and a session's hardest first question finished a second late).
   */
  best(options: Asked = {}): Promise<SolveOutcome> {
    if (options.fix) return this.ask(true, (search) => search.best(options));
    if (this.ranking) return this.ranking;
    // Asked before the pool: the ranking is kept (or under way), no need to wait for the search's turn.
    if (this.main.bestAsked) return this.main.best(options);
    const ranking = this.ask(true, (search) => search.best(options));
    this.ranking = ranking;
    // A ranking that failed is asked again by the next question.
    ranking.catch(() => {
      if (this.ranking === ranking) this.ranking = undefined;
    });
    return ranking;
  }

  /** The best plan containing the move (undefined when it is not an eligible pair), on the first search free. */
  bestWith(cadre: string, post: string, options: Asked = {}): Promise<ForcedPlan | undefined> {
    if (!this.main.pairOf(cadre, post)) return Promise.resolve(undefined);
    return this.ask(false, (search) => search.bestWith(cadre, post, options), options.priority);
  }

  /**
   * An upper bound on the best objective of a plan containing the move, from the LP with its
   * column fixed (RoundSearch.boundWith: no MIP), and that plan when the LP met it (exact); on
   * the first search free. Undefined when the move is not an eligible pair.
   */
  boundWith(cadre: string, post: string, options: BoundWithOptions & Pick<Asked, 'priority'> = {}): Promise<BoundWith | undefined> {
    if (!this.main.pairOf(cadre, post)) return Promise.resolve(undefined);
    return this.ask(false, (search) => search.boundWith(cadre, post, options), options.priority);
  }

  /**
   * A cheaper upper bound on the best plan with the move, from the duals already priced,
   * without any solve (RoundSearch.quickBoundWith); undefined when there is none.
   */
  quickBoundWith(cadre: string, post: string): number | undefined {
    return this.main.quickBoundWith(cadre, post);
  }

  /**
   * The grid every plan's objective lies on (a bound may be floored to it), when the search
   * tells it (RoundSearch.objectiveStep); undefined otherwise.
   */
  get objectiveStep(): number | undefined {
    return this.main.objectiveStep;
  }

  /** Closes the forks this pool opened (the search given stays open: its owner closes it). */
  async close(): Promise<void> {
    const settled = await Promise.allSettled(this.forks);
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  }

  private ask<T>(onMain: boolean, question: (search: RoundSearch) => Promise<T>, priority = 0): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ onMain, priority, run: (search) => question(search).then(resolve, reject) });
      this.dispatch();
    });
  }

  /** Hands waiting questions to free searches; opens a fork when questions wait and none is free. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || !slot.search) continue;
      // The first question of the highest priority this search may take.
      let index = -1;
      this.waiting.forEach((job, i) => {
        if ((!job.onMain || slot.search === this.main) && (index < 0 || job.priority > this.waiting[index]!.priority)) index = i;
      });
      if (index < 0) continue;
      const [job] = this.waiting.splice(index, 1);
      const search = slot.search;
      slot.busy = true;
      void job!.run(search).finally(() => {
        slot.busy = false;
        this.dispatch();
      });
    }
    if (this.wantsFork() && !this.forkCheck) {
      // Decided after the current callbacks: a search whose answer is being delivered is
      // still marked busy until then, and the next question (why-not asks the best plan, then
      // the plan with the move) would otherwise open a fork that the freed search makes useless.
      this.forkCheck = setImmediate(() => {
        this.forkCheck = undefined;
        if (this.wantsFork()) this.openFork();
      });
    }
  }

  /** Questions any search may take wait, every search is busy, and there is room for a fork. */
  private wantsFork(): boolean {
    const free = this.waiting.some((job) => !job.onMain);
    return free && this.slots.length + this.opening < this.parallel && this.slots.every((slot) => slot.busy);
  }

  private openFork(): void {
    this.opening += 1;
    const fork = this.main.fork();
    this.forks.push(fork);
    fork.then(
      (search) => {
        this.opening -= 1;
        this.slots.push({ search, busy: false });
        this.dispatch();
      },
      () => {
        // A fork that could not open (a worker that failed to start): the search given answers.
        this.opening -= 1;
      },
    );
  }
}
