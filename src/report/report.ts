/**
 * The committee report from a scenario file: load, solve the K best plans, build the model,
 * render it in the format asked for. The command writes the result; tests call this directly.
 */
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadRound } from '../scenario/load-round.ts';
import type { Lang } from '../i18n/violations.ts';
import { openSearch, type SolveOptions, type SolveOutcome } from '../search/kbest.ts';
import { renderCsv } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { buildReportModel, type ReportModel } from './model.ts';
import { toolVersion } from '../util/version.ts';

export type ReportFormat = 'html' | 'md' | 'csv';

export interface ReportRequest {
  readonly file: string;
  readonly top: number;
  readonly format: ReportFormat;
  /** Default: the scenario's `language`, else English. */
  readonly lang?: Lang;
  readonly anonymize?: boolean;
  readonly stamp?: string;
  readonly alternatives?: number;
  readonly solve?: Omit<SolveOptions, 'top'>;
  /**
   * The ranked plans to report, found elsewhere (the review page's, so that its download shows
   * what is on screen among plans of equal score); else searched here.
   */
  readonly ranked?: SolveOutcome;
  /** What to tell while it works, in the report's language once it is known (an interactive terminal's progress line). */
  readonly progress?: (lang: Lang) => ReportProgress;
}

export interface ReportProgress {
  /** The ranking's progress (in place of `solve.onProgress`). */
  readonly solve?: SolveOptions['onProgress'];
  /** The key posts whose alternatives are known, of how many. */
  readonly alternatives?: (done: number, total: number) => void;
}

export type ReportResult =
  | {
      readonly ok: true;
      readonly content: string;
      readonly model: ReportModel;
      readonly outcome: SolveOutcome;
      /** The files read (as the loader shows them, resolvable from here): an output may not be one. */
      readonly inputs: readonly string[];
    }
  | { readonly ok: false; readonly scenario: string; readonly lang: Lang; readonly outcome: SolveOutcome };

export { toolVersion };

export async function makeReport(request: ReportRequest): Promise<ReportResult> {
  const { round, files } = loadRound(request.file);
  const lang: Lang = request.lang ?? round.scenario.language ?? 'en';
  const progress = request.progress?.(lang);
  const solve = progress?.solve ? { ...request.solve, onProgress: progress.solve } : (request.solve ?? {});
  // One search for the plans and the alternatives (the model built once, the solver kept warm).
  const search = await openSearch(round, solve);
  try {
    const outcome = request.ranked ?? (await search.rank({ ...solve, top: request.top }));
    if (outcome.plans.length === 0) return { ok: false, scenario: round.scenario.name, lang, outcome };
    const model = await buildReportModel(round, filesAsGiven(request.file, files), outcome, {
      lang,
      anonymize: request.anonymize ?? false,
      stamp: request.stamp,
      // The CSV shows no alternative: none is computed for it.
      alternatives: request.format === 'csv' ? 0 : request.alternatives,
      timeLimit: request.solve?.timeLimit,
      version: toolVersion(),
      search,
      ...(progress?.alternatives ? { onAlternatives: progress.alternatives } : {}),
    });
    return { ok: true, content: render(model, request.format), model, outcome, inputs: files.map((file) => file.path) };
  } finally {
    await search.close();
  }
}

/**
 * The input files as the planner named them, never as absolute paths of this machine: the
 * scenario as given on the command line (its file name when given as an absolute path), the
 * files it extends relative to it.
 */
export function filesAsGiven<T extends { path: string }>(given: string, files: readonly T[]): T[] {
  const first = isAbsolute(given) ? basename(given) : given;
  const base = dirname(resolve(given));
  return files.map((file, i) => {
    if (i === 0) return { ...file, path: first };
    const shown = join(dirname(first), relative(base, resolve(file.path)));
    return { ...file, path: isAbsolute(shown) ? basename(shown) : shown.split(sep).join('/') };
  });
}

export function render(model: ReportModel, format: ReportFormat): string {
  if (format === 'md') return renderMarkdown(model);
  if (format === 'csv') return renderCsv(model);
  return renderHtml(model);
}
