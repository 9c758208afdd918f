/**
 * The words of `validate`, `solve`, `check`, `compare` and `sweep`, in English and in the
 * Organisation Committee's Vietnamese (luân chuyển, trường hợp luân chuyển, tổng điểm, tối ưu
 * đã kiểm chứng, Nhân sự đề xuất, Đợt, Thời điểm tính). One catalogue per language, the second
 * typed by the first's interface so that a missing sentence fails the type-check. Rule codes
 * appear only beside plain words; a policy field by its meaning, not its path.
 */
import type { ConsentSide } from '../scenario/schema.ts';
import type { Lang } from './terms.ts';

/** Every rule a check can name (version 2 adds P6 and K). */
export type NamedRule = 'E1' | 'E2' | 'E3' | 'E4' | 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'S' | 'K' | 'R' | 'Q';

export interface CliWords {
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  /** "3 moves" / "3 trường hợp luân chuyển". */
  moves(n: number): string;
  /** The round's header: its name and reference date. */
  round(name: string, asOf: string): string;
  readonly rules: Record<NamedRule, string>;
  /** "E2 (eligibility: planning, tenure…)": a rule code beside its plain words. */
  rule(id: NamedRule): string;

  readonly validate: {
    valid(name: string, asOf: string, overlay: string | undefined): string;
    readonly warning: string;
    readonly units: string;
    readonly posts: string;
    postsDetail(vacant: number, mustFill: number): string;
    readonly titles: string;
    titlesDetail(key: number): string;
    readonly cadres: string;
    cadresDetail(available: number): string;
    readonly rotated: string;
    readonly mustMove: string;
    readonly alsoHolds: string;
    readonly consents: string;
    consentsDetail(objections: number): string;
    readonly pins: string;
    readonly forbids: string;
    readonly relatives: string;
  };

  readonly solve: {
    header(round: string, plans: number, solver: string): string;
    plan(rank: number, objective: string, moves: number, proof: string): string;
    readonly proven: string;
    notProven(gap: string): string;
    readonly empty: string;
    readonly columns: readonly [cadre: string, from: string, to: string, kind: string, value: string, note: string];
    readonly pinned: string;
    readonly mustFill: string;
    readonly mustMove: string;
    overridden(sides: readonly ConsentSide[]): string;
    timeLimit(seconds: number | undefined): string;
    readonly infeasible: string;
  };

  readonly check: {
    feasible(moves: number, objective: string): string;
    infeasible(count: number): string;
  };

  readonly compare: {
    heading(count: number): string;
    overlayOf(bases: string): string;
    readonly metrics: MetricWords;
    topObjectives(k: number): string;
    noPlan(labels: string): string;
    differencesFrom(label: string): string;
    nothingToCompare(label: string, without: string): string;
    samePlan(moves: number): string;
    counts(onlyHere: number, onlyFirst: string, onlyInFirst: number, both: number): string;
    readonly timeLimitUnknown: string;
    gap(gap: string): string;
    goals(tags: number, moves: number): string;
    keyPosts(nonLocal: number, held: number, share: string): string;
    vacancies(count: number, mustFill: number): string;
  };

  /** The progress line on an interactive terminal. */
  readonly progress: {
    readonly phase: { readonly build: string; readonly solve: string };
    found(plans: number): string;
    best(value: string): string;
    bound(value: string): string;
    readonly solved: { readonly scenarios: string; readonly points: string };
    /** The report's alternatives: the key posts done, of how many. */
    alternatives(done: number, total: number): string;
  };

  readonly sweep: {
    heading(name: string, file: string, points: number, axes: string): string;
    readonly allFeasible: string;
    someInfeasible(count: number, points: number): string;
    readonly timeLimit: string;
  };
}

/** A row of the compare table: its long label and its short column header for sweeps. */
export interface MetricWord {
  readonly label: string;
  readonly short: string;
}
export type MetricKey =
  | 'feasible' | 'objective' | 'proven' | 'moves' | 'losing' | 'receiving' | 'women' | 'young'
  | 'minority' | 'goals' | 'objections' | 'keyNonLocal' | 'vacant';
export type MetricWords = Record<MetricKey, MetricWord>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN_SIDES: Record<ConsentSide, string> = { origin: 'origin unit', destination: 'destination unit', cadre: 'cadre' };
const VI_SIDES: Record<ConsentSide, string> = { origin: 'đơn vị đi', destination: 'đơn vị đến', cadre: 'bản thân cán bộ' };

const EN: CliWords = {
  yes: 'yes',
  no: 'no',
  none: '–',
  moves: (n) => `${n} move(s)`,
  round: (name, asOf) => `${name} (as of ${asOf})`,
  rules: {
    E1: 'another unit, available',
    E2: 'eligibility: planning, tenure, rotations, retirement, rating',
    E3: 'non-local posts and forbids',
    E4: 'consents',
    P1: 'one move per cadre and per post',
    P2: 'a held post is freed by its holder',
    P3: 'must-fill post',
    P4: 'the cap on moves',
    P5: 'pinned move',
    P6: 'must move',
    S: 'unit stability',
    K: 'key posts changed per unit',
    R: 'relatives',
    Q: 'structure quota',
  },
  rule: (id) => id,
  validate: {
    valid: (name, asOf, overlay) => `valid: ${name}, as of ${asOf}${overlay ? ` (overlay: ${overlay})` : ''}`,
    warning: 'warning',
    units: 'units',
    posts: 'posts',
    postsDetail: (vacant, mustFill) => `${vacant} vacant, ${mustFill} must be filled`,
    titles: 'titles',
    titlesDetail: (key) => `${key} key`,
    cadres: 'cadres',
    cadresDetail: (available) => `${available} available`,
    rotated: 'on rotation',
    mustMove: 'must move',
    alsoHolds: 'holding a second post',
    consents: 'consents',
    consentsDetail: (objections) => `${objections} objections`,
    pins: 'pins',
    forbids: 'forbids',
    relatives: 'relative pairs',
  },
  solve: {
    header: (round, plans, solver) => `${round}: ${plans} plan(s), solver ${solver}`,
    plan: (rank, objective, moves, proof) => `Plan ${rank}: objective ${objective}, ${moves} move(s), ${proof}`,
    proven: 'proven optimal for its rank',
    notProven: (gap) => `not proven optimal (gap ${gap})`,
    empty: '(no moves: the empty plan)',
    columns: ['cadre', 'from', 'to', 'kind', 'value', 'note'],
    pinned: 'pinned',
    mustFill: 'fills a must-fill post',
    mustMove: 'must move',
    overridden: (sides) => `overrides the objection of the ${sides.map((side) => EN_SIDES[side]).join(', ')}`,
    timeLimit: (seconds) => `no feasible plan found within the time limit of ${seconds} s`,
    infeasible: 'no feasible plan: the rules cannot all hold together (run `rotaplan diagnose` for the conflicting rules)',
  },
  check: {
    feasible: (moves, objective) => `feasible: ${moves} move(s), objective ${objective}`,
    infeasible: (count) => `infeasible plan: ${count} broken rule instance(s)`,
  },
  compare: {
    heading: (count) => `Comparing ${plural(count, 'scenario', 'scenarios')} (best plan of each):`,
    overlayOf: (bases) => ` (overlay of ${bases})`,
    metrics: {
      feasible: { label: 'feasible', short: 'feasible' },
      objective: { label: 'objective', short: 'objective' },
      proven: { label: 'proven optimal', short: 'proven' },
      moves: { label: 'moves', short: 'moves' },
      losing: { label: 'units losing cadres', short: 'losing' },
      receiving: { label: 'units receiving cadres', short: 'receiving' },
      women: { label: 'women among the moved', short: 'women' },
      young: { label: 'young among the moved', short: 'young' },
      minority: { label: 'minority among the moved', short: 'minority' },
      goals: { label: 'development goals covered', short: 'goals' },
      objections: { label: 'soft objections overridden', short: 'objections' },
      keyNonLocal: { label: 'key posts held by non-locals', short: 'key non-local' },
      vacant: { label: 'vacancies left', short: 'vacant' },
    },
    topObjectives: (k) => `top ${k} objectives`,
    noPlan: (labels) => `No feasible plan: ${labels} (run \`rotaplan diagnose FILE\` for the conflicting rules).`,
    differencesFrom: (label) => `Differences from ${label} (best plans):`,
    nothingToCompare: (label, without) => `${label}: nothing to compare (${without} has no plan)`,
    samePlan: (moves) => `the same plan (${plural(moves, 'move', 'moves')})`,
    counts: (onlyHere, first, onlyInFirst, both) => `${onlyHere} only here, ${onlyInFirst} only in ${first}, ${both} in both`,
    timeLimitUnknown: 'unknown (time limit)',
    gap: (gap) => `no (gap ${gap})`,
    goals: (tags, moves) => `${tags} (${plural(moves, 'move', 'moves')})`,
    keyPosts: (nonLocal, held, share) => `${nonLocal} of ${held}${share ? ` (${share})` : ''}`,
    vacancies: (count, mustFill) => `${count}${mustFill > 0 ? ` (${mustFill} must-fill)` : ''}`,
  },
  progress: {
    phase: { build: 'building the model', solve: 'solving' },
    found: (plans) => `${plans} plan(s) found`,
    best: (value) => `searching: best so far ${value}`,
    bound: (value) => `bound ${value}`,
    solved: { scenarios: 'scenarios solved', points: 'points solved' },
    alternatives: (done, total) => `alternatives: ${done}/${total} key posts`,
  },
  sweep: {
    heading: (name, file, points, axes) => `Sweep of ${name} (${file}): ${plural(points, 'point', 'points')}, ${axes}`,
    allFeasible: 'Every point has a feasible plan.',
    someInfeasible: (count, points) => `No feasible plan at ${count} of ${plural(points, 'point', 'points')}:`,
    timeLimit: ' (time limit)',
  },
};

const VI: CliWords = {
  yes: 'có',
  no: 'không',
  none: '–',
  moves: (n) => `${n} trường hợp luân chuyển`,
  round: (name, asOf) => `Đợt: ${name}; Thời điểm tính: ${asOf}`,
  rules: {
    E1: 'luân chuyển sang đơn vị khác, sẵn sàng luân chuyển',
    E2: 'tiêu chuẩn, điều kiện luân chuyển',
    E3: 'không bố trí người địa phương, trường hợp loại trừ',
    E4: 'ý kiến của đơn vị và cán bộ',
    P1: 'mỗi cán bộ, mỗi vị trí một lần',
    P2: 'vị trí có người chỉ nhận khi người đang giữ chuyển đi',
    P3: 'kiện toàn vị trí bắt buộc',
    P4: 'số trường hợp tối đa',
    P5: 'Ban Thường vụ đã cho chủ trương',
    P6: 'cán bộ phải luân chuyển',
    S: 'ổn định đơn vị',
    K: 'không thay đồng thời các chức danh chủ chốt',
    R: 'quan hệ gia đình',
    Q: 'cơ cấu cán bộ',
  },
  rule: (id) => `${VI.rules[id]} (${id})`,
  validate: {
    valid: (name, asOf, overlay) => `Tệp hợp lệ. ${VI.round(name, asOf)}${overlay ? ` (tệp bổ sung: ${overlay})` : ''}`,
    warning: 'cảnh báo',
    units: 'đơn vị',
    posts: 'vị trí',
    postsDetail: (vacant, mustFill) => `${vacant} để trống, ${mustFill} phải kiện toàn`,
    titles: 'chức danh',
    titlesDetail: (key) => `${key} chủ chốt`,
    cadres: 'cán bộ',
    cadresDetail: (available) => `${available} sẵn sàng luân chuyển`,
    rotated: 'đang được luân chuyển',
    mustMove: 'phải luân chuyển đợt này',
    alsoHolds: 'kiêm nhiệm',
    consents: 'ý kiến',
    consentsDetail: (objections) => `${objections} không đồng ý`,
    pins: 'Ban Thường vụ đã cho chủ trương',
    forbids: 'trường hợp không bố trí',
    relatives: 'cặp có quan hệ gia đình',
  },
  solve: {
    header: (round, plans, solver) => `${round}. ${plans} phương án (bộ giải ${solver})`,
    plan: (rank, objective, moves, proof) => `Phương án ${rank}: tổng điểm ${objective}, ${moves} trường hợp luân chuyển, ${proof}`,
    proven: 'tối ưu đã kiểm chứng',
    notProven: (gap) => `chưa kiểm chứng tối ưu (có thể kém phương án tốt nhất tới ${gap} điểm)`,
    empty: '(không có trường hợp luân chuyển nào)',
    columns: ['Nhân sự đề xuất', 'Chức vụ, đơn vị hiện nay', 'Dự kiến luân chuyển đến', 'Hình thức', 'Điểm', 'Ghi chú'],
    pinned: 'Ban Thường vụ đã cho chủ trương',
    mustFill: 'kiện toàn vị trí bắt buộc',
    mustMove: 'phải luân chuyển đợt này',
    overridden: (sides) => `không tiếp thu ý kiến của ${sides.map((side) => VI_SIDES[side]).join(', ')}`,
    timeLimit: (seconds) => `hết thời gian (${seconds} giây) mà chưa tìm được phương án khả thi`,
    infeasible: 'không có phương án khả thi: các quy định không thể cùng thỏa mãn (chạy `rotaplan diagnose` để xem các quy định xung đột)',
  },
  check: {
    feasible: (moves, objective) => `Phương án khả thi: ${moves} trường hợp luân chuyển, tổng điểm ${objective}`,
    infeasible: (count) => `Phương án không khả thi: ${count} trường hợp vi phạm quy định`,
  },
  compare: {
    heading: (count) => `So sánh ${count} phương án giả định (phương án tốt nhất của mỗi giả định):`,
    overlayOf: (bases) => ` (bổ sung cho ${bases})`,
    metrics: {
      feasible: { label: 'có phương án khả thi', short: 'khả thi' },
      objective: { label: 'tổng điểm', short: 'tổng điểm' },
      proven: { label: 'tối ưu đã kiểm chứng', short: 'đã kiểm chứng' },
      moves: { label: 'số trường hợp luân chuyển', short: 'số trường hợp' },
      losing: { label: 'đơn vị có cán bộ đi', short: 'đơn vị đi' },
      receiving: { label: 'đơn vị nhận cán bộ', short: 'đơn vị đến' },
      women: { label: 'cán bộ nữ', short: 'nữ' },
      young: { label: 'cán bộ trẻ', short: 'trẻ' },
      minority: { label: 'cán bộ người dân tộc thiểu số', short: 'dân tộc thiểu số' },
      goals: { label: 'mục tiêu đào tạo, rèn luyện đạt được', short: 'mục tiêu' },
      objections: { label: 'ý kiến không tiếp thu', short: 'không tiếp thu' },
      keyNonLocal: { label: 'vị trí không bố trí người địa phương do cán bộ nơi khác đảm nhiệm', short: 'không là người địa phương' },
      vacant: { label: 'vị trí còn trống', short: 'còn trống' },
    },
    topObjectives: (k) => `tổng điểm của ${k} phương án tốt nhất`,
    noPlan: (labels) => `Không có phương án khả thi: ${labels} (chạy \`rotaplan diagnose TỆP\` để xem các quy định xung đột).`,
    differencesFrom: (label) => `Khác biệt so với ${label} (phương án tốt nhất):`,
    nothingToCompare: (label, without) => `${label}: không so sánh được (${without} không có phương án)`,
    samePlan: (moves) => `cùng một phương án (${moves} trường hợp luân chuyển)`,
    counts: (onlyHere, first, onlyInFirst, both) =>
      `${onlyHere} trường hợp chỉ có ở đây, ${onlyInFirst} chỉ có ở ${first}, ${both} có ở cả hai`,
    timeLimitUnknown: 'chưa rõ (hết thời gian)',
    gap: (gap) => `chưa (chênh lệch tối đa ${gap})`,
    goals: (tags, moves) => `${tags} (${moves} trường hợp)`,
    keyPosts: (nonLocal, held, share) => `${nonLocal}/${held}${share ? ` (${share})` : ''}`,
    vacancies: (count, mustFill) => `${count}${mustFill > 0 ? ` (${mustFill} phải kiện toàn)` : ''}`,
  },
  progress: {
    phase: { build: 'lập mô hình', solve: 'đang giải' },
    found: (plans) => `đã tìm được ${plans} phương án`,
    best: (value) => `đang tìm: tổng điểm tốt nhất hiện có ${value}`,
    bound: (value) => `cận trên ${value}`,
    solved: { scenarios: 'giả định đã giải', points: 'điểm đã giải' },
    alternatives: (done, total) => `lựa chọn thay thế: ${done}/${total} vị trí chủ chốt`,
  },
  sweep: {
    heading: (name, file, points, axes) => `Thử các phương án chính sách cho ${name} (${file}): ${points} điểm, ${axes}`,
    allFeasible: 'Điểm nào cũng có phương án khả thi.',
    someInfeasible: (count, points) => `Không có phương án khả thi tại ${count}/${points} điểm:`,
    timeLimit: ' (hết thời gian)',
  },
};

export const CLI_WORDS: Record<Lang, CliWords> = { en: EN, vi: VI };

// ---------------------------------------------------------------------------------------
// Policy fields by their meaning (sweep axes, --set): a planner reads "số trường hợp tối
// đa", not policy.maxMoves. Unknown paths are shown as written.
// ---------------------------------------------------------------------------------------

const POLICY_FIELDS: Record<Lang, Record<string, string>> = {
  en: {
    requirePlanning: 'only cadres in the succession plan',
    minTenureMonths: 'minimum months in post',
    rotationTermMonths: 'rotation term (months)',
    maxRotations: 'maximum earlier rotations',
    noReturnYears: 'years before returning to a unit',
    'retirementAge.male': 'retirement age (men)',
    'retirementAge.female': 'retirement age (women)',
    minYearsToRetirement: 'minimum years to retirement',
    minYearsToRetirementShort: 'minimum years to retirement (must-move and non-local posts)',
    minRating: 'minimum rating',
    ratingYears: 'years of ratings read',
    allowSideways: 'sideways moves outside the succession plan',
    nonLocalTitles: 'titles not given to local cadres',
    'stability.maxOutPerUnit': 'most cadres leaving a unit',
    'stability.maxOutShare': 'largest share of a unit leaving',
    'stability.maxInPerUnit': 'most cadres arriving in a unit',
    'stability.maxKeyChangesPerUnit': 'most key posts changed in a unit',
    maxMoves: 'maximum number of moves',
    'consent.origin': 'objections of the origin unit',
    'consent.destination': 'objections of the destination unit',
    'consent.cadre': 'objections of the cadre',
    youngAge: 'young below this age',
    'weights.development': 'weight of development goals',
    'weights.fit': 'weight of experience fit',
    'weights.preference': 'weight of preferences',
    'weights.move': 'cost of a move',
    'weights.objection': 'cost of an overridden objection',
    'weights.quotaShortfall': 'cost of a quota shortfall',
    'weights.merit': 'weight of an excellent rating',
  },
  vi: {
    requirePlanning: 'chỉ luân chuyển cán bộ trong quy hoạch',
    minTenureMonths: 'thời gian giữ chức vụ tối thiểu (tháng)',
    rotationTermMonths: 'thời hạn luân chuyển (tháng)',
    maxRotations: 'số lần đã luân chuyển tối đa',
    noReturnYears: 'số năm trước khi trở lại đơn vị cũ',
    'retirementAge.male': 'tuổi nghỉ hưu (nam)',
    'retirementAge.female': 'tuổi nghỉ hưu (nữ)',
    minYearsToRetirement: 'thời gian công tác tối thiểu còn lại (năm)',
    minYearsToRetirementShort: 'thời gian công tác tối thiểu còn lại khi bắt buộc luân chuyển hoặc vào chức danh không bố trí người địa phương (năm)',
    minRating: 'mức xếp loại tối thiểu',
    ratingYears: 'số năm xếp loại được xét',
    allowSideways: 'cho phép luân chuyển sang chức vụ tương đương',
    nonLocalTitles: 'chức danh không bố trí người địa phương',
    'stability.maxOutPerUnit': 'số cán bộ đi tối đa mỗi đơn vị',
    'stability.maxOutShare': 'tỷ lệ cán bộ đi tối đa mỗi đơn vị',
    'stability.maxInPerUnit': 'số cán bộ đến tối đa mỗi đơn vị',
    'stability.maxKeyChangesPerUnit': 'số chức danh chủ chốt thay đổi tối đa mỗi đơn vị',
    maxMoves: 'số trường hợp tối đa',
    'consent.origin': 'ý kiến của đơn vị đi',
    'consent.destination': 'ý kiến của đơn vị đến',
    'consent.cadre': 'ý kiến của bản thân cán bộ',
    youngAge: 'tuổi cán bộ trẻ (dưới)',
    'weights.development': 'điểm mỗi mục tiêu rèn luyện',
    'weights.fit': 'điểm mỗi kinh nghiệm phù hợp',
    'weights.preference': 'điểm nguyện vọng',
    'weights.move': 'điểm trừ mỗi trường hợp',
    'weights.objection': 'điểm trừ mỗi ý kiến không tiếp thu',
    'weights.quotaShortfall': 'điểm trừ khi thiếu cơ cấu',
    'weights.merit': 'điểm thưởng hoàn thành xuất sắc nhiệm vụ',
  },
};

const QUOTA_FIELDS: Record<Lang, Record<string, (n: number) => string>> = {
  en: { minShare: (n) => `minimum share of quota ${n}`, mode: (n) => `quota ${n} binding or weighed`, group: (n) => `group of quota ${n}` },
  vi: { minShare: (n) => `tỷ lệ tối thiểu của cơ cấu ${n}`, mode: (n) => `cơ cấu ${n} bắt buộc hay cân nhắc`, group: (n) => `nhóm của cơ cấu ${n}` },
};

/** A path of `--set` (`policy.maxMoves`, `policy.quotas[0].minShare`) by its meaning, else as written. */
export function fieldMeaning(path: string, lang: Lang): string {
  const policy = /^policy\.(.+)$/.exec(path);
  if (!policy) return path;
  const field = policy[1]!;
  const known = POLICY_FIELDS[lang][field];
  if (known) return known;
  const quota = /^quotas\[(\d+)\]\.(\w+)$/.exec(field);
  const word = quota ? QUOTA_FIELDS[lang][quota[2]!] : undefined;
  return word ? word(Number(quota![1]) + 1) : path;
}

/** A value of `--set` as a reader says it. */
export function valueWords(value: string | number | boolean | null, lang: Lang): string {
  if (lang === 'en') return value === null ? 'none' : String(value);
  if (value === null) return 'không giới hạn';
  if (value === true) return 'có';
  if (value === false) return 'không';
  const modes: Record<string, string> = { hard: 'bắt buộc', soft: 'cân nhắc', ignore: 'không xét' };
  return typeof value === 'string' ? modes[value] ?? value : String(value).replace('.', ',');
}
