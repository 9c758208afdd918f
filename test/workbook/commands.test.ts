/**
 * The workbook commands: `template` (every sheet, frozen headers with notes, dropdowns for
 * closed lists and ids, dates DD/MM/YYYY), `export` (overlays resolved) and `import`, and an
 * overlay that extends a workbook.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.ts';
import { readZip } from '../../src/workbook/zip.ts';
import { runLines, tempDir } from '../support/cli.ts';
import { comparable } from './helpers.ts';

const { dir } = tempDir();
const text = (files: Map<string, Buffer>, name: string) => files.get(name)?.toString('utf8') ?? '';

describe('rotaplan template', () => {
  it('writes every sheet with frozen headers, notes, dropdowns and date formats', async () => {
    const out = join(dir, 'mau.xlsx');
    expect((await runLines('template', '--lang', 'vi', '--out', out)).code).toBe(0);
    const files = readZip(readFileSync(out));
    const workbook = text(files, 'xl/workbook.xml');
    for (const name of ['Đợt', 'Chức danh', 'Đơn vị', 'Vị trí', 'Cán bộ', 'Đánh giá', 'Quá trình công tác', 'Ý kiến', 'Chủ trương', 'Không bố trí']) {
      expect(workbook).toContain(`name="${name}"`);
    }
    const cadres = text(files, 'xl/worksheets/sheet5.xml');
    expect(cadres).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    expect(cadres).toContain('sqref="C2:C1000"><formula1>&quot;Nam,Nữ&quot;</formula1>');
    expect(cadres).toContain('<formula1>&apos;Vị trí&apos;!$A$2:$A$1000</formula1>');
    expect(cadres).toContain('&quot;Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ&quot;');
    expect(text(files, 'xl/worksheets/sheet4.xml')).toContain('<formula1>&apos;Chức danh&apos;!$A$2:$A$1000</formula1>');
    expect(text(files, 'xl/worksheets/sheet8.xml')).toContain('&quot;Nơi đi,Nơi đến,Cán bộ&quot;');
    expect(text(files, 'xl/comments5.xml')).toContain('Ngày: ô kiểu ngày, hoặc chữ DD/MM/YYYY hay YYYY-MM-DD.');
    expect(text(files, 'xl/styles.xml')).toContain('formatCode="dd/mm/yyyy"');
  });

  it('names the English History sheet "history" (Excel reserves "History")', async () => {
    const out = join(dir, 'template.xlsx');
    expect((await runLines('template', '--lang', 'en', '--out', out)).code).toBe(0);
    expect(text(readZip(readFileSync(out)), 'xl/workbook.xml')).toContain('name="history"');
  });

  it('refuses an --out that is no .xlsx', async () => {
    const result = await runLines('template', '--out', join(dir, 'x.yaml'));
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('rotaplan: --out must name an .xlsx file (or - for standard output)');
  });
});

describe('--out - (standard output)', () => {
  it('export writes the same workbook bytes to standard output; import writes YAML there', async () => {
    const book = join(dir, 'small-out.xlsx');
    expect((await runLines('export', 'scenarios/small.yaml', '--out', book)).code).toBe(0);
    const piped = spawnSync(process.execPath, ['bin/rotaplan.mjs', 'export', 'scenarios/small.yaml', '--out', '-'], { encoding: 'buffer' });
    expect(piped.status).toBe(0);
    expect(piped.stderr.toString()).toBe('');
    expect(Buffer.compare(piped.stdout, readFileSync(book))).toBe(0);
    const imported = await runLines('import', book, '--out', '-');
    expect(imported.code).toBe(0);
    expect(imported.err).toEqual([]);
    expect(comparable(parse(imported.stdout))).toEqual(comparable(parse((await runLines('import', book)).stdout)));
    expect(imported.out[0]).toBe('version: 1');
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    // (The schema, 99 KB, is more than a pipe holds: the writer meets the closed pipe.)
    const piped = spawnSync('bash', ['-c', 'node bin/rotaplan.mjs schema | head -c 10 > /dev/null; echo "${PIPESTATUS[0]}"'], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe('0\n');
    // A command that fails still says so by its exit code, whoever reads its output.
    const failing = spawnSync('bash', ['-c', 'node bin/rotaplan.mjs solve test/explain/fixtures/luc-nam.yaml --json | true; echo "${PIPESTATUS[0]}"'], { encoding: 'utf8' });
    expect(failing.stdout).toBe('1\n');
    expect(failing.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe('rotaplan export and import', () => {
  it('export resolves overlays; import writes the scenario back as YAML', async () => {
    const overlay = join(dir, 'leave.yaml');
    writeFileSync(overlay, `extends: ${join(process.cwd(), 'scenarios/small.yaml')}\ncadres:\n  - { id: C-03, available: false }\n`);
    const book = join(dir, 'leave.xlsx');
    const yaml = join(dir, 'leave-back.yaml');
    expect((await runLines('export', overlay, '--out', book)).code).toBe(0);
    expect((await runLines('import', book, '--out', yaml)).code).toBe(0);
    const written = parse(readFileSync(yaml, 'utf8'));
    expect(Object.keys(written).slice(0, 3)).toEqual(['version', 'name', 'asOf']);
    expect(written.cadres.find((cadre: { id: string }) => cadre.id === 'C-03').available).toBe(false);
    expect(comparable(loadScenario(yaml).scenario)).toEqual(comparable(loadScenario(overlay).scenario));
  });

  it('an overlay may extend a workbook', async () => {
    const book = join(dir, 'small.xlsx');
    expect((await runLines('export', 'scenarios/small.yaml', '--out', book, '--lang', 'vi')).code).toBe(0);
    const overlay = join(dir, 'overlay.yaml');
    writeFileSync(overlay, 'extends: small.xlsx\nname: "what if C-01 stays"\ncadres:\n  - { id: C-01, available: false }\n');
    const base = loadScenario('scenarios/small.yaml').scenario;
    const merged = loadScenario(overlay).scenario;
    expect(merged.name).toBe('what if C-01 stays');
    expect(merged.cadres.find((cadre) => cadre.id === 'C-01')?.available).toBe(false);
    expect(merged.cadres.length).toBe(base.cadres.length);
    const solved = await runLines('solve', overlay, '--json');
    expect(solved.code).toBe(0);
  });

  it('import refuses a file that is no workbook', async () => {
    const result = await runLines('import', 'scenarios/small.yaml');
    expect(result.code).toBe(2);
    expect(result.err).toEqual(['scenarios/small.yaml: import reads an .xlsx workbook']);
  });
});
