/**
 * Export then import gives the same scenario back: every scenario file of the project (overlays
 * resolved), the contract vectors, and generated scenarios (property tests over the scenario
 * arbitraries and over generated version 2 provinces with every feature; small by default,
 * WORKBOOK_RUNS=100 for more). The same scenario gives the same bytes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/generate/province.ts';
import { loadScenario, parseScenario } from '../../src/scenario/load.ts';
import { scenarioWorkbook } from '../../src/workbook/write.ts';
import { scenarioArb } from '../scenario/arbitraries.ts';
import { tempDir } from '../support/cli.ts';
import { comparable, throughWorkbook } from './helpers.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ya?ml|json)$/.test(entry.name) && entry.name !== 'expected.json' ? [join(dir, entry.name)] : [],
  );

/** Every scenario of the project, and the contract's version 2 vectors; each in one language (alternating). */
const SCENARIOS = [...files('scenarios'), ...files('test/fixtures/contract').filter((file) => /example-6/.test(file))].map((file, i) => [file, i % 2 ? 'en' : 'vi'] as const);

describe('export → import', () => {
  const { dir } = tempDir();
  it.each(SCENARIOS)('%s (%s)', async (file, lang) => {
    const { scenario } = loadScenario(file);
    const { back } = await throughWorkbook(scenario, lang, dir);
    expect(comparable(back)).toEqual(comparable(scenario));
  });

  it('gives the same bytes for the same scenario', async () => {
    const { scenario } = loadScenario('scenarios/small.yaml');
    const first = await scenarioWorkbook(scenario as never, 'vi');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await scenarioWorkbook(scenario as never, 'vi')).equals(first)).toBe(true);
  });
});

/** Text a spreadsheet cell keeps as typed: trimmed, NFC, no control characters, not empty. */
const cellText = fc.string({ unit: fc.constantFrom(...'abc xyzĐđàáạÂệ-_/0123456789'.split('')), minLength: 1, maxLength: 12 }).map((text) => text.trim() || 'x');

function clean(raw: any): any {
  const name = (entry: any, text: string) => (entry.name === undefined ? entry : { ...entry, name: text });
  return {
    ...raw,
    units: raw.units.map((unit: any, i: number) => name(unit, `Unit ${i}`)),
    cadres: raw.cadres.map((cadre: any, i: number) => name(cadre, `Cán bộ ${i}`)),
    consents: (raw.consents ?? []).map((consent: any) => (consent.note === undefined ? consent : { ...consent, note: 'ghi chú' })),
  };
}

describe('export → import, generated scenarios', () => {
  const { dir } = tempDir();
  test.prop([scenarioArb, cellText, fc.constantFrom('vi' as const, 'en' as const)], { numRuns: Number(process.env.WORKBOOK_RUNS ?? 8) })(
    'gives the same scenario back',
    async (raw, name, lang) => {
      const scenario = parseScenario({ ...clean(raw), name }).scenario;
      const { back } = await throughWorkbook(scenario, lang, dir);
      expect(comparable(back)).toEqual(comparable(scenario));
    },
  );
});

describe('export → import, generated provinces (version 2, every feature)', () => {
  const { dir } = tempDir();
  test.prop([fc.nat(10_000), fc.integer({ min: 8, max: 40 }), fc.constantFrom('vi' as const, 'en' as const)], { numRuns: Math.max(2, Math.round(Number(process.env.WORKBOOK_RUNS ?? 8) / 4)) })(
    'gives the same scenario back',
    async (seed, cadres, lang) => {
      const scenario = parseScenario(generateProvince({ cadres, seed })).scenario;
      const { back } = await throughWorkbook(scenario, lang, dir);
      expect(comparable(back)).toEqual(comparable(scenario));
    },
  );
});
