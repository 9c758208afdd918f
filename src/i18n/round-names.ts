/**
 * How the command line names the things of a round in running text: a cadre by name and id,
 * a unit by name, a post by its own name or its title's catalogue name and its unit, a title
 * by its catalogue name (never its id when a name exists), a move with its kind, a date as the
 * reader writes it. Shared by validate, solve, check, compare and sweep.
 */
import type { Move } from '../rules/types.ts';
import { kindOfTitles, localityName, titleName, type MoveKind, type Round } from '../scenario/round.ts';
import type { Labeler } from './violations.ts';
import type { Lang } from './terms.ts';

/** Titles and kinds come from one place: src/scenario/round.ts (computation) and terms.ts (words). */
export { titleName, type MoveKind } from '../scenario/round.ts';
export { KIND_SHORT as KIND_WORDS } from './terms.ts';

/** The kind of a move from its posts (contract 8.3): see `kindOfTitles`. */
export function moveKind(round: Round, move: Pick<Move, 'from' | 'to'>): MoveKind {
  return kindOfTitles(round, round.posts.get(move.from)!.title, round.posts.get(move.to)!.title);
}

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
export function textLabels(round: Round): Labeler {
  return (id, kind) => {
    if (kind === 'cadre') return cadreLabel(round, id);
    if (kind === 'post') return postLabel(round, id);
    if (kind === 'title') return titleName(round, id);
    if (kind === 'locality') return localityName(round, id);
    const name = round.units.get(id)?.name;
    return name ? `${name} (${id})` : id;
  };
}
