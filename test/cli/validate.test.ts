/** `rotaplan validate` and `rotaplan schema` through main(), with exit codes and every line printed. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseScenario, edited } from '../scenario/helpers.ts';
import { expectNoStackTrace, runLines } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'rotaplan-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const run = runLines;

const noStackTrace = expectNoStackTrace;

describe('rotaplan validate', () => {
  it('a valid file: exit 0 and a summary', async () => {
    const path = write('ok.json', JSON.stringify(baseScenario()));
    const { code, out, err } = await run('validate', path);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('valid: base, as of 2027-01-01');
    expect(out.join('\n')).toMatch(/units\s+3/);
    expect(out.join('\n')).toMatch(/posts\s+4 \(1 vacant, 1 must be filled\)/);
    expect(out.join('\n')).toMatch(/cadres\s+3 \(3 available\)/);
    expect(out.join('\n')).toMatch(/consents\s+3 \(2 objections\)/);
    expect(out.join('\n')).toMatch(/pins\s+1/);
  });

  it('--json prints the summary as one JSON object', async () => {
    const path = write('ok2.yaml', JSON.stringify(baseScenario()));
    const { code, stdout } = await run('validate', path, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ valid: true, units: 3, positions: 4, vacantPositions: 1, cadres: 3, pins: 1 });
  });

  it('the bundled scenarios are valid', async () => {
    for (const file of ['scenarios/small.yaml', 'scenarios/province.yaml']) {
      const { code, err } = await run('validate', file);
      expect({ file, code, err }).toEqual({ file, code: 0, err: [] });
    }
  });

  it('an invalid file: exit 2 and every problem on its own line with its path', async () => {
    const broken = edited((s) => {
      s.cadres[0].position = 'P-99';
      s.positions[0].holder = null;
      s.units.push({ id: 'U-A' });
      s.pins.push({ cadre: 'C-404', position: 'P-B1' });
    });
    const { code, out, err } = await run('validate', write('broken.json', JSON.stringify(broken)));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'units[3].id: duplicate unit id "U-A" (first at units[0])',
      'cadres[0].position: unknown position "P-99"',
      'pins[1].cadre: unknown cadre "C-404"',
    ]);
  });

  it('schema problems are all reported too', async () => {
    const broken = edited((s) => {
      s.cadres[1].born = '2021-02-30';
      s.policy = { stability: { maxOutShare: 2 }, weights: { move: 'four' } };
      delete s.name;
    });
    const { code, err } = await run('validate', write('broken2.json', JSON.stringify(broken)));
    expect(code).toBe(2);
    expect(err).toEqual([
      'name: is required',
      'policy.stability.maxOutShare: must be between 0 and 1',
      'policy.weights.move: must be a number (got "four")',
      'cadres[1].born: must be a real calendar date YYYY-MM-DD (got "2021-02-30")',
    ]);
  });

  const oneLine: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'absent.yaml'), /absent\.yaml: no such file$/],
    ['a directory', () => (mkdirSync(join(dir, 'folder.yaml'), { recursive: true }), join(dir, 'folder.yaml')), /folder\.yaml: is a directory, not a scenario file$/],
    ['an unknown extension', () => write('scenario.txt', 'version: 1'), /scenario\.txt: unsupported file type "\.txt": use \.json, \.yaml, \.yml or \.xlsx$/],
    ['a YAML syntax error', () => write('syntax.yaml', 'version: 1\nunits: [ { id: U-A }\nname: x\n'), /syntax\.yaml:\d+:\d+: YAML syntax error: /],
    ['a YAML duplicate key', () => write('dupkey.yaml', 'version: 1\nname: a\nversion: 1\n'), /dupkey\.yaml:3:1: YAML error: duplicate key "version" \(keys must be unique\)$/],
    ['a JSON syntax error', () => write('syntax.json', '{\n  "version": 1,\n  "name": "x",,\n}'), /syntax\.json:3:15: JSON syntax error: expected a quoted key, found ","$/],
    ['an empty file', () => write('empty.yaml', ''), /empty\.yaml: the file is empty$/],
    ['a file of only comments', () => write('comments.yaml', '# nothing yet\n'), /comments\.yaml: a scenario must be an object \(a mapping of fields\), not null$/],
    ['an empty JSON file', () => write('empty.json', '  \n'), /empty\.json: the file is empty$/],
    ['a YAML list', () => write('list.yaml', '- a\n- b\n'), /list\.yaml: a scenario must be an object \(a mapping of fields\), not a list$/],
    ['a JSON list', () => write('list.json', '[]'), /list\.json: a scenario must be an object \(a mapping of fields\), not a list$/],
    ['a YAML scalar', () => write('scalar.yaml', 'hello\n'), /scalar\.yaml: a scenario must be an object \(a mapping of fields\), not a string$/],
    ['a JSON number', () => write('scalar.json', '42'), /scalar\.json: a scenario must be an object \(a mapping of fields\), not a number$/],
  ];

  it.each(oneLine)('%s: exit 2 with one clear line', async (_what, make, line) => {
    const { code, out, err } = await run('validate', make());
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(line);
    noStackTrace(err);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file: exit 2 with one clear line', async () => {
    const path = write('secret.yaml', 'version: 1\n');
    chmodSync(path, 0o000);
    const { code, err } = await run('validate', path);
    expect(code).toBe(2);
    expect(err).toEqual([`${path}: permission denied`]);
  });

  it('no file named: a usage error, exit 2', async () => {
    const { code, err } = await run('validate');
    expect(code).toBe(2);
    noStackTrace(err);
  });
});

describe('rotaplan schema', () => {
  it('prints valid JSON whose properties include units, positions and cadres', async () => {
    const { code, stdout } = await run('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['units', 'positions', 'cadres', 'policy', 'extends']));
    expect(schema.else.required).toEqual(['version', 'name', 'asOf', 'units', 'positions', 'cadres']);
  });

  it('is deterministic', async () => {
    expect((await run('schema')).stdout).toBe((await run('schema')).stdout);
  });

  it('an overlay needs only extends; its entries need only an id', async () => {
    const schema = JSON.parse((await run('schema')).stdout);
    expect(schema.if.required).toEqual(['extends']);
    expect(schema.then.required).toEqual(['extends']);
    expect(schema.then.properties.cadres.anyOf[0].items.required).toEqual(['id']);
    expect(schema.else.properties.cadres.items.required).toEqual(['id', 'gender', 'born', 'position', 'since']);
  });
});
