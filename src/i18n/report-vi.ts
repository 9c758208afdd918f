/**
 * Báo cáo trình Ban Thường vụ bằng tiếng Việt: the same keys as report-en.ts (typed by it,
 * so a missing or extra key fails the type-check), in the organisation committee's terms:
 * phương án, luân chuyển, quy hoạch, đơn vị đi / đơn vị đến, cán bộ, vị trí, chức danh.
 */
import type { ReportMessages } from './report-en.ts';
import { GROUP as TERMS_GROUP, KIND_SHORT, RATING as TERMS_RATING } from './terms.ts';

type Side = 'origin' | 'destination' | 'cadre';
type Group = 'female' | 'minority' | 'young';
type RatingName = 'excellent' | 'good' | 'complete' | 'incomplete';

/** Vietnamese writes the decimal comma: 12,5. */
const num = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded).replace('.', ',');
};
const signed = (value: number): string => (value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : '0');
const list = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;

const SIDE: Record<Side, string> = { origin: 'đơn vị đi', destination: 'đơn vị đến', cadre: 'bản thân cán bộ' };
const GROUP: Record<Group, string> = TERMS_GROUP.vi;
const RATING: Record<RatingName, string> = TERMS_RATING.vi;
const KIND = { swap: 'Hoán đổi', cycle: 'Vòng', chain: 'Chuỗi' } as const;

export const reportVi: ReportMessages = {
  lang: 'vi',
  number: num,
  signed,
  percent: (share) => (share === null ? '—' : `${String(Math.round(share * 1000) / 10).replace('.', ',')}%`),
  date: (iso) => {
    const [y, m, d] = iso.split('-');
    return y && m && d ? `${d}/${m}/${y}` : iso;
  },
  none: '—',
  yes: 'có',
  no: 'không',

  documentTitle: 'Báo cáo các phương án luân chuyển cán bộ trình Ban Thường vụ',
  pageTitle: (scenario) => `Phương án luân chuyển: ${scenario}`,
  documentSubtitle: (scenario, asOf) => `${scenario}, tính đến ngày ${asOf}`,
  confidential: 'Tài liệu phục vụ Ban Thường vụ. Lưu hành nội bộ.',
  anonymizedNote: 'Cán bộ được ghi bằng bí danh; họ tên không được nêu.',
  generatedAt: (stamp) => `Lập lúc ${stamp}.`,
  contents: 'Mục lục',

  sectionSummary: 'Tóm tắt',
  summaryLead: (moves, objective, proven, units) =>
    moves === 0
      ? `Phương án 1 không luân chuyển cán bộ nào (tổng điểm ${num(objective)}${proven ? ', tối ưu đã kiểm chứng' : ''}).`
      : `Phương án 1 đề xuất luân chuyển ${num(moves)} cán bộ, liên quan đến ${num(units)} đơn vị (tổng điểm ${num(objective)}${proven ? ', tối ưu đã kiểm chứng' : ', chưa kiểm chứng tối ưu'}).`,
  summaryUnits: (units) => `Các đơn vị liên quan: ${list([...units])}.`,
  summaryMovesCaption: 'Các trường hợp đề xuất luân chuyển của phương án 1',
  kindColumn: 'loại',
  chainColumn: 'chuỗi',
  notesColumn: 'ghi chú trong kịch bản',
  kindWord: (kind) => KIND_SHORT.vi[kind],
  structureHeading: 'Cơ cấu cán bộ giữ chức danh chủ chốt trước và sau phương án 1',
  structureGroupColumn: 'trong số cán bộ giữ chức danh chủ chốt',
  structureBefore: 'trước',
  structureAfter: 'sau phương án 1',
  structureGroup: (group) => ({ women: 'cán bộ nữ', young: 'cán bộ trẻ', minority: 'cán bộ người dân tộc thiểu số' })[group],
  structureCell: (count, held) => (held === 0 ? '—' : `${num(count)}/${num(held)} (${Math.round((count / held) * 100)}%)`),
  structureNone: 'Đợt luân chuyển này không có chức danh chủ chốt nào.',
  otherPlansHeading: 'Các phương án khác thay đổi gì',
  otherPlanLine: (rank, objective, less) =>
    `Phương án ${rank} (tổng điểm ${num(objective)}, ${Math.abs(less) < 1e-6 ? 'bằng điểm' : less > 0 ? `thấp hơn ${num(less)}` : `cao hơn ${num(-less)}`})`,
  otherPlanAdds: (moves) => `thêm ${list([...moves])}`,
  otherPlanDrops: (moves) => `thay cho ${list([...moves])}`,
  otherPlanSame: 'cùng các trường hợp luân chuyển',
  decisionBlocked: (by, note) =>
    `không bố trí được theo quyết định của Ban Thường vụ (${by === 'forbid' ? 'trường hợp loại trừ' : 'trường hợp Ban Thường vụ đã cho chủ trương'}${note ? `: “${note}”` : ''})`,
  agreementText: (side) => `${SIDE[side][0]!.toUpperCase()}${SIDE[side].slice(1)} đồng ý`,
  pinnedNote: (note) => `Ban Thường vụ đã cho chủ trương${note ? `: “${note}”` : ''}`,
  plansDifferIntro: 'Từ phương án 2 trở đi chỉ nêu những điểm khác với phương án 1.',
  addedMovesHeading: (rank) => `Phương án ${rank}: các trường hợp luân chuyển không có trong phương án 1`,
  sameAsBest: (common, dropped) =>
    `${num(common)} trường hợp luân chuyển còn lại giống phương án 1${dropped.length ? `; không thực hiện ${list([...dropped])}` : ''}.`,
  flowsOnlyBest: 'Sơ đồ của phương án 1; phần tóm tắt và mục 3 nêu các phương án khác thay đổi gì.',
  alternativesSameAsBest: 'Các vị trí chủ chốt phương án này bố trí đều giống phương án 1.',

  sectionRound: '1. Thông tin đợt luân chuyển',
  sectionPlans: '2. So sánh các phương án',
  sectionMoves: '3. Danh sách luân chuyển của từng phương án',
  sectionFlows: '4. Sơ đồ luân chuyển giữa các đơn vị',
  sectionAlternatives: '5. Các lựa chọn thay thế đáng chú ý chưa được chọn',

  roundScenario: 'Kịch bản',
  roundAsOf: 'Ngày tính',
  roundDescription: 'Mô tả',
  roundSolver: 'Bộ giải',
  roundSolverText: (backend, status, plans) =>
    `${backend}; tìm được ${num(plans)} phương án; ${status === 'optimal' ? 'quá trình tìm kiếm đã hoàn tất' : 'quá trình tìm kiếm dừng do hết thời gian cho phép'}`,
  roundProof: 'Tính tối ưu',
  planProven: (rank) => `phương án ${rank}: tối ưu đã kiểm chứng (tốt nhất trong các phương án không xếp trên nó)`,
  planNotProven: (rank, gap) => `phương án ${rank}: chưa kiểm chứng tối ưu (chênh lệch tối đa ${num(gap)} điểm)`,
  roundTool: 'Công cụ tính toán',
  roundToolText: (version) => `rotaplan phiên bản ${version}`,
  roundFiles: 'Tệp dữ liệu đầu vào (tệp kịch bản, sau đó các tệp mà nó kế thừa)',
  fileColumn: 'tệp',
  shaColumn: 'SHA-256',
  roundPolicy: 'Chính sách áp dụng',
  roundRules: 'Các quy định áp dụng và căn cứ',
  ruleColumn: 'quy định',
  ruleTitleColumn: 'điều kiện',
  sourceColumn: 'căn cứ',
  noSource: 'chính sách của đợt luân chuyển',

  policyPlanning: (required) =>
    required
      ? 'Cán bộ chỉ được bố trí vào vị trí có chức danh nằm trong quy hoạch của cán bộ đó.'
      : 'Không bắt buộc cán bộ phải được quy hoạch chức danh của vị trí.',
  policyTenure: (months) => (months === 0 ? 'Không quy định thời gian tối thiểu giữ chức vụ hiện tại.' : `Cán bộ phải giữ chức vụ hiện tại ít nhất ${num(months)} tháng.`),
  policyRotationTerm: (months) => `Cán bộ đang luân chuyển chỉ được luân chuyển tiếp khi đủ ${num(months)} tháng (thời hạn luân chuyển).`,
  policySideways: (allowed) =>
    allowed ? 'Được luân chuyển sang chức vụ tương đương dù chức danh chưa có trong quy hoạch.' : 'Mọi trường hợp luân chuyển đều phải có chức danh trong quy hoạch.',
  policyRetirementShort: (years) => `Với cán bộ phải luân chuyển và chức danh bố trí cán bộ không là người địa phương, chỉ cần còn ${num(years)} năm công tác trước tuổi nghỉ hưu.`,
  policyRatingYears: (years) => `Xét kết quả đánh giá, xếp loại của ${num(years)} năm gần nhất.`,
  policyKeyChanges: (max) => (max === null ? 'Không giới hạn số chức danh chủ chốt thay đổi ở mỗi đơn vị.' : `Mỗi đơn vị thay đổi không quá ${num(max)} chức danh chủ chốt trong một đợt.`),
  policyMerit: (points) => `Cán bộ hoàn thành xuất sắc nhiệm vụ năm gần nhất được cộng ${num(points)} điểm.`,
  policyRotations: (max) => `Cán bộ đã được luân chuyển từ ${num(max)} lần trở lên thì không luân chuyển tiếp.`,
  policyNoReturn: (years) =>
    years === 0
      ? 'Cán bộ có thể trở lại đơn vị đã công tác gần đây.'
      : `Cán bộ không trở lại đơn vị đã rời đi chưa đủ ${num(years)} năm.`,
  policyRetirement: (male, female, years) =>
    `Cán bộ phải còn ít nhất ${num(years)} năm công tác trước tuổi nghỉ hưu (nam ${num(male)} tuổi, nữ ${num(female)} tuổi).`,
  policyRating: (rating) => `Kết quả đánh giá, xếp loại năm gần nhất phải từ mức “${RATING[rating]}” trở lên.`,
  policyNonLocal: (titles) =>
    titles.length === 0
      ? 'Không có chức danh nào phải bố trí cán bộ không là người địa phương.'
      : `Các chức danh ${list(titles.map((t) => `“${t}”`))} bố trí cán bộ không là người địa phương.`,
  policyStability: (out, share, into) =>
    `Mỗi đơn vị có không quá ${num(out)} cán bộ và không quá ${Math.round(share * 100)}% số cán bộ của đơn vị được luân chuyển đi (luôn được phép ít nhất một người), và tiếp nhận không quá ${num(into)} cán bộ.`,
  policyMaxMoves: (max) => (max === null ? 'Không giới hạn số trường hợp luân chuyển.' : `Mỗi phương án có không quá ${num(max)} trường hợp luân chuyển.`),
  policyConsent: (side, mode) =>
    mode === 'hard'
      ? `Khi ${SIDE[side]} không đồng ý thì không thực hiện luân chuyển.`
      : mode === 'soft'
        ? `Ý kiến không đồng ý của ${SIDE[side]} có thể được cân nhắc vượt qua, nhưng bị trừ điểm.`
        : `Ý kiến không đồng ý của ${SIDE[side]} không được tính đến.`,
  policyYoung: (age) => `Cán bộ dưới ${num(age)} tuổi được tính là cán bộ trẻ.`,
  policyQuota: (group, share, mode) =>
    `Ít nhất ${Math.round(share * 100)}% số cán bộ được luân chuyển là ${GROUP[group]} (${mode === 'hard' ? 'bắt buộc' : 'chỉ tiêu phấn đấu: thiếu mỗi người bị trừ điểm'}).`,
  policyWeights: (w) =>
    `Điểm của một trường hợp luân chuyển: ${num(w.development)} điểm cho mỗi mục tiêu phát triển mà vị trí đáp ứng, ${num(w.fit)} điểm cho mỗi kinh nghiệm mà vị trí cần, ${num(w.preference)} điểm khi cán bộ có nguyện vọng về đơn vị đó; trừ ${num(w.move)} điểm cho mỗi trường hợp luân chuyển và ${num(w.objection)} điểm cho mỗi ý kiến không đồng ý bị vượt qua; trừ ${num(w.quotaShortfall)} điểm cho mỗi cán bộ còn thiếu so với chỉ tiêu cơ cấu.`,
  policyPlanRules:
    'Vị trí đang có người chỉ tiếp nhận cán bộ mới khi người đang giữ được luân chuyển đi trong cùng phương án (chuỗi luân chuyển và hoán đổi); vị trí bắt buộc bố trí không được để trống; không bố trí cán bộ có quan hệ gia đình cùng một đơn vị do luân chuyển; các trường hợp Ban Thường vụ đã cho chủ trương có trong mọi phương án.',

  ruleTitle: {
    'other-unit': 'chuyển sang đơn vị khác',
    available: 'sẵn sàng luân chuyển',
    planning: 'có trong quy hoạch chức danh',
    tenure: 'đủ thời gian giữ chức vụ hiện tại',
    rotations: 'chưa luân chuyển quá số lần cho phép',
    'no-return': 'không trở lại đơn vị vừa rời',
    retirement: 'đủ thời gian công tác trước tuổi nghỉ hưu',
    rating: 'đạt mức xếp loại',
    'non-local': 'không là người địa phương (vị trí chủ chốt)',
    forbids: 'không thuộc trường hợp loại trừ',
    consents: 'không có ý kiến không đồng ý bắt buộc',
    'one-move-each': 'mỗi cán bộ một lượt, mỗi vị trí một người',
    'holder-moves-out': 'vị trí được giải phóng khi người đang giữ chuyển đi',
    'must-fill': 'vị trí bắt buộc được bố trí',
    stability: 'bảo đảm ổn định của đơn vị',
    'move-cap': 'giới hạn số trường hợp luân chuyển',
    relatives: 'không bố trí người thân cùng đơn vị',
    quotas: 'cơ cấu cán bộ nữ, trẻ, dân tộc thiểu số',
    pins: 'trường hợp Ban Thường vụ đã cho chủ trương',
    'not-held-already': 'không bố trí vào chức vụ đang kiêm nhiệm',
    'must-move': 'cán bộ phải luân chuyển được bố trí',
    'key-changes': 'không thay đồng thời các chức danh chủ chốt của một đơn vị',
  },

  plansIntro: (count) => `${num(count)} phương án, xếp từ tốt nhất. Tổng điểm càng cao càng tốt.`,
  planColumn: (rank) => `Phương án ${rank}`,
  metricColumn: 'tiêu chí',
  metricObjective: 'Tổng điểm',
  metricProven: 'Tối ưu đã kiểm chứng',
  metricMoves: 'Số trường hợp luân chuyển',
  metricUnitsTouched: 'Số đơn vị liên quan',
  metricWomen: 'Tỷ lệ cán bộ nữ',
  metricYoung: 'Tỷ lệ cán bộ trẻ',
  metricMinority: 'Tỷ lệ cán bộ người dân tộc thiểu số',
  metricGoals: 'Số mục tiêu phát triển được đáp ứng',
  metricObjections: 'Số ý kiến không đồng ý bị vượt qua',
  metricKeyNonLocal: 'Vị trí chủ chốt do cán bộ không là người địa phương đảm nhiệm',
  metricVacancies: 'Vị trí còn trống sau luân chuyển',
  metricCommon: 'Số trường hợp trùng với phương án 1',

  moveArrow: (cadre, from, to) => `${cadre}: ${from} → ${to}`,
  moveTo: (cadre, to) => `${cadre} → ${to}`,

  bindingHeading: 'Các quy định đã chạm giới hạn trong phương án',
  binding: (b) => {
    switch (b.kind) {
      case 'out-cap-reached': return `${b.unit} có ${num(b.count)} cán bộ luân chuyển đi, bằng mức tối đa (quy định S)`;
      case 'in-cap-reached': return `${b.unit} tiếp nhận ${num(b.count)} cán bộ, bằng mức tối đa (quy định S)`;
      case 'move-cap-reached': return `phương án có ${num(b.count)} trường hợp luân chuyển, bằng mức tối đa (quy định P4)`;
      case 'quota-tight': return `${num(b.inGroup)}/${num(b.moves)} cán bộ được luân chuyển là ${GROUP[b.group]}: vừa đủ tỷ lệ bắt buộc ${Math.round(b.minShare * 100)}% (quy định Q)`;
      case 'quota-short': return `${num(b.inGroup)}/${num(b.moves)} cán bộ được luân chuyển là ${GROUP[b.group]}, dưới chỉ tiêu ${Math.round(b.minShare * 100)}%: bị trừ ${num(b.cost)} điểm (quy định Q)`;
      case 'pinned': return `${b.cadre} đến ${b.post}: Ban Thường vụ đã cho chủ trương (quy định P5)`;
      case 'key-cap-reached': return `${b.unit} thay đổi ${num(b.count)} vị trí chủ chốt, bằng mức tối đa (quy định K)`;
    }
  },
  vacantHeading: 'Vị trí còn trống sau luân chuyển',
  vacantStillCount: (count) => `${num(count)} vị trí khác để trống trước và sau luân chuyển; sẽ bổ nhiệm hoặc bố trí ở đợt sau`,
  vacantLeft: (post, unit, holder) => `${post}, ${unit}: ${holder} chuyển đi; sẽ bổ nhiệm hoặc bố trí ở đợt sau`,
  vacantStill: (post, unit) => `${post}, ${unit}: để trống trước và sau luân chuyển; sẽ bổ nhiệm hoặc bố trí ở đợt sau`,
  noneItem: 'không có',

  planHeading: (rank, objective, moves) =>
    `Phương án ${rank}: tổng điểm ${num(objective)}, ${num(moves)} trường hợp luân chuyển`,
  emptyPlan: 'Không có trường hợp luân chuyển nào: phương án giữ nguyên mọi cán bộ.',
  moveNumber: 'TT',
  moveCadre: 'cán bộ',
  moveCurrent: 'vị trí hiện tại (đơn vị đi)',
  moveDestination: 'vị trí mới (đơn vị đến)',
  moveValue: 'điểm',
  moveReasons: 'lý do: thành phần điểm, quy định đáp ứng, ý kiến, chuỗi',
  moveRules: 'các quy định đáp ứng',
  moveObjections: 'ý kiến không đồng ý được vượt qua',
  moveChain: 'chuỗi',
  postInUnit: (post, unit) => `${post}, ${unit}`,

  termDevelopment: (goals, points) => `đáp ứng mục tiêu phát triển ${list(goals.map((g) => `“${g}”`))} (${signed(points)})`,
  termFit: (tags, points) => `có kinh nghiệm mà vị trí cần: ${list(tags.map((t) => `“${t}”`))} (${signed(points)})`,
  termPreference: (points) => `đúng nguyện vọng của cán bộ về đơn vị này (${signed(points)})`,
  termMove: (points) => `chi phí một trường hợp luân chuyển (${signed(points)})`,
  termObjections: (count, points) => `vượt qua ${num(count)} ý kiến không đồng ý (${signed(points)})`,
  termMerit: (points) => `xếp loại gần nhất “${RATING.excellent}” (${signed(points)})`,

  side: (side) => SIDE[side],
  objectionText: (side) => `${SIDE[side][0]!.toUpperCase()}${SIDE[side].slice(1)} không đồng ý (được vượt qua, có trừ điểm)`,
  movePinned: 'Ban Thường vụ đã cho chủ trương: có trong mọi phương án',
  moveFillsMustFill: 'bố trí vào vị trí bắt buộc bố trí',
  objectionNote: (note) => `ghi chú: “${note}”`,
  noObjection: 'không có',

  chainsHeading: 'Chuỗi luân chuyển và hoán đổi',
  chainKind: (kind) => ({ swap: 'hoán đổi', cycle: 'vòng luân chuyển', chain: 'chuỗi luân chuyển' })[kind],
  chainName: (kind, index) => `${KIND[kind]} ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`,
  chainText: (kind, moves, units) =>
    moves === 1
      ? `một trường hợp luân chuyển từ ${units[0] ?? ''} đến ${units[units.length - 1] ?? ''}`
      : kind === 'swap'
      ? `hai cán bộ hoán đổi vị trí giữa ${list([...units])}`
      : kind === 'cycle'
        ? `${num(moves)} cán bộ luân chuyển khép vòng qua ${list([...units])}`
        : `${num(moves)} trường hợp luân chuyển nối tiếp qua ${list([...units])}: mỗi cán bộ nhận vị trí do người tiếp theo để lại`,

  flowsIntro: 'Mỗi mũi tên là một trường hợp luân chuyển từ đơn vị đi đến đơn vị đến; các mũi tên thuộc cùng một chuỗi hoặc hoán đổi có cùng màu.',
  flowCaption: (rank) => `Phương án ${rank}: sơ đồ luân chuyển giữa các đơn vị`,
  flowLegend: 'Chú giải',
  flowAria: (rank, moves, units) => `Sơ đồ phương án ${rank}: ${num(moves)} trường hợp luân chuyển giữa ${num(units)} đơn vị`,

  alternativesIntro: (count) =>
    `Với mỗi vị trí chủ chốt mà phương án bố trí (chức danh phải bố trí cán bộ không là người địa phương, hoặc vị trí bắt buộc bố trí), tối đa ${num(count)} cán bộ khác trong quy hoạch được nêu, kèm tổng điểm tốt nhất của một phương án khả thi khi bố trí cán bộ đó vào vị trí.`,
  alternativesOff: 'Không yêu cầu nêu các lựa chọn thay thế (--alternatives 0).',
  alternativesNone: 'Phương án này không bố trí vị trí chủ chốt nào.',
  keyPostHeading: (post, unit) => `${post}, ${unit}`,
  keyPostWhy: (nonLocal, mustFill) =>
    [nonLocal ? 'bố trí cán bộ không là người địa phương' : '', mustFill ? 'bắt buộc bố trí' : ''].filter(Boolean).join('; '),
  keyPostChosen: (cadre, value) => `Được chọn: ${cadre} (điểm của trường hợp luân chuyển ${num(value)}).`,
  altCandidate: 'cán bộ không được chọn',
  altBestWith: 'tổng điểm tốt nhất khi chọn cán bộ này',
  altVerdict: 'lý do không được chọn',
  altLostBy: (diff) =>
    diff > 1e-6
      ? `đủ điều kiện; phương án tốt nhất có cán bộ này thấp hơn ${num(diff)} điểm`
      : diff < -1e-6
        ? `đủ điều kiện; phương án có cán bộ này cao hơn ${num(-diff)} điểm (thuộc các phương án xếp trên)`
        : 'đủ điều kiện; phương án có cán bộ này bằng điểm (đồng hạng)',
  altUnknown: 'đủ điều kiện; hết thời gian cho phép trước khi tìm được phương án có cán bộ này',
  altNotProven: '(hết thời gian tìm kiếm: có thể có phương án tốt hơn với cán bộ này)',
  atLeast: (value) => `≥ ${num(value)}`,
  altNoPlan: 'đủ điều kiện, nhưng không có phương án khả thi nào chứa trường hợp luân chuyển này (bị loại bởi các quy định của phương án)',
  altBlocked: (rules) => `không đủ điều kiện (quy định ${list([...rules])})`,
  altNoCandidates: 'Không có cán bộ nào khác trong quy hoạch chức danh này.',

  pseudonym: (code) => `Cán bộ #${code}`,

  csvRank: 'phương án',
  csvObjective: 'tổng điểm',
  csvCadreId: 'mã cán bộ',
  csvCadreName: 'cán bộ',
  csvFromUnit: 'đơn vị đi',
  csvFromPost: 'vị trí hiện tại',
  csvToUnit: 'đơn vị đến',
  csvToPost: 'vị trí mới',
  csvValue: 'điểm',
  csvTerms: 'thành phần điểm',
  csvKind: 'loại',
  csvChain: 'chuỗi',
  csvNotes: 'ghi chú',
  csvInBest: 'có trong phương án 1',

  infeasible: (scenario) => `${scenario}: không có phương án khả thi nên không lập báo cáo (chạy \`rotaplan diagnose\` để xem các quy định mâu thuẫn)`,
  timeLimit: (scenario) => `${scenario}: không tìm được phương án khả thi trong thời gian cho phép nên không lập báo cáo`,
  written: (path, plans) => `đã ghi báo cáo vào ${path} (${num(plans)} phương án)`,
};
