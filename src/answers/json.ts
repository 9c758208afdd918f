/**
 * The machine-readable answers of contract sections 5 and 7: `solve --json`, `why-not --json`
 * and `diagnose --json`. One place for their shape, shared by the command line and the review
 * server (`/api/plans`, `/api/why-not`), so both print the same objects.
 */
import { scoreMove } from '../rules/score.ts';
import type { SolveOutcome } from '../search/kbest.ts';
import type { WhyNotResult } from '../explain/why-not.ts';
import type { Diagnosis } from '../explain/diagnose.ts';
import { changeText, conflictMessages, relaxationText } from '../i18n/explain.ts';
import { violationText, type Labeler } from '../i18n/violations.ts';
import type { Lang } from '../i18n/terms.ts';
import type { Violation } from '../rules/violations.ts';
import { moveKind } from '../i18n/round-names.ts';
import { titleName, type Round } from '../scenario/round.ts';

export function solveJson(round: Round, outcome: SolveOutcome) {
  return {
    scenario: round.scenario.name,
    status: outcome.status,
    solver: outcome.backend,
    plans: outcome.plans.map((plan) => ({
      rank: plan.rank,
      objective: plan.objective,
      proven: plan.proven,
      gap: plan.gap,
      moves: plan.moves.map((move) => {
        const score = scoreMove(round, round.cadres.get(move.cadre)!, round.posts.get(move.to)!);
        return {
          cadre: move.cadre,
          from: move.from,
          to: move.to,
          kind: moveKind(round, move),
          fromUnit: round.posts.get(move.from)!.unit,
          toUnit: round.posts.get(move.to)!.unit,
          value: score.value,
          terms: score.terms,
        };
      }),
    })),
    stats: { pairs: outcome.stats.pairs, columns: outcome.stats.columns, rows: outcome.stats.rows },
  };
}

/** `check --json`: feasible, the objective when feasible, each violation as data with its sentence in `lang`. */
export function checkJson(round: Round, violations: readonly Violation[], objective: number | null, lang: Lang) {
  const label = jsonLabels(round);
  return {
    feasible: violations.length === 0,
    objective,
    violations: violations.map((v) => ({ ...v, message: violationText(v, lang, label) })),
  };
}

/** Ids as written, titles by their catalogue name: the labels of `--json` messages. */
function jsonLabels(round: Round | undefined): Labeler {
  return (id, kind) => (kind === 'title' && round ? titleName(round, id) : id);
}

export function whyNotJson(w: WhyNotResult, lang: Lang, round?: Round) {
  const label = jsonLabels(round);
  const messages = conflictMessages(w.preventedBy, lang, label);
  return {
    eligible: w.eligible,
    blockedBy: w.blockedBy,
    bestWith: w.bestWith,
    cadre: w.cadre,
    post: w.post,
    from: w.from,
    fromUnit: w.fromUnit,
    toUnit: w.toUnit,
    holder: w.holder,
    status: w.status,
    kind: w.kind,
    reasons: w.reasons.map((r) => ({ rule: r.rule, name: r.name, ...(r.source ? { source: r.source } : {}), message: violationText(r.violation, lang, label), violation: r.violation })),
    best: w.best,
    loss: w.loss,
    displaced: w.displaced,
    added: w.added,
    planWith: w.planWith,
    bestPlan: w.bestPlan,
    preventedBy: w.preventedBy.map((c, i) => ({ rule: c.rule, message: messages[i], ...conflictFields(c) })),
    proven: w.proven,
    bestWithGap: w.bestWithGap,
  };
}

function conflictFields(c: Diagnosis['conflicts'][number]) {
  return { id: c.id, kind: c.data.kind, cadres: c.cadres, posts: c.posts, units: c.units, ...(c.candidates ? { candidates: c.candidates } : {}), data: c.data };
}

export function diagnosisJson(d: Diagnosis, lang: Lang, round?: Round) {
  const label = jsonLabels(round);
  const messages = conflictMessages(d.conflicts, lang, label);
  return {
    scenario: d.scenario,
    feasible: d.feasible,
    conflicts: d.conflicts.map((c, i) => ({ rule: c.rule, message: messages[i], ...conflictFields(c) })),
    relaxations: d.relaxations.map((r) => ({
      message: relaxationText(r, lang, label),
      changes: r.changes.map((change) => ({ ...change, message: changeText(change, lang, label) })),
      lifts: r.lifts,
      objective: r.objective,
      proven: r.proven,
      moves: r.moves,
    })),
    correction: d.correction,
  };
}
