/**
 * Every word of the committee's papers in Vietnamese, the language they are filed in (the
 * terms of Hướng dẫn 36-HD/VPTW and of the Organization Committee's proposals). words-en.ts
 * has the same keys, typed by this catalogue, so a missing key fails the type-check.
 */
import { KIND as KIND_RUNNING, KIND_SHORT, RATING } from '../i18n/terms.ts';
import type { MoveKind } from './facts.ts';

const DOTS = '……';
const two = (n: number): string => String(n).padStart(2, '0');
/** Whether a note written by the planner already says `words` (case and Unicode form aside). */
const says = (note: string, words: string) => note.normalize('NFC').toLocaleLowerCase('vi').includes(words);

export const papersVi = {
  lang: 'vi' as 'vi' | 'en',
  dots: DOTS,
  /** HD 36: a day under 10 and the months 1 and 2 are written with a leading zero. */
  dateLine: (place: string | null, date: { y: number; m: number; d: number } | null) =>
    `${place ?? '…………'}, ngày ${date ? two(date.d) : DOTS} tháng ${date ? (date.m <= 2 ? two(date.m) : String(date.m)) : DOTS} năm ${date ? String(date.y) : '20…'}`,
  shortDate: (date: { y: number; m: number; d: number }) => `${two(date.d)}/${two(date.m)}/${date.y}`,
  monthYear: (date: { y: number; m: number }) => `${two(date.m)}/${date.y}`,
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  /** Points: HD 36 sets 15; the English heading is longer and takes 14 to stay on one line. */
  partySize: 15,
  defaultBody: 'ĐẢNG BỘ TỈNH …………',
  defaultIssuer: 'Ban Tổ chức Tỉnh ủy',
  defaultSymbol: 'BTCTU',
  defaultAddressee: 'Ban Thường vụ Tỉnh ủy',
  secrecy: 'MẬT',
  number: (number: string | null, kind: 'TTr' | 'DS', symbol: string) => `Số ${number ?? DOTS}-${kind}/${symbol}`,
  attachedTo: (number: string | null, symbol: string, date: string | null, issuer: string) =>
    `(Kèm theo Tờ trình số ${number ?? DOTS}-TTr/${symbol}, ngày ${date ?? '……/……/20……'} của ${issuer})`,

  proposalType: 'TỜ TRÌNH',
  proposalSubject: 'về việc luân chuyển cán bộ',
  listType: 'DANH SÁCH',
  listSubject: 'cán bộ dự kiến luân chuyển',
  summaryType: 'TRÍCH NGANG LÝ LỊCH',
  summarySubject: 'cán bộ dự kiến luân chuyển',
  ballotType: 'PHIẾU BIỂU QUYẾT',
  ballotSubject: 'về nhân sự dự kiến luân chuyển',
  to: (addressee: string) => `Kính gửi: ${addressee}`,

  basis: [
    'Căn cứ Quy định số 65-QĐ/TW (2022) của Bộ Chính trị về luân chuyển cán bộ;',
    'Căn cứ Quy định số 50-QĐ/TW (2021) của Bộ Chính trị về công tác quy hoạch cán bộ;',
  ],
  opening: (issuer: string, addressee: string, round: string) =>
    `${issuer} kính trình ${addressee} phương án luân chuyển cán bộ (${round}) như sau:`,
  partWhy: 'I. SỰ CẦN THIẾT',
  whyDefault: (asOf: string) =>
    `Thực hiện chủ trương luân chuyển cán bộ nhằm đào tạo, rèn luyện cán bộ trong quy hoạch qua thực tiễn, tăng cường cán bộ cho cơ sở và bố trí cán bộ không phải người địa phương giữ các chức danh theo quy định; số liệu cán bộ tính đến ngày ${asOf}.`,
  roundFacts: (cadres: number, posts: number, units: number, plans: number) =>
    `Phương án được lập trên dữ liệu của ${cadres} cán bộ, ${posts} vị trí tại ${units} cơ quan, đơn vị; đã so sánh ${plans} phương án và chọn phương án có tổng điểm cao nhất theo các nguyên tắc dưới đây.`,
  partPrinciples: 'II. NGUYÊN TẮC, TIÊU CHUẨN, ĐIỀU KIỆN',
  sourcesLead: 'Các điều kiện trên căn cứ:',
  partProposal: 'III. PHƯƠNG ÁN ĐỀ XUẤT',
  totals: (moves: number, women: number, young: number, minority: number, units: number) =>
    `Đề xuất luân chuyển ${moves} đồng chí (nữ: ${women}; trẻ: ${young}; người dân tộc thiểu số: ${minority}), liên quan đến ${units} cơ quan, đơn vị.`,
  kindTotals: (parts: readonly string[]) => `Theo loại: ${parts.join('; ')}.`,
  kindCount: (kind: MoveKind, count: number) => `${KIND[kind]}: ${count}`,
  rotationLine: (i: number, name: string, born: string, from: string, to: string, kind: MoveKind) =>
    `${i}. Đồng chí ${name}, sinh năm ${born}, ${from}: luân chuyển đến giữ chức ${to} (${KIND[kind]}).`,
  /** A move in running text (the other plans' differences). */
  moveLine: (name: string, from: string, to: string) => `đồng chí ${name} từ ${from} sang ${to}`,
  structureHeading: 'Cơ cấu cán bộ giữ chức danh chủ chốt trước và sau luân chuyển:',
  structureLine: (group: string, before: string, after: string) => `${group}: trước ${before}, sau ${after}`,
  groups: { women: 'nữ', young: 'trẻ', minority: 'người dân tộc thiểu số' },
  vacantHeading: 'Các vị trí còn trống sau luân chuyển (sẽ bổ nhiệm hoặc bố trí ở đợt sau):',
  attachments: '(Có danh sách, trích ngang lý lịch và phiếu biểu quyết kèm theo.)',
  partWeighed: 'IV. NHỮNG NỘI DUNG ĐÃ CÂN NHẮC',
  otherPlan: (rank: number, less: string, changes: string) => `Phương án ${rank} (tổng điểm thấp hơn ${less}): ${changes}.`,
  otherPlanTie: (rank: number, changes: string) => `Phương án ${rank} (tổng điểm bằng phương án đề xuất): ${changes}.`,
  planChange: (added: readonly string[], dropped: readonly string[]) =>
    [added.length ? `thêm ${added.join('; ')}` : '', dropped.length ? `bỏ ${dropped.join('; ')}` : ''].filter(Boolean).join('; '),
  noOtherPlan: 'Không có phương án khả thi nào khác được xếp hạng.',
  objectionFollowed: (count: number) =>
    count === 0 ? '' : `${count} ý kiến không đồng ý của đơn vị đi, đơn vị đến được tôn trọng: không đề xuất các trường hợp đó.`,
  objectionOverridden: (name: string, side: string, note: string | null) =>
    `Ý kiến chưa đồng ý của ${side} đối với đồng chí ${name}${note ? ` (“${note}”)` : ''} đã được cân nhắc; vẫn đề xuất vì yêu cầu đào tạo, rèn luyện cán bộ và phương án có tổng điểm cao nhất.`,
  pinNote: (name: string, note: string | null) => `Trường hợp đồng chí ${name} theo chủ trương của cấp có thẩm quyền${note ? ` (${note})` : ''}.`,
  partRequest: 'V. ĐỀ NGHỊ',
  request: (issuer: string, addressee: string) => `${issuer} kính trình ${addressee} xem xét, quyết định./.`,

  behalf: (issuer: string) => `T/M ${issuer}`,
  signerTitle: 'TRƯỞNG BAN',
  recipientsHead: 'Nơi nhận:',
  recipientsDefault: ['Như trên'],
  keep: (symbol: string) => `Lưu ${symbol}`,

  listColumns: {
    no: 'STT',
    name: 'Họ và tên',
    born: 'Năm sinh',
    male: 'Nam',
    female: 'Nữ',
    ethnicity: 'Dân tộc',
    hometown: 'Quê quán',
    current: 'Chức vụ, đơn vị hiện tại',
    proposed: 'Chức vụ, đơn vị dự kiến',
    kind: 'Loại',
    term: 'Thời hạn luân chuyển',
    notes: 'Ghi chú',
  },
  months: (months: number) => `${months} tháng`,
  kind: (kind: MoveKind) => KIND_IN_TABLES[kind],
  minority: 'dân tộc thiểu số',

  summaryFields: {
    name: 'Họ và tên',
    born: 'Ngày sinh',
    gender: 'Giới tính',
    ethnicity: 'Dân tộc',
    hometown: 'Quê quán',
    education: 'Trình độ chuyên môn',
    politicalTheory: 'Lý luận chính trị',
    partyCommittee: 'Cấp ủy',
    ratings: 'Xếp loại những năm gần đây',
    career: 'Quá trình công tác',
    current: 'Chức vụ hiện tại',
    proposed: 'Dự kiến luân chuyển',
    why: 'Lý do đề xuất',
  },
  /** Labels of profile entries a trích ngang usually has, beyond the fields above; any other key is shown as written. */
  profileLabels: { partyJoined: 'Ngày vào Đảng', partyOfficial: 'Ngày chính thức', degree: 'Học hàm, học vị', stateManagement: 'Quản lý nhà nước', foreignLanguage: 'Ngoại ngữ' } as Readonly<Record<string, string>>,
  gender: { male: 'Nam', female: 'Nữ' } as Record<'male' | 'female', string>,
  since: (date: string) => `từ ${date}`,
  proposedText: (post: string, kind: MoveKind, term: string) => `${post} (${KIND[kind]}; thời hạn ${term})`,
  historyLine: (from: string | null, to: string | null, what: string, rotation: boolean) =>
    `${from ?? DOTS} – ${to ?? DOTS}: ${what}${rotation ? ' (luân chuyển)' : ''}`,
  ratingLine: (year: number, rating: string) => `năm ${year}: ${rating}`,
  summaryOf: (i: number, n: number) => `(${i}/${n})`,
  noRotations: 'Phương án này không luân chuyển cán bộ nào.',
  /** Why a move is proposed: what it brings (the score's gains, without points or costs). */
  reasonGoals: (goals: readonly string[]) => `đáp ứng mục tiêu đào tạo, rèn luyện của cán bộ: ${goals.map((g) => `“${g}”`).join(', ')}`,
  reasonFit: (tags: readonly string[]) => `có kinh nghiệm phù hợp yêu cầu của vị trí: ${tags.map((t) => `“${t}”`).join(', ')}`,
  reasonPreference: 'phù hợp nguyện vọng của cán bộ',
  reasonMerit: `năm gần nhất được xếp loại “${RATING.vi.excellent}”`,

  ballotHowTo: '(Đồng chí đánh dấu “X” vào ô “Đồng ý” hoặc “Không đồng ý” đối với từng trường hợp)',
  ballotColumns: { agree: 'Đồng ý', disagree: 'Không đồng ý' },
  ballotOther: 'Ý kiến khác:',

  // A note that already says it ("BTV cho chủ trương ngày…", "đồng ý luân chuyển") is not said twice.
  notePinned: (note: string | null) => (note && says(note, 'chủ trương') ? note : `Ban Thường vụ đã cho chủ trương${note ? `: ${note}` : ''}`),
  noteAgreed: (side: string, note: string | null) => (note && says(note, 'đồng ý') ? `${side}: ${note}` : `${side} đồng ý${note ? `: ${note}` : ''}`),
  noteObjection: (side: string, note: string | null) =>
    note && (says(note, 'không đồng ý') || says(note, 'chưa đồng ý')) ? `${side}: ${note}` : `${side} chưa đồng ý${note ? `: ${note}` : ''}`,
  noteMustFill: 'Vị trí phải có người đảm nhiệm',
  side: { origin: 'Đơn vị đi', destination: 'Đơn vị đến', cadre: 'Bản thân cán bộ' } as Record<'origin' | 'destination' | 'cadre', string>,
  sideLower: { origin: 'đơn vị đi', destination: 'đơn vị đến', cadre: 'bản thân cán bộ' } as Record<'origin' | 'destination' | 'cadre', string>,

  docTitle: (type: string, round: string) => `${type}: ${round}`,
  sheetName: 'Danh sách',
  written: (dir: string, files: readonly string[]) => `đã ghi ${files.length} văn bản vào ${dir}: ${files.join(', ')}`,
  noPlan: (round: string, rank: number, plans: number) => `${round}: không có phương án ${rank} (chỉ có ${plans} phương án khả thi)`,
};

const KIND = KIND_RUNNING.vi;
const KIND_IN_TABLES = KIND_SHORT.vi;

/** The catalogue's shape: the same keys, every text widened to string. */
type Widen<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : T[K] extends readonly string[]
        ? readonly string[]
        : T[K] extends object
          ? Widen<T[K]>
          : T[K];
};

export type PapersWords = Widen<typeof papersVi>;
