// End to end: the HTML report opened in headless Chromium (Debian's chromium, driven by
// playwright-core) from a file, offline: the rendered text, no console error, no request for
// anything outside the file; a screenshot and an A4 PDF are kept under test-artifacts/report/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadRound } from '../../src/scenario/load-round.ts';
import { messagesFor } from '../../src/report/messages.ts';
import { metricRows } from '../../src/report/text.ts';
import { bigScenario, report, roundVi } from './helpers.ts';

const artifacts = resolve('test-artifacts/report');
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

  // One alternative per key post on the province keeps its why-not solves (and the test) short.
  for (const [label, file, lang, alternatives] of [
    ['province-vi', bigScenario, 'vi', 1],
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
      for (const title of [msg.documentTitle, msg.sectionRound, msg.sectionPlans, msg.sectionMoves, msg.sectionFlows, msg.sectionAlternatives]) {
        expect(text).toContain(title);
      }
      const { round } = loadRound(file);
      for (const plan of outcome.plans) {
        const rows = await page.locator(`#plan-${plan.rank} table.moves tbody tr`).allInnerTexts();
        expect(rows.length).toBe(plan.moves.length);
        plan.moves.forEach((move, i) => {
          const cadre = round.cadres.get(move.cadre)!;
          expect(rows[i]).toContain(cadre.name ?? cadre.id);
          expect(rows[i]).toContain(move.to);
        });
        // One arrow per move in the plan's diagram.
        expect(await page.locator(`#flow-${plan.rank} svg.flow path.flow-arc`).count()).toBe(plan.moves.length);
      }
      expect(await page.locator('table.compare tbody tr').count()).toBe(metricRows(model.plans, msg).length);
      expect(model.plans.length).toBe(outcome.plans.length);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);

      await page.screenshot({ path: join(artifacts, `${label}.png`), fullPage: true });
      const pdf = await page.pdf({ path: join(artifacts, `${label}.pdf`), format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Printed on A4 (595 × 842 pt), each of the five sections starting a page.
      const raw = pdf.toString('latin1');
      const boxes = [...raw.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      for (const [, w, h] of boxes) {
        expect(Math.abs(Number(w) - 595)).toBeLessThan(2);
        expect(Math.abs(Number(h) - 842)).toBeLessThan(2);
      }
      await page.close();
    });
  }
});
