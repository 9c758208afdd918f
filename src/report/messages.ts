/** The report's message catalogue for a language (src/i18n/report-*.ts). */
import type { Lang } from '../i18n/violations.ts';
import { reportEn, type ReportMessages } from '../i18n/report-en.ts';
import { reportVi } from '../i18n/report-vi.ts';

export type { ReportMessages };

export function messagesFor(lang: Lang): ReportMessages {
  return lang === 'vi' ? reportVi : reportEn;
}

/** A rule's short title in the catalogue (the rule's own name when the catalogue lacks it). */
export function ruleTitle(msg: ReportMessages, name: string): string {
  return (msg.ruleTitle as Record<string, string>)[name] ?? name;
}
