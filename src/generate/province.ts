/**
 * Generated provinces for benchmarks and tests: a two-tier province after the 2025 merger
 * (provincial departments and communes, about one unit per 10–11 cadres, three communes to a
 * department), posts by title, holders with tenure, history, ratings and succession plans of
 * 1–3 titles, consents of all three sides, relatives, vacant and must-fill posts, forbids,
 * soft structure quotas. Deterministic: the same options give the same scenario object.
 *
 * One title exists in many units (every commune has a secretary and a chairman), so a cadre
 * planned for two or three titles is eligible for a hundred posts or more: 700 cadres give
 * on the order of 10^5 eligible pairs, as in a real round.
 */
import type { ScenarioInput } from '../scenario/schema.ts';
import { parseScenario } from '../scenario/load.ts';
import { buildRound } from '../scenario/round.ts';
import { eligiblePairs } from '../rules/eligibility.ts';
import { DEPARTMENTS, personName, placeNames } from './names.ts';
import { Random } from './random.ts';
import { toVersionTwo } from './version2.ts';

export interface GenerateOptions {
  readonly cadres: number;
  readonly seed: number;
  /** The format's version: 2 (the default) adds every version 2 feature, 1 is the first format's province. */
  readonly version?: 1 | 2;
}

export const AS_OF = '2027-01-01';

interface PostTemplate {
  readonly title: string;
  /** Short code in post ids (Vietnamese initials: BT bí thư, CT chủ tịch, PGD phó giám đốc…). */
  readonly code: string;
  readonly count: readonly [number, number];
  readonly mustFill?: boolean;
  readonly offers: readonly string[];
  readonly desired: readonly string[];
}

const COMMUNE_POSTS: readonly PostTemplate[] = [
  { title: 'commune-secretary', code: 'BT', count: [1, 1], mustFill: true, offers: ['party-leadership', 'grassroots', 'party-work'], desired: ['party-work', 'state-management'] },
  { title: 'commune-deputy-secretary', code: 'PBT', count: [1, 1], offers: ['party-work', 'grassroots'], desired: ['party-work', 'organisation'] },
  { title: 'commune-chairman', code: 'CT', count: [1, 1], mustFill: true, offers: ['state-management', 'grassroots', 'economics'], desired: ['state-management', 'economics'] },
  { title: 'commune-vice-chairman', code: 'PCT', count: [2, 3], offers: ['grassroots', 'economics', 'land-management'], desired: ['economics', 'agriculture'] },
  { title: 'council-chair', code: 'CTHD', count: [1, 1], offers: ['legislative', 'grassroots'], desired: ['legal', 'party-work'] },
  { title: 'commune-inspection-chief', code: 'UBKT', count: [1, 1], offers: ['inspection', 'grassroots'], desired: ['inspection', 'legal'] },
  { title: 'fatherland-front-chair', code: 'MTTQ', count: [1, 1], offers: ['mass-mobilisation', 'grassroots'], desired: ['mass-mobilisation', 'ethnic-affairs'] },
  { title: 'commune-office-chief', code: 'VP', count: [0, 1], offers: ['organisation', 'grassroots'], desired: ['organisation', 'state-management'] },
];

const DEPARTMENT_POSTS: readonly PostTemplate[] = [
  { title: 'department-director', code: 'GD', count: [1, 1], mustFill: true, offers: ['sector-leadership', 'state-management'], desired: ['state-management'] },
  { title: 'department-deputy', code: 'PGD', count: [2, 3], offers: ['sector-leadership'], desired: [] },
  { title: 'inspection-chief', code: 'CTT', count: [1, 1], offers: ['inspection'], desired: ['inspection', 'legal'] },
  { title: 'office-chief', code: 'CVP', count: [1, 1], offers: ['organisation'], desired: ['organisation'] },
  { title: 'division-head', code: 'TP', count: [4, 7], offers: [], desired: [] },
];

/** Titles a holder of each title is typically planned for (the first most often). */
const LADDER: Readonly<Record<string, readonly string[]>> = {
  'commune-secretary': ['commune-secretary', 'department-director', 'department-deputy', 'commune-chairman'],
  'commune-deputy-secretary': ['commune-secretary', 'commune-chairman', 'commune-deputy-secretary', 'council-chair'],
  'commune-chairman': ['commune-chairman', 'commune-secretary', 'department-deputy', 'department-director'],
  'commune-vice-chairman': ['commune-chairman', 'commune-vice-chairman', 'commune-deputy-secretary', 'division-head'],
  'council-chair': ['council-chair', 'commune-deputy-secretary', 'commune-vice-chairman', 'commune-secretary'],
  'commune-inspection-chief': ['commune-inspection-chief', 'inspection-chief', 'commune-vice-chairman', 'division-head'],
  'fatherland-front-chair': ['fatherland-front-chair', 'commune-deputy-secretary', 'commune-vice-chairman', 'council-chair'],
  'commune-office-chief': ['commune-vice-chairman', 'commune-office-chief', 'office-chief'],
  'department-director': ['department-director', 'commune-secretary'],
  'department-deputy': ['department-director', 'department-deputy', 'commune-chairman', 'commune-secretary'],
  'inspection-chief': ['inspection-chief', 'commune-inspection-chief', 'department-deputy'],
  'office-chief': ['office-chief', 'department-deputy', 'commune-vice-chairman'],
  'division-head': ['department-deputy', 'division-head', 'commune-vice-chairman'],
};

const TAGS = [
  'party-work', 'party-leadership', 'state-management', 'grassroots', 'economics', 'finance', 'planning',
  'land-management', 'agriculture', 'inspection', 'legal', 'organisation', 'mass-mobilisation',
  'ethnic-affairs', 'culture-society', 'sector-leadership', 'legislative', 'education', 'health',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

export function generateProvince(options: GenerateOptions): ScenarioInput {
  const v1 = generateVersionOne(options);
  return options.version === 1 ? v1 : toVersionTwo(v1, options.seed);
}

/** The version 1 province: unchanged since version 1, byte for byte per seed. */
function generateVersionOne(options: GenerateOptions): ScenarioInput {
  const { cadres: cadreCount, seed } = options;
  if (!Number.isInteger(cadreCount) || cadreCount < 2) throw new Error('generate: --cadres must be a whole number ≥ 2');
  const random = new Random(seed);
  const asOfYear = 2027;

  // Units: about one per 10–11 cadres, one department to three communes.
  const unitCount = Math.max(3, Math.round(cadreCount / 10.5));
  const departmentCount = Math.max(1, Math.min(DEPARTMENTS.length * 4, Math.round(unitCount / 4)));
  const communeCount = unitCount - departmentCount;
  const communeNames = placeNames(random, communeCount);
  const units: NonNullable<ScenarioInput['units']> = [{ id: 'U-TINH', name: 'Tỉnh ủy và UBND tỉnh', kind: 'province', locality: 'TINH' }];
  const unitPosts: { unit: string; templates: readonly PostTemplate[]; locality: string; tags: readonly string[] }[] = [];
  for (let d = 0; d < departmentCount; d++) {
    const [code, name, tags] = DEPARTMENTS[d % DEPARTMENTS.length]!;
    const suffix = d < DEPARTMENTS.length ? '' : `-${Math.floor(d / DEPARTMENTS.length) + 1}`;
    const id = `U-S-${code}${suffix}`;
    units.push({ id, name: suffix ? `${name} (${suffix.slice(1)})` : name, kind: 'department', parent: 'U-TINH', locality: 'TINH' });
    unitPosts.push({ unit: id, templates: DEPARTMENT_POSTS, locality: 'TINH', tags });
  }
  communeNames.forEach((name, c) => {
    const id = `U-X${pad(c + 1, 3)}`;
    const locality = `X${pad(c + 1, 3)}`;
    const ward = random.chance(0.2);
    units.push({ id, name: `${ward ? 'Phường' : 'Xã'} ${name}`, kind: ward ? 'ward' : 'commune', parent: 'U-TINH', locality });
    unitPosts.push({ unit: id, templates: COMMUNE_POSTS, locality, tags: [random.pick(['agriculture', 'economics', 'culture-society', 'ethnic-affairs', 'land-management'])] });
  });

  // Posts: each unit's templates; then grow division heads / vice chairmen until posts ≥ cadres/0.96.
  interface Draft { id: string; unit: string; title: string; mustFill: boolean; offers: string[]; desired: string[] }
  const posts: Draft[] = [];
  const counters = new Map<string, number>();
  const addPost = (unit: string, template: PostTemplate, unitTags: readonly string[]) => {
    const key = `${unit}/${template.title}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const offers = [...new Set([...template.offers, ...(random.chance(0.6) ? [random.pick(unitTags)] : [])])].sort();
    const desired = [...new Set([...template.desired, ...(random.chance(0.5) ? [random.pick(unitTags)] : [])])].sort();
    posts.push({ id: `P-${unit.slice(2)}-${template.code}${n}`, unit, title: template.title, mustFill: template.mustFill ?? false, offers, desired });
  };
  for (const { unit, templates, tags } of unitPosts) {
    for (const template of templates) {
      const count = random.int(template.count[0], template.count[1]);
      for (let k = 0; k < count; k++) addPost(unit, template, tags);
    }
  }
  const wanted = Math.ceil(cadreCount / 0.96);
  for (let i = 0; posts.length < wanted; i++) {
    const { unit, templates, tags } = unitPosts[i % unitPosts.length]!;
    const growable = templates.find((t) => t.title === 'division-head' || t.title === 'commune-vice-chairman')!;
    addPost(unit, growable, tags);
  }
  // Vacancies: the surplus over the cadres, most of them deputies; a few must-fill posts too.
  const vacant = new Set<number>();
  const mustFillIdx = posts.flatMap((p, i) => (p.mustFill ? [i] : []));
  const otherIdx = posts.flatMap((p, i) => (p.mustFill ? [] : [i]));
  const surplus = posts.length - cadreCount;
  const mustFillVacant = Math.min(mustFillIdx.length, Math.max(surplus > 1 ? 1 : 0, Math.round(surplus * 0.15)));
  for (const i of random.sample(mustFillIdx, mustFillVacant)) vacant.add(i);
  for (const i of random.sample(otherIdx, surplus - vacant.size)) vacant.add(i);
  const localityOf = new Map(unitPosts.map((u) => [u.unit, u.locality]));
  const communeLocalities = unitPosts.filter((u) => u.locality !== 'TINH').map((u) => u.locality);
  const communeUnits = unitPosts.filter((u) => u.locality !== 'TINH').map((u) => u.unit);
  const allUnits = unitPosts.map((u) => u.unit);

  // Cadres: one per held post.
  const cadres: NonNullable<ScenarioInput['cadres']> = [];
  const held = posts.map((_p, i) => i).filter((i) => !vacant.has(i));
  const holderOf = new Map<string, string>();
  held.forEach((postIndex, k) => {
    const post = posts[postIndex]!;
    const id = `C-${pad(k + 1, 4)}`;
    holderOf.set(post.id, id);
    const gender = random.chance(0.3) ? 'female' : 'male';
    const age = random.weighted([[random.int(30, 39), 35], [random.int(40, 49), 50], [random.int(50, 57), 15]] as const);
    const born = date(asOfYear - age - 1, random.int(1, 12), random.int(1, 28));
    const local = post.unit.startsWith('U-X') && random.chance(0.45);
    const hometown = local ? localityOf.get(post.unit)! : random.pick(communeLocalities.length > 0 ? communeLocalities : ['TINH']);
    const tenureYears = random.weighted([[random.int(0, 2), 10], [random.int(3, 5), 60], [random.int(6, 9), 30]] as const);
    const sinceYear = asOfYear - tenureYears - (random.chance(0.5) ? 1 : 0);
    const since = date(Math.min(sinceYear, 2026), random.int(1, 12), random.int(1, 28));
    const rating = random.weighted([['excellent', 28], ['good', 64], ['complete', 6], ['incomplete', 2]] as const);
    const ladder = LADDER[post.title]!;
    const planSize = random.weighted([[1, 5], [2, 35], [3, 60]] as const);
    const planning = [ladder[0]!, ...random.sample(ladder.slice(1), planSize - 1)];
    const experience = [...new Set([...post.offers.slice(0, 2), ...random.sample(TAGS, random.int(1, 3))])].sort();
    const goals = random.sample(TAGS, random.int(1, 3)).sort();
    const preferences = random.sample(communeUnits, random.weighted([[0, 40], [1, 35], [2, 25]] as const)).sort();
    const history: { unit: string; from: string; to: string; rotation: boolean }[] = [];
    const entries = random.weighted([[0, 35], [1, 35], [2, 22], [3, 8]] as const);
    let end = Number(since.slice(0, 4));
    for (let h = 0; h < entries; h++) {
      const length = random.int(2, 5);
      const unit = random.pick(allUnits);
      if (unit === post.unit) continue;
      history.unshift({ unit, from: date(end - length, random.int(1, 12), 1), to: date(end, 1, 1), rotation: random.chance(0.55) });
      end -= length;
    }
    cadres.push({
      id,
      name: personName(random, gender),
      gender,
      born,
      minority: random.chance(0.12),
      hometown,
      position: post.id,
      since,
      rating,
      planning,
      experience,
      goals,
      preferences,
      relatives: [],
      available: random.chance(0.97),
      history,
    });
  });
  // Relatives: about 2 % of cadres have a relative in the province, often from the same commune.
  for (const cadre of cadres) {
    if (!random.chance(0.02)) continue;
    const other = random.pick(cadres);
    if (other.id !== cadre.id && !other.relatives!.includes(cadre.id)) cadre.relatives!.push(other.id);
  }

  // Consents: origin and cadre objections, destination objections for one unit, agreements.
  const consents: NonNullable<ScenarioInput['consents']> = [];
  for (const cadre of cadres) {
    if (random.chance(0.03)) consents.push({ side: 'origin', cadre: cadre.id, agree: false, note: 'cần giữ ổn định đơn vị' });
    else if (random.chance(0.1)) consents.push({ side: 'origin', cadre: cadre.id, agree: true });
    if (random.chance(0.06)) consents.push({ side: 'cadre', cadre: cadre.id, agree: false, note: 'hoàn cảnh gia đình' });
    if (random.chance(0.04)) consents.push({ side: 'destination', unit: random.pick(allUnits), cadre: cadre.id, agree: false });
    else if (random.chance(0.05)) consents.push({ side: 'destination', unit: random.pick(allUnits), cadre: cadre.id, agree: true });
  }
  const forbids: NonNullable<ScenarioInput['forbids']> = [];
  for (const cadre of random.sample(cadres, Math.floor(cadres.length / 100))) {
    forbids.push({ cadre: cadre.id, unit: random.pick(allUnits), note: 'xung đột lợi ích' });
  }

  const scenario: ScenarioInput = {
    version: 1,
    name: `Generated province, ${cadreCount} cadres (seed ${seed})`,
    asOf: AS_OF,
    description: 'Generated by `rotaplan generate`: a two-tier province (departments and communes) for benchmarks and tests.',
    policy: {
      minTenureMonths: 36,
      nonLocalTitles: ['commune-secretary', 'commune-chairman', 'commune-inspection-chief', 'inspection-chief'],
      consent: { origin: 'hard', destination: 'hard', cadre: 'soft' },
      quotas: [
        { group: 'female', minShare: 0.3, mode: 'soft' },
        { group: 'young', minShare: 0.2, mode: 'soft' },
      ],
    },
    units,
    positions: posts.map((p, i) => ({
      id: p.id,
      unit: p.unit,
      title: p.title,
      ...(vacant.has(i) ? {} : { holder: holderOf.get(p.id)! }),
      mustFill: p.mustFill,
      offers: p.offers,
      desired: p.desired,
    })),
    cadres,
    consents,
    pins: [],
    forbids,
  };
  keepVacanciesFillable(scenario);
  return scenario;
}

/**
 * A vacant must-fill post forces a move into it: keep mustFill on it only when at least two
 * eligible cadres from posts that need no replacement could take it, so that a generated
 * round is feasible (the post is then an ordinary vacancy).
 */
function keepVacanciesFillable(scenario: ScenarioInput): void {
  const round = buildRound(parseScenario(scenario).scenario);
  const candidates = new Map<string, number>();
  for (const { cadre, post } of eligiblePairs(round)) {
    if (round.holderOf.has(post.id) || !post.mustFill) continue;
    if (round.posts.get(cadre.position)!.mustFill) continue;
    candidates.set(post.id, (candidates.get(post.id) ?? 0) + 1);
  }
  const vacantMustFillInUnit = new Map<string, number>();
  for (const post of scenario.positions) {
    if (post.holder != null || !post.mustFill) continue;
    const inUnit = vacantMustFillInUnit.get(post.unit) ?? 0;
    if ((candidates.get(post.id) ?? 0) < 2 || inUnit >= 1) post.mustFill = false;
    else vacantMustFillInUnit.set(post.unit, inUnit + 1);
  }
}
