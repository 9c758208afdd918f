/**
 * Workbooks saved by LibreOffice read as the scenario they hold: a committed fixture (contract
 * vector 601 exported in Vietnamese, then opened and saved by LibreOffice Calc 7.4), and, when
 * `soffice` is installed, a fresh round trip through `soffice --headless --convert-to xlsx`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.ts';
import { scenarioWorkbook } from '../../src/workbook/write.ts';
import { tempDir } from '../support/cli.ts';
import { comparable } from './helpers.ts';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

describe('workbooks saved by LibreOffice', () => {
  it('the committed fixture holds contract vector 601', () => {
    const fixture = loadScenario('test/workbook/fixtures/libreoffice-601-vi.xlsx').scenario;
    expect(comparable(fixture)).toEqual(comparable(loadScenario('test/fixtures/contract/example-601.yaml').scenario));
  });

  it.skipIf(!hasSoffice)('an exported workbook opened and saved by soffice reads the same', async () => {
    const { dir } = tempDir();
    const { scenario } = loadScenario('test/fixtures/contract/example-605.yaml');
    const source = join(dir, 'in', 'round.xlsx');
    spawnSync('mkdir', ['-p', join(dir, 'in'), join(dir, 'out')]);
    writeFileSync(source, await scenarioWorkbook(scenario as never, 'en'));
    // A profile of its own: another soffice running on the machine must not take the conversion.
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), source], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const saved = join(dir, 'out', 'round.xlsx');
    expect(existsSync(saved)).toBe(true);
    copyFileSync(saved, join(dir, 'saved.xlsx'));
    expect(comparable(loadScenario(join(dir, 'saved.xlsx')).scenario)).toEqual(comparable(scenario));
  });
});
