/**
 * How the command line names the things of a round in running text: a cadre by name and id,
 * a unit by name, a post by its own name or its title's catalogue name and its unit, a title
 * by its catalogue name (never its id when a name exists), a move with its kind, a date as the
 * reader writes it. Shared by validate, solve, check, compare and sweep.
 */
import type { Move } from '../rules/types.ts';
import type { Round } from '../scenario/round.ts';
import type { Lang } from './terms.ts';

/** A move's kind (contract 8.3): by the titles' levels, or by the titles' ids without a catalogue. */
export type MoveKind = 'up' | 'sideways' | 'down' | 'other';

interface CatalogueTitle {
  readonly id: string;
  readonly name?: string | null;
  readonly level: number;
}

/** The title catalogue of a version 2 scenario (empty for version 1 or without one). */
function catalogue(round: Round): ReadonlyMap<string, CatalogueTitle> {
  const cached = CATALOGUES.get(round);
  if (cached) return cached;
  const titles = ((round.scenario as { titles?: readonly CatalogueTitle[] | null }).titles ?? []);
  const map = new Map(titles.map((title) => [title.id, title]));
  CATALOGUES.set(round, map);
  return map;
}
const CATALOGUES = new WeakMap<Round, ReadonlyMap<string, CatalogueTitle>>();

/** A title as a reader knows it: its catalogue name, else the title as written. */
export function titleName(round: Round, title: string): string {
  return catalogue(round).get(title)?.name ?? title;
}

export function moveKind(round: Round, move: Pick<Move, 'from' | 'to'>): MoveKind {
  const from = round.posts.get(move.from)!.title;
  const to = round.posts.get(move.to)!.title;
  const titles = catalogue(round);
  if (titles.size === 0) return from === to ? 'sideways' : 'other';
  const a = titles.get(from)?.level;
  const b = titles.get(to)?.level;
  if (a === undefined || b === undefined) return from === to ? 'sideways' : 'other';
  return b > a ? 'up' : b < a ? 'down' : 'sideways';
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
