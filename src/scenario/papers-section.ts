/**
 * The opt-in `papers:` section of a scenario: who issues the committee's papers, where, when,
 * under which number, and who signs them (`rotaplan papers`). No rule reads it and it never
 * changes a plan; every field may be left out, and the papers then leave a dotted blank.
 * Kept apart from schema.ts so that the contract's own schema stays as the contract reads.
 */
import { z } from 'zod';
import { parseDate } from './dates.ts';

const text = z.string().min(1, 'must not be empty');

export const PapersSection = z.strictObject({
  /** The body above the issuer, in capitals in the header ("ĐẢNG BỘ TỈNH SƠN HÀ"). */
  body: text.nullish(),
  /** The issuer ("BAN TỔ CHỨC TỈNH ỦY"); default: the province's Organization Committee. */
  issuer: text.nullish(),
  /** The issuer's abbreviation after the slash of the number ("BTCTU"). */
  symbol: text.nullish(),
  /** Whom the proposal is addressed to ("Ban Thường vụ Tỉnh ủy"). */
  addressee: text.nullish(),
  /** The place in "Sơn Hà, ngày … tháng … năm …". */
  place: text.nullish(),
  date: z
    .string()
    .refine((value) => parseDate(value) !== undefined, { message: 'must be a real calendar date YYYY-MM-DD' })
    .nullish(),
  /** The number of the proposal ("127" in "Số 127-TTr/BTCTU"). */
  number: z.union([text, z.number().int().positive()]).nullish().transform((value) => (value == null ? value : String(value))),
  /** A secrecy mark in a box under the number: true for "MẬT", or the mark's own words. */
  secrecy: z.union([z.boolean(), text]).nullish(),
  /** Why this round, in the proposal's first part (the scenario's description otherwise). */
  reason: text.nullish(),
  /** The signature block: on whose behalf ("T/M BAN TỔ CHỨC TỈNH ỦY"), the title, the name. */
  signer: z.strictObject({ behalf: text.nullish(), title: text.nullish(), name: text.nullish() }).nullish(),
  /** "Nơi nhận", one recipient a line; "Lưu …" comes last on its own. */
  recipients: z.array(text).nullish(),
});

export type PapersSection = z.output<typeof PapersSection>;
