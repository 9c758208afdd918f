/**
 * One-off generator of scenarios/province.yaml: a sample province after the 2025 two-tier
 * reorganisation (provincial departments and agencies, then communes and wards; no districts).
 * Deterministic: a fixed seed drives a small local PRNG, so running it twice writes the same
 * file. The committed YAML is the product; this script only saves typing.
 *
 *   node --import tsx scenarios/tools/make-province.ts > scenarios/province.yaml
 */

// ---------- a tiny deterministic PRNG (mulberry32) ----------
let state = 20280701 >>> 0;
function next(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
const chance = (p: number) => next() < p;
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dateText = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const AS_OF = '2028-07-01';
/** The day the two-tier structure took effect: many commune posts date from it. */
const REORGANISED = '2025-07-01';

// ---------- units ----------
interface UnitDef { id: string; name: string; kind: string; parent?: string; locality: string; tags: string[] }
const CAPITAL = 'HT'; // Phường Hưng Thành, where the provincial agencies sit

const ROOTS: UnitDef[] = [
  { id: 'TU', name: 'Tỉnh ủy Sơn Hà', kind: 'party-committee', locality: CAPITAL, tags: [] },
  { id: 'UBND', name: 'Ủy ban nhân dân tỉnh Sơn Hà', kind: 'people-committee', locality: CAPITAL, tags: [] },
];
const PARTY: UnitDef[] = [
  { id: 'BTC', name: 'Ban Tổ chức Tỉnh ủy', kind: 'party-board', parent: 'TU', locality: CAPITAL, tags: ['organisation', 'party-work'] },
  { id: 'UBKT', name: 'Ủy ban Kiểm tra Tỉnh ủy', kind: 'party-board', parent: 'TU', locality: CAPITAL, tags: ['inspection', 'party-work'] },
  { id: 'BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', kind: 'party-board', parent: 'TU', locality: CAPITAL, tags: ['mass-mobilisation', 'party-work'] },
  { id: 'BNC', name: 'Ban Nội chính Tỉnh ủy', kind: 'party-board', parent: 'TU', locality: CAPITAL, tags: ['legal', 'inspection'] },
  { id: 'VPTU', name: 'Văn phòng Tỉnh ủy', kind: 'party-office', parent: 'TU', locality: CAPITAL, tags: ['administration', 'party-work'] },
];
const DEPARTMENTS: UnitDef[] = [
  ['STC', 'Sở Tài chính', ['finance', 'planning']],
  ['SNV', 'Sở Nội vụ', ['organisation', 'administration']],
  ['SXD', 'Sở Xây dựng', ['construction', 'planning']],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', ['agriculture', 'land-management']],
  ['SCT', 'Sở Công Thương', ['economics', 'industry']],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', ['education', 'culture-society']],
  ['SYT', 'Sở Y tế', ['health', 'culture-society']],
  ['STP', 'Sở Tư pháp', ['legal', 'administration']],
  ['SKHCN', 'Sở Khoa học và Công nghệ', ['science', 'planning']],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', ['culture-society', 'mass-mobilisation']],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', ['ethnic-affairs', 'mass-mobilisation']],
  ['TTT', 'Thanh tra tỉnh', ['inspection', 'legal']],
  ['VPUB', 'Văn phòng UBND tỉnh', ['administration', 'economics']],
].map(([id, name, tags]) => ({ id: id as string, name: name as string, kind: 'department', parent: 'UBND', locality: CAPITAL, tags: tags as string[] }));

/** [code, name, kind, what the commune needs most] */
const COMMUNE_LIST: [string, string, string, string[]][] = [
  ['HT', 'Phường Hưng Thành', 'ward', ['planning', 'construction']],
  ['DH', 'Phường Đông Hòa', 'ward', ['planning', 'economics']],
  ['TL', 'Phường Tây Lộc', 'ward', ['construction', 'land-management']],
  ['NS', 'Phường Nam Sơn', 'ward', ['economics', 'industry']],
  ['BM', 'Phường Bắc Minh', 'ward', ['planning', 'administration']],
  ['AL', 'Xã An Lạc', 'commune', ['agriculture', 'land-management']],
  ['BT', 'Xã Bình Thuận', 'commune', ['agriculture', 'finance']],
  ['CP', 'Xã Cẩm Phú', 'commune', ['land-management', 'finance']],
  ['DT', 'Xã Đức Tiến', 'commune', ['agriculture', 'economics']],
  ['GL', 'Xã Gia Lâm', 'commune', ['finance', 'planning']],
  ['HL', 'Xã Hòa Lợi', 'commune', ['agriculture', 'culture-society']],
  ['KS', 'Xã Khánh Sơn', 'commune', ['ethnic-affairs', 'agriculture']],
  ['LH', 'Xã Long Hải', 'commune', ['economics', 'land-management']],
  ['MD', 'Xã Mỹ Điền', 'commune', ['agriculture', 'finance']],
  ['NG', 'Xã Ninh Giang', 'commune', ['land-management', 'construction']],
  ['PH', 'Xã Phú Hòa', 'commune', ['finance', 'culture-society']],
  ['QT', 'Xã Quang Tiến', 'commune', ['industry', 'economics']],
  ['TP', 'Xã Tân Phong', 'commune', ['agriculture', 'mass-mobilisation']],
  ['TM', 'Xã Thanh Mỹ', 'commune', ['ethnic-affairs', 'mass-mobilisation']],
  ['VN', 'Xã Vĩnh Ninh', 'commune', ['agriculture', 'planning']],
  ['XT', 'Xã Xuân Trường', 'commune', ['land-management', 'finance']],
  ['YS', 'Xã Yên Sơn', 'commune', ['ethnic-affairs', 'agriculture']],
  ['PL', 'Xã Pà Lùng', 'commune', ['ethnic-affairs', 'culture-society']],
  ['NC', 'Xã Nà Cà', 'commune', ['ethnic-affairs', 'agriculture']],
  ['TB', 'Xã Tà Bú', 'commune', ['ethnic-affairs', 'land-management']],
];
const COMMUNES: UnitDef[] = COMMUNE_LIST.map(([code, name, kind, tags]) => ({
  id: `X-${code}`, name, kind, parent: 'TU', locality: code, tags,
}));
const MOUNTAIN = new Set(['KS', 'TM', 'YS', 'PL', 'NC', 'TB']); // upland communes, many ethnic-minority cadres

// ---------- posts ----------
interface PostDef {
  id: string; unit: UnitDef; title: string; name: string; offers: string[]; desired: string[];
  mustFill?: boolean; vacant?: boolean; vacantNote?: string;
}
const posts: PostDef[] = [];
const shortName = (unit: UnitDef) => unit.name.replace(/^(Xã|Phường) /, '');
const place = (unit: UnitDef) => (unit.kind === 'ward' ? 'phường' : 'xã');

for (const unit of PARTY) {
  const inspection = unit.id === 'UBKT';
  posts.push({
    id: `P-${unit.id}-HEAD`, unit, title: inspection ? 'inspection-chief' : 'board-head',
    name: inspection ? 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' : unit.id === 'VPTU' ? 'Chánh Văn phòng Tỉnh ủy' : `Trưởng ${unit.name}`,
    offers: ['party-leadership', ...unit.tags], desired: ['party-work', 'grassroots'],
  });
  for (const n of [1, 2]) {
    posts.push({
      id: `P-${unit.id}-DEP${n}`, unit, title: inspection ? 'inspection-deputy' : 'board-deputy',
      name: inspection ? 'Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' : unit.id === 'VPTU' ? 'Phó Chánh Văn phòng Tỉnh ủy' : `Phó ${unit.name}`,
      offers: [...unit.tags], desired: [unit.tags[0]!],
    });
  }
}
for (const unit of DEPARTMENTS) {
  const chief = unit.id === 'TTT' ? 'Chánh Thanh tra tỉnh' : unit.id === 'VPUB' ? 'Chánh Văn phòng UBND tỉnh' : `Giám đốc ${unit.name}`;
  const deputy = unit.id === 'TTT' ? 'Phó Chánh Thanh tra tỉnh' : unit.id === 'VPUB' ? 'Phó Chánh Văn phòng UBND tỉnh' : `Phó Giám đốc ${unit.name}`;
  posts.push({ id: `P-${unit.id}-DIR`, unit, title: 'department-director', name: chief, offers: ['management', ...unit.tags], desired: [unit.tags[0]!, 'grassroots'] });
  posts.push({ id: `P-${unit.id}-DEP1`, unit, title: 'department-deputy', name: deputy, offers: [...unit.tags], desired: [unit.tags[0]!] });
  posts.push({ id: `P-${unit.id}-DEP2`, unit, title: 'department-deputy', name: deputy, offers: [...unit.tags], desired: [unit.tags[1]!] });
}
for (const unit of COMMUNES) {
  const code = unit.locality;
  posts.push({ id: `P-${code}-SEC`, unit, title: 'commune-secretary', name: `Bí thư Đảng ủy ${place(unit)} ${shortName(unit)}`, offers: ['grassroots', 'party-leadership'], desired: ['party-work', unit.tags[0]!] });
  posts.push({ id: `P-${code}-CHAIR`, unit, title: 'commune-chairman', name: `Chủ tịch UBND ${place(unit)} ${shortName(unit)}`, offers: ['grassroots', 'administration'], desired: [...unit.tags] });
  posts.push({ id: `P-${code}-VC1`, unit, title: 'commune-deputy', name: `Phó Chủ tịch UBND ${place(unit)} ${shortName(unit)}`, offers: ['grassroots', unit.tags[0]!], desired: [unit.tags[0]!] });
  posts.push({ id: `P-${code}-VC2`, unit, title: 'commune-deputy', name: `Phó Chủ tịch UBND ${place(unit)} ${shortName(unit)}`, offers: ['grassroots', unit.tags[1]!], desired: [unit.tags[1]!] });
}
const post = (id: string) => posts.find((p) => p.id === id)!;
// Vacant posts: where a holder retired or was elected elsewhere. Two must be filled this round.
const VACANT: [string, string, boolean][] = [
  ['P-TB-SEC', 'the secretary retired in May 2028', true],
  ['P-PL-CHAIR', 'the chairman was elected to the provincial People’s Council', true],
  ['P-NC-VC2', 'vacant since the merger', false],
  ['P-GL-VC2', 'vacant since the merger', false],
  ['P-YS-VC1', 'the deputy moved to Sở Dân tộc và Tôn giáo', false],
  ['P-SXD-DEP2', 'vacant since March 2028', false],
  ['P-SDTTG-DEP2', 'vacant since the merger of the two departments', false],
  ['P-BTGDV-DEP2', 'vacant since the merger of the two boards', false],
];
for (const [id, note, mustFill] of VACANT) Object.assign(post(id), { vacant: true, vacantNote: note, mustFill });
// Posts that must stay filled whoever leaves: the secretaries of upland communes and the inspection chief.
for (const id of ['P-KS-SEC', 'P-TM-SEC', 'P-YS-SEC', 'P-NC-SEC', 'P-UBKT-HEAD']) post(id).mustFill = true;

// ---------- cadres ----------
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Đinh', 'Lương'];
const FAMILY_MINORITY = ['Hà', 'Lò', 'Nông', 'Lường', 'Quàng', 'Sầm', 'Hoàng', 'Vi', 'Lục', 'Đinh', 'Bùi'];
const MIDDLE_MALE = ['Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Trọng', 'Đình', 'Mạnh'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hòa', 'Lợi', 'Kiên', 'Tùng', 'Hưng', 'Pấng', 'Khoa'];
const GIVEN_FEMALE = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Thủy', 'Trang', 'Vân', 'Yến', 'Huyền', 'Loan', 'Tuyết'];
const usedNames = new Set<string>();
function personName(gender: 'male' | 'female', minority: boolean): string {
  for (;;) {
    const name = `${pick(minority ? FAMILY_MINORITY : FAMILY)} ${pick(gender === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE)} ${pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE)}`;
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}

/** Succession-plan titles by the title held now (quy hoạch: one level up, or a grassroots post). */
const PLANNING: Record<string, string[][]> = {
  'commune-deputy': [['commune-chairman'], ['commune-chairman', 'department-deputy']],
  'commune-chairman': [['commune-secretary'], ['commune-secretary', 'department-deputy']],
  'commune-secretary': [['department-director'], ['board-deputy', 'department-director']],
  'department-deputy': [['commune-secretary'], ['commune-chairman'], ['department-director', 'commune-secretary']],
  'department-director': [['board-head']],
  'board-deputy': [['commune-secretary'], ['board-head']],
  'board-head': [[]],
  'inspection-deputy': [['inspection-chief'], ['commune-secretary']],
  'inspection-chief': [[]],
};
const GOALS_FOR: Record<string, string[]> = {
  commune: ['finance', 'planning', 'party-work', 'economics'],
  provincial: ['grassroots', 'party-leadership'],
};

interface CadreDef {
  id: string; name: string; gender: 'male' | 'female'; born: string; minority: boolean; hometown: string;
  post: PostDef; since: string; rating: string; planning: string[]; experience: string[]; goals: string[];
  preferences: string[]; relatives: string[]; available?: boolean; availableNote?: string;
  history: { unit: string; from: string; to: string; rotation: boolean; title?: string }[];
}
const cadres: CadreDef[] = [];
const allUnits = [...PARTY, ...DEPARTMENTS, ...COMMUNES];
let counter = 0;
for (const p of posts) {
  if (p.vacant) continue;
  counter++;
  const isCommune = p.unit.kind === 'commune' || p.unit.kind === 'ward';
  const upland = MOUNTAIN.has(p.unit.locality);
  const minority = chance(upland ? 0.6 : 0.06);
  const gender: 'male' | 'female' = chance(0.3) ? 'female' : 'male';
  // Age: deputies younger, heads older; some too old to rotate (less than 10 years to retirement).
  const senior = /secretary|chief|head|director/.test(p.title);
  const born = dateText(senior ? int(1968, 1986) : int(1976, 1993), int(1, 12), int(1, 28));
  // Tenure: many commune posts date from the reorganisation; others were filled later.
  const since = isCommune && chance(0.5) ? REORGANISED : dateText(int(2019, 2027), int(1, 12), pick([1, 1, 15]));
  const rating = pick(['excellent', 'good', 'good', 'good', 'good', 'complete', 'good', 'excellent', 'incomplete', 'good']);
  // About half of the cadres are in the succession plan for some title.
  const planning = chance(0.55) ? pick(PLANNING[p.title]!) : [];
  const homeUnit = isCommune && chance(0.55) ? p.unit : pick(COMMUNES.filter((c) => MOUNTAIN.has(c.locality) === (minority && chance(0.8))));
  const experience = [...new Set([...(isCommune ? ['grassroots'] : []), ...p.unit.tags.slice(0, int(1, 2)), ...(chance(0.4) ? [pick(['party-work', 'finance', 'planning', 'inspection', 'administration'])] : [])])];
  const goals = [...new Set([pick(isCommune ? GOALS_FOR.commune! : GOALS_FOR.provincial!), ...(chance(0.5) ? [pick([...GOALS_FOR.commune!, ...GOALS_FOR.provincial!])] : [])])];
  const preferences = chance(0.3) ? [pick(allUnits).id] : [];
  const history: CadreDef['history'] = [];
  const rotations = chance(0.3) ? int(1, 3) : 0;
  let year = Number(since.slice(0, 4)) - 1;
  for (let i = 0; i < rotations + (chance(0.4) ? 1 : 0) && year > 2008; i++) {
    const to = dateText(year, int(1, 12), 28);
    const from = dateText(year - int(2, 5), int(1, 12), 1);
    const unit = pick(allUnits.filter((u) => u.id !== p.unit.id));
    history.push({ unit: unit.id, from, to, rotation: i < rotations, title: '' });
    year = Number(from.slice(0, 4)) - 1;
  }
  cadres.push({
    id: `C-${pad(counter, 3)}`, name: personName(gender, minority), gender, born, minority, hometown: homeUnit.locality,
    post: p, since, rating, planning: [...planning], experience, goals, preferences, relatives: [], history,
  });
}
const cadreAt = (postId: string) => cadres.find((c) => c.post.id === postId)!;

// ---------- the storylines a planner will recognise (fixed on top of the generated crowd) ----------
/** Makes a cadre a clear candidate: in the plan for `titles`, long enough in post, young enough, rated well. */
function candidate(postId: string, titles: string[], extra: Partial<CadreDef> = {}): CadreDef {
  const c = cadreAt(postId);
  c.planning = titles;
  if (c.since > REORGANISED) c.since = REORGANISED;
  if (Number(c.born.slice(0, 4)) < 1978) c.born = `19${int(79, 86)}${c.born.slice(4)}`;
  if (c.rating === 'complete' || c.rating === 'incomplete') c.rating = 'good';
  c.history = c.history.map((h) => ({ ...h, rotation: false }));
  const renamed = (extra.gender !== undefined && extra.gender !== c.gender) || (extra.minority !== undefined && extra.minority !== c.minority);
  Object.assign(c, extra);
  if (renamed) c.name = personName(c.gender, c.minority);
  return c;
}
// Sở Tài chính's deputy is in the plan for a commune secretary: the pin below sends her to Tà Bú.
const finDeputy = candidate('P-STC-DEP1', ['commune-secretary', 'department-director'], {
  gender: 'female', goals: ['grassroots', 'party-leadership'], experience: ['finance', 'planning', 'party-work'],
});
// Department deputies who want grassroots experience (the usual reason for rotation).
candidate('P-SXD-DEP1', ['commune-secretary'], { goals: ['grassroots', 'party-leadership'] });
candidate('P-SNNMT-DEP1', ['commune-chairman', 'commune-secretary'], { goals: ['grassroots'], preferences: ['X-AL'] });
candidate('P-SNV-DEP1', ['commune-chairman'], { goals: ['grassroots', 'administration'], gender: 'female' });
candidate('P-BTC-DEP1', ['commune-secretary', 'board-head'], { goals: ['grassroots', 'party-leadership'] });
candidate('P-UBKT-DEP1', ['inspection-chief', 'commune-secretary'], { goals: ['party-leadership', 'grassroots'], experience: ['inspection', 'party-work'] });
// Commune leaders in the plan for provincial posts.
candidate('P-GL-SEC', ['department-director', 'board-deputy'], { goals: ['finance', 'planning'], experience: ['grassroots', 'party-work', 'finance'] });
candidate('P-HL-SEC', ['department-director'], { goals: ['culture-society'], experience: ['grassroots', 'party-work', 'culture-society'] });
candidate('P-KS-CHAIR', ['commune-secretary', 'department-deputy'], { minority: true, goals: ['party-leadership', 'ethnic-affairs'], hometown: 'NC' });
candidate('P-DH-CHAIR', ['commune-secretary'], { goals: ['party-leadership'], preferences: ['X-HT'] });
candidate('P-AL-VC1', ['commune-chairman'], { goals: ['administration', 'grassroots'], gender: 'female' });
candidate('P-TM-VC1', ['commune-chairman', 'department-deputy'], { minority: true, gender: 'female', goals: ['administration', 'ethnic-affairs'], hometown: 'TM' });
candidate('P-BT-CHAIR', ['commune-secretary', 'department-deputy'], { goals: ['finance', 'party-leadership'] });
candidate('P-TTT-DEP1', ['inspection-chief', 'department-director'], { goals: ['party-leadership'], experience: ['inspection', 'legal', 'party-work'] });
// The inspection chief is due to move up: must-fill post, so someone must replace him.
candidate('P-UBKT-HEAD', ['board-head'], { goals: ['organisation'] });

// Relatives: husband and wife, brothers; the rule keeps them out of one unit after a move.
const relate = (a: CadreDef, b: CadreDef) => a.relatives.push(b.id);
relate(cadreAt('P-SXD-DEP1'), cadreAt('P-HT-VC1'));
relate(cadreAt('P-DH-CHAIR'), cadreAt('P-HT-CHAIR'));
relate(cadreAt('P-NS-VC2'), cadreAt('P-STC-DEP2'));
relate(cadreAt('P-KS-CHAIR'), cadreAt('P-NC-VC1'));

// One cadre on long sick leave: not available this round.
Object.assign(cadreAt('P-MD-CHAIR'), { available: false, availableNote: 'on long sick leave until 2029' });

// ---------- consents, pins, forbids ----------
interface ConsentDef { side: string; cadre: string; unit?: string; agree: boolean; note: string }
const consents: ConsentDef[] = [
  { side: 'origin', cadre: cadreAt('P-STC-DEP2').id, agree: false, note: 'Sở Tài chính: needed for the 2029 budget' },
  { side: 'origin', cadre: cadreAt('P-BT-CHAIR').id, agree: false, note: 'Xã Bình Thuận: the new industrial park is at a critical stage' },
  { side: 'origin', cadre: cadreAt('P-SNNMT-DEP1').id, agree: true, note: 'Sở Nông nghiệp và Môi trường agrees to release him' },
  { side: 'destination', cadre: cadreAt('P-DH-CHAIR').id, unit: 'X-HT', agree: false, note: 'Phường Hưng Thành: his brother chairs the ward' },
  { side: 'destination', cadre: cadreAt('P-SXD-DEP1').id, unit: 'X-TB', agree: false, note: 'Xã Tà Bú asks for someone who speaks the local language' },
  { side: 'destination', cadre: cadreAt('P-KS-CHAIR').id, unit: 'X-NC', agree: true, note: 'Xã Nà Cà welcomes him' },
  { side: 'cadre', cadre: cadreAt('P-SNV-DEP1').id, agree: false, note: 'young children; asks to stay near the provincial centre' },
  { side: 'cadre', cadre: cadreAt('P-HL-SEC').id, agree: false, note: 'caring for elderly parents' },
  { side: 'cadre', cadre: cadreAt('P-TM-VC1').id, agree: true, note: 'volunteers for any upland commune' },
  { side: 'cadre', cadre: cadreAt('P-UBKT-DEP1').id, agree: true, note: 'agrees to serve in an upland commune' },
];
const pins = [{ cadre: finDeputy.id, position: 'P-TB-SEC', note: 'decided by the Standing Committee on 12 June 2028' }];
const forbids = [
  { cadre: cadreAt('P-BTC-DEP1').id, unit: 'X-GL', note: 'under review by the inspection committee for a land case in Gia Lâm' },
  { cadre: cadreAt('P-TTT-DEP1').id, position: 'P-UBKT-HEAD', note: 'inspected the current chief’s unit last year' },
];

// ---------- writing the YAML ----------
const out: string[] = [];
const w = (line = '') => out.push(line);
const q = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

w('#');
w('# A sample province for rotaplan: Sơn Hà (a made-up province), rotation round 2028.');
w('# After the 2025 reorganisation a province has two tiers: provincial agencies and');
w('# communes/wards (xã, phường); there are no districts any more.');
w('#');
w('#   rotaplan validate scenarios/province.yaml   # check it and summarise it');
w('#   rotaplan solve scenarios/province.yaml --top 3');
w('#');
w('# Copy it and change what differs in your province, or write a small overlay instead:');
w('#   extends: province.yaml     # then only the fields that change (contract section 6)');
w('#');
w('# Written by scenarios/tools/make-province.ts (deterministic); names and people are invented.');
w('version: 1');
w(`name: ${q('Tỉnh Sơn Hà, đợt luân chuyển 2028')}`);
w(`asOf: ${AS_OF}              # tenure, age and history windows are counted to this date`);
w('# language: vi               # uncomment for reports and explanations in Vietnamese');
w('');
w('# ---------------------------------------------------------------------------------');
w('# Policy (contract section 2). Everything not written here keeps its default:');
w('# 36 months in post, rating at least good, at most 3 earlier rotations, no return to a');
w('# unit left less than 5 years ago, at least 10 years to retirement (62 men, 60 women),');
w('# at most 2 cadres (and at most half) leaving a unit, at most 2 arriving.');
w('# ---------------------------------------------------------------------------------');
w('policy:');
w('  # Heads of communes and the inspection chief may not serve where they come from.');
w('  nonLocalTitles: [commune-secretary, commune-chairman, inspection-chief]');
w('  maxMoves: 12                 # the Standing Committee reviews at most a dozen moves a round');
w('  consent:');
w('    origin: hard               # a unit that refuses to release a cadre is final');
w('    destination: hard          # a unit that refuses a cadre is final');
w('    cadre: soft                # a cadre’s own objection costs weights.objection points');
w('  quotas:');
w('    # Women should be at least 30% of the cadres moved; a shortfall costs points, it is not a veto.');
w('    - { group: female, minShare: 0.3, mode: soft }');
w('  weights: { development: 10, fit: 5, preference: 3, move: 4, objection: 20, quotaShortfall: 30 }');
w('');
const unitLine = (u: UnitDef) =>
  `  - { id: ${u.id}, name: ${q(u.name)}, kind: ${u.kind}${u.parent ? `, parent: ${u.parent}` : ''}, locality: ${u.locality} }`;
w('# ---------------------------------------------------------------------------------');
w('# Units. `parent` is the body a unit reports to; `locality` is the commune or ward code');
w('# it sits in, compared with a cadre’s `hometown` by the non-local rule. Provincial');
w(`# agencies sit in Phường Hưng Thành (${CAPITAL}).`);
w('# ---------------------------------------------------------------------------------');
w('units:');
w('  # The provincial party committee and the provincial People’s Committee: roots of the tree.');
ROOTS.forEach((u) => w(unitLine(u)));
w('  # Advisory boards and office of the provincial party committee.');
PARTY.forEach((u) => w(unitLine(u)));
w('  # Departments and agencies of the provincial People’s Committee.');
DEPARTMENTS.forEach((u) => w(unitLine(u)));
w('  # Communes (xã) and wards (phường); since 2025 their party committees report to the province.');
w(`  # Upland communes with many ethnic-minority cadres: ${[...MOUNTAIN].map((c) => `X-${c}`).join(', ')}.`);
COMMUNES.forEach((u) => w(unitLine(u)));
w('');
w('# ---------------------------------------------------------------------------------');
w('# Posts. `title` is what the succession plan (quy hoạch) names; `holder` is the cadre');
w('# in post now (null: vacant); `mustFill`: the post may not be left vacant by the plan;');
w('# `offers`: experience the post gives; `desired`: experience the post wants.');
w('# ---------------------------------------------------------------------------------');
w('positions:');
let lastUnit = '';
for (const p of posts) {
  if (p.unit.id !== lastUnit) {
    w(`  # ${p.unit.name}`);
    lastUnit = p.unit.id;
  }
  const holder = p.vacant ? 'null' : cadreAt(p.id).id;
  const fields = [`id: ${p.id}`, `unit: ${p.unit.id}`, `title: ${p.title}`, `name: ${q(p.name)}`, `holder: ${holder}`];
  if (p.mustFill) fields.push('mustFill: true');
  fields.push(`offers: ${list(p.offers)}`, `desired: ${list(p.desired)}`);
  w(`  - { ${fields.join(', ')} }${p.vacant ? `   # vacant: ${p.vacantNote}` : ''}`);
}
w('');
w('# ---------------------------------------------------------------------------------');
w('# Cadres. Each holds exactly one post now (`position`, the same as that post’s `holder`).');
w('# `since`: start in the current post; `rating`: latest annual rating (excellent, good,');
w('# complete, incomplete); `planning`: titles the cadre is in the succession plan for');
w('# (empty: cannot be moved this round); `history`: earlier posts, `rotation: true` when');
w('# the cadre was rotated there; `preferences`: units the cadre would like to go to.');
w('# ---------------------------------------------------------------------------------');
w('cadres:');
for (const c of cadres) {
  w(`  - id: ${c.id}`);
  w(`    name: ${q(c.name)}${' '.repeat(Math.max(1, 24 - q(c.name).length))}# ${c.post.name}`);
  w(`    gender: ${c.gender}`);
  w(`    born: ${c.born}`);
  if (c.minority) w('    minority: true');
  w(`    hometown: ${c.hometown}`);
  w(`    position: ${c.post.id}`);
  w(`    since: ${c.since}`);
  w(`    rating: ${c.rating}`);
  if (c.available === false) w(`    available: false              # ${c.availableNote}`);
  if (c.planning.length > 0) w(`    planning: ${list(c.planning)}`);
  w(`    experience: ${list(c.experience)}`);
  w(`    goals: ${list(c.goals)}`);
  if (c.preferences.length > 0) w(`    preferences: ${list(c.preferences)}`);
  if (c.relatives.length > 0) w(`    relatives: ${list(c.relatives)}`);
  if (c.history.length > 0) {
    w('    history:');
    for (const h of c.history) w(`      - { unit: ${h.unit}, from: ${h.from}, to: ${h.to}${h.rotation ? ', rotation: true' : ''} }`);
  }
}
w('');
w('# ---------------------------------------------------------------------------------');
w('# Consents, by side: `origin` (the unit the cadre leaves), `destination` (a unit that');
w('# would receive the cadre; names the unit), `cadre` (the cadre). agree: false is an');
w('# objection; agree: true is recorded and changes nothing.');
w('# ---------------------------------------------------------------------------------');
w('consents:');
for (const c of consents) {
  const unit = c.unit ? `, unit: ${c.unit}` : '';
  w(`  - { side: ${c.side}, cadre: ${c.cadre}${unit}, agree: ${c.agree}, note: ${q(c.note)} }`);
}
w('');
w('# Pins: moves already decided; every plan must contain them.');
w('pins:');
for (const p of pins) w(`  - { cadre: ${p.cadre}, position: ${p.position}, note: ${q(p.note)} }`);
w('');
w('# Forbids: moves ruled out, to a whole unit or to one post.');
w('forbids:');
for (const f of forbids) {
  const target = 'unit' in f ? `unit: ${f.unit}` : `position: ${f.position}`;
  w(`  - { cadre: ${f.cadre}, ${target}, note: ${q(f.note)} }`);
}
process.stdout.write(`${out.join('\n')}\n`);
