/**
 * The runner-up candidates the report shows for a key post: the N eligible candidates whose
 * best plan (the best feasible plan with them in the post, `bestWith`) scores highest, then
 * the blocked candidates closest to eligible. Exact, with few solves: a best-first search over
 * upper bounds. Every eligible candidate starts with the bound the priced duals give at no cost
 * (WhyNotMany.quickBound; +∞ without one); the candidate of highest bound is taken: with that
 * bound only it gets the LP's (WhyNotMany.bound: no MIP; the exact answer when the LP meets a
 * plan), with the LP's bound it is solved (its exact `bestWith`), and with its exact answer it
 * joins the list, since no candidate left can score more than its bound. Each LP also bounds
 * the candidates still open, from its duals with them in the post instead (no solve): at 700
 * cadres the report asks about 200 LPs instead of 341. And a plan already seen with the move
 * (a ranked plan, or the answer of another question) that reaches the candidate's bound is
 * its exact answer: no LP, no solve (WhyNotMany.known).
 * So the list holds the N highest `bestWith` of all eligible candidates; among equal ones, the
 * move worth more (its own value) first, then the lower id.
 */
import { scoreMove } from '../rules/score.ts';
import { pairViolations } from '../rules/eligibility.ts';
import type { Move } from '../rules/types.ts';
import type { Round } from '../scenario/round.ts';
import { compareIds } from '../util/order.ts';
import type { WhyNotView } from './adapters.ts';
import type { BoundAsked, MoveBound, WhyNotMany } from './why-not-many.ts';

export interface Alternative {
  readonly cadre: string;
  readonly answer: WhyNotView;
}

/**
 * The alternatives to the move for the post it fills: cadres in the succession plan for its
 * title (everyone outside the post's unit when planning is not required), other than the one
 * chosen; the `shown` best eligible ones (see above), then blocked ones (at least one), fewest
 * broken conditions first.
 */
export async function alternativesFor(round: Round, move: Move, shown: number, whyNot: WhyNotMany): Promise<Alternative[]> {
  const post = round.posts.get(move.to)!;
  if (shown <= 0) return [];
  const candidates = round.scenario.cadres
    .filter((cadre) => cadre.id !== move.cadre && round.posts.get(cadre.position)!.unit !== post.unit)
    .filter((cadre) => cadre.planning.includes(post.title) || !round.policy.requirePlanning)
    .sort((a, b) => compareIds(a.id, b.id));
  const eligible: string[] = [];
  const blocked: { cadre: string; violations: number }[] = [];
  for (const cadre of candidates) {
    const violations = pairViolations(round, cadre, post).length;
    if (violations === 0) eligible.push(cadre.id);
    else blocked.push({ cadre: cadre.id, violations });
  }
  const value = (cadre: string) => scoreMove(round, round.cadres.get(cadre)!, post).value;
  const quick = await Promise.all(eligible.map((cadre) => whyNot.quickBound(cadre, post.id)));
  const result = await bestFirst(
    eligible.map((cadre, i) => ({ cadre, value: value(cadre), upper: quick[i] })),
    shown,
    (cadre, asked) => whyNot.bound(cadre, post.id, asked),
    (cadre, priority) => whyNot(cadre, post.id, priority),
    await whyNot.objectiveStep(),
    (cadre, upper) => whyNot.known(cadre, post.id, upper),
  );
  // A blocked candidate is notable too (e.g. the local cadre a key post may not go to): at least one.
  blocked.sort((a, b) => a.violations - b.violations || compareIds(a.cadre, b.cadre));
  const room = Math.max(1, shown - result.length);
  for (const { cadre } of blocked.slice(0, room)) result.push({ cadre, answer: await whyNot(cadre, post.id) });
  return result;
}

type Stage = 'none' | 'bound' | 'exact';

interface Entry {
  readonly cadre: string;
  /** The move's own value: among equal bounds, the likelier to reach its bound goes first. */
  readonly value: number;
  stage: Stage;
  /** No plan with the move scores more (exactly `bestWith` once the stage is exact; −∞ for none). */
  upper: number;
  answer?: WhyNotView;
}

/**
 * The `shown` candidates of highest `bestWith`, by the best-first search above. `bound` and
 * `solve` are asked one candidate at a time per post (the posts of a report run at once, so
 * the searches behind them stay busy); `known` answers a candidate at no cost when a plan
 * already seen with its move reaches `upper`, a bound on it.
 */
export async function bestFirst(
  candidates: readonly { readonly cadre: string; readonly value: number; readonly upper?: number | undefined }[],
  shown: number,
  bound: (cadre: string, asked: Required<BoundAsked>) => Promise<MoveBound>,
  solve: (cadre: string, priority: number) => Promise<WhyNotView>,
  step?: number,
  known: (cadre: string, upper: number) => WhyNotView | undefined = () => undefined,
): Promise<Alternative[]> {
  // On a grid of objectives a bound of 1971.54 (step 1) means 1971 at most: a candidate that can
  // then only tie the list's last needs no solve when the tie goes the other way.
  const onGrid = (bound: number) => (step && Number.isFinite(bound) ? Math.floor(bound / step + 1e-9) * step : bound);
  const open: Entry[] = candidates.map(({ cadre, value, upper }) => ({ cadre, value, stage: 'none', upper: onGrid(upper ?? Infinity) }));
  const result: Alternative[] = [];
  // The posts of a report share the workers: a post further along its search goes first, so
  // that the last posts' searches, one step after another, do not each wait behind the rest.
  let steps = 0;
  // A plan seen with the move that reaches its bound is its best (and then still the highest).
  const seen = (entry: Entry) => {
    const answer = entry.stage === 'exact' ? undefined : known(entry.cadre, entry.upper);
    if (answer) exact(entry, answer);
  };
  while (result.length < shown && open.length > 0) {
    const entry = highest(open);
    seen(entry);
    if (entry.stage === 'exact') {
      open.splice(open.indexOf(entry), 1);
      result.push({ cadre: entry.cadre, answer: entry.answer! });
    } else if (entry.stage === 'none') {
      // The LP's duals bound the candidates still open too (the same post, another cadre in it).
      const rivals = open.filter((other) => other !== entry && other.stage !== 'exact');
      const learn = (found: MoveBound) => {
        entry.upper = Math.min(entry.upper, onGrid(found.bound));
        entry.stage = 'bound';
        if (found.answer) exact(entry, found.answer);
        for (const other of rivals) other.upper = Math.min(other.upper, onGrid(found.rivals?.get(other.cadre) ?? Infinity));
      };
      // Solved at once when the search would take it next anyway: the same steps, one call.
      const found = await bound(entry.cadre, {
        rivals: rivals.map((other) => other.cadre),
        thenSolve: (lp) => (learn(lp), seen(entry), entry.stage !== 'exact' && highest(open) === entry),
        priority: (steps += 1),
      });
      learn(found);
    } else {
      exact(entry, await solve(entry.cadre, (steps += 1)));
    }
  }
  return result;
}

/** An answer known exactly (or the best found within a time limit: then not proven, as shown). */
function exact(entry: Entry, answer: WhyNotView): void {
  entry.stage = 'exact';
  entry.answer = answer;
  entry.upper = answer.bestWith ?? -Infinity;
}

/**
 * The entry to take next: the highest bound, a bound within rounding of it counting as equal
 * (objectives are sums of weights, bounds come from floating-point LPs); among equal bounds the
 * move worth more, then the lower id, whatever is known of them. So ties in `bestWith` are
 * broken by the move's value and then the id, however the search went.
 */
function highest(open: readonly Entry[]): Entry {
  const top = Math.max(...open.map((entry) => entry.upper));
  const near = Number.isFinite(top) ? 1e-6 * Math.max(1, Math.abs(top)) : 0;
  const tied = open.filter((entry) => entry.upper === top || entry.upper >= top - near);
  return tied.reduce((a, b) => ((b.value - a.value || compareIds(a.cadre, b.cadre)) > 0 ? b : a));
}
