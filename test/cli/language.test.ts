// Every command of the planner's daily work speaks the scenario's language, or --lang's:
// validate, solve, check, compare and sweep, in Vietnamese and in English. A Vietnamese
// output uses the committee's words and never shows a title's id where the catalogue names it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { run, tempDir } from '../support/cli.ts';

const ROOT = join(import.meta.dirname, '../..');
const SMALL = join(ROOT, 'scenarios/small.yaml');

/** A version 2 round whose file says `language: vi`. */
const ROUND_VI = join(ROOT, 'test/report/fixtures/round-vi.yaml');

describe('--lang vi and --lang en', () => {
  it('validate', async () => {
    const vi = await run(['validate', SMALL, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Tệp hợp lệ\. Đợt: Sample province, round 2027-1; Thời điểm tính: 01\/01\/2027$/m);
    expect(vi.out).toMatch(/^vị trí\s+\d+ \(\d+ để trống, \d+ phải kiện toàn\)$/m);
    expect(vi.out).toMatch(/^Ban Thường vụ đã cho chủ trương\s+1$/m);
    const en = await run(['validate', SMALL, '--lang', 'en']);
    expect(en.out).toMatch(/^valid: Sample province, round 2027-1, as of 2027-01-01$/m);
  });

  it('solve: committee words, the kind of each move, pins and must-fill posts noted', async () => {
    const vi = await run(['solve', SMALL, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Phương án 1: tổng điểm 26, 3 trường hợp luân chuyển, tối ưu đã kiểm chứng$/m);
    for (const word of ['Nhân sự đề xuất', 'Hình thức', 'ngang cấp', 'Ban Thường vụ đã cho chủ trương', 'kiện toàn vị trí bắt buộc', 'Thời điểm tính: 01/01/2027']) {
      expect(vi.out).toContain(word);
    }
    expect(vi.out).not.toMatch(/\b(objective|proven|move\(s\)|plan)\b/);
    const en = await run(['solve', SMALL, '--lang', 'en']);
    expect(en.out).toMatch(/^Plan 1: objective 26, 3 move\(s\), proven optimal for its rank$/m);
    expect(en.out).toMatch(/\bsideways\b/);
  });

  it('the scenario\'s language is the default; --lang overrides it', async () => {
    expect((await run(['solve', ROUND_VI])).out).toMatch(/^Phương án 1: tổng điểm \d+/m);
    expect((await run(['solve', ROUND_VI, '--lang', 'en'])).out).toMatch(/^Plan 1: objective \d+/m);
    expect((await run(['validate', ROUND_VI])).out).toMatch(/^Tệp hợp lệ/);
  });

  it('a version 1 file may not say its language (8.1): --lang does', async () => {
    const file = tempDir().write('vi.yaml', { extends: SMALL, language: 'vi' });
    const refused = await run(['validate', file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('language: is a version 2 field (this file says version: 1)');
  });

  it('check: rule codes only beside plain words', async () => {
    const files = tempDir();
    const plan = files.write('plan.json', { moves: [{ cadre: 'C-07', from: 'P-LN-SEC', to: 'P-FIN-DIR' }] });
    const vi = await run(['check', SMALL, plan, '--lang', 'vi']);
    expect(vi.code).toBe(1);
    const lines = vi.err.trim().split('\n');
    expect(lines.at(-1)).toBe('Phương án không khả thi: 3 trường hợp vi phạm quy định');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\p{L}[^:]* \((E[1-4]|P[1-6]|S|K|R|Q)\): /u);
    const en = await run(['check', SMALL, plan, '--lang', 'en']);
    expect(en.err).toMatch(/^P2: /m);
    const solved = files.write('solved.json', JSON.parse((await run(['solve', SMALL, '--json'])).out));
    expect((await run(['check', SMALL, solved, '--lang', 'vi'])).out).toMatch(/^Phương án khả thi: 3 trường hợp luân chuyển, tổng điểm 26$/m);
  });

  it('check --json: each violation\'s message in the language asked for, titles by their names', async () => {
    const files = tempDir();
    const plan = files.write('plan.json', { moves: [{ cadre: 'C-07', from: 'P-LN-SEC', to: 'P-FIN-DIR' }] });
    const vi = JSON.parse((await run(['check', SMALL, plan, '--lang', 'vi', '--json'])).out) as { violations: { rule: string; message: string }[] };
    expect(vi.violations.length).toBeGreaterThan(0);
    const en = JSON.parse((await run(['check', SMALL, plan, '--lang', 'en', '--json'])).out) as typeof vi;
    expect(vi.violations.map((v) => v.rule)).toEqual(en.violations.map((v) => v.rule));
    const p2 = (answer: typeof vi) => answer.violations.find((v) => v.rule === 'P2')!.message;
    expect(p2(vi)).toMatch(/^vị trí /);
    expect(p2(en)).toMatch(/^post /);
  });

  it('compare', async () => {
    const files = tempDir();
    const strict = files.write('strict.yaml', { extends: SMALL, name: 'strict', policy: { maxMoves: 2 } });
    const vi = await run(['compare', SMALL, strict, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^So sánh 2 phương án giả định/m);
    expect(vi.out).toMatch(/^tổng điểm\s+26\s+\d+$/m);
    expect(vi.out).toMatch(/^tối ưu đã kiểm chứng\s+có\s+có$/m);
    expect(vi.out).toMatch(/^Khác biệt so với small/m);
    expect(vi.out).toMatch(/\[(ngang cấp|chức danh khác)\]$/m);
    const en = await run(['compare', SMALL, strict, '--lang', 'en']);
    expect(en.out).toMatch(/^objective\s+26\s+\d+$/m);
  });

  it('sweep: a policy field by its meaning, not its path', async () => {
    const vi = await run(['sweep', SMALL, '--set', 'policy.maxMoves=none,1', '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('số trường hợp tối đa ∈ {không giới hạn, 1}');
    expect(vi.out).not.toContain('policy.maxMoves');
    const en = await run(['sweep', SMALL, '--set', 'policy.maxMoves=none,1', '--lang', 'en']);
    expect(en.out).toContain('policy.maxMoves ∈ {none, 1}');
  });
});

describe('a version 2 round in Vietnamese', () => {
  const V2 = join(ROOT, 'test/fixtures/contract/example-601.yaml');
  const titleIds = ['pho-truong-phong', 'chuyen-vien-chinh', 'truong-phong', 'xa-pho-ct', 'xa-chu-tich', 'xa-bi-thu', 'so-pgd', 'so-gd', 'ban-pho', 'ban-truong', 'tinh-pct'];
  const noTitleId = (text: string) => {
    for (const id of titleIds) expect(text, id).not.toMatch(new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`, 'm'));
  };

  it('shows every title by its catalogue name, never its id (validate, solve, check, compare, sweep)', async () => {
    const files = tempDir();
    const solved = await run(['solve', V2, '--top', '2', '--lang', 'vi']);
    expect(solved.code).toBe(0);
    expect(solved.out).toMatch(/Chủ tịch UBND xã|Phó Chủ tịch UBND xã|Bí thư Đảng ủy xã/);
    expect(solved.out).toMatch(/ngang cấp|cao hơn|thấp hơn/);
    noTitleId(solved.out);
    const plan = files.write('plan.json', JSON.parse((await run(['solve', V2, '--json'])).out));
    const checked = await run(['check', V2, plan, '--lang', 'vi']);
    expect(checked.code).toBe(0);
    noTitleId(checked.out + checked.err);
    const overlay = files.write('cap.yaml', { extends: V2, name: 'cap', policy: { maxMoves: 1 } });
    const compared = await run(['compare', V2, overlay, '--lang', 'vi']);
    expect(compared.code).toBe(0);
    noTitleId(compared.out);
    const validated = await run(['validate', V2, '--lang', 'vi']);
    expect(validated.out).toMatch(/^chức danh\s+11 \(\d+ chủ chốt\)$/m);
    const swept = await run(['sweep', V2, '--set', 'policy.stability.maxKeyChangesPerUnit=1,none', '--lang', 'vi']);
    expect(swept.code).toBe(0);
    expect(swept.out).toContain('số chức danh chủ chốt thay đổi tối đa mỗi đơn vị ∈ {1, không giới hạn}');
    noTitleId(swept.out);
  });

  it('a broken plan: each broken rule in plain words with its code, titles by name', async () => {
    const files = tempDir();
    const solved = JSON.parse((await run(['solve', V2, '--json'])).out);
    const [first] = solved.plans[0].moves as { cadre: string; from: string; to: string }[];
    // The first move twice over: P1 (a cadre moves once) is broken.
    const plan = files.write('twice.json', { moves: [first, { ...first, to: first!.from }] });
    const checked = await run(['check', V2, plan, '--lang', 'vi']);
    expect(checked.code).toBe(1);
    for (const line of checked.err.trim().split('\n').slice(0, -1)) expect(line).toMatch(/^\p{L}[^:]* \((E[1-4]|P[1-6]|S|K|R|Q)\): /u);
    noTitleId(checked.err);
  });
});
