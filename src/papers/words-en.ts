/**
 * The committee's papers in English (`--lang en`): an English rendering of the same documents,
 * with the same layout; the keys are words-vi.ts's, so a missing key fails the type-check.
 */
import { KIND as KIND_RUNNING, KIND_SHORT } from '../i18n/terms.ts';
import type { PapersWords } from './words-vi.ts';

const DOTS = '……';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const two = (n: number): string => String(n).padStart(2, '0');
const KIND = KIND_RUNNING.en;
const KIND_IN_TABLES = KIND_SHORT.en;

export const papersEn: PapersWords = {
  lang: 'en',
  dots: DOTS,
  dateLine: (place, date) => `${place ?? '…………'}, ${date ? `${date.d} ${MONTHS[date.m - 1]} ${date.y}` : `${DOTS} ${DOTS} 20…`}`,
  shortDate: (date) => `${date.y}-${two(date.m)}-${two(date.d)}`,
  monthYear: (date) => `${date.y}-${two(date.m)}`,
  party: 'COMMUNIST PARTY OF VIET NAM',
  partySize: 14,
  defaultBody: 'PARTY ORGANIZATION OF ………… PROVINCE',
  defaultIssuer: 'Provincial Party Organization Commission',
  defaultSymbol: 'BTCTU',
  defaultAddressee: 'the Standing Committee of the Provincial Party Committee',
  secrecy: 'SECRET',
  number: (number, kind, symbol) => `No. ${number ?? DOTS}-${kind}/${symbol}`,
  attachedTo: (number, symbol, date, issuer) => `(Attached to Proposal No. ${number ?? DOTS}-TTr/${symbol} of ${date ?? '……'} by the ${issuer})`,

  proposalType: 'PROPOSAL',
  proposalSubject: 'on the rotation of cadres',
  listType: 'LIST',
  listSubject: 'of the cadres proposed for rotation',
  summaryType: 'CAREER SUMMARY',
  summarySubject: 'of a cadre proposed for rotation',
  ballotType: 'BALLOT',
  ballotSubject: 'on the cadres proposed for rotation',
  to: (addressee) => `To: ${addressee}`,

  basis: [
    'Pursuant to Regulation No. 65-QĐ/TW (2022) of the Politburo on the rotation of cadres;',
    'Pursuant to Regulation No. 50-QĐ/TW (2021) of the Politburo on succession planning;',
  ],
  opening: (issuer, addressee, round) => `The ${issuer} submits to ${addressee} the plan for the rotation of cadres (${round}) as follows:`,
  partWhy: 'I. WHY THIS ROUND',
  whyDefault: (asOf) =>
    `Rotation trains the cadres of the succession plan in practice, strengthens the grassroots and places cadres from outside the locality in the posts the regulations name; the cadres' data are as of ${asOf}.`,
  roundFacts: (cadres, posts, units, plans) =>
    `The plan was computed from the data of ${cadres} cadres and ${posts} posts in ${units} agencies and units; ${plans} plans were compared and the one with the highest score under the principles below is proposed.`,
  partPrinciples: 'II. PRINCIPLES, STANDARDS AND CONDITIONS',
  sourcesLead: 'These conditions rest on:',
  partProposal: 'III. THE PROPOSED ROTATIONS',
  totals: (moves, women, young, minority, units) =>
    `${moves} ${moves === 1 ? 'cadre is' : 'cadres are'} proposed for rotation (women: ${women}; young: ${young}; ethnic minorities: ${minority}), touching ${units} agencies and units.`,
  kindTotals: (parts) => `By kind: ${parts.join('; ')}.`,
  moveLine: (name, from, to) => `${name} from ${from} to ${to}`,
  kindCount: (kind, count) => `${KIND[kind]}: ${count}`,
  rotationLine: (i, name, born, from, to, kind) => `${i}. ${name}, born ${born}, ${from}: rotated to ${to} (${KIND[kind]}).`,
  structureHeading: 'Holders of key posts before and after the rotation:',
  structureLine: (group, before, after) => `${group}: before ${before}, after ${after}`,
  groups: { women: 'women', young: 'young', minority: 'ethnic minorities' },
  vacantHeading: 'Posts left vacant by the rotation (to be filled by appointment or a later round):',
  attachments: '(The list, the career summaries and the ballot are attached.)',
  partWeighed: 'IV. WHAT WAS WEIGHED',
  otherPlan: (rank, less, changes) => `Plan ${rank} (scores ${less} less): ${changes}.`,
  otherPlanTie: (rank, changes) => `Plan ${rank} (scores the same as the proposal): ${changes}.`,
  planChange: (added, dropped) =>
    [added.length ? `adds ${added.join('; ')}` : '', dropped.length ? `drops ${dropped.join('; ')}` : ''].filter(Boolean).join('; '),
  noOtherPlan: 'No other feasible plan was ranked.',
  objectionFollowed: (count) =>
    count === 0 ? '' : `${count} objections of the units a cadre would leave or join were followed: those moves are not proposed.`,
  objectionOverridden: (name, side, note) =>
    `The objection of ${side} to the rotation of ${name}${note ? ` (“${note}”)` : ''} was weighed; the move is still proposed for the cadre's training and because the plan scores highest with it.`,
  pinNote: (name, note) => `The rotation of ${name} follows the decision of the competent body${note ? ` (${note})` : ''}.`,
  partRequest: 'V. REQUEST',
  request: (issuer, addressee) => `The ${issuer} submits this to ${addressee} for consideration and decision.`,

  behalf: (issuer) => `ON BEHALF OF THE ${issuer}`,
  signerTitle: 'HEAD',
  recipientsHead: 'Recipients:',
  recipientsDefault: ['As above'],
  keep: (symbol) => `Archive: ${symbol}`,

  listColumns: {
    no: 'No.',
    name: 'Full name',
    born: 'Year of birth',
    male: 'Male',
    female: 'Female',
    ethnicity: 'Ethnicity',
    hometown: 'Home town',
    current: 'Current post and unit',
    proposed: 'Proposed post and unit',
    kind: 'Kind',
    term: 'Term of rotation',
    notes: 'Notes',
  },
  months: (months) => `${months} months`,
  kind: (kind) => KIND_IN_TABLES[kind],
  minority: 'ethnic minority',

  summaryFields: {
    name: 'Full name',
    born: 'Date of birth',
    gender: 'Gender',
    ethnicity: 'Ethnicity',
    hometown: 'Home town',
    education: 'Education',
    politicalTheory: 'Political theory',
    partyCommittee: 'Party committee',
    ratings: 'Ratings of the last years',
    career: 'Career',
    current: 'Current post',
    proposed: 'Proposed rotation',
    why: 'Why this move',
  },
  profileLabels: { partyJoined: 'Joined the Party', partyOfficial: 'Full Party member since', degree: 'Academic title, degree', stateManagement: 'State management', foreignLanguage: 'Foreign language' },
  gender: { male: 'Male', female: 'Female' },
  since: (date) => `since ${date}`,
  proposedText: (post, kind, term) => `${post} (${KIND[kind]}; term ${term})`,
  historyLine: (from, to, what, rotation) => `${from ?? DOTS} – ${to ?? DOTS}: ${what}${rotation ? ' (rotation)' : ''}`,
  ratingLine: (year, rating) => `${year}: ${rating}`,
  summaryOf: (i, n) => `(${i}/${n})`,
  noRotations: 'This plan rotates no cadre.',
  reasonGoals: (goals) => `meets the cadre's development goal${goals.length === 1 ? '' : 's'}: ${goals.map((g) => `“${g}”`).join(', ')}`,
  reasonFit: (tags) => `brings the experience the post needs: ${tags.map((t) => `“${t}”`).join(', ')}`,
  reasonPreference: 'the cadre asked for this unit',
  reasonMerit: 'latest rating excellent',

  ballotHowTo: '(Mark “X” under “Agree” or “Disagree” for each proposal)',
  ballotColumns: { agree: 'Agree', disagree: 'Disagree' },
  ballotOther: 'Other opinions:',

  notePinned: (note) => (note && /\bdecided\b/i.test(note) ? note : `Decided in principle by the Standing Committee${note ? `: ${note}` : ''}`),
  noteAgreed: (side, note) => (note && /^agree/i.test(note) ? `${side}: ${note}` : `${side} agrees${note ? `: ${note}` : ''}`),
  noteObjection: (side, note) => (note && /^(object|disagree)/i.test(note) ? `${side}: ${note}` : `${side} objects${note ? `: ${note}` : ''}`),
  noteMustFill: 'The post must be filled',
  side: { origin: 'Origin unit', destination: 'Destination unit', cadre: 'The cadre' },
  sideLower: { origin: 'the origin unit', destination: 'the destination unit', cadre: 'the cadre' },

  docTitle: (type, round) => `${type}: ${round}`,
  sheetName: 'List',
  written: (dir, files) => `${files.length} papers written to ${dir}: ${files.join(', ')}`,
  noPlan: (round, rank, plans) => `${round}: there is no plan ${rank} (only ${plans} feasible plans)`,
};
