/**
 * A generated province in version 2 of the format: the version 1 province of the same seed,
 * taken in mid-2027 and given what a real round after the 2025 merger has. A title catalogue
 * in Vietnamese (levels, key titles), every commune leader in post since 2025-07-01, three
 * years of ratings, profiles (trích ngang), hometown lists, secretaries who also chair the
 * council (kiêm nhiệm, the council's former chair then its vice-chair), cadres on rotation,
 * commune heads at the two-term limit who must move, a withdrawn objection and a pin.
 *
 * Its own random stream, so the version 1 province stays byte for byte what it was. Every
 * must-move cadre gets a witness: a vacant post of the same level in a unit of its own, for
 * which the cadre is eligible, so the round stays feasible; the first witness is pinned.
 */
import type { ScenarioInput } from '../scenario/schema.ts';
import { parseScenario } from '../scenario/load.ts';
import { buildRound, type Round } from '../scenario/round.ts';
import { ELIGIBILITY_RULES } from '../rules/registry.ts';
import { Random } from './random.ts';

export const AS_OF_V2 = '2027-07-01';
/** The day the two-tier structure took effect. */
const MERGER = '2025-07-01';
const RATING_YEARS = [2024, 2025, 2026] as const;

/** The catalogue: Vietnamese names, levels (higher is more senior) and the key titles (chủ chốt). */
const TITLES: readonly { id: string; name: string; level: number; key?: boolean }[] = [
  { id: 'department-director', name: 'Giám đốc Sở', level: 5, key: true },
  { id: 'department-deputy', name: 'Phó Giám đốc Sở', level: 4 },
  { id: 'commune-secretary', name: 'Bí thư Đảng ủy xã', level: 4, key: true },
  { id: 'commune-chairman', name: 'Chủ tịch UBND xã', level: 4, key: true },
  { id: 'council-chair', name: 'Chủ tịch HĐND xã', level: 4, key: true },
  { id: 'commune-deputy-secretary', name: 'Phó Bí thư Đảng ủy xã', level: 3 },
  { id: 'fatherland-front-chair', name: 'Chủ tịch Ủy ban MTTQ Việt Nam xã', level: 3 },
  { id: 'inspection-chief', name: 'Chánh Thanh tra Sở', level: 3 },
  { id: 'commune-vice-chairman', name: 'Phó Chủ tịch UBND xã', level: 2 },
  { id: 'council-vice-chair', name: 'Phó Chủ tịch HĐND xã', level: 2 },
  { id: 'commune-inspection-chief', name: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã', level: 2 },
  { id: 'office-chief', name: 'Chánh Văn phòng Sở', level: 2 },
  { id: 'division-head', name: 'Trưởng phòng thuộc Sở', level: 2 },
  { id: 'commune-office-chief', name: 'Chánh Văn phòng Đảng ủy xã', level: 1 },
];
const LEVEL = new Map(TITLES.map((title) => [title.id, title.level]));

const ETHNIC = ['Tày', 'Thái', 'Nùng', 'Mường', 'Dao', "H'Mông", 'Khmer', 'Ê Đê'] as const;
const EDUCATION = ['Thạc sĩ Kinh tế', 'Thạc sĩ Quản lý công', 'Cử nhân Luật', 'Kỹ sư Nông nghiệp', 'Cử nhân Kinh tế', 'Thạc sĩ Luật', 'Tiến sĩ Kinh tế', 'Cử nhân Hành chính'] as const;
const RATING_STEP = ['incomplete', 'complete', 'good', 'excellent'] as const;
type RatingWord = (typeof RATING_STEP)[number];

type Cadre = NonNullable<ScenarioInput['cadres']>[number];
type Post = ScenarioInput['positions'][number];

export function toVersionTwo(v1: ScenarioInput, seed: number): ScenarioInput {
  const random = new Random((seed * 7919 + 2027) >>> 0);
  const copy: ScenarioInput = structuredClone(v1);
  const { minTenureMonths: _v1Tenure, ...policy } = copy.policy ?? {};
  // The order a reader expects at the top of the file; then the lists as version 1 has them.
  const scenario: ScenarioInput = {
    version: 2,
    name: `Tỉnh mô phỏng, ${v1.cadres.length} cán bộ (seed ${seed})`,
    asOf: AS_OF_V2,
    language: 'vi',
    description: 'Sinh bởi `rotaplan generate` (phiên bản 2): tỉnh hai cấp sau sắp xếp 2025, dùng cho đo hiệu năng và kiểm thử.',
    titles: TITLES.map((title) => ({ ...title })),
    policy: { ...policy, ratingYears: 2 },
    units: copy.units,
    positions: copy.positions,
    cadres: copy.cadres,
    consents: copy.consents,
    pins: copy.pins,
    forbids: copy.forbids,
  };
  const posts = new Map(scenario.positions.map((post) => [post.id, post]));
  const units = new Map(scenario.units.map((unit) => [unit.id, unit]));
  const isCommune = (unitId: string) => unitId.startsWith('U-X');
  const localities = scenario.units.filter((unit) => isCommune(unit.id)).map((unit) => unit.locality!);

  for (const cadre of scenario.cadres) {
    const post = posts.get(cadre.position)!;
    // Every commune leader has been in post since the merger.
    if (isCommune(post.unit)) cadre.since = MERGER;
    cadre.ratings = ratingsEndingWith(random, cadre.rating ?? 'good');
    delete cadre.rating;
    const hometown = cadre.hometown as string;
    if (random.chance(0.15) && localities.length > 1) cadre.hometown = [hometown, random.pick(localities.filter((code) => code !== hometown))];
    cadre.profile = {
      ethnicity: cadre.minority ? random.pick(ETHNIC) : 'Kinh',
      education: random.pick(EDUCATION),
      politicalTheory: (LEVEL.get(post.title) ?? 0) >= 3 ? 'Cao cấp' : random.pick(['Cao cấp', 'Trung cấp']),
      partyCommittee: partyCommittee(post.title, isCommune(post.unit), random),
    };
    // About four in ten are in no succession plan (quy hoạch) this term: they are not rotated.
    if (random.chance(0.4)) cadre.planning = [];
    // Cadres rotated into their post (luân chuyển đến): most came to the communes at the merger.
    if (random.chance(0.06)) {
      cadre.rotated = true;
      if (!isCommune(post.unit)) cadre.since = `20${random.int(22, 25)}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
    }
  }
  councilsChairedBySecretaries(scenario, posts, random);
  const round = () => buildRound(parseScenario(scenario).scenario);
  mustMoveHeads(scenario, round(), units, random);
  // Objections withdrawn later in the round (the last entry of a side decides).
  const origin = scenario.consents!.filter((consent) => consent.side === 'origin' && !consent.agree);
  for (const consent of random.sample(origin, Math.ceil(origin.length / 10))) {
    scenario.consents!.push({ side: 'origin', cadre: consent.cadre, agree: true, note: 'đơn vị rút ý kiến' });
  }
  return scenario;
}

/** Three years of ratings ending with the cadre's latest: earlier years near it. */
function ratingsEndingWith(random: Random, latest: RatingWord): { year: number; rating: RatingWord }[] {
  const at = RATING_STEP.indexOf(latest);
  const near = () => RATING_STEP[Math.max(0, Math.min(3, at + random.weighted([[0, 70], [-1, 15], [1, 15]] as const)))]!;
  return RATING_YEARS.map((year, i) => ({ year, rating: i === RATING_YEARS.length - 1 ? latest : near() }));
}

function partyCommittee(title: string, commune: boolean, random: Random): string {
  if (title === 'department-director') return random.chance(0.3) ? 'Ủy viên Ban Thường vụ Tỉnh ủy' : 'Tỉnh ủy viên';
  if (title === 'commune-secretary') return 'Ủy viên Ban Thường vụ Đảng ủy xã';
  return commune ? 'Đảng ủy viên xã' : 'Đảng ủy viên cơ quan';
}

/**
 * In about half of the communes the Bí thư also chairs the People's Council (kiêm nhiệm): the
 * council's chair becomes its vice-chair (a new post), and the secretary holds the chair too.
 */
function councilsChairedBySecretaries(scenario: ScenarioInput, posts: Map<string, Post>, random: Random): void {
  const holder = new Map(scenario.cadres.map((cadre) => [cadre.position, cadre]));
  const added: Post[] = [];
  for (const unit of scenario.units) {
    const inUnit = scenario.positions.filter((post) => post.unit === unit.id);
    const chair = inUnit.find((post) => post.title === 'council-chair');
    const secretaryPost = inUnit.find((post) => post.title === 'commune-secretary');
    if (!chair || !secretaryPost || !random.chance(0.5)) continue;
    const secretary = holder.get(secretaryPost.id);
    const former = holder.get(chair.id);
    if (!secretary || !former) continue;
    const vice: Post = {
      id: `${chair.id.replace(/CTHD\d*$/, 'PCTHD')}1`, unit: unit.id, title: 'council-vice-chair', holder: former.id,
      mustFill: false, offers: [...(chair.offers ?? [])], desired: [...(chair.desired ?? [])],
    };
    former.position = vice.id;
    chair.holder = secretary.id;
    secretary.alsoHolds = [chair.id];
    added.push(vice);
    posts.set(vice.id, vice);
  }
  scenario.positions.push(...added);
}

/**
 * Commune heads at the two-term limit (about one cadre in a hundred) must move. Each gets a
 * witness first: a vacant, not must-fill post of the same level in another unit, for which
 * the cadre is eligible; the witnesses' units are all different and touch no other must-move
 * cadre or vacant must-fill post, so the witnesses together break neither S nor K. The
 * head's own post need not be filled this round (the council elects a successor later).
 */
function mustMoveHeads(scenario: ScenarioInput, round: Round, units: Map<string, unknown>, random: Random): void {
  const wanted = Math.max(1, Math.floor(scenario.cadres.length / 100));
  const vacantMustFillUnits = new Set(scenario.positions.filter((post) => post.holder == null && post.mustFill).map((post) => post.unit));
  const used = new Set<string>(vacantMustFillUnits);
  const heads = random.sample(
    scenario.cadres.filter((cadre) => {
      const title = round.posts.get(cadre.position)!.title;
      return (title === 'commune-secretary' || title === 'commune-chairman') && !cadre.rotated;
    }),
    wanted * 4,
  );
  const vacant = scenario.positions.filter((post) => !round.holderOf.has(post.id) && !post.mustFill);
  const witnesses: { cadre: Cadre; post: Post }[] = [];
  for (const cadre of heads) {
    if (witnesses.length >= wanted) break;
    const from = round.posts.get(cadre.position)!;
    if (used.has(from.unit)) continue;
    const flagged = round.cadres.get(cadre.id)!;
    const target = vacant.find((post) => {
      if (used.has(post.unit) || post.unit === from.unit || !units.has(post.unit)) return false;
      if (LEVEL.get(post.title) !== LEVEL.get(from.title)) return false;
      const relatives = [...(round.relatives.get(cadre.id) ?? [])];
      if (relatives.some((other) => round.posts.get(round.cadres.get(other)!.position)!.unit === post.unit)) return false;
      const asMustMove = { ...flagged, mustMove: true, planning: [...new Set([...flagged.planning, post.title])] };
      return ELIGIBILITY_RULES.every((rule) => rule.check(round, asMustMove, round.posts.get(post.id)!).length === 0);
    });
    if (!target) continue;
    cadre.mustMove = true;
    // In the succession plan for the witness's title (a sideways move needs none; version 1 readers see it).
    if (!cadre.planning!.includes(target.title)) cadre.planning = [...cadre.planning!.slice(0, 2), target.title];
    scenario.positions.find((post) => post.id === from.id)!.mustFill = false;
    used.add(from.unit);
    used.add(target.unit);
    witnesses.push({ cadre, post: target });
  }
  const first = witnesses[0];
  if (first) scenario.pins!.push({ cadre: first.cadre.id, position: first.post.id, note: 'BTV cho chủ trương ngày 20/5/2027' });
}
