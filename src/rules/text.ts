/**
 * The shape of a rule's sentences: each rule module writes, per language, one function per
 * violation kind it can report (and per instance kind a diagnosis may name). The registry
 * assembles them into catalogues typed with `satisfies`, so that a kind without a sentence
 * in either language fails the type-check. Sentences get their words (names of cadres,
 * posts, units, titles; ratings, sides, groups) through `Words`, built per language by
 * src/i18n: rules never import the renderers.
 */
import type { ConsentSide, QuotaGroup, Rating } from '../scenario/schema.ts';
import type { InstanceData, InstanceKind, ViolationOf } from './types.ts';
import type { ViolationKind } from './violations.ts';

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'vi'];

/** How a sentence names things, in the reader's language. */
export interface Words {
  readonly lang: Lang;
  cadre(id: string): string;
  post(id: string): string;
  unit(id: string): string;
  /** A title by its catalogue name (its id without a catalogue). */
  title(id: string): string;
  /** A locality code as the place it names (the code when no unit names it). */
  place(code: string): string;
  rating(rating: Rating): string;
  side(side: ConsentSide): string;
  group(group: QuotaGroup): string;
  /** 0.5 → "50%". */
  share(share: number): string;
  list(items: readonly string[]): string;
}

export type ViolationSentences<K extends ViolationKind> = { readonly [P in K]: (v: ViolationOf<P>, w: Words) => string };
export type InstanceSentences<K extends InstanceKind> = {
  readonly [P in K]: (d: Extract<InstanceData, { kind: P }>, w: Words) => string;
};

/** Why a candidate is stopped, in a few words ("do chưa đủ thời gian giữ chức vụ (14 tháng, cần 36)"), per blocker kind. */
export type BlockerText<K extends ViolationKind> = { readonly [L in Lang]: ViolationSentences<K> };

/** A rule's text in both languages: its violations' sentences. */
export type RuleText<K extends ViolationKind> = { readonly [L in Lang]: ViolationSentences<K> };
/** A plan rule's diagnosis text in both languages: what each instance asks for. */
export type InstanceText<K extends InstanceKind> = { readonly [L in Lang]: InstanceSentences<K> };
