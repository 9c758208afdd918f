// `rotaplan serve` as a user starts it: the one line it prints (host, port, a token of at
// least 128 bits), a clean stop on SIGTERM; bad input and usage exit 2; `rotaplan audit`
// on a missing log exits 2.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, run } from '../support/cli.ts';
import { roundVi } from './helpers.ts';

describe('rotaplan serve and audit on the command line', () => {
  it('prints exactly one line with the address and a 256-bit token, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-serve-cli-'));
    const file = join(dir, 'round.yaml');
    copyFileSync(roundVi, file);
    const child = spawn(process.execPath, ['bin/rotaplan.mjs', 'serve', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const line = await new Promise<string>((done, fail) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('\n')) done(out);
        });
        child.once('exit', (code) => fail(new Error(`exited ${code}`)));
      });
      const match = /^rotaplan serve: (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([A-Za-z0-9_-]+)\n$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(Buffer.from(match![3]!, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      const answer = await fetch(`${match![1]}/api/audit`, { headers: { Authorization: `Bearer ${match![3]}` } });
      expect(await answer.json()).toEqual({ valid: true, entries: [] });
      expect((await fetch(`${match![1]}/api/audit`)).status).toBe(401);
      const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad input and usage with exit 2 and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-serve-cli-'));
    try {
      for (const argv of [
        ['serve', join(dir, 'missing.yaml')],
        ['serve', roundVi, '--host', '0.0.0.0'],
        ['serve', roundVi, '--port', '70000'],
        ['serve', roundVi, '--decisions', join(dir, 'd.txt')],
        ['audit', join(dir, 'nothing.decisions.yaml')],
      ]) {
        const result = await run(argv);
        expect(result.code, argv.join(' ')).toBe(2);
        expectNoStackTrace(result.err.split('\n'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the decisions file at start', () => {
  it('may live elsewhere (extends then names FILE relative to it), and every command reads it', async () => {
    const { startServer } = await import('../../src/serve/server.ts');
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-serve-d-'));
    const file = join(dir, 'round.yaml');
    copyFileSync(roundVi, file);
    const { mkdirSync, readFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'meeting'));
    const server = await startServer({ file, decisions: join(dir, 'meeting', 'd.yaml') });
    try {
      const answer = await fetch(`${server.origin}/api/decisions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'forbid', cadre: 'C03', unit: 'XC', reason: 'lý do', by: 'tên' }),
      });
      expect(answer.status).toBe(200);
      expect(readFileSync(join(dir, 'meeting', 'd.yaml'), 'utf8')).toMatch(/^extends: \.\.\/round\.yaml$/m);
      expect(readFileSync(join(dir, 'meeting', 'd.audit.jsonl'), 'utf8').split('\n')).toHaveLength(2);
      expect((await run(['validate', join(dir, 'meeting', 'd.yaml')])).code).toBe(0);
    } finally {
      await server.close();
    }
    // Started again on the same files: the decisions and the log are read back.
    const again = await startServer({ file, decisions: join(dir, 'meeting', 'd.yaml') });
    expect(again.store.decisions.forbids).toEqual([{ cadre: 'C03', unit: 'XC', note: 'lý do' }]);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a decisions file that is not an overlay of FILE with only decisions, or a broken log (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotaplan-serve-d-'));
    const file = join(dir, 'round.yaml');
    copyFileSync(roundVi, file);
    const { writeFileSync } = await import('node:fs');
    try {
      const cases: [string, string, RegExp][] = [
        ['other.yaml', 'extends: elsewhere.yaml\npins: []\n', /extends: must name the scenario served/],
        ['policy.yaml', 'extends: round.yaml\npolicy: { maxMoves: 1 }\n', /policy: a decisions file holds only/],
        ['unknown.yaml', 'extends: round.yaml\npins: [{ cadre: C404, position: P-XA-BT }]\n', /unknown cadre "C404"/],
      ];
      for (const [name, text, message] of cases) {
        writeFileSync(join(dir, name), text);
        const result = await run(['serve', file, '--decisions', join(dir, name)]);
        expect(result.code, name).toBe(2);
        expect(result.err).toMatch(message);
      }
      writeFileSync(join(dir, 'round.decisions.audit.jsonl'), '{"seq":1}\n');
      const broken = await run(['serve', file]);
      expect(broken.code).toBe(2);
      expect(broken.err).toMatch(/line 1: missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
