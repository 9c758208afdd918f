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
