// The README's screenshots of the review page (docs/serve-*.png): the bundled province served,
// a move pinned through why-not, another forbidden, at 1280 px in Chromium.
//   node --import tsx bench/serve-screenshots.mts
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/serve/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'shots-'));
const file = join(dir, 'province.yaml');
copyFileSync('scenarios/province.yaml', file);
const server = await startServer({ file });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url);
await page.waitForSelector('#plan-body table.moves', { timeout: 300_000 });
const view = await (await fetch(`${server.origin}/api/view?top=3`, { headers: { Authorization: `Bearer ${server.token}` } })).json() as any;
const best = view.solve.plans[0].moves;
const other = view.solve.plans.slice(1).flatMap((p: any) => p.moves).find((m: any) => !best.some((b: any) => b.cadre === m.cadre && b.to === m.to));
console.log('pin via why-not', other);
await page.fill('#whynot-cadre', other.cadre);
await page.fill('#whynot-post', other.to);
await page.click('#whynot-ask');
await page.waitForSelector('#whynot-result button', { timeout: 300_000 });
await page.locator('#whynot-result button').first().click();
await page.fill('#decide-reason', 'Thường trực Tỉnh ủy đề nghị, cần tăng cường cho cơ sở');
await page.fill('#decide-by', 'Nguyễn Thị Thu Hà');
await page.click('#decide-ok');
await page.waitForSelector('#changes:not([hidden])', { timeout: 300_000 });
await page.waitForFunction(() => (globalThis as any).document.querySelector('#status')?.textContent?.includes('Đã giải xong'), null, { timeout: 300_000 });
await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
await page.screenshot({ path: 'docs/serve-plans.png' });
const row = page.locator('#plan-body table.moves tbody tr:not(.detail)').filter({ has: page.locator('button', { hasText: 'Không bố trí' }) }).nth(2);
await row.locator('button', { hasText: 'Không bố trí' }).click();
await page.fill('#decide-reason', 'Đồng chí cần ở lại hoàn thành dự án đầu tư công năm 2027');
await page.fill('#decide-by', 'Trần Văn Bình');
await page.click('#decide-ok');
await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('#audit-body tbody tr').length === 2, null, { timeout: 300_000 });
await page.waitForFunction(() => (globalThis as any).document.querySelector('#status')?.textContent?.includes('Đã giải xong'), null, { timeout: 300_000 });
await page.locator('#audit').scrollIntoViewIfNeeded();
await page.screenshot({ path: 'docs/serve-audit.png' });
await browser.close();
await server.close();
