// `rotaplan report` through the CLI: what it writes, where, and how it ends.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { roundInfeasible, roundOverlay, roundVi } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('rotaplan report', () => {
  it('writes the HTML report in the scenario language by default', async () => {
    const path = join(dir, 'round.html');
    const { code, err } = await run('report', roundVi, '--top', '2', '--out', path);
    expect(code).toBe(0);
    expect(err).toContain('đã ghi báo cáo');
    const html = readFileSync(path, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Phương án 2');
    expect(html).not.toContain('Phương án 3');
  });

  it('honours --lang, --format and --anonymize, and leaves no temporary file', async () => {
    const md = join(dir, 'round.md');
    const csv = join(dir, 'round.csv');
    expect((await run('report', roundVi, '--top', '3', '--out', md, '--format', 'md', '--lang', 'en', '--anonymize')).code).toBe(0);
    expect((await run('report', roundVi, '--top', '3', '--out', csv, '--format', 'csv')).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('# Cadre rotation plans');
    expect(text).toContain('Cadre #001');
    expect(text).not.toContain('Nguyễn Văn An');
    expect(readFileSync(csv).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the same bytes twice, and a stamp only with --stamp', async () => {
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    const c = join(dir, 'c.html');
    await run('report', roundOverlay, '--top', '2', '--out', a);
    await run('report', roundOverlay, '--top', '2', '--out', b);
    expect(readFileSync(b)).toEqual(readFileSync(a));
    process.env.SOURCE_DATE_EPOCH = '1800000000';
    try {
      await run('report', roundOverlay, '--top', '2', '--out', c, '--stamp');
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    expect(readFileSync(c, 'utf8')).toContain('Generated 2027-01-15T08:00:00Z.');
  });

  it('exits 1 with the reason and writes nothing for an infeasible scenario', async () => {
    const path = join(dir, 'none.html');
    const { code, err } = await run('report', roundInfeasible, '--out', path);
    expect(code).toBe(1);
    expect(err).toContain('không có phương án khả thi');
    expect(existsSync(path)).toBe(false);
  });

  it('keeps the previous report when the new one cannot be made', async () => {
    const path = join(dir, 'kept.html');
    writeFileSync(path, 'previous');
    expect((await run('report', roundInfeasible, '--out', path)).code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('previous');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('report', roundVi)).code).toBe(2);
    expect((await run('report', roundVi, '--out', join(dir, 'x.html'), '--format', 'pdf')).code).toBe(2);
    expect((await run('report', roundVi, '--out', join(dir, 'x.html'), '--top', '0')).code).toBe(2);
    const missing = await run('report', roundVi, '--out', join(dir, 'no-such-dir', 'x.html'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    expect((await run('report', join(dir, 'missing.yaml'), '--out', join(dir, 'x.html'))).code).toBe(2);
  });
});
