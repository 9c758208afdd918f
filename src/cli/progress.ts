/**
 * Progress on stderr, only when stderr is an interactive terminal: phase, plans found, the
 * running solve's best plan so far and its proven bound. One line, rewritten in place, at
 * most a few times a second; cleared before the answer is printed.
 */
import type { ProgressEvent } from '../search/kbest.ts';
import type { ReportProgress } from '../report/report.ts';
import { CLI_WORDS } from '../i18n/cli.ts';
import type { Lang } from '../i18n/terms.ts';

export function progressReporter(lang: Lang = 'en', started = performance.now()): ((event: ProgressEvent) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (event) => {
    const now = performance.now();
    if (now - last < 200 && event.bestBound !== undefined) return;
    last = now;
    const words = CLI_WORDS[lang].progress;
    const parts = [`${since(started)} ${words.phase[event.phase]}: ${words.found(event.plansFound)}`];
    if (event.incumbent !== undefined && Number.isFinite(event.incumbent)) parts.push(words.best(event.incumbent.toFixed(2)));
    if (event.bestBound !== undefined && Number.isFinite(event.bestBound)) parts.push(words.bound(event.bestBound.toFixed(2)));
    rewrite(parts.join(', '));
  };
}

/**
 * A "[done/total] <what> solved" counter on stderr, only on an interactive terminal: in `lang`
 * when given (--lang), else in the scenario's own language, else English.
 */
export function countReporter(what: 'scenarios' | 'points', lang?: Lang): ((done: number, total: number, language?: Lang) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total, language) => rewrite(`[${done}/${total}] ${CLI_WORDS[lang ?? language ?? 'en'].progress.solved[what]}`);
}

/**
 * The report's progress on one line: the ranking's (as `progressReporter`), then the key posts
 * whose alternatives are known ("[14.2s] alternatives: 17/46 key posts"), the seconds counted
 * from the same start. Nothing unless stderr is an interactive terminal.
 */
export function reportProgress(started = performance.now()): (lang: Lang) => ReportProgress {
  return (lang) => {
    const solve = progressReporter(lang, started);
    if (!solve) return {};
    const words = CLI_WORDS[lang].progress;
    return {
      solve,
      alternatives: (done, total) => rewrite(`${since(started)} ${words.alternatives(done, total)}`),
    };
  };
}

/** Clears the progress line before the answer is printed. */
export function clearProgress(): void {
  if (process.stderr.isTTY) rewrite('');
}

/** The progress line, rewritten in place. */
function rewrite(text: string): void {
  process.stderr.write(`\r\x1b[K${text}`);
}

/** "[14.2s]": the seconds since `started` (performance.now() ms). */
function since(started: number): string {
  return `[${((performance.now() - started) / 1000).toFixed(1)}s]`;
}
