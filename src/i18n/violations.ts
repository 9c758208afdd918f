/**
 * Sentences for violations, shared by the CLI, the explanations and the report. Each rule
 * owns its sentences (src/rules: one function per violation kind and language, assembled by
 * the registry); this module gives them their words. The data carries ids; `label` turns an
 * id into what a reader recognises.
 */
import { VIOLATION_SENTENCES } from '../rules/registry.ts';
import type { Words } from '../rules/text.ts';
import type { Violation } from '../rules/violations.ts';
import { GROUP, RATING, SIDE, type Lang } from './terms.ts';

export type { Lang };

/** Turns an id into a readable name (e.g. "Nguyễn Văn A (C-01)", a title's catalogue name, a locality's place); identity by default. */
export type Labeler = (id: string, kind: 'cadre' | 'post' | 'unit' | 'title' | 'locality') => string;

export const plainLabels: Labeler = (id) => id;

/** The words a rule's sentences use, in one language. */
export function wordsFor(lang: Lang, label: Labeler = plainLabels): Words {
  return {
    lang,
    cadre: (id) => label(id, 'cadre'),
    post: (id) => label(id, 'post'),
    unit: (id) => label(id, 'unit'),
    title: (id) => label(id, 'title'),
    place: (code) => label(code, 'locality'),
    rating: (rating) => RATING[lang][rating],
    side: (side) => SIDE[lang][side],
    group: (group) => GROUP[lang][group],
    share: formatShare,
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${lang === 'vi' ? ' và ' : ' and '}${items.at(-1)}`),
  };
}

export function violationText(v: Violation, lang: Lang = 'en', label: Labeler = plainLabels): string {
  const sentence = VIOLATION_SENTENCES[lang][v.kind] as (v: Violation, w: Words) => string;
  return sentence(v, wordsFor(lang, label));
}

export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
