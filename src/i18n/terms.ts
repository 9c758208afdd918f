/** The organisation committee's terms, per language: one place for every renderer. */
import type { MoveKind } from '../scenario/round.ts';
import type { ConsentSide, QuotaGroup, Rating } from '../scenario/schema.ts';

export type Lang = 'en' | 'vi';

export const SIDE: Record<Lang, Record<ConsentSide, string>> = {
  en: { origin: 'the origin unit', destination: 'the destination unit', cadre: 'the cadre' },
  vi: { origin: 'đơn vị đi', destination: 'đơn vị đến', cadre: 'bản thân cán bộ' },
};

export const GROUP: Record<Lang, Record<QuotaGroup, string>> = {
  en: { female: 'women', minority: 'ethnic-minority cadres', young: 'young cadres' },
  vi: { female: 'cán bộ nữ', minority: 'cán bộ người dân tộc thiểu số', young: 'cán bộ trẻ' },
};

/** Annual ratings as the review forms name them (Quy định 124-QĐ/TW on đánh giá, xếp loại). */
export const RATING: Record<Lang, Record<Rating, string>> = {
  en: { excellent: 'excellent', good: 'good', complete: 'complete', incomplete: 'incomplete' },
  vi: {
    excellent: 'Hoàn thành xuất sắc nhiệm vụ',
    good: 'Hoàn thành tốt nhiệm vụ',
    complete: 'Hoàn thành nhiệm vụ',
    incomplete: 'Không hoàn thành nhiệm vụ',
  },
};

/**
 * A move's kind (contract 8.3) in the committee's words, the one place every renderer reads:
 * `KIND` in running text ("bổ nhiệm chức vụ cao hơn"), `KIND_SHORT` in tables and lists.
 */
export const KIND = {
  en: { up: 'promotion to a higher post', sideways: 'sideways, at the same level', down: 'to a lower post', other: 'to another title' },
  vi: { up: 'bổ nhiệm chức vụ cao hơn', sideways: 'ngang cấp', down: 'thấp hơn', other: 'chức danh khác' },
} as const satisfies Record<Lang, Record<MoveKind, string>>;

export const KIND_SHORT = {
  en: { up: 'up', sideways: 'sideways', down: 'down', other: 'other title' },
  vi: { up: 'cao hơn', sideways: 'ngang cấp', down: 'thấp hơn', other: 'chức danh khác' },
} as const satisfies Record<Lang, Record<MoveKind, string>>;
