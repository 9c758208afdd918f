/**
 * What the report calls cadres, posts and units. Under --anonymize a cadre becomes a stable
 * pseudonym: cadres numbered in id order ("Cadre #001"), the same in every format and every
 * plan; neither its name nor its id is printed.
 */
import { titleName, type Round } from '../scenario/round.ts';
import { compareIds } from '../util/order.ts';

export interface Names {
  readonly anonymized: boolean;
  /** The cadre as a reader recognises it: "Nguyễn Văn A (C-01)", or a pseudonym. */
  cadre(id: string): string;
  /** The cadre's name alone (its id when it has none), or the pseudonym. */
  cadreName(id: string): string;
  /** The cadre's identifier column: its id, or the pseudonym's code. */
  cadreId(id: string): string;
  post(id: string): string;
  unit(id: string): string;
}

export function namesFor(round: Round, anonymize: boolean, pseudonym: (code: string) => string): Names {
  const ids = [...round.cadres.keys()].sort(compareIds);
  const width = Math.max(3, String(ids.length).length);
  const code = new Map(ids.map((id, i) => [id, String(i + 1).padStart(width, '0')]));
  return {
    anonymized: anonymize,
    cadre(id) {
      if (anonymize) return pseudonym(code.get(id) ?? '?');
      const name = round.cadres.get(id)?.name;
      return name ? `${name} (${id})` : id;
    },
    cadreName: (id) => (anonymize ? pseudonym(code.get(id) ?? '?') : round.cadres.get(id)?.name ?? id),
    cadreId: (id) => (anonymize ? `#${code.get(id) ?? '?'}` : id),
    post(id) {
      const post = round.posts.get(id);
      if (!post) return id;
      // A post without a name of its own goes by its title's name in the catalogue.
      return `${post.name ?? titleName(round, post.title)} (${id})`;
    },
    unit: (id) => round.units.get(id)?.name ?? id,
  };
}
