/**
 * What the committee's papers say, as data: the header (issuer, number, place and date, from
 * the scenario's opt-in `papers:` section and the command's flags), and for the plan filed one
 * row per rotation with everything the list, the summaries and the ballot print: the cadre's
 * particulars and profile, the current and the proposed post in words, the kind of move, the
 * term, the notes of the scenario that concern the move, and why it is proposed. Built from the
 * round and the report's model, so that the papers and the report never disagree.
 */
import { comparePlans } from '../compare/diff.ts';
import type { Move, Plan } from '../rules/types.ts';
import { dateOf, type CalendarDate } from '../scenario/dates.ts';
import { hometownsOf, inGroup, kindOfTitles, localityName, titleName, type MoveKind, type Round } from '../scenario/round.ts';
import type { Cadre, ConsentSide } from '../scenario/schema.ts';
import type { PapersSection } from '../scenario/papers-section.ts';
import { messagesFor } from '../report/messages.ts';
import type { MoveView, ReportModel } from '../report/model.ts';
import { keyPostStructure, type KeyPostStructure } from '../report/structure.ts';
import { policySentences } from '../report/text.ts';
import { RATING, type Lang } from '../i18n/terms.ts';
import { papersEn } from './words-en.ts';
import { papersVi, type PapersWords } from './words-vi.ts';

export type { MoveKind };

export function wordsFor(lang: Lang): PapersWords {
  return lang === 'vi' ? papersVi : papersEn;
}

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface PaperHeader {
  readonly body: string;
  readonly issuer: string;
  readonly symbol: string;
  readonly addressee: string;
  readonly place: string | null;
  readonly date: Ymd | null;
  readonly number: string | null;
  readonly secrecy: string | null;
  readonly signer: { readonly behalf: string; readonly title: string; readonly name: string | null };
  readonly recipients: readonly string[];
}

export interface Rotation {
  readonly no: number;
  readonly name: string;
  readonly born: Ymd;
  readonly gender: 'male' | 'female';
  readonly ethnicity: string | null;
  readonly hometown: string | null;
  readonly education: string | null;
  readonly politicalTheory: string | null;
  readonly partyCommittee: string | null;
  /** Profile entries the papers have no field for, as written. */
  readonly otherProfile: readonly (readonly [string, string])[];
  readonly ratings: readonly { readonly year: number; readonly rating: string }[];
  /** A rating without its year (version 1's `rating` when no `ratings` are given). */
  readonly latestRating: string | null;
  readonly career: readonly string[];
  readonly since: Ymd;
  readonly from: string;
  readonly to: string;
  readonly kind: MoveKind;
  readonly termMonths: number;
  readonly notes: readonly string[];
  readonly reasons: readonly string[];
}

export interface PapersFacts {
  readonly lang: Lang;
  readonly words: PapersWords;
  readonly header: PaperHeader;
  readonly round: { readonly name: string; readonly asOf: Ymd; readonly reason: string | null; readonly cadres: number; readonly posts: number; readonly units: number };
  readonly plans: number;
  readonly rank: number;
  readonly rotations: readonly Rotation[];
  readonly unitsTouched: number;
  readonly groups: { readonly women: number; readonly young: number; readonly minority: number };
  readonly structure: KeyPostStructure;
  readonly vacant: readonly string[];
  readonly others: readonly { readonly rank: number; readonly less: number; readonly added: readonly string[]; readonly dropped: readonly string[] }[];
  readonly overridden: readonly { readonly name: string; readonly side: ConsentSide; readonly note: string | null }[];
  readonly pinned: readonly { readonly name: string; readonly note: string | null }[];
  /** Hard objections of the origin or destination side: moves the plan could not make. */
  readonly objectionsFollowed: number;
  readonly principles: readonly string[];
  readonly sources: readonly string[];
}

/** Header fields given on the command line; each wins over the scenario's `papers:` section. */
export type HeaderFlags = Partial<Pick<NonNullable<PapersSection>, 'issuer' | 'place' | 'date' | 'number' | 'body' | 'symbol'>> & {
  readonly secret?: boolean;
};

function ymd(date: CalendarDate): Ymd {
  return { y: date.year, m: date.month, d: date.day };
}

export function headerOf(section: PapersSection | null | undefined, flags: HeaderFlags, words: PapersWords): PaperHeader {
  const s: Partial<PapersSection> = section ?? {};
  const issuer = flags.issuer ?? s.issuer ?? words.defaultIssuer;
  const date = flags.date ?? s.date ?? null;
  const secrecy = flags.secret ? words.secrecy : s.secrecy === true ? words.secrecy : typeof s.secrecy === 'string' ? s.secrecy : null;
  return {
    body: (flags.body ?? s.body ?? words.defaultBody).toLocaleUpperCase(words.lang),
    issuer,
    symbol: flags.symbol ?? s.symbol ?? words.defaultSymbol,
    addressee: s.addressee ?? words.defaultAddressee,
    place: flags.place ?? s.place ?? null,
    date: date ? ymd(dateOf(date)) : null,
    number: flags.number ?? s.number ?? null,
    secrecy,
    signer: {
      behalf: s.signer?.behalf ?? words.behalf(issuer.toLocaleUpperCase(words.lang)),
      title: s.signer?.title ?? words.signerTitle,
      name: s.signer?.name ?? null,
    },
    recipients: s.recipients ?? words.recipientsDefault,
  };
}

/**
 * A post in words: its name (or its title's), with its unit unless the name already says it.
 * A title that ends in the word the unit's name starts with runs on into the rest of the name,
 * as the committee writes it ("Bí thư Đảng ủy xã" in "Xã Bình Minh": "Bí thư Đảng ủy xã Bình
 * Minh"; "Phó Giám đốc Sở" in "Sở Tài chính": "Phó Giám đốc Sở Tài chính").
 */
export function postText(round: Round, postId: string): string {
  const post = round.posts.get(postId)!;
  const unit = round.units.get(post.unit)?.name ?? post.unit;
  const title = post.name ?? titleName(round, post.title);
  if (title.toLocaleLowerCase().includes(unit.toLocaleLowerCase())) return title;
  const [kind, ...rest] = unit.split(' ');
  const last = title.split(' ').at(-1) ?? '';
  return rest.length > 0 && kind!.toLocaleLowerCase() === last.toLocaleLowerCase() ? `${title} ${rest.join(' ')}` : `${title}, ${unit}`;
}

/** The cadre's home town in words: the profile's, else the unit whose locality it names. */
function hometownText(round: Round, cadre: Cadre, profile: Record<string, string>): string | null {
  if (profile.hometown) return profile.hometown;
  const codes = hometownsOf(cadre);
  if (codes.length === 0) return null;
  return codes.map((code) => localityName(round, code)).join('; ');
}

/** The rotation term of Quy định 65-QĐ/TW (36 months), when the policy does not set one (version 1). */
const ROTATION_TERM_MONTHS = 36;

const KNOWN_PROFILE = ['ethnicity', 'education', 'politicalTheory', 'partyCommittee', 'hometown'];

function rotationOf(round: Round, model: ReportModel, real: Move, move: MoveView, index: number, words: PapersWords): Rotation {
  const cadreId = real.cadre;
  const cadre = round.cadres.get(cadreId)!;
  const profile = cadre.profile ?? {};
  const ratings = [...(cadre.ratings ?? [])].sort((a, b) => b.year - a.year).map((r) => ({ year: r.year, rating: RATING[model.lang][r.rating] }));
  // Version 1 gives one latest rating without its year.
  const latest = cadre.rating && ratings.length === 0 ? RATING[model.lang][cadre.rating] : null;
  const fromPost = real.from;
  const toPost = real.to;
  const career = cadre.history.map((entry) => {
    const unit = entry.unit ? (round.units.get(entry.unit)?.name ?? entry.unit) : null;
    const what = [entry.title ? titleName(round, entry.title) : null, unit].filter(Boolean).join(', ') || words.dots;
    const when = (text: string | null | undefined) => (text ? words.monthYear(ymd(dateOf(text))) : null);
    return words.historyLine(when(entry.from), when(entry.to), what, entry.rotation);
  });
  return {
    no: index + 1,
    name: cadre.name ?? cadre.id,
    born: ymd(dateOf(cadre.born)),
    gender: cadre.gender,
    ethnicity: profile.ethnicity ?? (cadre.minority ? words.minority : null),
    hometown: hometownText(round, cadre, profile),
    education: profile.education ?? null,
    politicalTheory: profile.politicalTheory ?? null,
    partyCommittee: profile.partyCommittee ?? null,
    otherProfile: Object.entries(profile).filter(([key]) => !KNOWN_PROFILE.includes(key)),
    ratings,
    latestRating: latest,
    career,
    since: ymd(dateOf(cadre.since)),
    from: postText(round, fromPost),
    to: postText(round, toPost),
    kind: kindOfTitles(round, round.posts.get(fromPost)!.title, round.posts.get(toPost)!.title),
    termMonths: round.policy.rotationTermMonths ?? ROTATION_TERM_MONTHS,
    notes: notesOf(round, cadreId, toPost, move, words),
    reasons: reasonsOf(move, words),
  };
}

/**
 * Why the move is proposed, in the committee's words: what it brings (the gains of the score:
 * development goals met, experience the post needs, the cadre's wish, an excellent rating),
 * neither its points nor its costs, which the report shows.
 */
function reasonsOf(move: MoveView, words: PapersWords): string[] {
  const { terms, goalsCovered, experienceFit } = move.score;
  return [
    ...(terms.development > 0 ? [words.reasonGoals(goalsCovered)] : []),
    ...(terms.fit > 0 ? [words.reasonFit(experienceFit)] : []),
    ...(terms.preference > 0 ? [words.reasonPreference] : []),
    ...((terms.merit ?? 0) > 0 ? [words.reasonMerit] : []),
  ];
}

/** The notes of the scenario on this move: the pin's, the consents' (agreements and objections), must-fill. */
function notesOf(round: Round, cadreId: string, toPost: string, move: MoveView, words: PapersWords): string[] {
  const notes: string[] = [];
  const toUnit = round.posts.get(toPost)!.unit;
  for (const pin of round.scenario.pins) {
    if (pin.cadre === cadreId && pin.position === toPost) notes.push(words.notePinned(pin.note ?? null));
  }
  for (const consent of round.scenario.consents) {
    if (consent.cadre !== cadreId || (consent.side === 'destination' && consent.unit !== toUnit)) continue;
    const side = words.side[consent.side];
    notes.push(consent.agree ? words.noteAgreed(side, consent.note ?? null) : words.noteObjection(side, consent.note ?? null));
  }
  if (move.fillsMustFill) notes.push(words.noteMustFill);
  return notes;
}

export interface FactsOptions {
  readonly rank: number;
  readonly flags: HeaderFlags;
}

/**
 * The facts of plan `options.rank`. `ranked` are the solver's plans the model was built from
 * (the same order of moves), for the ids the model shows only as labels.
 */
export function papersFacts(round: Round, model: ReportModel, ranked: readonly Plan[], options: FactsOptions): PapersFacts {
  const words = wordsFor(model.lang);
  const index = model.plans.findIndex((p) => p.rank === options.rank);
  const plan = model.plans[index]!;
  const real = ranked[index]!;
  const rotations = plan.moves.map((move, i) => rotationOf(round, model, real.moves[i]!, move, i, words));
  const movedCadres = real.moves.map((move) => round.cadres.get(move.cadre)!);
  const count = (group: 'female' | 'young' | 'minority') => movedCadres.filter((cadre) => inGroup(round, cadre, group)).length;
  const moveLine = (m: Move) => words.moveLine(round.cadres.get(m.cadre)?.name ?? m.cadre, postText(round, m.from), postText(round, m.to));
  const others = model.plans
    .map((other, i) => ({ other, moves: ranked[i]! }))
    .filter(({ other }) => other.rank !== plan.rank)
    .map(({ other, moves }) => {
      const diff = comparePlans(real, moves);
      return { rank: other.rank, less: plan.objective - other.objective, added: diff.onlyB.map(moveLine), dropped: diff.onlyA.map(moveLine) };
    });
  const overridden = plan.moves.flatMap((move) => move.objections.map((o) => ({ name: move.cadreName, side: o.side, note: o.note })));
  const pinned = plan.moves
    .map((move, i) => ({ move, real: real.moves[i]! }))
    .filter(({ move }) => move.pinned)
    .map(({ move, real: m }) => ({
      name: move.cadreName,
      note: round.scenario.pins.find((pin) => pin.cadre === m.cadre && pin.position === m.to)?.note ?? null,
    }));
  // Objections that forbid a move (hard sides), as the round reads them (version 2: the last entry decides).
  const objectionsFollowed =
    (round.policy.consent.origin === 'hard' ? round.objections.origin.size : 0) +
    (round.policy.consent.destination === 'hard' ? round.objections.destination.size : 0);
  return {
    lang: model.lang,
    words,
    header: headerOf(round.scenario.papers, options.flags, words),
    round: {
      name: model.scenario.name,
      asOf: ymd(round.asOf),
      reason: round.scenario.papers?.reason ?? model.scenario.description,
      cadres: round.cadres.size,
      posts: round.posts.size,
      units: round.units.size,
    },
    plans: model.plans.length,
    rank: plan.rank,
    rotations,
    unitsTouched: plan.metrics.unitsTouched,
    groups: { women: count('female'), young: count('young'), minority: count('minority') },
    structure: keyPostStructure(round, real),
    vacant: plan.vacant.map((v) => postText(round, v.post.id)),
    others,
    overridden,
    pinned,
    objectionsFollowed,
    principles: policySentences(model.policy, messagesFor(model.lang), model.policyV2),
    sources: model.sources,
  };
}
