/** Where the rules come from: cited in explanations and reports. */
export const SOURCES = {
  qd65art5: 'Quy định 65-QĐ/TW (2022), điều 5',
  qd65: 'Quy định 65-QĐ/TW (2022)',
  qd114: 'Quy định 114-QĐ/TW (2023)',
  qd50: 'Quy định 50-QĐ/TW (2021) về quy hoạch cán bộ',
} as const;
