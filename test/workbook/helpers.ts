/** Shared by the workbook tests: a scenario through a workbook and back, compared as parsed. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/terms.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { scenarioWorkbook } from '../../src/workbook/write.ts';

/** The scenario without absent-or-null distinctions (an empty cell is an absent field). */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, comparable(inner)]),
    );
  }
  return value;
}

/** Exports a parsed scenario to `dir/name` and loads it back. */
export async function throughWorkbook(scenario: Scenario, lang: Lang, dir: string, name = 'book.xlsx'): Promise<{ path: string; back: Scenario }> {
  const path = join(dir, name);
  writeFileSync(path, await scenarioWorkbook(scenario as unknown as Record<string, unknown>, lang));
  return { path, back: loadScenario(path).scenario };
}
