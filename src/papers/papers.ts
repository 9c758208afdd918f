/**
 * `rotaplan papers`: load the round, solve its best plans (the one filed and the others the
 * proposal weighs), build the report's model once, and render the five papers of plan N as
 * bytes: to-trinh.docx, danh-sach.docx, danh-sach.xlsx, trich-ngang.docx, phieu-bieu-quyet.docx.
 * Nothing is written here; the command writes them all at once (write-dir.ts).
 */
import type { Lang } from '../i18n/terms.ts';
import { buildReportModel } from '../report/model.ts';
import { toolVersion } from '../report/report.ts';
import { loadRound } from '../scenario/load-round.ts';
import { solveRound, type SolveOptions, type SolveOutcome } from '../search/kbest.ts';
import { ballot } from './phieu.ts';
import { list } from './danh-sach.ts';
import { listWorkbook } from './danh-sach-xlsx.ts';
import { papersFacts, type HeaderFlags, type PapersFacts } from './facts.ts';
import { paperBytes } from './format.ts';
import { proposal } from './to-trinh.ts';
import { summaries } from './trich-ngang.ts';

export const PAPER_FILES = ['to-trinh.docx', 'danh-sach.docx', 'danh-sach.xlsx', 'trich-ngang.docx', 'phieu-bieu-quyet.docx'] as const;

export interface PapersRequest {
  readonly file: string;
  /** The plan filed (1 = the best). */
  readonly plan: number;
  /** How many best plans are computed and weighed in the proposal (at least `plan`). */
  readonly top: number;
  readonly lang?: Lang;
  readonly flags: HeaderFlags;
  readonly solve?: Omit<SolveOptions, 'top'>;
  /** The ranked plans, found elsewhere (the review page's: the papers file what is on screen); else solved here. */
  readonly ranked?: SolveOutcome;
  /** The solve's progress, in the papers' language once it is known (in place of `solve.onProgress`). */
  readonly progress?: (lang: Lang) => SolveOptions['onProgress'];
}

export type PapersResult =
  | { readonly ok: true; readonly files: readonly { readonly name: string; readonly bytes: Buffer }[]; readonly facts: PapersFacts }
  | { readonly ok: false; readonly scenario: string; readonly lang: Lang; readonly outcome: SolveOutcome; readonly missing: boolean };

export async function makePapers(request: PapersRequest): Promise<PapersResult> {
  const { round, files } = loadRound(request.file);
  const lang: Lang = request.lang ?? round.scenario.language ?? 'vi';
  const onProgress = request.progress?.(lang);
  const outcome = request.ranked ?? (await solveRound(round, { ...request.solve, ...(onProgress ? { onProgress } : {}), top: Math.max(request.top, request.plan) }));
  if (outcome.plans.length < request.plan) {
    return { ok: false, scenario: round.scenario.name, lang, outcome, missing: outcome.plans.length > 0 };
  }
  const model = await buildReportModel(round, files, outcome, { lang, anonymize: false, alternatives: 0, version: toolVersion() });
  const facts = papersFacts(round, model, outcome.plans, { rank: request.plan, flags: request.flags });
  // The papers' own date stamps the files (else the round's reference date): no clock is read.
  const date = request.flags.date ?? round.scenario.papers?.date ?? round.scenario.asOf;
  const bytes = await Promise.all([
    paperBytes(proposal(facts), date),
    paperBytes(list(facts), date),
    listWorkbook(facts, date),
    paperBytes(summaries(facts), date),
    paperBytes(ballot(facts), date),
  ]);
  return { ok: true, files: PAPER_FILES.map((name, i) => ({ name, bytes: bytes[i]! })), facts };
}
