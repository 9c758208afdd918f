/**
 * Writes scenarios/province.yaml: the sample round of a merged province (version 2 of the
 * format). Since 2025-07-01 a province has two tiers, provincial agencies (Sở, Ban) and
 * communes and wards (xã, phường), no districts; every commune leader has been in post since
 * that day. The round is taken in mid-2027.
 *
 *   node --import tsx scenarios/tools/make-province.ts > scenarios/province.yaml
 *
 * Deterministic: a fixed seed drives a small local PRNG, so running it twice writes the same
 * file. The committed YAML is the product; this script only saves typing. To make your own
 * province, copy the YAML (or this script), then change the lists below: the catalogue of
 * titles, the units, the posts each unit has, and the storylines near the end.
 */

// ---------- a tiny deterministic PRNG (mulberry32) ----------
let state = 20270701 >>> 0;
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

const AS_OF = '2027-07-01';
/** The day the two-tier structure took effect: every commune post dates from it. */
const MERGER = '2025-07-01';
/** The three years of annual ratings (đánh giá, xếp loại) on file. */
const RATING_YEARS = [2024, 2025, 2026];

// ---------- the title catalogue ----------
// `level`: higher is more senior; a move to a higher level is a promotion (đề bạt), to the
// same level a sideways move, to a lower one a move down. Heads of provincial agencies are
// one level (4), their deputies, commune secretaries and chairmen the next (3): the 2025
// practice of sending a Phó Giám đốc Sở to a commune as Bí thư is a sideways move. `key`: the
// unit's leading titles (chức danh chủ chốt): a unit changes at most one of them per round.
interface TitleDef { id: string; name: string; level: number; key?: boolean }
const TITLES: TitleDef[] = [
  { id: 'ban-truong', name: 'Trưởng ban Tỉnh ủy', level: 4, key: true },
  { id: 'ubkt-chu-nhiem', name: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', level: 4, key: true },
  { id: 'vptu-chanh', name: 'Chánh Văn phòng Tỉnh ủy', level: 4, key: true },
  { id: 'ban-pho', name: 'Phó Trưởng ban Tỉnh ủy', level: 3 },
  { id: 'ubkt-pho', name: 'Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', level: 3 },
  { id: 'vptu-pho', name: 'Phó Chánh Văn phòng Tỉnh ủy', level: 3 },
  { id: 'so-gd', name: 'Giám đốc Sở', level: 4, key: true },
  { id: 'thanh-tra-chanh', name: 'Chánh Thanh tra tỉnh', level: 4, key: true },
  { id: 'vpub-chanh', name: 'Chánh Văn phòng UBND tỉnh', level: 4, key: true },
  { id: 'so-pgd', name: 'Phó Giám đốc Sở', level: 3 },
  { id: 'thanh-tra-pho', name: 'Phó Chánh Thanh tra tỉnh', level: 3 },
  { id: 'vpub-pho', name: 'Phó Chánh Văn phòng UBND tỉnh', level: 3 },
  { id: 'xa-bi-thu', name: 'Bí thư Đảng ủy xã', level: 3, key: true },
  { id: 'xa-chu-tich', name: 'Chủ tịch UBND xã', level: 3, key: true },
  { id: 'xa-ct-hdnd', name: 'Chủ tịch HĐND xã', level: 3, key: true },
  { id: 'xa-pho-bi-thu', name: 'Phó Bí thư Đảng ủy xã', level: 2 },
  { id: 'xa-pho-ct', name: 'Phó Chủ tịch UBND xã', level: 2 },
  { id: 'so-truong-phong', name: 'Trưởng phòng thuộc Sở', level: 2 },
];

// ---------- units ----------
interface UnitDef { id: string; name: string; kind: string; parent?: string; locality: string; tags: string[] }
const CAPITAL = 'HT'; // Phường Hưng Thành, where the provincial agencies sit

const ROOTS: UnitDef[] = [
  { id: 'TU', name: 'Tỉnh ủy Sơn Hà', kind: 'party-committee', locality: CAPITAL, tags: [] },
  { id: 'UBND', name: 'Ủy ban nhân dân tỉnh Sơn Hà', kind: 'people-committee', locality: CAPITAL, tags: [] },
];
const PARTY: UnitDef[] = [
  ['BTC', 'Ban Tổ chức Tỉnh ủy', ['tổ chức cán bộ', 'công tác đảng']],
  ['UBKT', 'Ủy ban Kiểm tra Tỉnh ủy', ['kiểm tra, giám sát', 'công tác đảng']],
  ['BTGDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', ['dân vận', 'công tác đảng']],
  ['BNC', 'Ban Nội chính Tỉnh ủy', ['pháp luật', 'kiểm tra, giám sát']],
  ['VPTU', 'Văn phòng Tỉnh ủy', ['hành chính', 'công tác đảng']],
].map(([id, name, tags]) => ({ id: id as string, name: name as string, kind: 'party-board', parent: 'TU', locality: CAPITAL, tags: tags as string[] }));
const DEPARTMENTS: UnitDef[] = [
  ['STC', 'Sở Tài chính', ['tài chính', 'kế hoạch, đầu tư']],
  ['SNV', 'Sở Nội vụ', ['tổ chức cán bộ', 'hành chính']],
  ['SXD', 'Sở Xây dựng', ['xây dựng', 'kế hoạch, đầu tư']],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', ['nông nghiệp', 'đất đai']],
  ['SCT', 'Sở Công Thương', ['kinh tế', 'công nghiệp']],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', ['giáo dục', 'văn hóa, xã hội']],
  ['SYT', 'Sở Y tế', ['y tế', 'văn hóa, xã hội']],
  ['STP', 'Sở Tư pháp', ['pháp luật', 'hành chính']],
  ['SKHCN', 'Sở Khoa học và Công nghệ', ['khoa học, công nghệ', 'kế hoạch, đầu tư']],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', ['văn hóa, xã hội', 'dân vận']],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', ['dân tộc', 'dân vận']],
  ['TTT', 'Thanh tra tỉnh', ['kiểm tra, giám sát', 'pháp luật']],
  ['VPUB', 'Văn phòng UBND tỉnh', ['hành chính', 'kinh tế']],
].map(([id, name, tags]) => ({ id: id as string, name: name as string, kind: 'department', parent: 'UBND', locality: CAPITAL, tags: tags as string[] }));

/** [code, name, kind, what the commune needs most] */
const COMMUNE_LIST: [string, string, string, string[]][] = [
  ['HT', 'Phường Hưng Thành', 'ward', ['kế hoạch, đầu tư', 'xây dựng']],
  ['DH', 'Phường Đông Hòa', 'ward', ['kế hoạch, đầu tư', 'kinh tế']],
  ['TL', 'Phường Tây Lộc', 'ward', ['xây dựng', 'đất đai']],
  ['NS', 'Phường Nam Sơn', 'ward', ['kinh tế', 'công nghiệp']],
  ['BM', 'Phường Bắc Minh', 'ward', ['kế hoạch, đầu tư', 'hành chính']],
  ['AL', 'Xã An Lạc', 'commune', ['nông nghiệp', 'đất đai']],
  ['BT', 'Xã Bình Thuận', 'commune', ['công nghiệp', 'tài chính']],
  ['CP', 'Xã Cẩm Phú', 'commune', ['đất đai', 'tài chính']],
  ['DT', 'Xã Đức Tiến', 'commune', ['nông nghiệp', 'kinh tế']],
  ['GL', 'Xã Gia Lâm', 'commune', ['tài chính', 'kế hoạch, đầu tư']],
  ['HL', 'Xã Hòa Lợi', 'commune', ['nông nghiệp', 'văn hóa, xã hội']],
  ['KS', 'Xã Khánh Sơn', 'commune', ['dân tộc', 'nông nghiệp']],
  ['LH', 'Xã Long Hải', 'commune', ['kinh tế', 'đất đai']],
  ['MD', 'Xã Mỹ Điền', 'commune', ['nông nghiệp', 'tài chính']],
  ['NG', 'Xã Ninh Giang', 'commune', ['đất đai', 'xây dựng']],
  ['PH', 'Xã Phú Hòa', 'commune', ['tài chính', 'văn hóa, xã hội']],
  ['QT', 'Xã Quang Tiến', 'commune', ['công nghiệp', 'kinh tế']],
  ['TP', 'Xã Tân Phong', 'commune', ['nông nghiệp', 'dân vận']],
  ['TM', 'Xã Thanh Mỹ', 'commune', ['dân tộc', 'dân vận']],
  ['VN', 'Xã Vĩnh Ninh', 'commune', ['nông nghiệp', 'kế hoạch, đầu tư']],
  ['XT', 'Xã Xuân Trường', 'commune', ['đất đai', 'tài chính']],
  ['YS', 'Xã Yên Sơn', 'commune', ['dân tộc', 'nông nghiệp']],
  ['PL', 'Xã Pà Lùng', 'commune', ['dân tộc', 'văn hóa, xã hội']],
  ['NC', 'Xã Nà Cà', 'commune', ['dân tộc', 'nông nghiệp']],
  ['TB', 'Xã Tà Bú', 'commune', ['dân tộc', 'đất đai']],
];
const COMMUNES: UnitDef[] = COMMUNE_LIST.map(([code, name, kind, tags]) => ({
  id: `X-${code}`, name, kind, parent: 'TU', locality: code, tags,
}));
const MOUNTAIN = new Set(['KS', 'TM', 'YS', 'PL', 'NC', 'TB']); // upland communes, many ethnic-minority cadres
/** Communes where the Phó Bí thư (not the Bí thư) chairs the People's Council. */
const COUNCIL_BY_DEPUTY = new Set(['HT', 'NS', 'CP', 'MD', 'QT', 'XT', 'PL']);

// ---------- posts ----------
interface PostDef {
  id: string; unit: UnitDef; title: string; name: string; offers: string[]; desired: string[];
  mustFill?: boolean; vacant?: boolean; vacantNote?: string;
  /** Held through `alsoHolds` (kiêm nhiệm) by the holder of this post. */
  heldWith?: string;
}
const posts: PostDef[] = [];
const shortName = (unit: UnitDef) => unit.name.replace(/^(Xã|Phường) /, '');
const place = (unit: UnitDef) => (unit.kind === 'ward' ? 'phường' : 'xã');
const LEAD = 'lãnh đạo, quản lý';
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const GRASSROOTS = 'cơ sở';

for (const unit of PARTY) {
  const [head, deputy] =
    unit.id === 'UBKT' ? ['ubkt-chu-nhiem', 'ubkt-pho'] : unit.id === 'VPTU' ? ['vptu-chanh', 'vptu-pho'] : ['ban-truong', 'ban-pho'];
  const headName = unit.id === 'UBKT' ? 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' : unit.id === 'VPTU' ? 'Chánh Văn phòng Tỉnh ủy' : `Trưởng ${unit.name}`;
  const deputyName = unit.id === 'UBKT' ? 'Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' : unit.id === 'VPTU' ? 'Phó Chánh Văn phòng Tỉnh ủy' : `Phó Trưởng ${unit.name}`;
  posts.push({ id: `P-${unit.id}-TRUONG`, unit, title: head!, name: headName, offers: [LEAD, ...unit.tags], desired: ['công tác đảng', GRASSROOTS] });
  for (const n of [1, 2]) {
    posts.push({ id: `P-${unit.id}-PHO${n}`, unit, title: deputy!, name: deputyName, offers: [...unit.tags], desired: [unit.tags[n - 1]!] });
  }
}
for (const unit of DEPARTMENTS) {
  const [head, deputy] =
    unit.id === 'TTT' ? ['thanh-tra-chanh', 'thanh-tra-pho'] : unit.id === 'VPUB' ? ['vpub-chanh', 'vpub-pho'] : ['so-gd', 'so-pgd'];
  const headName = unit.id === 'TTT' ? 'Chánh Thanh tra tỉnh' : unit.id === 'VPUB' ? 'Chánh Văn phòng UBND tỉnh' : `Giám đốc ${unit.name}`;
  const deputyName = unit.id === 'TTT' ? 'Phó Chánh Thanh tra tỉnh' : unit.id === 'VPUB' ? 'Phó Chánh Văn phòng UBND tỉnh' : `Phó Giám đốc ${unit.name}`;
  posts.push({ id: `P-${unit.id}-GD`, unit, title: head!, name: headName, offers: [LEAD, ...unit.tags], desired: [unit.tags[0]!, GRASSROOTS] });
  posts.push({ id: `P-${unit.id}-PGD1`, unit, title: deputy!, name: deputyName, offers: [...unit.tags], desired: [unit.tags[0]!] });
  posts.push({ id: `P-${unit.id}-PGD2`, unit, title: deputy!, name: deputyName, offers: [...unit.tags], desired: [unit.tags[1]!] });
  if (unit.id !== 'TTT' && unit.id !== 'VPUB') {
    posts.push({ id: `P-${unit.id}-TP1`, unit, title: 'so-truong-phong', name: `Trưởng phòng ${capitalized(unit.tags[0]!)}, ${unit.name}`, offers: [unit.tags[0]!], desired: [unit.tags[0]!] });
  }
}
for (const unit of COMMUNES) {
  const code = unit.locality;
  const at = `${place(unit)} ${shortName(unit)}`;
  posts.push({ id: `P-${code}-BT`, unit, title: 'xa-bi-thu', name: `Bí thư Đảng ủy ${at}`, offers: [GRASSROOTS, LEAD, 'công tác đảng'], desired: ['công tác đảng', unit.tags[0]!] });
  posts.push({ id: `P-${code}-CT`, unit, title: 'xa-chu-tich', name: `Chủ tịch UBND ${at}`, offers: [GRASSROOTS, LEAD, 'quản lý nhà nước'], desired: [...unit.tags] });
  posts.push({ id: `P-${code}-PBT`, unit, title: 'xa-pho-bi-thu', name: `Phó Bí thư Đảng ủy ${at}`, offers: [GRASSROOTS, 'công tác đảng'], desired: ['công tác đảng'] });
  posts.push({
    id: `P-${code}-HDND`, unit, title: 'xa-ct-hdnd', name: `Chủ tịch HĐND ${at}`, offers: [GRASSROOTS], desired: ['pháp luật'],
    heldWith: COUNCIL_BY_DEPUTY.has(code) ? `P-${code}-PBT` : `P-${code}-BT`,
  });
  posts.push({ id: `P-${code}-PCT1`, unit, title: 'xa-pho-ct', name: `Phó Chủ tịch UBND ${at}`, offers: [GRASSROOTS, unit.tags[0]!], desired: [unit.tags[0]!] });
  posts.push({ id: `P-${code}-PCT2`, unit, title: 'xa-pho-ct', name: `Phó Chủ tịch UBND ${at}`, offers: [GRASSROOTS, unit.tags[1]!], desired: [unit.tags[1]!] });
}
const post = (id: string) => posts.find((p) => p.id === id)!;
// Vacant posts: a holder retired, was elected elsewhere, or the post was never filled after the merger.
const VACANT: [string, string, boolean][] = [
  ['P-TB-BT', 'Bí thư nghỉ hưu từ tháng 5/2027', true],
  ['P-SKHCN-GD', 'Giám đốc nghỉ hưu từ tháng 4/2027', true],
  ['P-NC-PCT2', 'trống từ khi sáp nhập', false],
  ['P-GL-PCT2', 'trống từ khi sáp nhập', false],
  ['P-YS-PCT1', 'Phó Chủ tịch được điều động về Sở Dân tộc và Tôn giáo', false],
  ['P-SXD-PGD2', 'trống từ tháng 3/2027', false],
  ['P-SDTTG-PGD2', 'trống từ khi hợp nhất hai sở', false],
  ['P-BTGDV-PHO2', 'trống từ khi hợp nhất hai ban', false],
];
for (const [id, note, mustFill] of VACANT) Object.assign(post(id), { vacant: true, vacantNote: note, mustFill });
// Posts that must stay filled whoever leaves: the secretaries of upland communes and the inspection chief.
for (const id of ['P-KS-BT', 'P-TM-BT', 'P-YS-BT', 'P-NC-BT', 'P-UBKT-TRUONG']) post(id).mustFill = true;

// ---------- cadres ----------
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Đinh', 'Lương'];
const FAMILY_MINORITY = ['Hà', 'Lò', 'Nông', 'Lường', 'Quàng', 'Sầm', 'Hoàng', 'Vi', 'Lục', 'Đinh', 'Bùi'];
const ETHNIC = ['Tày', 'Thái', 'Nùng', 'Mường', 'Dao', "H'Mông"];
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

/**
 * Succession plans (quy hoạch) by the title held now: mostly one level up. A sideways move
 * needs no entry (allowSideways), so a plan names the promotion a cadre is prepared for.
 */
const PLANNING: Record<string, string[][]> = {
  'xa-pho-ct': [['xa-chu-tich'], ['xa-chu-tich', 'so-pgd']],
  'xa-pho-bi-thu': [['xa-bi-thu'], ['xa-chu-tich', 'xa-bi-thu']],
  'xa-chu-tich': [['xa-bi-thu'], ['so-gd']],
  'xa-bi-thu': [['so-gd'], ['ban-pho', 'so-gd']],
  'so-truong-phong': [['so-pgd'], ['xa-pho-ct', 'so-pgd']],
  'so-pgd': [['so-gd'], ['xa-bi-thu', 'so-gd']],
  'thanh-tra-pho': [['thanh-tra-chanh']],
  'vpub-pho': [['vpub-chanh'], ['so-gd']],
  'so-gd': [['ban-truong']],
  'thanh-tra-chanh': [['ubkt-chu-nhiem']],
  'vpub-chanh': [['vptu-chanh']],
  'ban-pho': [['ban-truong'], ['xa-bi-thu', 'ban-truong']],
  'ubkt-pho': [['ubkt-chu-nhiem']],
  'vptu-pho': [['vptu-chanh']],
  'ban-truong': [[]],
  'ubkt-chu-nhiem': [[]],
  'vptu-chanh': [[]],
};
const GOALS_FOR: Record<string, string[]> = {
  commune: ['tài chính', 'kế hoạch, đầu tư', 'công tác đảng', 'kinh tế'],
  provincial: [GRASSROOTS, LEAD],
};
const EDUCATION = ['Thạc sĩ Kinh tế', 'Thạc sĩ Quản lý công', 'Cử nhân Luật', 'Kỹ sư Nông nghiệp', 'Cử nhân Kinh tế', 'Thạc sĩ Luật', 'Tiến sĩ Kinh tế', 'Cử nhân Hành chính'];
const RATINGS = ['excellent', 'good', 'good', 'good', 'good', 'complete', 'good', 'excellent', 'good', 'good'];

interface CadreDef {
  id: string; name: string; gender: 'male' | 'female'; born: string; minority: boolean; hometown: string[];
  post: PostDef; since: string; ratings: string[]; planning: string[]; experience: string[]; goals: string[];
  preferences: string[]; relatives: string[]; available?: boolean; availableNote?: string;
  rotated?: boolean; rotatedNote?: string; mustMove?: boolean; mustMoveNote?: string; alsoHolds: string[];
  profile: { ethnicity: string; education: string; politicalTheory: string; partyCommittee: string };
  history: { unit: string; from: string; to: string; rotation: boolean }[];
}
const cadres: CadreDef[] = [];
const allUnits = [...PARTY, ...DEPARTMENTS, ...COMMUNES];
let counter = 0;
for (const p of posts) {
  if (p.vacant || p.heldWith) continue;
  counter++;
  const isCommune = p.unit.kind === 'commune' || p.unit.kind === 'ward';
  const level = TITLES.find((t) => t.id === p.title)!.level;
  const minority = chance(MOUNTAIN.has(p.unit.locality) ? 0.6 : 0.06);
  const gender: 'male' | 'female' = chance(0.3) ? 'female' : 'male';
  // Age: deputies younger, heads older.
  const born = dateText(level >= 4 ? int(1968, 1980) : level === 3 ? int(1972, 1986) : int(1978, 1993), int(1, 12), int(1, 28));
  // Every commune leader has been in post since the merger; provincial posts were filled over the years.
  const since = isCommune ? MERGER : dateText(int(2019, 2026), int(1, 12), pick([1, 1, 15]));
  const ratings = RATING_YEARS.map(() => pick(RATINGS));
  // About two thirds of the cadres are in the succession plan (only they are rotated).
  const planning = chance(0.65) ? pick(PLANNING[p.title]!) : [];
  const homeCommune = isCommune && chance(0.55) ? p.unit : pick(COMMUNES.filter((c) => MOUNTAIN.has(c.locality) === (minority && chance(0.8))));
  // A hometown may list several codes (quê quán and nơi sinh sống): any of them makes a cadre local.
  const hometown = chance(0.2) && homeCommune.locality !== CAPITAL ? [homeCommune.locality, CAPITAL] : [homeCommune.locality];
  const experience = [...new Set([...(isCommune ? [GRASSROOTS] : []), ...p.unit.tags.slice(0, int(1, 2)), ...(chance(0.4) ? [pick(['công tác đảng', 'tài chính', 'kế hoạch, đầu tư', 'pháp luật', 'hành chính'])] : [])])];
  const goals = [...new Set([pick(isCommune ? GOALS_FOR.commune! : GOALS_FOR.provincial!), ...(chance(0.5) ? [pick([...GOALS_FOR.commune!, ...GOALS_FOR.provincial!])] : [])])];
  const preferences = chance(0.3) ? [pick(allUnits).id] : [];
  const history: CadreDef['history'] = [];
  const rotations = chance(0.3) ? int(1, 2) : 0;
  let year = Number(since.slice(0, 4)) - 1;
  for (let i = 0; i < rotations + (chance(0.4) ? 1 : 0) && year > 2008; i++) {
    const to = dateText(year, int(1, 12), 28);
    const from = dateText(year - int(2, 5), int(1, 12), 1);
    const unit = pick(allUnits.filter((u) => u.id !== p.unit.id));
    history.push({ unit: unit.id, from, to, rotation: i < rotations });
    year = Number(from.slice(0, 4)) - 1;
  }
  const profile = {
    ethnicity: minority ? pick(ETHNIC) : 'Kinh',
    education: pick(EDUCATION),
    politicalTheory: level >= 3 ? 'Cao cấp' : pick(['Cao cấp', 'Trung cấp']),
    partyCommittee: level >= 4 ? pick(['Tỉnh ủy viên', 'Tỉnh ủy viên', 'Ủy viên Ban Thường vụ Tỉnh ủy']) : p.title === 'xa-bi-thu' ? 'Ủy viên Ban Thường vụ Đảng ủy xã' : isCommune ? 'Đảng ủy viên xã' : 'Đảng ủy viên cơ quan',
  };
  cadres.push({
    id: `C-${pad(counter, 3)}`, name: personName(gender, minority), gender, born, minority, hometown,
    post: p, since, ratings, planning: [...planning], experience, goals, preferences, relatives: [], history,
    alsoHolds: [], profile,
  });
}
const cadreAt = (postId: string) => cadres.find((c) => c.post.id === postId)!;
// Kiêm nhiệm: the council chair is held by the commune's Bí thư (or, in some communes, its Phó Bí thư).
for (const p of posts) if (p.heldWith && !post(p.heldWith).vacant) cadreAt(p.heldWith).alsoHolds.push(p.id);

// ---------- the storylines a planner will recognise (fixed on top of the generated crowd) ----------
/** Makes a cadre a clear candidate: in the plan for `titles`, young enough, rated well for three years. */
function candidate(postId: string, titles: string[], extra: Partial<CadreDef> = {}): CadreDef {
  const c = cadreAt(postId);
  c.planning = titles;
  if (Number(c.born.slice(0, 4)) < 1975) c.born = `19${int(76, 84)}${c.born.slice(4)}`;
  c.ratings = c.ratings.map((r) => (r === 'complete' ? 'good' : r));
  c.history = c.history.map((h) => ({ ...h, rotation: false }));
  const renamed = (extra.gender !== undefined && extra.gender !== c.gender) || (extra.minority !== undefined && extra.minority !== c.minority);
  Object.assign(c, extra);
  if (renamed) c.name = personName(c.gender, c.minority);
  if (extra.minority !== undefined) c.profile.ethnicity = c.minority ? pick(ETHNIC) : 'Kinh';
  return c;
}
// Sở Tài chính's deputy goes to Tà Bú as Bí thư: the Standing Committee has decided it (a pin below).
const finDeputy = candidate('P-STC-PGD1', ['xa-bi-thu', 'so-gd'], {
  gender: 'female', goals: [GRASSROOTS, LEAD], experience: ['tài chính', 'kế hoạch, đầu tư', 'công tác đảng'],
});
// Sở Tài chính's other deputy would gain most in a commune, but the department objects (below).
candidate('P-STC-PGD2', ['xa-chu-tich', 'so-gd'], { goals: [GRASSROOTS, LEAD, 'tài chính'], experience: ['tài chính', 'kế hoạch, đầu tư'] });
// Department deputies who want grassroots experience (the usual reason for rotation).
candidate('P-SXD-PGD1', ['xa-bi-thu'], { goals: [GRASSROOTS, LEAD] });
candidate('P-SNNMT-PGD1', ['xa-chu-tich', 'so-gd'], { goals: [GRASSROOTS], preferences: ['X-AL'] });
candidate('P-SNV-PGD1', ['xa-chu-tich'], { goals: [GRASSROOTS, 'hành chính'], gender: 'female' });
candidate('P-BTC-PHO1', ['xa-bi-thu', 'ban-truong'], { goals: [GRASSROOTS, LEAD] });
candidate('P-UBKT-PHO1', ['ubkt-chu-nhiem'], { goals: [LEAD, GRASSROOTS], experience: ['kiểm tra, giám sát', 'công tác đảng'] });
// Commune leaders in the plan for provincial posts.
candidate('P-GL-BT', ['so-gd', 'ban-pho'], { goals: ['tài chính', 'kế hoạch, đầu tư'], experience: [GRASSROOTS, 'công tác đảng', 'tài chính'] });
candidate('P-HL-BT', ['so-gd'], { goals: ['văn hóa, xã hội'], experience: [GRASSROOTS, 'công tác đảng', 'văn hóa, xã hội'] });
candidate('P-KS-CT', ['xa-bi-thu', 'so-pgd'], { minority: true, goals: [LEAD, 'dân tộc'], hometown: ['NC'] });
candidate('P-DH-CT', ['xa-bi-thu'], { goals: ['công tác đảng'], preferences: ['X-HT'] });
candidate('P-AL-PCT1', ['xa-chu-tich'], { goals: ['hành chính', GRASSROOTS], gender: 'female' });
candidate('P-TM-PCT1', ['xa-chu-tich', 'so-pgd'], { minority: true, gender: 'female', goals: ['hành chính', 'dân tộc'], hometown: ['TM'] });
candidate('P-BT-CT', ['xa-bi-thu', 'so-pgd'], { goals: ['tài chính', LEAD] });
candidate('P-TTT-PGD1', ['thanh-tra-chanh', 'so-gd'], { goals: [LEAD], experience: ['kiểm tra, giám sát', 'pháp luật', 'công tác đảng'] });
// The inspection chief is in the plan for a board; the post must stay filled, so someone must replace him.
candidate('P-UBKT-TRUONG', ['ban-truong'], { goals: ['tổ chức cán bộ'] });

// Heads at the two-term limit (hai nhiệm kỳ liên tiếp) must move this round (P6). Their
// sideways moves need no succession-plan entry; retirement counts 5 years for them, not 10.
function mustMove(postId: string, since: string, note: string): CadreDef {
  const c = cadreAt(postId);
  Object.assign(c, { mustMove: true, mustMoveNote: note, since, born: `19${int(70, 73)}${c.born.slice(4)}`, available: true });
  c.ratings = c.ratings.map(() => 'good');
  c.planning = c.planning.length > 0 ? c.planning : [pick(PLANNING[c.post.title]!.flat().concat(['ban-truong']))];
  c.goals = [...new Set([...c.goals, GRASSROOTS, LEAD])];
  return c;
}
mustMove('P-STP-GD', '2016-10-01', 'giữ chức Giám đốc Sở Tư pháp hai nhiệm kỳ liên tiếp');
mustMove('P-SYT-GD', '2017-03-01', 'giữ chức Giám đốc Sở Y tế hai nhiệm kỳ liên tiếp');
mustMove('P-DT-CT', MERGER, 'đã giữ chức Chủ tịch UBND xã hai nhiệm kỳ (tính cả trước sáp nhập)');

// Cadres on rotation (luân chuyển đến): they stay until their rotation term of 36 months ends.
function onRotation(postId: string, since: string, from: string, note: string): CadreDef {
  const c = cadreAt(postId);
  Object.assign(c, { rotated: true, rotatedNote: note, since });
  c.history.push({ unit: from, from: dateText(Number(since.slice(0, 4)) - 4, 3, 1), to: since, rotation: false });
  c.history.sort((a, b) => a.from.localeCompare(b.from));
  return c;
}
onRotation('P-NC-BT', MERGER, 'SDTTG', 'luân chuyển từ Sở Dân tộc và Tôn giáo về làm Bí thư từ 01/7/2025: chưa đủ 36 tháng');
onRotation('P-PL-CT', MERGER, 'SNNMT', 'luân chuyển từ Sở Nông nghiệp và Môi trường từ 01/7/2025');
onRotation('P-VN-BT', MERGER, 'BTC', 'luân chuyển từ Ban Tổ chức Tỉnh ủy từ 01/7/2025');
onRotation('P-SCT-PGD2', '2024-03-01', 'X-QT', 'luân chuyển từ Xã Quang Tiến về Sở từ 01/3/2024: đủ 36 tháng, có thể luân chuyển tiếp');

// Relatives: husband and wife, brothers; the rule keeps them out of one unit after a move.
const relate = (a: CadreDef, b: CadreDef) => a.relatives.push(b.id);
relate(cadreAt('P-SXD-PGD1'), cadreAt('P-HT-PCT1'));
relate(cadreAt('P-DH-CT'), cadreAt('P-HT-CT'));
relate(cadreAt('P-NS-PCT2'), cadreAt('P-STC-PGD2'));
relate(cadreAt('P-KS-CT'), cadreAt('P-NC-PCT1'));

// One cadre on long sick leave: not available this round.
Object.assign(cadreAt('P-MD-CT'), { available: false, availableNote: 'nghỉ ốm dài ngày đến hết năm 2027' });

// ---------- consents, pins, forbids ----------
interface ConsentDef { side: string; cadre: string; unit?: string; agree: boolean; note: string }
const consents: ConsentDef[] = [
  { side: 'origin', cadre: cadreAt('P-STC-PGD2').id, agree: false, note: 'Sở Tài chính: cần đồng chí để xây dựng dự toán ngân sách 2028' },
  { side: 'origin', cadre: cadreAt('P-BT-CT').id, agree: false, note: 'Đảng ủy xã Bình Thuận (4/2027): khu công nghiệp đang ở giai đoạn then chốt' },
  { side: 'origin', cadre: cadreAt('P-SNNMT-PGD1').id, agree: true, note: 'Sở Nông nghiệp và Môi trường đồng ý cho đồng chí đi' },
  { side: 'destination', cadre: cadreAt('P-DH-CT').id, unit: 'X-HT', agree: false, note: 'Phường Hưng Thành: anh trai đồng chí là Chủ tịch UBND phường' },
  { side: 'destination', cadre: cadreAt('P-SXD-PGD1').id, unit: 'X-TB', agree: false, note: 'Xã Tà Bú đề nghị cán bộ biết tiếng dân tộc tại chỗ' },
  { side: 'destination', cadre: cadreAt('P-KS-CT').id, unit: 'X-NC', agree: true, note: 'Xã Nà Cà hoan nghênh đồng chí về công tác' },
  { side: 'cadre', cadre: cadreAt('P-SNV-PGD1').id, agree: false, note: 'con nhỏ, xin công tác gần trung tâm tỉnh' },
  { side: 'cadre', cadre: cadreAt('P-HL-BT').id, agree: false, note: 'đang chăm sóc bố mẹ già' },
  { side: 'cadre', cadre: cadreAt('P-TM-PCT1').id, agree: true, note: 'tình nguyện về bất cứ xã vùng cao nào' },
  { side: 'cadre', cadre: cadreAt('P-UBKT-PHO1').id, agree: true, note: 'đồng ý luân chuyển' },
  // The last entry of a side decides: Bình Thuận withdrew its objection in June.
  { side: 'origin', cadre: cadreAt('P-BT-CT').id, agree: true, note: 'Đảng ủy xã Bình Thuận rút ý kiến ngày 10/6/2027: khu công nghiệp đã đi vào hoạt động' },
];
const pins = [{ cadre: finDeputy.id, position: 'P-TB-BT', note: 'BTV cho chủ trương ngày 20/5/2027' }];
const forbids = [
  { cadre: cadreAt('P-BTC-PHO1').id, unit: 'X-GL', note: 'Ủy ban Kiểm tra đang xem xét vụ việc đất đai tại Gia Lâm' },
  { cadre: cadreAt('P-TTT-PGD1').id, position: 'P-UBKT-TRUONG', note: 'năm 2026 đã thanh tra đơn vị do đồng chí Chủ nhiệm phụ trách' },
];

// ---------- writing the YAML ----------
const out: string[] = [];
const w = (line = '') => out.push(line);
const q = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.map((item) => (/^[\w-]+$/.test(item) ? item : q(item))).join(', ')}]`;
const titleName = (id: string) => TITLES.find((t) => t.id === id)!.name;

w('#');
w('# Tỉnh Sơn Hà (a made-up province): the rotation round of mid-2027, in version 2 of the');
w('# scenario format (docs/format.md). Since 1 July 2025 a province has two tiers: provincial');
w('# agencies (Sở, Ban) and communes and wards (xã, phường); there are no districts any more,');
w('# and every commune leader has been in post since that day.');
w('#');
w('#   rotaplan validate scenarios/province.yaml   # check it and summarise it');
w('#   rotaplan solve scenarios/province.yaml --top 3');
w('#   rotaplan explain scenarios/province.yaml    # why each move');
w('#');
w('# Copy it and change what differs in your province, or write a small overlay instead');
w('# (scenarios/whatif/): `extends: province.yaml`, then only the fields that change.');
w('#');
w('# Written by scenarios/tools/make-province.ts (deterministic); names and people are invented.');
w('version: 2');
w(`name: ${q('Tỉnh Sơn Hà, đợt luân chuyển cán bộ giữa năm 2027')}`);
w(`asOf: ${AS_OF}              # tenure, age, ratings and history are counted to this date`);
w('language: vi               # every command answers in Vietnamese (--lang en for English)');
w('');
w('# ---------------------------------------------------------------------------------');
w('# Policy. Everything not written here keeps its default (version 2): no minimum time in');
w('# the current post, 36 months for a cadre on rotation (rotationTermMonths), ratings at');
w('# least good, at most 3 earlier rotations, at least 10 years to retirement (5 for a cadre');
w('# who must move or a non-local post), sideways moves allowed outside the succession plan,');
w('# at most 2 cadres leaving and 2 arriving per unit, and at most one key title (chủ chốt)');
w('# changing per unit: a unit never changes its Bí thư and its Chủ tịch in one round.');
w('# ---------------------------------------------------------------------------------');
w('policy:');
w('  # Quy định 65-QĐ/TW: the secretary, the chairman and the inspection chiefs are not local.');
w('  nonLocalTitles: [xa-bi-thu, xa-chu-tich, thanh-tra-chanh, ubkt-chu-nhiem]');
w('  maxMoves: 20                 # the Standing Committee considers at most twenty cases a round');
w('  ratingYears: 2               # the ratings of 2025 and 2026 must both be at least good');
w('  consent:');
w('    origin: hard               # a unit that refuses to release a cadre is final');
w('    destination: hard          # a unit that refuses a cadre is final');
w('    cadre: soft                # a cadre’s own objection costs weights.objection points');
w('  quotas:');
w('    # Women should be at least 30% of the cadres moved; a shortfall costs points, it is not a veto.');
w('    - { group: female, minShare: 0.3, mode: soft }');
w('  weights: { development: 10, fit: 5, preference: 3, move: 4, objection: 20, quotaShortfall: 30, merit: 4 }');
w('');
w('# ---------------------------------------------------------------------------------');
w('# The title catalogue: what posts and succession plans name. `level`: higher is more');
w('# senior (a move up is a promotion, đề bạt); `key`: a leading title (chức danh chủ chốt).');
w('# Every output shows a title by its name.');
w('# ---------------------------------------------------------------------------------');
w('titles:');
for (const t of TITLES) w(`  - { id: ${t.id}, name: ${q(t.name)}, level: ${t.level}${t.key ? ', key: true' : ''} }`);
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
w('# Posts. `title` names the catalogue; `holder` is the cadre in post now (null: vacant);');
w('# a council chair held by the Bí thư or Phó Bí thư (kiêm nhiệm) names that cadre too, who');
w('# lists it in `alsoHolds`. `mustFill`: the post may not be left vacant by the plan;');
w('# `offers`: experience the post gives; `desired`: experience the post wants.');
w('# ---------------------------------------------------------------------------------');
w('positions:');
let lastUnit = '';
const heldBy = (p: PostDef) => (p.heldWith ? post(p.heldWith) : p);
const holderOf = (p: PostDef) => (heldBy(p).vacant ? 'null' : cadreAt(heldBy(p).id).id);
for (const p of posts) {
  if (p.unit.id !== lastUnit) {
    w(`  # ${p.unit.name}`);
    lastUnit = p.unit.id;
  }
  const fields = [`id: ${p.id}`, `unit: ${p.unit.id}`, `title: ${p.title}`, `name: ${q(p.name)}`, `holder: ${holderOf(p)}`];
  if (p.mustFill) fields.push('mustFill: true');
  fields.push(`offers: ${list(p.offers)}`, `desired: ${list(p.desired)}`);
  const comment = heldBy(p).vacant ? `   # để trống: ${heldBy(p).vacantNote}` : p.heldWith ? `   # kiêm nhiệm: ${post(p.heldWith).name}` : '';
  w(`  - { ${fields.join(', ')} }${comment}`);
}
w('');
w('# ---------------------------------------------------------------------------------');
w('# Cadres. Each holds one post (`position`, the same as that post’s `holder`) and may hold');
w('# others at the same time (`alsoHolds`, kiêm nhiệm). `since`: start in the current post;');
w('# `rotated`: the current post is itself a rotation (luân chuyển đến), so the cadre stays');
w('# for the rotation term; `mustMove`: must leave the post this round (two terms as head);');
w('# `ratings`: the annual ratings (excellent, good, complete, incomplete); `planning`: the');
w('# titles of the succession plan (empty: not rotated this round); `history`: earlier posts,');
w('# `rotation: true` when rotated there; `profile`: the trích ngang the papers print.');
w('# ---------------------------------------------------------------------------------');
w('cadres:');
for (const c of cadres) {
  w(`  - id: ${c.id}`);
  w(`    name: ${q(c.name)}${' '.repeat(Math.max(1, 26 - q(c.name).length))}# ${c.post.name}`);
  w(`    gender: ${c.gender}`);
  w(`    born: ${c.born}`);
  if (c.minority) w('    minority: true');
  w(`    hometown: ${c.hometown.length === 1 ? c.hometown[0] : list(c.hometown)}`);
  w(`    position: ${c.post.id}`);
  if (c.alsoHolds.length > 0) w(`    alsoHolds: ${list(c.alsoHolds)}          # kiêm nhiệm`);
  w(`    since: ${c.since}`);
  if (c.rotated) w(`    rotated: true                 # ${c.rotatedNote}`);
  if (c.mustMove) w(`    mustMove: true                # ${c.mustMoveNote}`);
  w(`    ratings: [${c.ratings.map((rating, i) => `{ year: ${RATING_YEARS[i]}, rating: ${rating} }`).join(', ')}]`);
  if (c.available === false) w(`    available: false              # ${c.availableNote}`);
  if (c.planning.length > 0) w(`    planning: ${list(c.planning)}          # ${c.planning.map(titleName).join('; ')}`);
  w(`    experience: ${list(c.experience)}`);
  w(`    goals: ${list(c.goals)}`);
  if (c.preferences.length > 0) w(`    preferences: ${list(c.preferences)}`);
  if (c.relatives.length > 0) w(`    relatives: ${list(c.relatives)}`);
  w(`    profile: { ethnicity: ${q(c.profile.ethnicity)}, education: ${q(c.profile.education)}, politicalTheory: ${q(c.profile.politicalTheory)}, partyCommittee: ${q(c.profile.partyCommittee)} }`);
  if (c.history.length > 0) {
    w('    history:');
    for (const h of c.history) w(`      - { unit: ${h.unit}, from: ${h.from}, to: ${h.to}${h.rotation ? ', rotation: true' : ''} }`);
  }
}
w('');
w('# ---------------------------------------------------------------------------------');
w('# Consents, by side: `origin` (the unit the cadre leaves), `destination` (a unit that');
w('# would receive the cadre; names the unit), `cadre` (the cadre). For each side the last');
w('# entry decides: agree: false is an objection, agree: true withdraws it or records consent.');
w('# ---------------------------------------------------------------------------------');
w('consents:');
for (const c of consents) {
  const unit = c.unit ? `, unit: ${c.unit}` : '';
  w(`  - { side: ${c.side}, cadre: ${c.cadre}${unit}, agree: ${c.agree}, note: ${q(c.note)} }`);
}
w('');
w('# Pins: moves the Standing Committee has already decided (Ban Thường vụ đã cho chủ trương);');
w('# every plan contains them.');
w('pins:');
for (const p of pins) w(`  - { cadre: ${p.cadre}, position: ${p.position}, note: ${q(p.note)} }`);
w('');
w('# Forbids: moves ruled out, to a whole unit or to one post, with the reason.');
w('forbids:');
for (const f of forbids) {
  const target = 'unit' in f ? `unit: ${f.unit}` : `position: ${f.position}`;
  w(`  - { cadre: ${f.cadre}, ${target}, note: ${q(f.note)} }`);
}
process.stdout.write(`${out.join('\n')}\n`);
