/**
 * Issue 16: crafted input files are answered with exit 2 and one clear line (never a hang,
 * a stack overflow or a misleading message), and legal files the loader used to refuse are
 * read. Each case failed before the fix it names.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/load.ts';
import { LIMITS } from '../../src/scenario/limits.ts';
import { InputError } from '../../src/scenario/problems.ts';
import { baseScenario } from '../scenario/helpers.ts';
import { expectNoStackTrace, runLines, tempDir } from '../support/cli.ts';

const temp = tempDir();
const base = temp.write('base.yaml', baseScenario());

/** What loading says: 'valid' or the problems, one a line. */
function verdict(path: string): string {
  try {
    loadScenario(path);
    return 'valid';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.message;
  }
}

async function validate(path: string): Promise<{ code: number; err: string[] }> {
  const { code, err } = await runLines('validate', path);
  expectNoStackTrace(err);
  return { code, err };
}

describe('files that are not regular files (item 6)', () => {
  it('a named pipe as the scenario is refused at once', async () => {
    const pipe = join(temp.dir, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    const { code, err } = await validate(pipe);
    expect(code).toBe(2);
    expect(err).toEqual([`${pipe}: is a named pipe, not a scenario file`]);
  });

  it('a named pipe as an extends target is refused at the extends field', () => {
    const pipe = join(temp.dir, 'base-pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    const overlay = temp.write('over-pipe.yaml', 'extends: base-pipe.yaml\n');
    expect(verdict(overlay)).toMatch(/over-pipe\.yaml: extends: the base file cannot be used: .*base-pipe\.yaml: is a named pipe/);
  });

  it('a device, a folder and a symbolic link loop each get one line', async () => {
    expect((await validate('/dev/zero')).err).toEqual(['/dev/zero: is a device, not a scenario file']);
    const folder = join(temp.dir, 'folder.yaml');
    mkdirSync(folder);
    expect(verdict(folder)).toBe(`${folder}: is a directory, not a scenario file`);
    const plainFolder = join(temp.dir, 'plain');
    mkdirSync(plainFolder);
    expect(verdict(plainFolder)).toBe(`${plainFolder}: is a directory, not a scenario file`);
    symlinkSync('loop-b.yaml', join(temp.dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(temp.dir, 'loop-b.yaml'));
    expect(verdict(join(temp.dir, 'loop-a.yaml'))).toMatch(/too many symbolic links/);
  });

  it(`a file over ${LIMITS.fileBytes} bytes is refused before it is read (item 8)`, () => {
    const big = join(temp.dir, 'big.yaml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, LIMITS.fileBytes + 1);
    closeSync(fd);
    expect(verdict(big)).toBe(`${big}: the file is 10 MB, more than the limit of 10 MB for one input file`);
  });
});

describe('nesting depth (item 2)', () => {
  const deep = (levels: number) => `name: x\nextra: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
  it.each([1_500, 2_000, 100_000])('YAML flow lists %i deep: exit 2 naming the limit, at a position', async (levels) => {
    const file = temp.write(`deep-${levels}.yaml`, deep(levels));
    const { code, err } = await validate(file);
    expect(code).toBe(2);
    expect(err).toEqual([`${file}:2:${7 + LIMITS.depth}: nested more than 64 levels deep (the limit for lists and mappings inside each other)`]);
  });

  it('YAML block mappings 2,000 deep', () => {
    const text = `a:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}b${i}:`).join('\n')} 1\n`;
    expect(verdict(temp.write('deep-block.yaml', text))).toMatch(/deep-block\.yaml:\d+:\d+: nested more than 64 levels deep/);
  });

  it('YAML aliases that nest deeper than the text are caught too', () => {
    // Seven anchors, each ten lists around the one before: 70 levels, 6 aliases.
    const lines = [`a0: &a0 ${'['.repeat(10)}1${']'.repeat(10)}`];
    for (let i = 1; i <= 6; i++) lines.push(`a${i}: &a${i} ${'['.repeat(10)}*a${i - 1}${']'.repeat(10)}`);
    expect(verdict(temp.write('alias-deep.yaml', `${lines.join('\n')}\n`))).toMatch(/alias-deep\.yaml: a6(\[0\]){63}: nested more than 64 levels deep/);
  });

  it('JSON 100,000 deep', () => {
    const file = temp.write('deep.txt', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const json = file.replace(/\.txt$/, '.json');
    writeFileSync(json, `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(verdict(json)).toBe(`${json}:1:${6 + LIMITS.depth}: JSON syntax error: nested more than 64 levels deep (the limit for lists and objects inside each other)`);
  });

  it('64 levels are read', () => {
    const scenario = { ...baseScenario(), description: 'x' };
    const text = `${JSON.stringify(scenario).slice(0, -1)}, "name": ${'['.repeat(LIMITS.depth - 1)}${']'.repeat(LIMITS.depth - 1)}}`;
    const file = join(temp.dir, 'deep-ok.json');
    writeFileSync(file, text.replace('"name":"base",', ''));
    // 63 lists inside the scenario object: read, then refused by the schema (name is a string), not by depth.
    expect(verdict(file)).toBe('name: must be a string (got a list)');
  });
});

describe('numbers (items 3 and 7, whole numbers above 2^53)', () => {
  it.each([1e300, 1e308, -1e300, 1_000_001])('weight %d is refused naming the field and the limit', (value) => {
    const file = temp.write(`w-${value}.yaml`, { ...baseScenario(), policy: { weights: { development: value } } });
    expect(verdict(file)).toBe('policy.weights.development: must be between -1,000,000 and 1,000,000 (the limit for a weight)');
  });

  it('a whole number above 2^53 is out of range, not "not a whole number"', () => {
    const file = join(temp.dir, 'huge-int.json');
    writeFileSync(file, JSON.stringify({ ...baseScenario(), policy: { minTenureMonths: 1 } }).replace('"minTenureMonths":1', '"minTenureMonths":9007199254740993'));
    expect(verdict(file)).toBe('policy.minTenureMonths: must be at most 1,000,000 (the limit for a count)');
  });

  it('a valid JSON number of 500 characters is read', () => {
    const file = join(temp.dir, 'long-number.json');
    const text = JSON.stringify({ ...baseScenario(), policy: { weights: { fit: 0.5 } } }).replace('"fit":0.5', `"fit":0.${'5'.repeat(500)}`);
    writeFileSync(file, text);
    expect(verdict(file)).toBe('valid');
    expect(loadScenario(file).scenario.policy.weights.fit).toBeCloseTo(0.5556, 3);
  });

  it(`ids longer than ${LIMITS.idLength} characters are refused`, () => {
    const scenario = baseScenario();
    scenario.units[2].id = 'U'.repeat(LIMITS.idLength + 1);
    expect(verdict(temp.write('long-id.yaml', scenario))).toMatch(/^units\[2\]\.id: is longer than 200 characters \(the limit for an id\)/);
  });
});

describe('encodings and line ends (item 8)', () => {
  const text = stringify(baseScenario());
  it('%YAML 1.1 files read unquoted dates as dates', () => {
    expect(verdict(temp.write('y11.yaml', `%YAML 1.1\n---\n${text}`))).toBe('valid');
  });

  it('CR-only line ends are line ends', () => {
    expect(verdict(temp.write('cr.yaml', text.replace(/\n/g, '\r')))).toBe('valid');
    expect(verdict(temp.write('crlf.yaml', text.replace(/\n/g, '\r\n')))).toBe('valid');
  });

  it('UTF-16 is decoded, with a byte order mark or without; a binary file is named', () => {
    const le = join(temp.dir, 'u16le.yaml');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(verdict(le)).toBe('valid');
    const be = join(temp.dir, 'u16be.yaml');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(verdict(be)).toBe('valid');
    const bare = join(temp.dir, 'u16bare.yaml');
    writeFileSync(bare, Buffer.from(text, 'utf16le'));
    expect(verdict(bare)).toBe('valid');
    const bareBe = join(temp.dir, 'u16bare-be.yaml');
    writeFileSync(bareBe, Buffer.from(text, 'utf16le').swap16());
    expect(verdict(bareBe)).toBe('valid');
    const binary = join(temp.dir, 'binary.yaml');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]));
    expect(verdict(binary)).toMatch(/binary\.yaml: the file contains NUL bytes \(at byte 6\): it is binary, or UTF-16 without a byte order mark; save it as UTF-8 text/);
  });

  it('a legacy 8-bit encoding is named with its line', () => {
    const file = join(temp.dir, 'latin.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from(`${text}description: "`), Buffer.from([0xe0, 0x20]), Buffer.from('"\n')]));
    expect(verdict(file)).toMatch(/latin\.yaml: the file is not valid UTF-8 \(first bad byte at line \d+, byte \d+\): save it as UTF-8/);
  });
});

describe('overlays (item 8)', () => {
  it('a missing extends target names the extends field', () => {
    const overlay = temp.write('over-missing.yaml', 'extends: nowhere.yaml\n');
    expect(verdict(overlay)).toBe(`${overlay}: extends: the base file cannot be used: ${join(temp.dir, 'nowhere.yaml')}: no such file`);
  });

  it('a __proto__ key in an overlay is refused, not applied', () => {
    const overlay = temp.write('over-proto.yaml', `extends: base.yaml\n__proto__: { name: hacked }\n`);
    expect(verdict(overlay)).toBe(`${overlay}: __proto__: the key "__proto__" is not allowed (it is no field of a scenario)`);
    const json = join(temp.dir, 'over-proto.json');
    writeFileSync(json, '{"extends": "base.yaml", "policy": {"__proto__": {"maxMoves": 1}}}');
    expect(verdict(json)).toBe(`${json}: policy.__proto__: the key "__proto__" is not allowed (it is no field of a scenario)`);
  });

  it(`a chain of more than ${LIMITS.extendsChain} overlays is refused`, () => {
    let previous = 'base.yaml';
    for (let i = 0; i <= LIMITS.extendsChain; i++) previous = temp.write(`chain-${i}.yaml`, `extends: ${previous.split('/').pop()}\n`);
    expect(verdict(previous)).toMatch(/extends: more than 32 files in one chain of overlays \(the limit\)/);
    expect(verdict(join(temp.dir, `chain-${LIMITS.extendsChain - 2}.yaml`))).toBe('valid');
  });

  it('YAML-only values (binary, sets, timestamps) are refused by name', () => {
    const text = stringify(baseScenario());
    expect(verdict(temp.write('binary.yaml', `${text}description: !!binary aGVsbG8=\n`))).toMatch(/description: binary data \(!!binary\) is not a scenario value/);
    expect(verdict(temp.write('set.yaml', `${text}description: !!set { a, b }\n`))).toMatch(/description: a YAML set \(!!set\) is not a scenario value/);
  });
});

describe('beyond the list', () => {
  it('an id with control characters is refused (a message quoting it would drive the terminal)', () => {
    const scenario = baseScenario();
    scenario.units[2].id = 'U-C\u001b[2J';
    expect(verdict(temp.write('control-id.yaml', scenario))).toMatch(/^units\[2\]\.id: must not contain control characters/);
  });

  it('an overlay extending itself through a link is a cycle', () => {
    const self = temp.write('self-a.yaml', 'extends: self-link.yaml\n');
    symlinkSync('self-a.yaml', join(temp.dir, 'self-link.yaml'));
    expect(verdict(self)).toMatch(/extends: overlays extend each other in a cycle: .*self-a\.yaml → .*self-link\.yaml$/);
  });

  it('empty lists everywhere are valid', () => {
    const file = temp.write('empty.yaml', { version: 1, name: '', asOf: '2027-01-01', units: [], positions: [], cadres: [], consents: [], pins: [], forbids: [], policy: { quotas: [], nonLocalTitles: [] } });
    expect(verdict(file)).toBe('valid');
  });

  it('an unknown top-level field names the file', () => {
    const file = temp.write('unknown-top.yaml', { ...baseScenario(), 'odd\nkey': 1 });
    expect(verdict(file)).toBe(`${file}: unknown field "odd\\nkey"`);
  });
});

describe('many keys', () => {
  // Before the fix 30,000 keys took 11 s of CPU (quadratic); 50,000 now take well under one.
  it('50,000 keys in one mapping: duplicate keys found in linear time, the message stays short', { timeout: 60_000 }, () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const policy = temp.write('many-policy-keys.yaml', `${stringify(baseScenario())}policy:\n${keys}\n`);
    expect(verdict(policy)).toBe('policy: unknown fields "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 49990 more');
    const duplicated = temp.write('many-keys-dup.yaml', `${stringify(baseScenario())}extra:\n${keys}\n  k5: 2\n`);
    expect(verdict(duplicated)).toMatch(/many-keys-dup\.yaml:\d+:3: YAML error: duplicate key "k5" \(keys must be unique\)/);
  });
});

describe('the base file stays usable', () => {
  it('the fixture scenario is valid', () => expect(verdict(base)).toBe('valid'));
});
