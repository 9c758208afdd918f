/**
 * Issue 16: the JSON Schema (`rotaplan schema`) compiles under strict ajv and accepts every
 * file `rotaplan validate` accepts: every scenario and what-if in scenarios/, the contract
 * examples, generated scenarios and generated overlays (policy changes and partial entries).
 * Before the fix strict ajv refused to compile it and scenarios/whatif/cadre-on-leave.yaml
 * failed it. It also still refuses what it can see is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.ts';
import { applyOverlay, loadScenario, parseScenario, readScenarioFile } from '../../src/scenario/load.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { overlayArb } from '../compare/variants.ts';
import { scenarioArb } from '../property/arbitraries.ts';
import { runs } from '../support/size.ts';

const root = new URL('../../', import.meta.url).pathname;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateSchema = ajv.compile(scenarioJsonSchema());

function schemaErrors(value: unknown): string[] {
  return validateSchema(value) ? [] : (validateSchema.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

function accepted(load: () => unknown): boolean {
  try {
    load();
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name) && entry.name !== 'expected.json')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const shipped = [...filesUnder(join(root, 'scenarios')), ...filesUnder(join(root, 'test/fixtures/contract'))];
const raw = (file: string) => (file.endsWith('.json') ? JSON.parse(readFileSync(file, 'utf8')) : parse(readFileSync(file, 'utf8')));

describe('the JSON Schema', () => {
  it('compiles under strict ajv', () => {
    expect(() => new Ajv2020({ strict: true }).compile(scenarioJsonSchema())).not.toThrow();
  });

  it('there are shipped files to check, overlays among them', () => {
    expect(shipped.length).toBeGreaterThan(20);
    expect(shipped.some((file) => file.endsWith('cadre-on-leave.yaml'))).toBe(true);
  });

  it.each(shipped.map((file) => [relative(root, file), file]))('accepts %s, as validate does', (_name, file) => {
    expect(accepted(() => loadScenario(file))).toBe(true);
    expect(schemaErrors(raw(file))).toEqual([]);
  });

  it('accepts every generated scenario validate accepts', () => {
    fc.assert(
      fc.property(scenarioArb(), (input) => {
        expect(accepted(() => parseScenario(input))).toBe(true);
        expect(schemaErrors(JSON.parse(JSON.stringify(input)))).toEqual([]);
      }),
      { numRuns: runs({ small: 15, large: 300 }) },
    );
  });

  const basePath = join(root, 'scenarios/province.yaml');
  const base = readScenarioFile(basePath).raw;
  const scenario = loadScenario(basePath).scenario;
  const cadres = base.cadres as Record<string, unknown>[];
  const positions = base.positions as Record<string, unknown>[];

  /** Entries given by id with a few of their own fields (changed or not): partial entries. */
  const partialEntries = (list: Record<string, unknown>[]) =>
    fc.subarray(list, { minLength: 1, maxLength: 3 }).chain((entries) =>
      fc.tuple(
        ...entries.map((entry) =>
          fc.subarray(Object.keys(entry).filter((key) => key !== 'id')).map((keys) => ({ id: entry.id, ...Object.fromEntries(keys.map((key) => [key, entry[key]])) })),
        ),
      ),
    );

  const overlays = fc.record({
    policy: fc.option(fc.constantFrom('relax' as const, 'tighten' as const).chain((dir) => overlayArb(scenario, dir)), { nil: undefined }),
    cadres: fc.option(partialEntries(cadres), { nil: undefined }),
    positions: fc.option(partialEntries(positions), { nil: undefined }),
    name: fc.option(fc.string(), { nil: undefined }),
  });

  it('accepts every generated overlay validate accepts', () => {
    let checked = 0;
    fc.assert(
      fc.property(overlays, (parts) => {
        const overlay: Record<string, unknown> = { extends: 'province.yaml', ...(parts.policy?.overlay ?? {}) };
        if (parts.cadres) overlay.cadres = parts.cadres;
        if (parts.positions) overlay.positions = parts.positions;
        if (parts.name !== undefined) overlay.name = parts.name;
        const { extends: _base, ...changes } = overlay;
        if (!accepted(() => parseScenario(applyOverlay(base, changes)))) return;
        checked++;
        expect(schemaErrors(JSON.parse(JSON.stringify(overlay)))).toEqual([]);
      }),
      { numRuns: runs({ small: 20, large: 400 }) },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('still refuses what a schema can see: an unknown field, a wrong type, a partial entry outside an overlay', () => {
    const small = raw(join(root, 'scenarios/small.yaml'));
    expect(schemaErrors({ ...small, mustfill: true })).not.toEqual([]);
    expect(schemaErrors({ ...small, units: 'U-A' })).not.toEqual([]);
    expect(schemaErrors({ ...small, cadres: [{ id: 'C-01', available: false }] })).not.toEqual([]);
    expect(schemaErrors({ extends: 'small.yaml', cadres: [{ id: 'C-01', available: false }] })).toEqual([]);
    expect(schemaErrors({ extends: 'small.yaml', cadres: [{ available: false }] })).not.toEqual([]);
    // An overlay's empty list of entries (`cadres:` in YAML) keeps the base's, as validate reads it.
    expect(schemaErrors({ extends: 'small.yaml', cadres: null, units: null })).toEqual([]);
    expect(accepted(() => parseScenario(applyOverlay(raw(join(root, 'scenarios/small.yaml')), { cadres: null, units: null })))).toBe(true);
    expect(schemaErrors({ ...small, cadres: null })).not.toEqual([]);
  });
});
