// End to end: the review page in headless Chromium (Debian's chromium, driven by
// playwright-core): opened with its token, a move pinned through why-not and the plan seen to
// change, a move forbidden from the plan's table, the forbid withdrawn, the audit log seen;
// nothing requested outside the server, no console error, no CSP violation, axe finds no
// serious problem; keyboard only for one decision. Screenshots at 1280 px go to
// test-artifacts/serve/ (docs/serve-*.png are copies of them).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveCopy, type Served } from './helpers.ts';

const artifacts = resolve('test-artifacts/serve');
/** Solves take their time on a busy machine: wait for the page up to a minute. */
const WAIT = { timeout: 60_000, interval: 100 };
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the review page in headless Chromium', () => {
  let browser: BrowserContext;
  let profile: string;
  let server: Served;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium (.ci/run does it)`);
    profile = mkdtempSync(join(tmpdir(), 'rotaplan-chromium-'));
    server = await serveCopy();
    browser = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (server) rmSync(server.dir, { recursive: true, force: true });
  });

  async function decideInDialog(page: Page, reason: string, by: string) {
    const dialog = page.locator('#decide');
    await expect.poll(() => dialog.isVisible(), WAIT).toBe(true);
    await page.fill('#decide-reason', reason);
    await page.fill('#decide-by', by);
    await page.click('#decide-ok');
    await expect.poll(() => dialog.isVisible(), WAIT).toBe(false);
  }

  const objectiveOfTab = (page: Page, rank: number) => page.locator(`#tab-${rank}`).innerText();
  const statusSolved = (page: Page) => page.locator('#status').innerText();

  it('pins, forbids, withdraws and shows the audit log', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      outside.push(url);
      return route.abort();
    });

    await page.goto(server.url);
    expect(page.url()).toBe(`${server.origin}/`); // the token left the address bar
    await expect.poll(() => objectiveOfTab(page, 1), WAIT).toBe('Phương án 1: 45');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('#plans-title').innerText()).toBe('Các phương án xếp hạng');
    expect(await page.locator('#plan-body table.moves tbody tr:not(.detail)').count()).toBe(5);
    expect(await page.locator('#plan-body').innerText()).toContain('đáp ứng');

    // Explain a move.
    await page.locator('#plan-body button[aria-controls]').first().click();
    expect(await page.locator('#plan-body tr.detail').first().isVisible()).toBe(true);
    expect(await page.locator('#plan-body tr.detail').first().innerText()).toContain('Các điều kiện đã đáp ứng');

    // Why not C01 to P-XC-BT? Then pin it: the best plan with it (32) becomes the best.
    await page.fill('#whynot-cadre', 'C01');
    await page.fill('#whynot-post', 'P-XC-BT');
    await page.click('#whynot-ask');
    await expect.poll(() => page.locator('#whynot-result').innerText(), WAIT).toContain('Phương án tốt nhất có trường hợp luân chuyển này: 32');
    await page.locator('#whynot-result button', { hasText: 'Cho chủ trương luân chuyển này' }).click();
    await decideInDialog(page, 'Ban Thường vụ cho chủ trương ngày 20/5', 'Nguyễn Văn Ủy');
    await expect.poll(() => objectiveOfTab(page, 1), WAIT).toBe('Phương án 1: 32');
    await expect.poll(() => statusSolved(page), WAIT).toMatch(/Đã giải xong/);
    const changes = await page.locator('#changes').innerText();
    expect(changes).toContain('Thay đổi so với phương án trước');
    expect(changes).toContain('45 → 32');
    expect(await page.locator('#pins-list').innerText()).toContain('Ban Thường vụ cho chủ trương ngày 20/5');
    await page.screenshot({ path: join(artifacts, 'serve-plans.png') });
    // The why-not answer described the state before the pin: it is gone, not offered again.
    expect(await page.locator('#whynot-result').innerText()).toBe('');
    // A name from the list works as well as an id; an unknown one is told in the page's language.
    await page.fill('#whynot-cadre', 'Nguyễn Văn An');
    await page.click('#whynot-ask');
    await expect.poll(() => page.locator('#whynot-result').innerText(), WAIT).toContain('Trường hợp luân chuyển này đã có trong phương án tốt nhất.');
    await page.fill('#whynot-cadre', 'Nguyễn Văn Không');
    await page.click('#whynot-ask');
    await expect.poll(() => page.locator('#whynot-result').innerText(), WAIT).toContain('Không có cán bộ “Nguyễn Văn Không”');

    // Forbid the first cadre that can be forbidden from the post the plan gives them, with the keyboard only.
    const row = page.locator('#plan-body table.moves tbody tr:not(.detail)').filter({ has: page.locator('button', { hasText: 'Không bố trí' }) }).first();
    const [cadre, , to] = (await row.locator('th, td').allInnerTexts());
    const cadreId = cadre!.split('\n')[1]!.trim();
    const postId = to!.split('·').at(-1)!.trim();
    await row.locator('button', { hasText: 'Không bố trí' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#decide').isVisible(), WAIT).toBe(true);
    await page.keyboard.type('Cần ở lại Sở Tài chính');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Trần Thị Viên');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#forbids-list').count(), WAIT).toBe(1);
    await expect.poll(async () => (await page.locator('#changes').innerText()).includes('32 →'), WAIT).toBe(true);
    await expect.poll(() => statusSolved(page), WAIT).toMatch(/Đã giải xong/);
    const moved = page.locator('#plan-body table.moves tbody tr:not(.detail)', { hasText: cadreId });
    for (const text of await moved.allInnerTexts()) expect(text).not.toContain(postId);
    expect(await page.locator('#forbids-list').innerText()).toContain(postId);

    // Withdraw the forbid: the plan with the pin comes back.
    await page.locator('#forbids-list button', { hasText: 'Rút lại' }).click();
    await decideInDialog(page, 'Đã có người thay ở Sở', 'Nguyễn Văn Ủy');
    await expect.poll(() => objectiveOfTab(page, 1), WAIT).toBe('Phương án 1: 32');
    expect(await page.locator('#forbids-list').count()).toBe(0);
    await expect.poll(() => statusSolved(page), WAIT).toMatch(/Đã giải xong/);

    // The audit log: three entries, newest first, the chain valid.
    await expect.poll(() => page.locator('#audit-body tbody tr').count(), WAIT).toBe(3);
    expect(await page.locator('#audit-state').innerText()).toContain('Chuỗi băm hợp lệ (3)');
    const audit = await page.locator('#audit-body tbody').innerText();
    expect(audit).toContain('rút không bố trí');
    expect(audit).toContain('Trần Thị Viên');
    await page.locator('#audit').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'serve-audit.png') });

    // Accessibility (axe-core, evaluated through the DevTools protocol, which the CSP allows).
    const violations = await page.evaluate(`${axeSource}\n;axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
    expect(violations).toEqual([]);
    // The page in English on request: its words and the server's.
    await page.click('#language');
    await expect.poll(() => page.locator('#plans-title').innerText(), WAIT).toBe('Ranked plans');
    await expect.poll(() => page.locator('#plan-body').innerText(), WAIT).toContain('cost of a move');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#audit-state').innerText(), WAIT).toContain('Hash chain valid (3)');

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
