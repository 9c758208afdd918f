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
import type { SweepResult } from './sweep.ts';
import { CLI_WORDS, fieldMeaning, valueWords, type CliWords, type MetricKey } from '../i18n/cli.ts';
import type { Lang } from '../i18n/terms.ts';
import { cadreLabel, KIND_WORDS, moveKind, postLabel } from '../i18n/round-names.ts';

/** One line of the side-by-side table: its words (src/i18n/cli.ts) and how to show it for a run. */
interface MetricRow {
  readonly key: MetricKey;
  readonly show: (run: RoundRun, words: CliWords) => string;
}

function best(run: RoundRun): RoundRun['plans'][number] | undefined {
  return run.plans[0];
}

function ofBest(show: (metrics: PlanMetrics, words: CliWords) => string): MetricRow['show'] {
  return (run, words) => {
    const plan = best(run);
    return plan ? show(plan.metrics, words) : words.none;
  };
}

function percent(share: number | null, count: number, words: CliWords): string {
  return share === null ? words.none : `${formatNumber(Math.round(share * 1000) / 10)}% (${count})`;
}

export function feasibility(run: RoundRun, words: CliWords = CLI_WORDS.en): string {
  if (run.feasible) return words.yes;
  return run.status === 'time-limit' ? words.compare.timeLimitUnknown : words.no;
}

export const METRIC_ROWS: readonly MetricRow[] = [
  { key: 'feasible', show: feasibility },
  { key: 'objective', show: (run, words) => (best(run) ? formatNumber(best(run)!.objective) : words.none) },
  {
    key: 'proven',
    show: (run, words) => {
      const plan = best(run);
      if (!plan) return words.none;
      return plan.proven ? words.yes : words.compare.gap(formatNumber(plan.gap));
    },
  },
  { key: 'moves', show: ofBest((m) => String(m.moves)) },
  { key: 'losing', show: ofBest((m) => String(m.unitsLosing.length)) },
  { key: 'receiving', show: ofBest((m) => String(m.unitsReceiving.length)) },
  { key: 'women', show: ofBest((m, words) => percent(m.shares.women, m.moved.women, words)) },
  { key: 'young', show: ofBest((m, words) => percent(m.shares.young, m.moved.young, words)) },
  { key: 'minority', show: ofBest((m, words) => percent(m.shares.minority, m.moved.minority, words)) },
  { key: 'goals', show: ofBest((m, words) => words.compare.goals(m.goals.tagsMatched, m.goals.movesCovering)) },
  { key: 'objections', show: ofBest((m) => String(m.softObjections.length)) },
  {
    key: 'keyNonLocal',
    show: ofBest((m, words) =>
      m.keyPosts.total === 0
        ? words.none
        : words.compare.keyPosts(
            m.keyPosts.heldByNonLocal,
            m.keyPosts.held,
            m.keyPosts.nonLocalShare === null ? '' : `${formatNumber(Math.round(m.keyPosts.nonLocalShare * 1000) / 10)}%`,
          ),
    ),
  },
  { key: 'vacant', show: ofBest((m, words) => words.compare.vacancies(m.vacancies.length, m.mustFillVacancies.length)) },
];

/** Column labels: file names without extension, or the paths when two names clash. */
export function scenarioLabels(files: readonly string[]): string[] {
  const short = files.map((file) => basename(file, extname(file)));
  return short.map((label, i) => (short.indexOf(label) !== short.lastIndexOf(label) ? files[i]! : label));
}

export function compareText(runs: readonly ScenarioRun[], top = 1, lang: Lang = 'en'): string {
  const words = CLI_WORDS[lang];
  const labels = scenarioLabels(runs.map((run) => run.file));
  const blocks: string[] = [];
  blocks.push(words.compare.heading(runs.length));
  blocks.push(runs.map((run, i) => `  ${labels[i]}: ${run.name}${run.files.length > 1 ? words.compare.overlayOf(run.files.slice(1).map((f) => f.path).join(' → ')) : ''}`).join('\n'));
  const rows = METRIC_ROWS.map((row) => [words.compare.metrics[row.key].label, ...runs.map((run) => row.show(run, words))]);
  if (top > 1) {
    rows.push([words.compare.topObjectives(top), ...runs.map((run) => (run.plans.length === 0 ? words.none : run.plans.map((plan) => formatNumber(plan.objective)).join(', ')))]);
  }
  blocks.push('', table(['', ...labels], rows));
  const infeasible = runs.map((run, i) => (run.feasible ? undefined : labels[i])).filter((label) => label !== undefined);
  if (infeasible.length > 0) blocks.push('', words.compare.noPlan(infeasible.join(', ')));
  if (runs.length > 1) blocks.push('', diffText(runs, labels, lang));
  return `${blocks.join('\n')}\n`;
}

function diffText(runs: readonly ScenarioRun[], labels: readonly string[], lang: Lang): string {
  const words = CLI_WORDS[lang].compare;
  const [first, ...others] = runs;
  const lines = [words.differencesFrom(labels[0]!)];
  for (const [i, run] of others.entries()) {
    const label = labels[i + 1]!;
    const a = best(first!);
    const b = best(run);
    if (!a || !b) {
      lines.push(`  ${words.nothingToCompare(label, !b ? label : labels[0]!)}`);
      continue;
    }
    const diff = comparePlans(b, a);
    if (diff.onlyA.length === 0 && diff.onlyB.length === 0) {
      lines.push(`  ${label}: ${words.samePlan(diff.both.length)}`);
      continue;
    }
    lines.push(`  ${label}: ${words.counts(diff.onlyA.length, labels[0]!, diff.onlyB.length, diff.both.length)}`);
    const show = (sign: string, moves: readonly Move[], round: ScenarioRun['round']) => moves.map((move) => `    ${sign} ${moveLine(round, move, lang)}`);
    lines.push(...show('+', diff.onlyA, run.round), ...show('-', diff.onlyB, first!.round), ...show('=', diff.both, run.round));
  }
  return lines.join('\n');
}

/**
 * A move on one line with its kind: ids in English (a planner greps for them), names in
 * Vietnamese ("Nguyễn Văn A (C-07): Phó Giám đốc Sở, Sở Tài chính (P-STC-PGD1) → … [ngang cấp]").
 */
function moveLine(round: ScenarioRun['round'], move: Move, lang: Lang): string {
  const kind = KIND_WORDS[lang][moveKind(round, move)];
  if (lang === 'en') {
    return `${move.cadre}: ${move.from} (${round.posts.get(move.from)?.unit ?? '?'}) → ${move.to} (${round.posts.get(move.to)?.unit ?? '?'}) [${kind}]`;
  }
  return `${cadreLabel(round, move.cadre)}: ${postLabel(round, move.from)} → ${postLabel(round, move.to)} [${kind}]`;
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

export function sweepText(result: SweepResult, lang: Lang = 'en'): string {
  const words = CLI_WORDS[lang];
  const paths = result.axes.map((axis) => axis.path);
  const axisNames = lang === 'en' ? axisHeaders(paths) : paths.map((path) => fieldMeaning(path, lang));
  const header = [...axisNames, ...METRIC_ROWS.map((row) => words.compare.metrics[row.key].short)];
  const rows = result.points.map((point) => [...point.set.map((s) => valueWords(s.value, lang)), ...METRIC_ROWS.map((row) => row.show(point.run, words))]);
  const axes = result.axes
    .map((axis, i) => `${lang === 'en' ? axis.path : axisNames[i]} ∈ {${axis.values.map((value) => valueWords(value, lang)).join(', ')}}`)
    .join(', ');
  const infeasible = result.points.filter((point) => !point.run.feasible);
  const summary =
    infeasible.length === 0
      ? words.sweep.allFeasible
      : `${words.sweep.someInfeasible(infeasible.length, result.points.length)}\n${infeasible
          .map((point) => `  ${point.set.map((s, i) => `${lang === 'en' ? s.path : axisNames[i]}=${valueWords(s.value, lang)}`).join(', ')}${point.run.status === 'time-limit' ? words.sweep.timeLimit : ''}`)
          .join('\n')}`;
  return `${words.sweep.heading(result.name, result.file, result.points.length, axes)}\n\n${table(header, rows)}\n\n${summary}\n`;
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
