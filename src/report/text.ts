/**
 * Sentences shared by the HTML, Markdown and CSV renderers, made from the model and the
 * catalogue: the score terms of a move, the policy in plain words, the comparison rows.
 */
import type { Policy, PolicyV2 } from '../scenario/schema.ts';
import type { ReportMessages } from './messages.ts';
import type { AlternativeView, MoveRef, MoveView, PlanView, PostRef } from './model.ts';

/** The non-zero score terms of a move, in words, in the order of section 4. */
export function termsInWords(move: MoveView, msg: ReportMessages): string[] {
  const { terms, goalsCovered, experienceFit, softObjections } = move.score;
  const words: string[] = [];
  if (terms.development !== 0) words.push(msg.termDevelopment(goalsCovered, terms.development));
  if (terms.fit !== 0) words.push(msg.termFit(experienceFit, terms.fit));
  if (terms.preference !== 0) words.push(msg.termPreference(terms.preference));
  if (terms.move !== 0) words.push(msg.termMove(terms.move));
  if (terms.objections !== 0) words.push(msg.termObjections(softObjections.length, terms.objections));
  // Version 2 (8.4): the merit of an excellent latest rating.
  if (terms.merit) words.push(msg.termMerit(terms.merit));
  return words;
}

export function policySentences(policy: Policy, msg: ReportMessages, v2: PolicyV2 | null = null): string[] {
  const version2 = v2
    ? [
        msg.policyRotationTerm(v2.rotationTermMonths),
        msg.policySideways(v2.allowSideways),
        msg.policyRetirementShort(v2.minYearsToRetirementShort),
        msg.policyRatingYears(v2.ratingYears),
        msg.policyKeyChanges(v2.maxKeyChangesPerUnit),
        msg.policyMerit(v2.merit),
      ]
    : [];
  const sentences = [
    msg.policyPlanning(policy.requirePlanning),
    msg.policyTenure(policy.minTenureMonths),
    msg.policyRotations(policy.maxRotations),
    msg.policyNoReturn(policy.noReturnYears),
    msg.policyRetirement(policy.retirementAge.male, policy.retirementAge.female, policy.minYearsToRetirement),
    msg.policyRating(policy.minRating),
    ...version2,
    msg.policyNonLocal(policy.nonLocalTitles),
    msg.policyStability(policy.stability.maxOutPerUnit, policy.stability.maxOutShare, policy.stability.maxInPerUnit),
    msg.policyMaxMoves(policy.maxMoves),
    msg.policyConsent('origin', policy.consent.origin),
    msg.policyConsent('destination', policy.consent.destination),
    msg.policyConsent('cadre', policy.consent.cadre),
    msg.policyYoung(policy.youngAge),
    ...policy.quotas.map((quota) => msg.policyQuota(quota.group, quota.minShare, quota.mode)),
    msg.policyWeights(policy.weights),
    msg.policyPlanRules,
  ];
  return sentences;
}

/** Rows of the side-by-side table: a label, then one cell per plan. */
export function metricRows(plans: readonly PlanView[], msg: ReportMessages): string[][] {
  const row = (label: string, cell: (plan: PlanView) => string) => [label, ...plans.map(cell)];
  return [
    row(msg.metricObjective, (p) => msg.number(p.objective)),
    row(msg.metricProven, (p) => (p.proven ? msg.yes : msg.no)),
    row(msg.metricMoves, (p) => msg.number(p.metrics.moves)),
    row(msg.metricUnitsTouched, (p) => msg.number(p.metrics.unitsTouched)),
    row(msg.metricWomen, (p) => msg.percent(p.metrics.womenShare)),
    row(msg.metricYoung, (p) => msg.percent(p.metrics.youngShare)),
    row(msg.metricMinority, (p) => msg.percent(p.metrics.minorityShare)),
    row(msg.metricGoals, (p) => msg.number(p.metrics.goalsCovered)),
    row(msg.metricObjections, (p) => msg.number(p.metrics.objectionsOverridden)),
    row(msg.metricKeyNonLocal, (p) => msg.number(p.metrics.keyPostsNonLocal)),
    row(msg.metricVacancies, (p) => msg.number(p.metrics.vacancies)),
    row(msg.metricCommon, (p) => (p.versusBest ? msg.number(p.versusBest.common) : msg.none)),
  ];
}

/** The verdict on an alternative: blocked (with rules), no feasible plan, or lost by so much. */
export function alternativeVerdict(
  alt: Pick<AlternativeView, 'eligible' | 'blockedBy' | 'bestWith' | 'proven'> & { readonly decision?: AlternativeView['decision'] },
  objective: number,
  msg: ReportMessages,
): string {
  // The committee's own pin or forbid: said as its decision, not as a rule of the plan.
  if (alt.decision) return msg.decisionBlocked(alt.decision.by, alt.decision.note);
  if (!alt.eligible) return msg.altBlocked(alt.blockedBy);
  if (alt.bestWith === null) return alt.proven ? msg.altNoPlan : msg.altUnknown;
  const verdict = msg.altLostBy(objective - alt.bestWith);
  return alt.proven ? verdict : `${verdict} ${msg.altNotProven}`;
}

/** The best objective with an alternative: "—" when none, "≥ x" when the search was cut short. */
export function bestWithText(alt: { bestWith: number | null; proven: boolean }, msg: ReportMessages): string {
  if (alt.bestWith === null) return msg.none;
  return alt.proven ? msg.number(alt.bestWith) : msg.atLeast(alt.bestWith);
}

/** The plan's rules at their limit and its vacant posts, as sentences. */
export function bindingSentences(plan: PlanView, msg: ReportMessages): string[] {
  return plan.binding.map((b) => msg.binding(b));
}

export function vacancySentences(plan: PlanView, msg: ReportMessages): string[] {
  return plan.vacant.map((v) =>
    v.how === 'left' && v.holderBefore ? msg.vacantLeft(v.post.label, v.post.unit, v.holderBefore) : msg.vacantStill(v.post.label, v.post.unit),
  );
}

/** The summary's vacant posts: those the plan leaves, one a line; those vacant before and after, counted. */
export function summaryVacancies(plan: PlanView, msg: ReportMessages): string[] {
  const left = plan.vacant.filter((v) => v.how === 'left' && v.holderBefore);
  const still = plan.vacant.length - left.length;
  return [...left.map((v) => msg.vacantLeft(v.post.label, v.post.unit, v.holderBefore!)), ...(still > 0 ? [msg.vacantStillCount(still)] : [])];
}

/** The notes of the scenario on a move, where the move is shown: the pin's, objections overridden, agreements. */
export function moveNotes(move: MoveView, msg: ReportMessages): string[] {
  return [
    ...(move.pinned ? [msg.pinnedNote(move.pinNote)] : []),
    ...move.objections.map((o) => `${msg.objectionText(o.side)}${o.note ? ` (${msg.objectionNote(o.note)})` : ''}`),
    ...move.agreements.map((a) => `${msg.agreementText(a.side)}${a.note ? ` (${msg.objectionNote(a.note)})` : ''}`),
    ...(move.fillsMustFill ? [msg.moveFillsMustFill] : []),
  ];
}

/** A move's chain as the reader sees it in every plan ("Chain B"): its label is the same across plans. */
export function chainOf(plan: PlanView, move: MoveView, msg: ReportMessages): string {
  const chain = plan.chains[move.chain];
  return chain ? msg.chainName(chain.kind, chain.label) : msg.none;
}

/** A post in few words: its name, and its unit unless the name already says it. */
export function postShort(post: Pick<PostRef, 'name' | 'unit'>, msg: ReportMessages): string {
  return post.name.toLocaleLowerCase().includes(post.unit.toLocaleLowerCase()) ? post.name : msg.postInUnit(post.name, post.unit);
}

/** One line per plan after the first: what it changes in plan 1. */
export function otherPlanLines(plans: readonly PlanView[], msg: ReportMessages): string[] {
  const best = plans[0];
  if (!best) return [];
  // The post a cadre leaves is in plan 1's table; the line names where they would go.
  const line = (m: MoveRef) => msg.moveTo(m.cadre, postShort(m.to, msg));
  return plans.slice(1).map((plan) => {
    const diff = plan.versusBest!;
    const parts = [
      ...(diff.dropped.length ? [msg.otherPlanDrops(diff.dropped.map(line))] : []),
      ...(diff.added.length ? [msg.otherPlanAdds(diff.added.map(line))] : []),
    ];
    return `${msg.otherPlanLine(plan.rank, plan.objective, best.objective - plan.objective)}: ${parts.length ? parts.join('; ') : msg.otherPlanSame}.`;
  });
}

/** Rows of the structure table: a group, its count among key-post holders before, after. */
export function structureRows(plan: PlanView, msg: ReportMessages): string[][] {
  const s = plan.structure;
  return (['women', 'young', 'minority'] as const).map((group) => [
    msg.structureGroup(group),
    msg.structureCell(s.before[group], s.before.held),
    msg.structureCell(s.after[group], s.after.held),
  ]);
}
