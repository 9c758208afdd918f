// End to end: the HTML report opened in headless Chromium (Debian's chromium, driven by
// playwright-core) from a file, offline: the rendered text, no console error, no request for
// anything outside the file; axe-core finds no violation; printed on A4 the summary takes at
// most 2 pages and the whole under 12 for 3 plans; a screenshot and the PDF are kept under
// test-artifacts/report/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { comparePlans } from '../../src/compare/diff.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadRound } from '../../src/scenario/load-round.ts';
import { messagesFor } from '../../src/report/messages.ts';
import { metricRows } from '../../src/report/text.ts';
import { bigScenario, report, roundVi } from './helpers.ts';

const artifacts = resolve('test-artifacts/report');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The pages of a PDF, each checked to be A4 (595 × 842 pt). */
function a4Pages(pdf: Buffer): number {
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  for (const [, w, h] of boxes) {
    expect(Math.abs(Number(w) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(h) - 842)).toBeLessThan(2);
  }
  return boxes.length;
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the HTML report in headless Chromium', () => {
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium (.ci/run does it)`);
    profile = mkdtempSync(join(tmpdir(), 'rotaplan-chromium-'));
    // A fresh profile directory for this run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1100, height: 1400 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  // No alternatives on the province keeps the test short (its why-not solves take a minute on a
  // busy machine); with the default 3 the report measured 10–11 A4 pages (README).
  for (const [label, file, lang, alternatives] of [
    ['province-vi', bigScenario, 'vi', 0],
    ['round-en', roundVi, 'en', 3],
  ] as const) {
    it(`renders ${label} with every plan and no error`, async () => {
      const { content, model, outcome } = await report({ file, top: 3, format: 'html', lang, alternatives });
      const path = join(artifacts, `${label}.html`);
      writeFileSync(path, content);
      const page = await browser.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });

      const msg = messagesFor(lang);
      const text = await page.innerText('body');
      for (const title of [msg.documentTitle, msg.sectionSummary, msg.sectionRound, msg.sectionPlans, msg.sectionMoves, msg.sectionFlows, msg.sectionAlternatives]) {
        expect(text).toContain(title);
      }
      expect((await page.title()).length).toBeLessThan(70);
      const { round } = loadRound(file);
      const best = outcome.plans[0]!;
      // Plan 1 in the summary and in full in section 3, with its diagram.
      const summaryRows = await page.locator('#summary table.summary-moves tbody tr').allInnerTexts();
      const rows = await page.locator('#plan-1 table.moves tbody tr').allInnerTexts();
      expect(summaryRows.length).toBe(best.moves.length);
      expect(rows.length).toBe(best.moves.length);
      best.moves.forEach((move, i) => {
        const cadre = round.cadres.get(move.cadre)!;
        expect(summaryRows[i]).toContain(cadre.name ?? cadre.id);
        expect(rows[i]).toContain(cadre.name ?? cadre.id);
      });
      expect(await page.locator('#flow-1 svg.flow path.flow-arc').count()).toBe(best.moves.length);
      // The other plans: only the moves plan 1 does not make.
      for (const plan of outcome.plans.slice(1)) {
        const added = comparePlans(best, plan).onlyB.length;
        expect(await page.locator(`#plan-${plan.rank} table.moves tbody tr`).count()).toBe(added);
      }

      // axe-core, injected into the page (from the installed package, no network): no violation.
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, violations.join(', ')).toEqual([]);
      expect(await page.locator('table.compare tbody tr').count()).toBe(metricRows(model.plans, msg).length);
      expect(model.plans.length).toBe(outcome.plans.length);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);

      await page.screenshot({ path: join(artifacts, `${label}.png`), fullPage: true });
      const pdf = await page.pdf({ path: join(artifacts, `${label}.pdf`), format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Printed on A4 (595 × 842 pt): the whole report under 12 pages for 3 plans of up to 12 moves.
      const pages = a4Pages(pdf);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThan(12);
      // The summary alone (what a member reads first) on at most two pages.
      await page.addStyleTag({ content: '@media print { main > *:not(#summary) { display: none !important; } }' });
      expect(a4Pages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeLessThanOrEqual(2);
      await page.close();
    });
  }
});
