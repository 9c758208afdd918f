// The rendered structure of the report in its three formats and two languages.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRound } from '../../src/scenario/load-round.ts';
import { localityName } from '../../src/scenario/round.ts';
import { planMetrics } from '../../src/compare/metrics.ts';
import { comparePlans } from '../../src/compare/diff.ts';
import { reportEn } from '../../src/i18n/report-en.ts';
import { reportVi } from '../../src/i18n/report-vi.ts';
import { BOM, csvField } from '../../src/report/csv.ts';
import { messagesFor, ruleTitle } from '../../src/report/messages.ts';
import { ELIGIBILITY_RULES, PLAN_RULES } from '../../src/rules/registry.ts';
import { alternativeVerdict, bestWithText, otherPlanLines, structureRows } from '../../src/report/text.ts';
import { esc } from '../../src/report/escape.ts';
import { renderHtml } from '../../src/report/html.ts';
import { filesAsGiven } from '../../src/report/report.ts';
import { bigScenario, fixtures, readCsv, report, roundEmpty, roundNotes, roundOverlay, roundVi } from './helpers.ts';

const { round } = loadRound(roundVi);
const names = [...round.cadres.values()].map((cadre) => cadre.name!).filter(Boolean);

/** The HTML of one plan's article in section 3. */
function article(html: string, rank: number): string {
  const start = html.indexOf(`<article id="plan-${rank}">`);
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</article>', start));
}

/** Cells of the side-by-side table, by row label. */
function compareTable(html: string): Map<string, string[]> {
  const table = html.slice(html.indexOf('<table class="compare">'), html.indexOf('</table>', html.indexOf('<table class="compare">')));
  const rows = new Map<string, string[]>();
  for (const [, row] of table.matchAll(/<tr>(.*?)<\/tr>/g)) {
    const cells = [...row!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!);
    rows.set(cells[0]!, cells.slice(1));
  }
  return rows;
}

describe('HTML report', () => {
  it('defaults to the scenario language; plan 1 in full, every other plan by what it changes', async () => {
    const { content: html, outcome, model } = await report({ file: roundVi, top: 3, format: 'html' });
    expect(model.lang).toBe('vi');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Báo cáo các phương án luân chuyển cán bộ trình Ban Thường vụ');
    expect(outcome.plans.length).toBe(3);
    const [best, ...rest] = outcome.plans;
    const rowsOf = (part: string) => (part.match(/<tr>/g) ?? []).length - (part.includes('<table') ? 1 : 0);
    expect(rowsOf(article(html, 1))).toBe(best!.moves.length);
    for (const move of best!.moves) expect(article(html, 1)).toContain(round.cadres.get(move.cadre)!.name!);
    for (const plan of rest) {
      const diff = comparePlans(best!, plan);
      const part = article(html, plan.rank);
      // Only the moves plan 1 does not make get a row: no table is repeated.
      expect(rowsOf(part)).toBe(diff.onlyB.length);
      for (const move of diff.onlyB) expect(part).toContain(round.cadres.get(move.cadre)!.name!);
      expect(part).toContain(messagesFor('vi').sameAsBest(diff.both.length, []).slice(0, 20));
    }
  });

  it('puts a summary first: plan 1’s rotations with kind, chain and notes, the structure, the vacant posts, a line per other plan', async () => {
    const { content: html, model } = await report({ file: roundVi, top: 3, format: 'html' });
    const msg = messagesFor('vi');
    const summary = html.slice(html.indexOf('<section id="summary">'), html.indexOf('</section>', html.indexOf('<section id="summary">')));
    expect(html.indexOf('<section id="summary">')).toBeLessThan(html.indexOf('<section id="round">'));
    const best = model.plans[0]!;
    for (const move of best.moves) {
      expect(summary).toContain(move.cadre);
      expect(summary).toContain(msg.kindWord(move.kind));
    }
    for (const row of structureRows(best, msg)) for (const cell of row) expect(summary).toContain(cell);
    expect(summary).toContain('Hoàng Văn Đức (C05) chuyển đi; sẽ bổ nhiệm hoặc bố trí ở đợt sau');
    for (const line of otherPlanLines(model.plans, msg)) expect(summary).toContain(esc(line));
    expect(otherPlanLines(model.plans, msg).length).toBe(model.plans.length - 1);
  });

  it('keeps a chain’s label across plans', async () => {
    const { model } = await report({ file: roundVi, top: 3, format: 'html' });
    const byMoves = new Map<string, number>();
    for (const plan of model.plans) {
      for (const chain of plan.chains) {
        const signature = chain.moves.map((i) => `${plan.moves[i]!.cadreId}>${plan.moves[i]!.to.id}`).sort().join(',');
        const seen = byMoves.get(signature);
        if (seen !== undefined) expect(chain.label).toBe(seen);
        byMoves.set(signature, chain.label);
      }
    }
    // Different chains, different labels.
    expect(new Set(byMoves.values()).size).toBe(byMoves.size);
    expect(model.plans.slice(1).some((plan) => plan.chains.some((chain) => model.plans[0]!.chains.some((c) => c.label === chain.label)))).toBe(true);
  });

  it('shows every note of the scenario where its move, objection or decision is', async () => {
    const { content: html, model } = await report({ file: roundNotes, top: 3, format: 'html' });
    const summary = html.slice(0, html.indexOf('<section id="round">'));
    const pinned = model.plans[0]!.moves.find((m) => m.cadreId === 'C03')!;
    expect(pinned.pinNote).toBe('BTV cho chủ trương ngày 20/5/2027');
    expect(summary).toContain('BTV cho chủ trương ngày 20/5/2027');
    expect(summary).toContain('Tự nguyện xin về cơ sở');
    const alternatives = html.slice(html.indexOf('<section id="alternatives">'));
    const msg = messagesFor('vi');
    // A candidate kept out by the committee's pin or forbid is said to be so, with the note.
    expect(alternatives).toContain(esc(msg.decisionBlocked('pin', 'BTV cho chủ trương ngày 20/5/2027')));
    expect(alternatives).toContain(esc(msg.decisionBlocked('forbid', 'Chờ kết luận thanh tra')));
    // An objection that keeps a candidate out is shown with its reason.
    expect(alternatives).toContain(esc('Xã Bình Minh đề nghị giữ ổn định'));
    const anonymous = await report({ file: roundNotes, top: 1, format: 'html', anonymize: true });
    expect(anonymous.content).not.toContain('Tự nguyện xin về cơ sở');
    expect(anonymous.content).not.toContain('Chờ kết luận thanh tra');
    expect(anonymous.content).not.toContain('Xã Bình Minh đề nghị giữ ổn định');
  });

  it('keeps the page title under 70 characters', async () => {
    const { model } = await report({ file: roundVi, top: 1, format: 'html' });
    const long = { ...model, scenario: { ...model.scenario, name: 'Tỉnh Thử Nghiệm có một cái tên rất dài, đợt luân chuyển thứ hai năm 2027 và hơn nữa' } };
    for (const m of [model, long]) {
      const title = renderHtml(m).match(/<title>([^<]*)<\/title>/)![1]!;
      expect(title.length).toBeLessThan(70);
    }
  });

  it('shows the metrics of planMetrics for each plan', async () => {
    const { content: html, outcome } = await report({ file: roundVi, top: 3, format: 'html' });
    const msg = messagesFor('vi');
    const table = compareTable(html);
    outcome.plans.forEach((plan, i) => {
      const m = planMetrics(round, plan);
      expect(table.get(msg.metricObjective)![i]).toBe(msg.number(plan.objective));
      expect(table.get(msg.metricMoves)![i]).toBe(msg.number(m.moves));
      expect(table.get(msg.metricUnitsTouched)![i]).toBe(msg.number(new Set([...m.unitsLosing, ...m.unitsReceiving]).size));
      expect(table.get(msg.metricWomen)![i]).toBe(msg.percent(m.shares.women));
      expect(table.get(msg.metricYoung)![i]).toBe(msg.percent(m.shares.young));
      expect(table.get(msg.metricMinority)![i]).toBe(msg.percent(m.shares.minority));
      expect(table.get(msg.metricGoals)![i]).toBe(msg.number(m.goals.tagsMatched));
      expect(table.get(msg.metricObjections)![i]).toBe(msg.number(m.softObjections.length));
      expect(table.get(msg.metricKeyNonLocal)![i]).toBe(msg.number(m.keyPosts.heldByNonLocal));
      expect(table.get(msg.metricVacancies)![i]).toBe(msg.number(m.vacancies.length));
    });
  });

  it('names the swap and the chain, the overridden objection and its note', async () => {
    const { content: html } = await report({ file: roundVi, top: 3, format: 'html' });
    const plan2 = article(html, 2);
    expect(plan2).toContain('Hoán đổi');
    expect(html).toContain('Chuỗi');
    expect(plan2).toContain('Bản thân cán bộ không đồng ý');
    expect(plan2).toContain('Gia đình có hoàn cảnh khó khăn');
  });

  it('shows how each plan differs from plan 1, and the posts each leaves vacant', async () => {
    const { content: html, outcome, model } = await report({ file: roundVi, top: 3, format: 'html' });
    const [best, ...rest] = outcome.plans;
    for (const plan of rest) {
      const diff = comparePlans(best!, plan);
      const view = model.plans[plan.rank - 1]!.versusBest!;
      expect([view.added.length, view.dropped.length, view.common]).toEqual([diff.onlyB.length, diff.onlyA.length, diff.both.length]);
      expect(html).toContain(esc(otherPlanLines(model.plans, messagesFor('vi'))[plan.rank - 2]!));
    }
    expect(model.plans[0]!.versusBest).toBeNull();
    // Plan 1 takes Hoàng Văn Đức from the board-deputy post and nobody replaces him.
    expect(html).toContain('Hoàng Văn Đức (C05) chuyển đi; sẽ bổ nhiệm hoặc bố trí ở đợt sau');
  });

  it('lists the alternatives for key posts, with the local candidate blocked by E3', async () => {
    const { content: html, model } = await report({ file: roundVi, top: 3, format: 'html' });
    const key = model.plans[0]!.keyPosts.find((k) => k.post.id === 'P-XC-BT')!;
    expect(key.nonLocal && key.mustFill).toBe(true);
    const hang = key.alternatives.find((alt) => alt.cadre.includes('Vũ Thị Hằng'))!;
    expect(hang.eligible).toBe(false);
    expect(hang.blockedBy).toEqual(['E3']);
    expect(key.alternatives.some((alt) => alt.eligible && alt.bestWith !== null && alt.bestWith <= model.plans[0]!.objective)).toBe(true);
    const section = html.slice(html.indexOf('<section id="alternatives">'));
    expect(section).toContain('không đủ điều kiện (quy định E3)');
    // The place by its name, not the scenario's locality code ("XC").
    expect(section).toContain('Vũ Thị Hằng (C07) là người địa phương tại Phường Cẩm Thượng');
  });

  it('gives the input files with their SHA-256, the overlay first, and the tool version', async () => {
    const { content: html, model } = await report({ file: roundOverlay, top: 1, format: 'html' });
    expect(model.lang).toBe('en');
    expect(model.files.length).toBe(2);
    for (const file of model.files) {
      const sha = createHash('sha256').update(readFileSync(join(fixtures, file.path))).digest('hex');
      expect(file.sha256).toBe(sha);
      expect(html).toContain(sha);
    }
    // As given, never an absolute path of this machine: the overlay named absolutely shows as its name, its base relative to it.
    expect(model.files.map((f) => f.path)).toEqual(['round-overlay.yaml', 'round-vi.yaml']);
    expect(html).not.toContain(fixtures);
    expect(filesAsGiven('scenarios/whatif/a.yaml', [{ path: 'scenarios/whatif/a.yaml' }, { path: 'scenarios/province.yaml' }]).map((f) => f.path)).toEqual([
      'scenarios/whatif/a.yaml',
      'scenarios/province.yaml',
    ]);
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    expect(html).toContain(`rotaplan ${version}`);
  });

  it('escapes user text', async () => {
    const { content: html } = await report({ file: roundVi, top: 1, format: 'html' });
    expect(html).toContain('Vòng thử nghiệm &lt;nhỏ&gt; &amp; đủ các trường hợp');
    expect(html).not.toContain('<nhỏ>');
    // Unit names too, in the tables and inside the SVG diagram.
    expect(html).not.toContain('<thử>');
    const flows = html.slice(html.indexOf('<section id="flows">'), html.indexOf('<section id="alternatives">'));
    expect(flows).toContain('Sở Nội vụ &amp; Tổ chức &lt;thử&gt;');
  });

  it('is self-contained: no script, no link, no remote URL', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const { content: html } = await report({ file: roundVi, top: 3, format: 'html', lang });
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|\bsrc=/i);
      // url( only for the arrow markers inside the same document.
      for (const [ref] of html.matchAll(/url\([^)]*\)/g)) expect(ref).toMatch(/^url\(#/);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#/);
      expect(html).toContain('@page');
    }
  });
});

describe('every format', () => {
  const formats = ['html', 'md', 'csv'] as const;

  it('contains no remote URL', async () => {
    for (const format of formats) {
      for (const lang of ['en', 'vi'] as const) {
        const { content } = await report({ file: roundVi, top: 3, format, lang });
        expect(content).not.toMatch(/https?:\/\//i);
      }
    }
  });

  it('is byte-identical from the same input, unless stamped', async () => {
    for (const format of formats) {
      const a = await report({ file: roundVi, top: 3, format, lang: 'en' });
      const b = await report({ file: roundVi, top: 3, format, lang: 'en', alternatives: 3 });
      expect(b.content).toBe(a.content);
    }
    const stamped = await report({ file: roundVi, top: 1, format: 'html', stamp: '2027-01-02T03:04:05Z' });
    expect(stamped.content).toContain('2027-01-02T03:04:05Z');
    const plain = await report({ file: roundVi, top: 1, format: 'html' });
    expect(plain.content).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('under --anonymize names no cadre and uses one stable pseudonym per cadre', async () => {
    const seen = new Map<string, Set<string>>();
    for (const format of formats) {
      for (const lang of ['en', 'vi'] as const) {
        const { content, model } = await report({ file: roundVi, top: 3, format, lang, anonymize: true });
        for (const name of names) expect(content).not.toContain(name);
        expect(content).not.toContain('Gia đình có hoàn cảnh khó khăn');
        expect(content).not.toMatch(/\bC0\d\b/);
        for (const plan of model.plans) {
          for (const move of plan.moves) {
            const codes = seen.get(move.cadreId) ?? new Set<string>();
            codes.add(move.cadreName.replace(/^\D+/, ''));
            seen.set(move.cadreId, codes);
          }
        }
      }
    }
    for (const codes of seen.values()) expect(codes.size).toBe(1);
    const { content } = await report({ file: roundVi, top: 3, format: 'html', anonymize: true });
    expect(content).toContain('Cán bộ #003');
  });
});

describe('a local\'s place', () => {
  it('is the locality a commune or ward names, else the code (a province\'s departments share it)', () => {
    const { round } = loadRound(roundVi);
    expect(localityName(round, 'XC')).toBe('Phường Cẩm Thượng');
    expect(localityName(round, 'HT')).toBe('HT');
    expect(localityName(round, 'nowhere')).toBe('nowhere');
  });
});

describe('posts without a name of their own', () => {
  it('go by their title\'s name in the catalogue, never by the title\'s id', async () => {
    const { content } = await report({ file: join(import.meta.dirname, '../papers/fixtures/round-v2.yaml'), top: 1, format: 'html' });
    const text = content.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Phó Giám đốc Sở (P-STC-PGD)');
    expect(text).not.toContain('so-pgd');
  });
});

describe('the rules table', () => {
  it('names every rule of the registry in words, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const msg = messagesFor(lang);
      for (const rule of [...ELIGIBILITY_RULES, ...PLAN_RULES]) expect(ruleTitle(msg, rule.name), `${lang} ${rule.name}`).not.toBe(rule.name);
    }
  });
});

describe('CSV', () => {
  it('starts with the BOM and has one RFC 4180 row per move per plan', async () => {
    const { content, outcome } = await report({ file: roundVi, top: 3, format: 'csv' });
    expect(content.startsWith(BOM)).toBe(true);
    expect(Buffer.from(content, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = readCsv(content.slice(1));
    const msg = messagesFor('vi');
    expect(rows[0]).toEqual([
      msg.csvRank, msg.csvObjective, msg.csvCadreId, msg.csvCadreName, msg.csvFromUnit, msg.csvFromPost, msg.csvToUnit, msg.csvToPost, msg.csvValue, msg.csvTerms,
      msg.csvKind, msg.csvChain, msg.csvNotes, msg.csvInBest,
    ]);
    const expected = outcome.plans.flatMap((plan) => plan.moves.map((move) => [String(plan.rank), String(plan.objective), move.cadre, round.cadres.get(move.cadre)!.name!]));
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual(expected);
    expect(rows.every((row) => row.length === 14)).toBe(true);
    // "in plan 1": yes for every move of plan 1, no for what another plan adds.
    const best = new Set(outcome.plans[0]!.moves.map((m) => `${m.cadre}>${m.to}`));
    const inBest = outcome.plans.flatMap((plan) => plan.moves.map((m) => (best.has(`${m.cadre}>${m.to}`) ? msg.yes : msg.no)));
    expect(rows.slice(1).map((row) => row[13])).toEqual(inBest);
  });

  it('lists score terms that add up to each move\'s value, the merit of version 2 among them (8.4)', async () => {
    const { content } = await report({ file: bigScenario, top: 1, format: 'csv', lang: 'vi' });
    const rows = readCsv(content.slice(1)).slice(1);
    const points = (terms: string) => [...terms.matchAll(/\(([+−-]\d+(?:[.,]\d+)?)\)/g)].map((m) => Number(m[1]!.replace('−', '-').replace(',', '.')));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(points(row[9]!).reduce((a, b) => a + b, 0)).toBeCloseTo(Number(row[8]!.replace(',', '.')), 9);
    expect(rows.some((row) => row[9]!.includes('xuất sắc'))).toBe(true);
    expect(messagesFor('en').termMerit(4)).toBe('latest rating excellent (+4)');
  });

  it('quotes fields as RFC 4180 says', () => {
    const awkward = ['plain', 'a, b', 'say "yes"', 'two\r\nlines', 'Xã Bình Minh'];
    expect(awkward.map(csvField)).toEqual(['plain', '"a, b"', '"say ""yes"""', '"two\r\nlines"', 'Xã Bình Minh']);
    expect(readCsv(`${awkward.map(csvField).join(',')}\r\n`)).toEqual([awkward]);
  });
});

describe('Markdown', () => {
  it('has the summary, the five sections and every move', async () => {
    const { content, outcome } = await report({ file: roundVi, top: 3, format: 'md', lang: 'en' });
    for (const title of [reportEn.sectionSummary, reportEn.sectionRound, reportEn.sectionPlans, reportEn.sectionMoves, reportEn.sectionFlows, reportEn.sectionAlternatives]) {
      expect(content).toContain(`## ${title}`);
    }
    for (const plan of outcome.plans) for (const move of plan.moves) expect(content).toContain(round.cadres.get(move.cadre)!.name!);
    expect(content).toContain('Vòng thử nghiệm \\<nhỏ\\> & đủ các trường hợp');
  });
});

describe('catalogues', () => {
  it('English and Vietnamese have the same keys, all filled', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((sub) => `${k}.${sub}`) : [k])).sort();
    expect(keys(reportVi)).toEqual(keys(reportEn));
    for (const [key, value] of Object.entries(reportVi)) {
      if (typeof value === 'string') expect(value.length, key).toBeGreaterThan(0);
    }
  });

  it('Vietnamese uses the committee’s terms with their diacritics', () => {
    const text = JSON.stringify(reportVi);
    for (const term of ['phương án', 'luân chuyển', 'quy hoạch', 'đơn vị đi', 'đơn vị đến', 'cán bộ', 'vị trí', 'Ban Thường vụ']) {
      expect(text).toContain(term);
    }
    expect(reportVi.number(12.5)).toBe('12,5');
    expect(reportVi.date('2027-01-01')).toBe('01/01/2027');
  });
});

describe('a round whose best plan moves nobody', () => {
  it('renders the empty plan in every format', async () => {
    for (const format of ['html', 'md', 'csv'] as const) {
      const { content, model } = await report({ file: roundEmpty, top: 2, format });
      expect(model.plans[0]!.moves).toEqual([]);
      if (format === 'csv') {
        // Only the moves of plan 2 (the empty plan has none).
        expect(readCsv(content.slice(1)).length).toBe(1 + model.plans[1]!.moves.length);
      } else {
        expect(content).toContain(messagesFor('vi').emptyPlan);
        // The summary counts the posts vacant before and after (every one is, in a plan that moves nobody).
        expect(content).toContain(messagesFor('vi').vacantStillCount(model.plans[0]!.vacant.length));
        // Nothing is compared with an empty plan 1 as if it were a table to repeat: plan 2 shows what it adds.
        expect(content).toContain(messagesFor('vi').addedMovesHeading(2));
      }
    }
  });
});

describe('verdicts on alternatives', () => {
  it('say blocked, impossible, lost by so much, or cut short by the time limit', () => {
    const msg = messagesFor('en');
    expect(alternativeVerdict({ eligible: false, blockedBy: ['E2', 'E3'], bestWith: null, proven: true }, 40, msg)).toBe(msg.altBlocked(['E2', 'E3']));
    expect(alternativeVerdict({ eligible: true, blockedBy: [], bestWith: null, proven: true }, 40, msg)).toBe(msg.altNoPlan);
    expect(alternativeVerdict({ eligible: true, blockedBy: [], bestWith: null, proven: false }, 40, msg)).toBe(msg.altUnknown);
    expect(alternativeVerdict({ eligible: true, blockedBy: [], bestWith: 35, proven: true }, 40, msg)).toContain('scores 5 less');
    expect(alternativeVerdict({ eligible: true, blockedBy: [], bestWith: 35, proven: false }, 40, msg)).toContain(msg.altNotProven);
    expect(bestWithText({ bestWith: 35, proven: false }, msg)).toBe('≥ 35');
    expect(bestWithText({ bestWith: 35.5, proven: true }, messagesFor('vi'))).toBe('35,5');
  });
});
