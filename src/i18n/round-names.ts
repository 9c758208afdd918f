/**
 * How the command line names the things of a round in running text: a cadre by name and id,
 * a unit by name, a post by its own name or its title's catalogue name and its unit, a title
 * by its catalogue name (never its id when a name exists), a move with its kind, a date as the
 * reader writes it. Shared by validate, solve, check, compare and sweep.
 */
import type { Move } from '../rules/types.ts';
import { moveKind, titleName, type MoveKind, type Round } from '../scenario/round.ts';
import type { Lang } from './terms.ts';

export { titleName, type MoveKind };

/** The kind of a move (up, sideways, down; `other` between titles outside a catalogue). */
export function kindOf(round: Round, move: Pick<Move, 'cadre' | 'to'>): MoveKind {
  return moveKind(round, round.cadres.get(move.cadre)!, round.posts.get(move.to)!);
}

/** The kind of a move in the committee's words. */
export const KIND_WORDS: Record<Lang, Record<MoveKind, string>> = {
  en: { up: 'up', sideways: 'sideways', down: 'down', other: 'other title' },
  vi: { up: 'đề bạt', sideways: 'tương đương', down: 'thấp hơn', other: 'chức danh khác' },
};

export function cadreLabel(round: Round, id: string): string {
  const name = round.cadres.get(id)?.name;
  return name ? `${name} (${id})` : id;
}

export function unitLabel(round: Round, id: string): string {
  return round.units.get(id)?.name ?? id;
}

/**
 * A post: its own name when the scenario gives one ("Phó Giám đốc Sở Tài chính"), else its
 * title's name and its unit ("Phó Giám đốc Sở, Sở Tài chính"); its id in brackets, since two
 * deputies of one unit share a name.
 */
export function postLabel(round: Round, id: string): string {
  const post = round.posts.get(id);
  if (!post) return id;
  const name = post.name ?? `${titleName(round, post.title)}, ${unitLabel(round, post.unit)}`;
  return `${name} (${id})`;
}

/** YYYY-MM-DD as written in English; dd/mm/yyyy in Vietnamese. */
export function dateText(date: string, lang: Lang): string {
  if (lang === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The labeler violation sentences take: cadres and posts as above, units by name and id. */
export function textLabels(round: Round): (id: string, kind: 'cadre' | 'post' | 'unit') => string {
  return (id, kind) => {
    if (kind === 'cadre') return cadreLabel(round, id);
    if (kind === 'post') return postLabel(round, id);
    const name = round.units.get(id)?.name;
    return name ? `${name} (${id})` : id;
  };
}
