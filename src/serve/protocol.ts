/**
 * The messages between the review server (request thread) and its solve worker. One module
 * declares both sides' types; the worker (solve-worker.mjs) runs ./jobs.ts.
 */
import type { Decisions } from './decisions.ts';
import type { Lang } from '../i18n/terms.ts';

/** The state a job reads: FILE with the decisions of D applied (as the overlay would). */
export interface RoundState {
  /** Absolute path of FILE. */
  readonly file: string;
  /** Absolute path of D when it exists on disk (the report reads it as an overlay). */
  readonly decisionsFile?: string;
  readonly decisions: Decisions;
  readonly version: number;
}

export type Job =
  /** `sizes: false` (the page): the model's sizes and the solver's name are left out, sparing a model build when plans are reused. */
  | { readonly kind: 'plans'; readonly top: number; readonly lang?: Lang; readonly sizes?: false }
  | { readonly kind: 'why-not'; readonly cadre: string; readonly position: string; readonly lang?: Lang }
  | { readonly kind: 'report'; readonly format: 'html' | 'md' | 'csv'; readonly top: number }
  | { readonly kind: 'papers'; readonly top: number };

export interface JobRequest {
  readonly id: number;
  readonly state: RoundState;
  readonly job: Job;
}

export interface Progress {
  readonly phase: 'load' | 'build' | 'solve' | 'explain' | 'report';
  readonly plansFound: number;
  /** How many plans the search looks for. */
  readonly target?: number;
  readonly incumbent?: number;
  readonly bound?: number;
}

/** A failure as data: `input` problems are the user's (400), anything else is a bug. */
export interface JobFailure {
  readonly kind: 'input' | 'bug';
  readonly message: string;
  readonly problems?: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
}

export type WorkerMessage =
  | { readonly ready: true }
  | { readonly id: number; readonly progress: Progress }
  | { readonly id: number; readonly result: unknown; readonly seconds: number; readonly version: number }
  | { readonly id: number; readonly failure: JobFailure };
