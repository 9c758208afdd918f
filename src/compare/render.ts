/**
 * What `compare` and `sweep` print: the metrics of each scenario's best plan as one table
 * (a column per scenario for compare, a row per point for sweeps), the plan differences
 * against the first scenario, and the JSON of contract section 7 with more fields.
 */
import { basename, extname } from 'node:path';
import { formatNumber, table } from '../util/table.ts';
import type { Move } from '../rules/types.ts';
import { comparePlans, type PlanDiff } from './diff.ts';
import type { PlanMetrics } from './metrics.ts';
import type { RoundRun, ScenarioRun } from './run.ts';
import { formatValue, type SweepResult } from './sweep.ts';

/** One line of the side-by-side table: a label and how to show it for a run. */
interface MetricRow {
  readonly label: string;
  /** Short header for the sweep table, where metrics are columns. */
  readonly short: string;
  readonly show: (run: RoundRun) => string;
}

const NONE = '–';

function best(run: RoundRun): RoundRun['plans'][number] | undefined {
  return run.plans[0];
}

function ofBest(show: (metrics: PlanMetrics) => string): (run: RoundRun) => string {
  return (run) => {
    const plan = best(run);
    return plan ? show(plan.metrics) : NONE;
  };
}

function percent(share: number | null, count: number): string {
  return share === null ? NONE : `${formatNumber(Math.round(share * 1000) / 10)}% (${count})`;
}

export function feasibility(run: RoundRun): string {
  if (run.feasible) return 'yes';
  return run.status === 'time-limit' ? 'unknown (time limit)' : 'no';
}

export const METRIC_ROWS: readonly MetricRow[] = [
  { label: 'feasible', short: 'feasible', show: feasibility },
  { label: 'objective', short: 'objective', show: (run) => (best(run) ? formatNumber(best(run)!.objective) : NONE) },
  {
    label: 'proven optimal',
    short: 'proven',
    show: (run) => {
      const plan = best(run);
      if (!plan) return NONE;
      return plan.proven ? 'yes' : `no (gap ${formatNumber(plan.gap)})`;
    },
  },
  { label: 'moves', short: 'moves', show: ofBest((m) => String(m.moves)) },
  { label: 'units losing cadres', short: 'losing', show: ofBest((m) => String(m.unitsLosing.length)) },
  { label: 'units receiving cadres', short: 'receiving', show: ofBest((m) => String(m.unitsReceiving.length)) },
  { label: 'women among the moved', short: 'women', show: ofBest((m) => percent(m.shares.women, m.moved.women)) },
  { label: 'young among the moved', short: 'young', show: ofBest((m) => percent(m.shares.young, m.moved.young)) },
  { label: 'minority among the moved', short: 'minority', show: ofBest((m) => percent(m.shares.minority, m.moved.minority)) },
  {
    label: 'development goals covered',
    short: 'goals',
    show: ofBest((m) => `${m.goals.tagsMatched} (${m.goals.movesCovering} move${m.goals.movesCovering === 1 ? '' : 's'})`),
  },
  { label: 'soft objections overridden', short: 'objections', show: ofBest((m) => String(m.softObjections.length)) },
  {
    label: 'key posts held by non-locals',
    short: 'key non-local',
    show: ofBest((m) =>
      m.keyPosts.total === 0
        ? NONE
        : `${m.keyPosts.heldByNonLocal} of ${m.keyPosts.held}${m.keyPosts.nonLocalShare === null ? '' : ` (${formatNumber(Math.round(m.keyPosts.nonLocalShare * 1000) / 10)}%)`}`,
    ),
  },
  {
    label: 'vacancies left',
    short: 'vacant',
    show: ofBest((m) => `${m.vacancies.length}${m.mustFillVacancies.length > 0 ? ` (${m.mustFillVacancies.length} must-fill)` : ''}`),
  },
];

/** Column labels: file names without extension, or the paths when two names clash. */
export function scenarioLabels(files: readonly string[]): string[] {
  const short = files.map((file) => basename(file, extname(file)));
  return short.map((label, i) => (short.indexOf(label) !== short.lastIndexOf(label) ? files[i]! : label));
}

export function compareText(runs: readonly ScenarioRun[], top = 1): string {
  const labels = scenarioLabels(runs.map((run) => run.file));
  const blocks: string[] = [];
  blocks.push(`Comparing ${runs.length} scenario${runs.length === 1 ? '' : 's'} (best plan of each):`);
  blocks.push(runs.map((run, i) => `  ${labels[i]}: ${run.name}${run.files.length > 1 ? ` (overlay of ${run.files.slice(1).map((f) => f.path).join(' → ')})` : ''}`).join('\n'));
  const rows = METRIC_ROWS.map((row) => [row.label, ...runs.map(row.show)]);
  if (top > 1) {
    rows.push([`top ${top} objectives`, ...runs.map((run) => (run.plans.length === 0 ? NONE : run.plans.map((plan) => formatNumber(plan.objective)).join(', ')))]);
  }
  blocks.push('', table(['', ...labels], rows));
  const infeasible = runs.map((run, i) => (run.feasible ? undefined : labels[i])).filter((label) => label !== undefined);
  if (infeasible.length > 0) {
    blocks.push('', `No feasible plan: ${infeasible.join(', ')} (run \`rotaplan diagnose FILE\` for the conflicting rules).`);
  }
  if (runs.length > 1) blocks.push('', diffText(runs, labels));
  return `${blocks.join('\n')}\n`;
}

function diffText(runs: readonly ScenarioRun[], labels: readonly string[]): string {
  const [first, ...others] = runs;
  const lines = [`Differences from ${labels[0]} (best plans):`];
  for (const [i, run] of others.entries()) {
    const label = labels[i + 1]!;
    const a = best(first!);
    const b = best(run);
    if (!a || !b) {
      lines.push(`  ${label}: nothing to compare (${!b ? label : labels[0]} has no plan)`);
      continue;
    }
    const diff = comparePlans(b, a);
    if (diff.onlyA.length === 0 && diff.onlyB.length === 0) {
      lines.push(`  ${label}: the same plan (${diff.both.length} move${diff.both.length === 1 ? '' : 's'})`);
      continue;
    }
    lines.push(`  ${label}: ${diff.onlyA.length} only here, ${diff.onlyB.length} only in ${labels[0]}, ${diff.both.length} in both`);
    const show = (sign: string, moves: readonly Move[], round: ScenarioRun['round']) =>
      moves.map((move) => `    ${sign} ${move.cadre}: ${move.from} (${round.posts.get(move.from)?.unit ?? '?'}) → ${move.to} (${round.posts.get(move.to)?.unit ?? '?'})`);
    lines.push(...show('+', diff.onlyA, run.round), ...show('-', diff.onlyB, first!.round), ...show('=', diff.both, run.round));
  }
  return lines.join('\n');
}

/** Contract section 7, one entry per file in the order given, with metrics and the diff. */
export function compareJson(runs: readonly ScenarioRun[]) {
  const baseline = runs[0] ? best(runs[0]) : undefined;
  return {
    scenarios: runs.map((run, i) => {
      const plan = best(run);
      const diff: PlanDiff | null = i === 0 || !plan || !baseline ? null : comparePlans(plan, baseline);
      return {
        name: run.name,
        file: run.file,
        feasible: run.feasible,
        status: run.status,
        objective: plan ? plan.objective : null,
        proven: plan ? plan.proven : null,
        moves: plan ? plan.moves : [],
        metrics: plan ? plan.metrics : null,
        plans: run.plans.map(({ rank, objective, proven, gap, moves, metrics }) => ({ rank, objective, proven, gap, moves, metrics })),
        diff: diff && { onlyHere: diff.onlyA, onlyInFirst: diff.onlyB, both: diff.both },
      };
    }),
  };
}

/** A sweep column's header: the last field of its path when no other axis ends the same way. */
export function axisHeaders(paths: readonly string[]): string[] {
  const last = paths.map((path) => path.slice(path.lastIndexOf('.') + 1));
  return paths.map((path, i) => (last.indexOf(last[i]!) === last.lastIndexOf(last[i]!) ? last[i]! : path));
}

export function sweepText(result: SweepResult): string {
  const header = [...axisHeaders(result.axes.map((axis) => axis.path)), ...METRIC_ROWS.map((row) => row.short)];
  const rows = result.points.map((point) => [...point.set.map((s) => formatValue(s.value)), ...METRIC_ROWS.map((row) => row.show(point.run))]);
  const axes = result.axes.map((axis) => `${axis.path} ∈ {${axis.values.map(formatValue).join(', ')}}`).join(', ');
  const infeasible = result.points.filter((point) => !point.run.feasible);
  const summary =
    infeasible.length === 0
      ? `Every point has a feasible plan.`
      : `No feasible plan at ${infeasible.length} of ${result.points.length} point${result.points.length === 1 ? '' : 's'}:\n${infeasible
          .map((point) => `  ${point.set.map((s) => `${s.path}=${formatValue(s.value)}`).join(', ')}${point.run.status === 'time-limit' ? ' (time limit)' : ''}`)
          .join('\n')}`;
  return `Sweep of ${result.name} (${result.file}): ${result.points.length} point${result.points.length === 1 ? '' : 's'}, ${axes}\n\n${table(header, rows)}\n\n${summary}\n`;
}

export function sweepJson(result: SweepResult) {
  return {
    scenario: result.name,
    file: result.file,
    axes: result.axes,
    points: result.points.map((point) => {
      const plan = best(point.run);
      return {
        set: Object.fromEntries(point.set.map((s) => [s.path, s.value])),
        feasible: point.run.feasible,
        status: point.run.status,
        objective: plan ? plan.objective : null,
        proven: plan ? plan.proven : null,
        moves: plan ? plan.moves : [],
        metrics: plan ? plan.metrics : null,
      };
    }),
    infeasible: result.points.filter((point) => !point.run.feasible).map((point) => point.index - 1),
  };
}
