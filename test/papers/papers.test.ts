// `rotaplan papers`: the five files, their bytes (deterministic), their format in the document
// XML (A4, Times New Roman, page numbers from page 2), and their text as LibreOffice reads it
// back (every rotated cadre's name, current and proposed post in the list, the ballot and the
// summaries; the proposal's header block, type and signature block). The LibreOffice part is
// skipped when soffice is not installed (.ci/run installs it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePapers, PAPER_FILES, type PapersResult } from '../../src/papers/papers.ts';
import { postText } from '../../src/papers/facts.ts';
import { columnWidths } from '../../src/papers/format.ts';
import { readZip } from '../../src/papers/zip.ts';
import { loadRound } from '../../src/scenario/load-round.ts';
import { runLines } from '../support/cli.ts';
import { roundVi } from '../report/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-papers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));

type Ok = Extract<PapersResult, { ok: true }>;
async function papers(lang?: 'vi' | 'en', flags = {}): Promise<Ok> {
  const result = await makePapers({ file: roundVi, plan: 1, top: 3, lang, flags });
  if (!result.ok) throw new Error('no plan');
  return result;
}

function entry(bytes: Buffer, name: string): string {
  const found = readZip(bytes).get(name);
  if (!found) throw new Error(`${name} missing`);
  return found.toString('utf8');
}

describe('rotaplan papers: the files', () => {
  let vi: Ok;
  beforeAll(async () => {
    vi = await papers();
  });

  it('writes the five papers, the same bytes on every run', async () => {
    expect(vi.files.map((f) => f.name)).toEqual([...PAPER_FILES]);
    const again = await papers();
    for (const [i, file] of vi.files.entries()) expect(again.files[i]!.bytes.equals(file.bytes), file.name).toBe(true);
  });

  it('stamps no clock time: core.xml carries the round’s date, zip entries 1980-01-01', () => {
    for (const file of vi.files) {
      const core = entry(file.bytes, 'docProps/core.xml');
      expect(core).toContain('2027-01-01T00:00:00Z');
      for (const [, stamp] of core.matchAll(/<dcterms:\w+[^>]*>([^<]*)</g)) expect(stamp).toBe('2027-01-01T00:00:00Z');
      // Local headers: the DOS date of every entry is 1980-01-01.
      expect(file.bytes.readUInt16LE(12)).toBe(0x21);
    }
  });

  it('lays every Word paper on A4 in Times New Roman, page numbers from page 2', () => {
    for (const file of vi.files.filter((f) => f.name.endsWith('.docx'))) {
      const xml = entry(file.bytes, 'word/document.xml');
      const size = xml.match(/<w:pgSz [^>]*>/g)!;
      for (const tag of size) {
        const w = Number(tag.match(/w:w="(\d+)"/)![1]);
        const h = Number(tag.match(/w:h="(\d+)"/)![1]);
        expect([w, h].sort((a, b) => a - b), file.name).toEqual([11906, 16838]);
      }
      expect(xml).toContain('w:ascii="Times New Roman"');
      expect(entry(file.bytes, 'word/styles.xml')).toContain('Times New Roman');
      expect(xml).toContain('<w:titlePg/>');
      expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    }
    expect(entry(vi.files[1]!.bytes, 'word/document.xml')).toContain('w:orient="landscape"');
  });

  it('lists every rotation in the workbook', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(vi.files[2]!.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const text: string[] = [];
    sheet.eachRow((row) => text.push((row.values as unknown[]).map((v) => (v == null ? '' : String(v))).join('\t')));
    const all = text.join('\n');
    const { round } = loadRound(roundVi);
    for (const r of vi.facts.rotations) {
      const line = text.find((t) => t.includes(r.name))!;
      expect(line, r.name).toBeDefined();
      expect(line).toContain(r.from);
      expect(line).toContain(r.to);
    }
    expect(all).toContain('DANH SÁCH');
    expect(round.cadres.size).toBeGreaterThan(vi.facts.rotations.length);
    // The header block of the Word list, and no secrecy mark unless asked for.
    for (const words of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN TỔ CHỨC TỈNH ỦY', '-DS/BTCTU']) expect(all).toContain(words);
    expect(all).not.toContain('MẬT');
    const secret = new ExcelJS.Workbook();
    await secret.xlsx.load((await papers('vi', { secret: true })).files[2]!.bytes as unknown as ArrayBuffer);
    const marks: string[] = [];
    secret.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void (cell.value === 'MẬT' && marks.push(cell.address))));
    expect(marks).toEqual(['B5']); // under the number (row 4)
  });

  it('renders in English with --lang en', async () => {
    const en = await papers('en');
    expect(entry(en.files[0]!.bytes, 'word/document.xml')).toContain('PROPOSAL');
    expect(entry(en.files[0]!.bytes, 'word/document.xml')).toContain('COMMUNIST PARTY OF VIET NAM');
  });
});

/** The text of a Word paper's body, paragraphs on their own lines (from the XML, without LibreOffice). */
function docText(bytes: Buffer): string {
  return entry(bytes, 'word/document.xml')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('ruled tables', () => {
  it('give a column at least its longest word, the rest by shares, the whole width in all', () => {
    const columns = [{ title: 'STT', share: 6 }, { title: 'Dân tộc', share: 7 }, { title: 'Ghi chú', share: 80 }];
    const rows = [['1', "H'Mông", 'a note'], ['2', 'Kinh', '']];
    const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
    const widths = columnWidths(columns, rows, 10_000, 12);
    expect(sum(widths)).toBe(10_000);
    // "H'Mông" at 12 pt needs about 800 twips and the margins 216: more than its share (753).
    const hmong = 216 + 6 * 12 * 20 * 0.56;
    expect(widths[1]).toBeGreaterThanOrEqual(hmong);
    expect(widths[0]).toBeLessThan(widths[1]!);
    // A word too long for any column (a web address in a note) gives up its own column's guarantee only.
    const url = [['1', "H'Mông", `https://example.org/${'x'.repeat(120)}`]];
    const withUrl = columnWidths(columns, url, 10_000, 12);
    expect(sum(withUrl)).toBe(10_000);
    expect(withUrl[1]).toBeGreaterThanOrEqual(hmong);
    // Too narrow for every word: still the whole width, in whole twips.
    expect(sum(columnWidths(columns, rows, 1_000, 12))).toBe(1_000);
    expect(sum(columnWidths(columns.map((c) => ({ ...c, share: 0 })), rows, 9_999, 12))).toBe(9_999);
  });
});

describe('rotaplan papers on a version 2 round', () => {
  it('prints titles by name, the kind, the profile, the ratings, the career and the notes', async () => {
    const result = await makePapers({ file: join(import.meta.dirname, 'fixtures', 'round-v2.yaml'), plan: 1, top: 1, flags: {} });
    if (!result.ok) throw new Error('no plan');
    const [proposal, list, , summaries, ballot] = result.files.map((f) => (f.name.endsWith('.docx') ? docText(f.bytes) : ''));
    // A title ending in the unit's first word runs on into its name, as the committee writes it.
    const to = 'Bí thư Đảng ủy xã Bình Minh';
    for (const paper of [proposal!, list!, summaries!, ballot!]) {
      expect(paper).toContain('Trần Thị Bình');
      expect(paper).toContain('Phó Giám đốc Sở Tài chính');
      expect(paper).toContain(to);
    }
    // Why a move is proposed: what it brings, never the score's points or costs.
    expect(summaries).toMatch(/Lý do đề xuất:\nđáp ứng mục tiêu đào tạo, rèn luyện của cán bộ: “co-so”\ncó kinh nghiệm phù hợp yêu cầu của vị trí: “dang”\n/);
    expect(summaries).not.toMatch(/\([+−]\d+\)|chi phí/);
    expect(list).toContain('ngang cấp');
    expect(list).toContain('BTV cho chủ trương ngày 20/5/2027');
    // A note that already says what its lead says is not said twice.
    expect(list).not.toContain('Ban Thường vụ đã cho chủ trương: BTV cho chủ trương');
    expect(list).toContain('Tự nguyện xin về cơ sở');
    expect(list).toContain('Tày');
    for (const words of ['Tày', 'Thạc sĩ Kinh tế', 'Cao cấp', 'Tỉnh ủy viên', 'Ngày vào Đảng:', '2005', 'năm 2026: Hoàn thành tốt nhiệm vụ', '05/2015 – 07/2019: Phó Giám đốc Sở, Xã An Bình (luân chuyển)', 'HT; Xã An Bình']) {
      expect(summaries, words).toContain(words);
    }
    // The pin's note is the committee's decision in the proposal too.
    expect(proposal).toContain('BTV cho chủ trương ngày 20/5/2027');
    expect(proposal).toContain('(ngang cấp)');
  });
});

describe.skipIf(!soffice)('rotaplan papers read back by LibreOffice', () => {
  const text = new Map<string, string>();
  let facts: Ok['facts'];

  beforeAll(async () => {
    const result = await papers('vi', { place: 'Thử Nghiệm', date: '2027-05-20', number: '127' });
    facts = result.facts;
    for (const file of result.files) writeFileSync(join(dir, file.name), file.bytes);
    const docx = result.files.filter((f) => f.name.endsWith('.docx')).map((f) => join(dir, f.name));
    // A profile of its own, so that another LibreOffice running on the machine does not interfere.
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir, 'txt'), ...docx], { stdio: 'ignore', timeout: 60_000 });
    for (const name of readdirSync(join(dir, 'txt'))) text.set(name.replace(/\.txt$/, '.docx'), readFileSync(join(dir, 'txt', name), 'utf8'));
  }, 90_000);

  it('names every rotated cadre with the current and the proposed post in the list, the ballot and the summaries', () => {
    const { round } = loadRound(roundVi);
    expect(facts.rotations.length).toBeGreaterThan(0);
    for (const name of ['danh-sach.docx', 'phieu-bieu-quyet.docx', 'trich-ngang.docx', 'to-trinh.docx']) {
      const paper = text.get(name)!;
      expect(paper, name).toBeDefined();
      for (const r of facts.rotations) {
        expect(paper, `${name}: ${r.name}`).toContain(r.name);
        expect(paper, `${name}: ${r.from}`).toContain(r.from);
        expect(paper, `${name}: ${r.to}`).toContain(r.to);
      }
    }
    // The texts are the posts' own words.
    const from = [...round.posts.keys()].map((id) => postText(round, id));
    expect(facts.rotations.every((r) => from.includes(r.from) && from.includes(r.to))).toBe(true);
  });

  it('gives the proposal its header block, type, request and signature block', () => {
    const paper = text.get('to-trinh.docx')!;
    for (const line of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG BỘ TỈNH',
      'BAN TỔ CHỨC TỈNH ỦY',
      'Số 127-TTr/BTCTU',
      'Thử Nghiệm, ngày 20 tháng 5 năm 2027',
      'TỜ TRÌNH',
      'về việc luân chuyển cán bộ',
      'Kính gửi: Ban Thường vụ Tỉnh ủy',
      'V. ĐỀ NGHỊ',
      'T/M BAN TỔ CHỨC TỈNH ỦY',
      'TRƯỞNG BAN',
      'Nơi nhận:',
      '- Lưu BTCTU.',
    ]) {
      expect(paper, line).toContain(line);
    }
    // Nothing given for the signer: a dotted blank, not an invented name.
    expect(paper).toContain('……………………');
  });

  it('gives the ballot its boxes and no signature', () => {
    const paper = text.get('phieu-bieu-quyet.docx')!;
    expect(paper).toContain('PHIẾU BIỂU QUYẾT');
    expect(paper).toContain('Đồng ý');
    expect(paper).toContain('Không đồng ý');
    expect(paper).not.toContain('T/M');
  });
});

describe('rotaplan papers on the command line', () => {
  it('writes the five files into a new directory, and replaces only them in an existing one', async () => {
    const out = join(dir, 'new');
    const first = await runLines('papers', roundVi, '--out', out);
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...PAPER_FILES].sort());
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const second = await runLines('papers', roundVi, '--out', out, '--lang', 'en');
    expect(second.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...PAPER_FILES, 'keep.txt'].sort());
    expect(entry(readFileSync(join(out, 'to-trinh.docx')), 'word/document.xml')).toContain('PROPOSAL');
  });

  it('writes nothing on bad usage, a missing plan or a missing directory', async () => {
    const out = join(dir, 'never');
    expect((await runLines('papers', roundVi, '--out', out, '--date', '2027-02-30')).code).toBe(2);
    expect((await runLines('papers', roundVi, '--out', out, '--plan', '0')).code).toBe(2);
    const missing = await runLines('papers', roundVi, '--out', out, '--plan', '40', '--top', '1');
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toContain('40');
    expect((await runLines('papers', roundVi, '--out', join(dir, 'no', 'such', 'dir'))).code).toBe(2);
    // `-` is standard output elsewhere: never a directory named "-".
    const dash = await runLines('papers', roundVi, '--out', '-');
    expect(dash.code).toBe(2);
    expect(dash.err[0]).toBe('rotaplan: --out must name a directory: five papers cannot go to standard output (-)');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('reads the opt-in papers: section and names a wrong field by its path', async () => {
    const base = readFileSync(roundVi, 'utf8');
    const good = join(dir, 'with-papers.yaml');
    writeFileSync(good, `${base}\npapers: { issuer: "Ban Tổ chức Tỉnh ủy Thử Nghiệm", place: "Thử Nghiệm", number: 12, secrecy: true, signer: { name: "Nguyễn Văn Ký" } }\n`);
    const out = join(dir, 'section');
    expect((await runLines('papers', good, '--out', out)).code).toBe(0);
    const xml = entry(readFileSync(join(out, 'to-trinh.docx')), 'word/document.xml');
    for (const words of ['BAN TỔ CHỨC TỈNH ỦY THỬ NGHIỆM', 'Số 12-TTr/BTCTU', 'MẬT', 'Nguyễn Văn Ký']) expect(xml).toContain(words);
    const bad = join(dir, 'bad-papers.yaml');
    writeFileSync(bad, `${base}\npapers: { isuer: "x" }\n`);
    const result = await runLines('validate', bad);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain('papers');
  });
});
