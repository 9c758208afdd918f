/**
 * Where the rules come from (contract 8.6): cited in explanations and reports. Cited with
 * care: where an article is not certain, the document alone.
 */
export const SOURCES = {
  qd65: 'Quy định 65-QĐ/TW (2022)',
  nd138art56: 'Nghị định 138/2020/NĐ-CP, điều 56',
  qd114: 'Quy định 114-QĐ/TW (2023)',
  pcttn20: 'Luật Phòng, chống tham nhũng 2018, điều 20',
  qd50: 'Quy định 50-QĐ/TW (2021)',
  practice: 'thực tiễn của tỉnh (không có quy định)',
  practiceStable: 'thực tiễn của tỉnh: luân chuyển giữ ổn định đơn vị',
  practiceConsent: 'thực tiễn của tỉnh: đồng thuận nơi cán bộ đi và nơi cán bộ đến',
} as const;
