/** Vietnamese-looking names of people and places for generated provinces. */
import type { Random } from './random.ts';

const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 4],
  ['Võ', 3], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 2], ['Ngô', 2], ['Dương', 1], ['Lý', 1], ['Đinh', 1],
  ['Lương', 1], ['Trịnh', 1], ['Hà', 1], ['Lò', 1], ['Hoàng Thị', 0], ['Lục', 1], ['Nông', 1], ['Quàng', 1],
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Trọng', 'Đình', 'Mạnh'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang',
  'Sơn', 'Tâm', 'Thắng', 'Thành', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hoà', 'Lợi', 'Kiên', 'Tùng', 'Hưng',
];
const GIVEN_FEMALE = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Nga',
  'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Thủy', 'Trang', 'Vân', 'Yến', 'Huyền', 'Loan', 'Tuyết',
];
const PLACE_FIRST = ['Tân', 'Phú', 'Hòa', 'An', 'Đông', 'Tây', 'Nam', 'Bắc', 'Vĩnh', 'Thịnh', 'Long', 'Bình', 'Minh', 'Hưng', 'Quang', 'Xuân', 'Đức', 'Thanh', 'Cẩm', 'Yên'];
const PLACE_SECOND = ['Phú', 'Lộc', 'Thành', 'Sơn', 'Hà', 'Lâm', 'Hải', 'Điền', 'Trung', 'Khánh', 'Lợi', 'Thuận', 'Mỹ', 'Tiến', 'Giang', 'Phong', 'Hòa', 'Ninh', 'Tường', 'Xá'];

export function personName(random: Random, gender: 'male' | 'female'): string {
  const family = random.weighted(FAMILY);
  const middle = random.pick(gender === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = random.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
  return `${family} ${middle} ${given}`;
}

/** Distinct place names, in a deterministic order for the random stream. */
export function placeNames(random: Random, count: number): string[] {
  const all: string[] = [];
  for (const a of PLACE_FIRST) for (const b of PLACE_SECOND) if (a !== b) all.push(`${a} ${b}`);
  const names = random.sample(all, Math.min(count, all.length));
  for (let i = names.length; i < count; i++) names.push(`${random.pick(all)} ${Math.floor(i / all.length) + 1}`);
  return names;
}

export const DEPARTMENTS: readonly (readonly [string, string, readonly string[]])[] = [
  ['NV', 'Sở Nội vụ', ['state-management', 'organisation', 'legal']],
  ['TC', 'Sở Tài chính', ['finance', 'economics', 'planning']],
  ['TP', 'Sở Tư pháp', ['legal', 'inspection']],
  ['XD', 'Sở Xây dựng', ['construction', 'planning', 'land-management']],
  ['NNMT', 'Sở Nông nghiệp và Môi trường', ['agriculture', 'land-management', 'environment']],
  ['CT', 'Sở Công Thương', ['economics', 'industry']],
  ['GDDT', 'Sở Giáo dục và Đào tạo', ['education', 'culture-society']],
  ['YT', 'Sở Y tế', ['health', 'culture-society']],
  ['VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', ['culture-society', 'mass-mobilisation']],
  ['KHCN', 'Sở Khoa học và Công nghệ', ['science', 'planning']],
  ['TTR', 'Thanh tra tỉnh', ['inspection', 'legal']],
  ['DTTG', 'Sở Dân tộc và Tôn giáo', ['ethnic-affairs', 'mass-mobilisation']],
  ['VP-UBND', 'Văn phòng UBND tỉnh', ['state-management', 'organisation']],
  ['BTC-TU', 'Ban Tổ chức Tỉnh ủy', ['party-work', 'organisation']],
  ['UBKT-TU', 'Ủy ban Kiểm tra Tỉnh ủy', ['party-work', 'inspection']],
  ['BTG-DV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', ['party-work', 'mass-mobilisation']],
  ['MTTQ', 'Ủy ban MTTQ tỉnh', ['mass-mobilisation', 'ethnic-affairs']],
  ['VP-TU', 'Văn phòng Tỉnh ủy', ['party-work', 'organisation']],
];
