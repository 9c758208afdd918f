// The review server's API in-process (contract section 10): the gate (token, cookie, Host,
// origin, body limit), bad input named by field, plans equal to the CLI on FILE with D after
// each decision, the audit chain recomputed here independently, a corrupted log detected,
// and a decision that cannot be written refused with both files left as they were.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { call, decide, serveCopy, type Served } from './helpers.ts';
import { writeBoth } from '../../src/serve/store.ts';
import { readCsv } from '../report/helpers.ts';

const ORDER = ['seq', 'at', 'by', 'action', 'cadre', 'position', 'unit', 'reason', 'inputSha256', 'prev', 'hash'];

/** The chain as the contract words it, without the product's code. */
function recomputeChain(text: string): { hashes: string[]; entries: Record<string, unknown>[] } {
  let prev = '0'.repeat(64);
  const hashes: string[] = [];
  const entries: Record<string, unknown>[] = [];
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(ORDER.filter((key) => key in entry));
    const { hash, ...rest } = entry;
    const e = JSON.stringify(rest);
    expect(line).toBe(`${e.slice(0, -1)},"hash":"${hash}"}`);
    expect(entry.prev).toBe(prev);
    expect(createHash('sha256').update(prev + e, 'utf8').digest('hex')).toBe(hash);
    prev = hash as string;
    hashes.push(prev);
    entries.push(entry);
  }
  return { hashes, entries };
}

async function cliPlans(file: string, top: number): Promise<unknown> {
  const result = await run(['solve', file, '--top', String(top), '--json']);
  return JSON.parse(result.out);
}

/** The downloaded report's plans are the page's (among plans of equal score, the same ones). */
async function expectDownloadAsPage(server: Served): Promise<void> {
  const page = (await call(server, 'GET', '/api/plans?top=3')).json.plans as { rank: number; moves: { cadre: string; to: string }[] }[];
  const rows = readCsv((await call(server, 'GET', '/api/report?format=csv&top=3')).text.replace(/^\uFEFF/, '')).slice(1);
  const reported = new Map<number, string[]>();
  for (const [rank, , cadre, , , , , newPost] of rows) {
    reported.set(Number(rank), [...(reported.get(Number(rank)) ?? []), `${cadre}>${/\((P-[^)]+)\)$/.exec(newPost!)?.[1]}`]);
  }
  expect(page.length).toBeGreaterThan(0);
  expect(page.map((plan) => plan.moves.map((m) => `${m.cadre}>${m.to}`).sort())).toEqual(page.map((plan) => [...(reported.get(plan.rank) ?? [])].sort()));
}

describe('the review server', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serveCopy();
  });
  afterAll(async () => {
    await server?.close();
    if (server) rmSync(server.dir, { recursive: true, force: true });
  });

  describe('the gate', () => {
    it('refuses /api/ without the token (401), with a wrong one too', async () => {
      expect((await call(server, 'GET', '/api/plans', { auth: false })).status).toBe(401);
      expect((await call(server, 'GET', '/api/plans', { auth: false, headers: { Authorization: 'Bearer nope' } })).status).toBe(401);
      expect((await call(server, 'GET', '/api/audit', { auth: false, headers: { Cookie: 'rotaplan_token=nope' } })).status).toBe(401);
      expect((await call(server, 'GET', '/', { auth: false })).status).toBe(401);
      expect((await call(server, 'GET', '/?token=wrong', { auth: false })).status).toBe(401);
    });

    it('sets an HttpOnly, SameSite=Strict cookie when the page is opened with the token', async () => {
      const opened = await call(server, 'GET', `/?token=${server.token}`, { auth: false });
      expect(opened.status).toBe(303);
      expect(opened.headers.location).toBe('/');
      const cookie = String(opened.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const pair = cookie.split(';')[0]!;
      const page = await call(server, 'GET', '/', { auth: false, headers: { Cookie: pair } });
      expect(page.status).toBe(200);
      expect((await call(server, 'GET', '/api/audit', { auth: false, headers: { Cookie: pair } })).status).toBe(200);
    });

    it('refuses a Host that is not the one listened on (403), token or not', async () => {
      const port = server.authority.split(':').at(-1);
      // The last ones are Hosts the HTTP adapter cannot make a URL of: still 403, not its 400.
      const unparsable = [`127.0.0.1:${port}.`, `evil.example:${port}.`, `127.0.0.1:${port}@evil.example`, 'evil.example:99999', 'a b'];
      for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`, ...unparsable]) {
        expect((await call(server, 'GET', '/api/plans', { headers: { Host: host } })).status, host).toBe(403);
        expect((await call(server, 'GET', `/?token=${server.token}`, { auth: false, headers: { Host: host } })).status, host).toBe(403);
      }
    });

    it('sends no CORS header, refuses cross-origin writes, and a strict CSP on everything', async () => {
      const preflight = await call(server, 'OPTIONS', '/api/decisions', { headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const read = await call(server, 'GET', '/api/audit', { headers: { Origin: 'http://evil.example' } });
      expect(read.headers['access-control-allow-origin']).toBeUndefined();
      const write = await call(server, 'POST', '/api/decisions', {
        headers: { Origin: 'http://evil.example' },
        body: JSON.stringify({ action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b' }),
      });
      expect(write.status).toBe(403);
      const form = await call(server, 'POST', '/api/decisions', { body: 'action=pin', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      expect(form.status).toBe(415);
      const multipart = await call(server, 'POST', '/api/decisions', { body: '--x--', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } });
      expect(multipart.status).toBe(415);
      for (const path of ['/', '/app.js', '/app.css', '/api/audit']) {
        const answer = await call(server, 'GET', path);
        expect(answer.status, path).toBe(200);
        expect(answer.headers['content-security-policy']).toMatch(/default-src 'none'/);
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        // Nothing from outside the machine: no absolute URL in the page or its files.
        if (!path.startsWith('/api/')) expect(answer.text).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      }
    });

    it('caps the body (413) and never takes a path from a request', async () => {
      const big = JSON.stringify({ action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'x'.repeat(40_000), by: 'b' });
      expect((await call(server, 'POST', '/api/decisions', { body: big })).status).toBe(413);
      const traversal = await decide(server, { action: 'pin', cadre: '../../etc/passwd', position: '/etc/passwd', reason: 'r', by: 'b' });
      expect(traversal.status).toBe(400);
      expect(traversal.json.error).toMatch(/^cadre: unknown cadre/);
      expect((await call(server, 'GET', '/../../etc/passwd')).status).toBe(404);
      // A path served under other methods is 405, with the methods it has.
      const wrongMethod = await call(server, 'DELETE', '/api/decisions');
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.allow).toBe('GET, HEAD, POST');
      expect(wrongMethod.json.error).toMatch(/^method DELETE not allowed here/);
      expect((await call(server, 'POST', '/api/plans', { body: '{}' })).status).toBe(405);
      expect((await call(server, 'GET', '/api/why-not?cadre=..%2F..%2Fetc&position=P-XB-BT')).status).toBe(400);
      expect(existsSync(server.decisionsPath)).toBe(false);
    });
  });

  describe('bad input is 400, naming the field', () => {
    const cases: [string, unknown, RegExp][] = [
      ['not an object', [], /^body: /],
      ['no action', { cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b' }, /^action: /],
      ['unknown action', { action: 'move', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b' }, /^action: /],
      ['no reason', { action: 'pin', cadre: 'C01', position: 'P-XB-BT', by: 'b' }, /^reason: is required/],
      ['empty by', { action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: '  ' }, /^by: /],
      ['no position for a pin', { action: 'pin', cadre: 'C01', reason: 'r', by: 'b' }, /^position: /],
      ['unknown cadre', { action: 'pin', cadre: 'C404', position: 'P-XB-BT', reason: 'r', by: 'b' }, /^cadre: unknown cadre "C404"/],
      ['unknown position', { action: 'pin', cadre: 'C01', position: 'P-404', reason: 'r', by: 'b' }, /^position: unknown position "P-404"/],
      ['unknown unit', { action: 'forbid', cadre: 'C01', unit: 'U-404', reason: 'r', by: 'b' }, /^unit: unknown unit "U-404"/],
      ['a forbid of nothing', { action: 'forbid', cadre: 'C01', reason: 'r', by: 'b' }, /^position: /],
      ['unpin of no pin', { action: 'unpin', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b' }, /^position: the decisions hold no pin/],
      ['unforbid of no forbid', { action: 'unforbid', cadre: 'C01', unit: 'XB', reason: 'r', by: 'b' }, /^unit: the decisions hold no forbid/],
      ['a forbid against a pin of the scenario file', { action: 'forbid', cadre: 'C04', unit: 'STC', reason: 'r', by: 'b' }, /^unit: cadre "C04" is pinned to position "P-STC-GD" in the scenario file/],
      ['a second pin of a pinned cadre', { action: 'pin', cadre: 'C04', position: 'P-XC-BT', reason: 'r', by: 'b' }, /^cadre: cadre "C04" is already pinned/],
      ['a pin against a forbid of the scenario file', { action: 'pin', cadre: 'C06', position: 'P-XB-BT', reason: 'r', by: 'b' }, /^position: cadre "C06" is forbidden from unit "XB" in the scenario file/],
      ['a lone surrogate (no UTF-8 form for the hash)', { action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'r \ud800', by: 'b' }, /^reason: must be valid Unicode/],
      ['unknown field', { action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b', file: '/etc/passwd' }, /^file: unknown field/],
    ];
    for (const [label, body, message] of cases) {
      it(label, async () => {
        const answer = await decide(server, body as Record<string, unknown>);
        expect(answer.status).toBe(400);
        expect(answer.json.error).toMatch(message);
      });
    }
    it('bad JSON, bad top, why-not without or with unknown ids', async () => {
      expect((await call(server, 'POST', '/api/decisions', { body: '{"action":' })).json.error).toMatch(/^body: /);
      for (const top of ['0', '-1', '1.5', 'x', '21']) {
        const answer = await call(server, 'GET', `/api/plans?top=${top}`);
        expect(answer.status).toBe(400);
        expect(answer.json.error).toMatch(/^top: /);
      }
      expect((await call(server, 'GET', '/api/why-not?cadre=C01')).json.error).toMatch(/^position: is required/);
      expect((await call(server, 'GET', '/api/why-not?cadre=C404&position=P-XB-BT')).json.error).toMatch(/^cadre: unknown cadre/);
      expect((await call(server, 'GET', '/api/why-not?cadre=C01&position=P-404')).json.error).toMatch(/^position: unknown position/);
      expect(existsSync(server.decisionsPath)).toBe(false);
    });
  });

  describe('decisions', () => {
    it('re-solves after each decision exactly as the CLI solves FILE with D, and chains the log', async () => {
      expect((await call(server, 'GET', '/api/plans?top=3')).json).toEqual(await cliPlans(server.file, 3));
      const steps = [
        { action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'Ban Thường vụ cho chủ trương', by: 'Nguyễn Văn Ủy' },
        { action: 'forbid', cadre: 'C03', position: 'P-XC-BT', reason: 'Cần ở lại Sở Tài chính', by: 'Trần Thị Viên' },
        { action: 'forbid', cadre: 'C05', unit: 'SNV', reason: 'Đang được xem xét', by: 'Trần Thị Viên' },
        { action: 'unforbid', cadre: 'C03', position: 'P-XC-BT', reason: 'Đã có người thay ở Sở', by: 'Nguyễn Văn Ủy' },
      ];
      const hashes: string[] = [];
      for (const [i, step] of steps.entries()) {
        const answer = await decide(server, step);
        expect(answer.status, answer.text).toBe(200);
        expect(answer.json.seq).toBe(i + 1);
        hashes.push(answer.json.hash);
        expect(Object.keys(answer.json.decisions)).toEqual(['pins', 'forbids', 'consents']);
        const plans = (await call(server, 'GET', '/api/plans?top=3')).json;
        expect(plans).toEqual(await cliPlans(server.decisionsPath, 3));
      }
      const status = (await call(server, 'GET', '/api/status')).json;
      expect(status).toMatchObject({ version: steps.length, busy: false, queued: 0 });
      expect(typeof status.lastSeconds).toBe('number');
      const d = (await call(server, 'GET', '/api/decisions')).json;
      expect(d.pins).toEqual([{ cadre: 'C01', position: 'P-XB-BT', note: 'Ban Thường vụ cho chủ trương' }]);
      expect(d.forbids).toEqual([{ cadre: 'C05', unit: 'SNV', note: 'Đang được xem xét' }]);
      // The first plan now holds the pin; the forbidden unit is in no plan.
      const plans = (await call(server, 'GET', '/api/plans?top=2')).json.plans;
      for (const plan of plans) {
        expect(plan.moves).toContainEqual(expect.objectContaining({ cadre: 'C01', to: 'P-XB-BT' }));
        expect(plan.moves.filter((m: { cadre: string; toUnit: string }) => m.cadre === 'C05' && m.toUnit === 'SNV')).toEqual([]);
      }

      const log = readFileSync(server.store.auditPath, 'utf8');
      const chain = recomputeChain(log);
      expect(chain.hashes).toEqual(hashes);
      expect(chain.entries.map((e) => e.action)).toEqual(['pin', 'forbid', 'forbid', 'unforbid']);
      expect(chain.entries[0]).not.toHaveProperty('unit');
      expect(chain.entries[2]).not.toHaveProperty('position');
      const sha = createHash('sha256').update(readFileSync(server.file)).digest('hex');
      expect(chain.entries.every((e) => e.inputSha256 === sha && typeof e.at === 'string')).toBe(true);
      const audit = (await call(server, 'GET', '/api/audit')).json;
      expect(audit.valid).toBe(true);
      expect(audit.entries).toEqual(chain.entries);
      expect((await run(['audit', server.decisionsPath])).code).toBe(0);
      // D is an overlay every command reads.
      expect((await run(['validate', server.decisionsPath])).code).toBe(0);
    });

    it('why-not answers section 7 for the state with D, as the CLI does', async () => {
      const api = (await call(server, 'GET', '/api/why-not?cadre=C05&position=P-SNV-GD')).json;
      const cli = JSON.parse((await run(['why-not', server.decisionsPath, 'C05', 'P-SNV-GD', '--json'])).out);
      expect({ eligible: api.eligible, blockedBy: api.blockedBy, bestWith: api.bestWith }).toEqual({ eligible: false, blockedBy: ['E3'], bestWith: null });
      expect(api).toEqual(cli);
    });

    it('gives the report and the papers of the current state as downloads', async () => {
      const csv = await call(server, 'GET', '/api/report?format=csv');
      expect(csv.status, csv.text).toBe(200);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="rotaplan-report.csv"');
      expect(csv.text).toContain('C01');
      expect((await call(server, 'GET', '/api/report?format=pdf')).json.error).toMatch(/^format: /);
      const papers = await call(server, 'GET', '/api/papers');
      expect(papers.status, papers.text).toBe(200);
      expect(papers.headers['content-type']).toBe('application/zip');
      expect(papers.text.startsWith('PK')).toBe(true);
      expect(papers.text).toContain('to-trinh.docx');
      await expectDownloadAsPage(server);
    });

    it('queues a decision made during a solve and loses none', async () => {
      const first = decide(server, { action: 'pin', cadre: 'C02', position: 'P-XA-BT', reason: 'một', by: 'A' });
      const plansMeanwhile = call(server, 'GET', '/api/plans?top=1');
      const second = decide(server, { action: 'forbid', cadre: 'C07', unit: 'XA', reason: 'hai', by: 'B' });
      expect((await first).status).toBe(200);
      expect((await second).status).toBe(200);
      await plansMeanwhile;
      const plans = (await call(server, 'GET', '/api/plans?top=2')).json;
      expect(plans).toEqual(await cliPlans(server.decisionsPath, 2));
      const d = (await call(server, 'GET', '/api/decisions')).json;
      expect(d.pins.map((p: { cadre: string }) => p.cadre)).toEqual(['C01', 'C02']);
      expect(d.forbids.map((f: { cadre: string }) => f.cadre)).toEqual(['C05', 'C07']);
      expect(recomputeChain(readFileSync(server.store.auditPath, 'utf8')).entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('detects a corrupted log: `rotaplan audit` names the line, the API says invalid, no decision is added', async () => {
      const log = server.store.auditPath;
      const good = readFileSync(log, 'utf8');
      const lines = good.split('\n');
      lines[1] = lines[1]!.replace('Cần ở lại Sở Tài chính', 'Cần ở lại Sở Nội vụ');
      writeFileSync(log, lines.join('\n'));
      const audit = await run(['audit', server.decisionsPath]);
      expect(audit.code).toBe(1);
      expect(audit.err).toMatch(/:2: hash does not match/);
      const api = (await call(server, 'GET', '/api/audit')).json;
      expect(api.valid).toBe(false);
      expect(api.firstBad.line).toBe(2);
      const d = readFileSync(server.decisionsPath, 'utf8');
      const refused = await decide(server, { action: 'unpin', cadre: 'C02', position: 'P-XA-BT', reason: 'ba', by: 'C' });
      expect(refused.status).toBe(409);
      expect(readFileSync(server.decisionsPath, 'utf8')).toBe(d);
      writeFileSync(log, good);
      // A line removed from the middle, or lines swapped, break the chain too.
      const dropped = good.split('\n').filter((_, i) => i !== 2).join('\n');
      writeFileSync(log, dropped);
      expect((await run(['audit', server.decisionsPath])).err).toMatch(/:3: (seq|prev) /);
      writeFileSync(log, good);
      expect((await run(['audit', server.decisionsPath])).code).toBe(0);
    });

    it('does not overwrite a decisions file changed by hand meanwhile (409)', async () => {
      const d = readFileSync(server.decisionsPath, 'utf8');
      writeFileSync(server.decisionsPath, `${d}# a planner's note\n`);
      const refused = await decide(server, { action: 'unpin', cadre: 'C02', position: 'P-XA-BT', reason: 'bốn', by: 'D' });
      expect(refused.status).toBe(409);
      expect(refused.json.error).toMatch(/changed outside the page/);
      writeFileSync(server.decisionsPath, d);
      expect((await decide(server, { action: 'unpin', cadre: 'C02', position: 'P-XA-BT', reason: 'bốn', by: 'D' })).status).toBe(200);
    });
  });
});

describe('a decision that cannot be written', () => {
  it('is refused with a message, and D and the log stay as they were', async () => {
    const server = await serveCopy();
    try {
      // No log can be written: a directory stands where it would be.
      mkdirSync(server.store.auditPath);
      const refused = await decide(server, { action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b' });
      expect(refused.status).toBe(500);
      expect(refused.json.error).toMatch(/could not be written/);
      expect(existsSync(server.decisionsPath)).toBe(false);
      rmSync(server.store.auditPath, { recursive: true });

      expect((await decide(server, { action: 'pin', cadre: 'C01', position: 'P-XB-BT', reason: 'r', by: 'b' })).status).toBe(200);
      const log = readFileSync(server.store.auditPath, 'utf8');
      // D cannot be read or replaced (a directory in its place): nothing changes.
      rmSync(server.decisionsPath);
      mkdirSync(join(server.decisionsPath, 'occupied'), { recursive: true });
      const second = await decide(server, { action: 'forbid', cadre: 'C03', unit: 'XC', reason: 'r', by: 'b' });
      expect(second.status).toBe(500);
      expect(second.json.error).toMatch(/nothing was changed/);
      expect(readFileSync(server.store.auditPath, 'utf8')).toBe(log);
      expect((await call(server, 'GET', '/api/decisions')).json.forbids).toEqual([]);
      expect(recomputeChain(log).entries).toHaveLength(1);
      // The second file cannot be renamed into place: the first, already replaced, is put back.
      const first = join(server.dir, 'first.jsonl');
      writeFileSync(first, 'before\n');
      expect(() => writeBoth({ path: first, content: 'after\n', previous: 'before\n' }, { path: server.decisionsPath, content: 'x', previous: undefined })).toThrow(/could not be written/);
      expect(readFileSync(first, 'utf8')).toBe('before\n');
      expect(readdirSync(server.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await server.close();
      rmSync(server.dir, { recursive: true, force: true });
    }
  });
});

describe('the page\'s names', () => {
  it('give a post its own name where the scenario has one, its title\'s otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-names-'));
    const file = join(dir, 'named.yaml');
    const text = readFileSync('test/serve/fixtures/round-vi.yaml', 'utf8').replace('{ id: P-XB-BT, unit: XB,', '{ id: P-XB-BT, name: "Bí thư Đảng ủy xã Bình Minh", unit: XB,');
    writeFileSync(file, text);
    const server = await serveCopy(file);
    try {
      const posts = new Map(((await call(server, 'GET', '/api/round')).json.posts as { id: string; title: string }[]).map((p) => [p.id, p.title]));
      expect(posts.get('P-XB-BT')).toBe('Bí thư Đảng ủy xã Bình Minh');
      expect(posts.get('P-XA-BT')).not.toContain('Bình Minh');
    } finally {
      await server.close();
      rmSync(server.dir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the downloads of a province with plans of equal score', () => {
  it('report the plans on the page after a pin, a forbid and a withdrawal', async () => {
    const server = await serveCopy('scenarios/province.yaml');
    try {
      await call(server, 'GET', '/api/why-not?cadre=C-024&position=P-BM-BT');
      for (const body of [
        { action: 'pin', cadre: 'C-024', position: 'P-BM-BT' },
        { action: 'forbid', cadre: 'C-018', position: 'P-BM-PCT1' },
        { action: 'unpin', cadre: 'C-024', position: 'P-BM-BT' },
      ]) {
        expect((await decide(server, { ...body, reason: 'thử', by: 'A' })).status).toBe(200);
        await call(server, 'GET', '/api/view?top=1');
        await call(server, 'GET', '/api/view?top=3');
      }
      await expectDownloadAsPage(server);
    } finally {
      await server.close();
      rmSync(server.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
