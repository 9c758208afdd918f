/**
 * Issue 16: the command line without papercuts. Sweep paths that name no field, output files
 * with long names or named `-`, outputs that are inputs, limits on generate, the version,
 * the command list and plain usage messages. Each case failed before its fix.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, runLines, tempDir } from '../support/cli.ts';

const temp = tempDir();
const small = join(temp.dir, 'small.yaml');
copyFileSync(new URL('../../scenarios/small.yaml', import.meta.url), small);
const overlay = temp.write('overlay.yaml', 'extends: small.yaml\nname: overlay\n');

async function cli(...argv: string[]) {
  const result = await runLines(...argv);
  expectNoStackTrace(result.err);
  return result;
}

describe('sweep --set paths that name no field (item 4)', () => {
  it.each(['policy.__proto__', 'policy.constructor', 'toString', 'cadres[C-01].constructor', '__proto__.maxMoves'])('%s: exit 2', async (path) => {
    const { code, err } = await cli('sweep', small, '--set', `${path}=1`);
    expect(code).toBe(2);
    expect(err[0]).toMatch(new RegExp(`^--set ${path.replace(/[[\].]/g, '\\$&')}=1: unknown path: `));
  });
});

describe('sweep values beyond a limit (item 3)', () => {
  it('--set policy.weights.development=1e300 is refused naming the limit', async () => {
    const { code, err } = await cli('sweep', small, '--set', 'policy.weights.development=1e300');
    expect(code).toBe(2);
    expect(err).toEqual(['--set policy.weights.development=1e300: must be between -1,000,000 and 1,000,000 (the limit for a weight)']);
  });
});

describe('count options have limits', () => {
  it.each([
    [['solve', 'x.yaml', '--top', '1e9'], 'rotaplan: --top must be at most 1,000 (the limit of --top)'],
    [['compare', 'x.yaml', '--jobs', '100000'], 'rotaplan: --jobs must be at most 64 (the limit of --jobs)'],
    [['report', 'x.yaml', '-o', 'r.html', '--alternatives', '1e6'], 'rotaplan: --alternatives must be at most 100 (the limit of --alternatives)'],
  ] as const)('%j', async (argv, line) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err[0]).toBe(line);
  });
});

describe('output files', () => {
  it('report --out with a 250-byte file name works, and leaves no temporary file (item 5)', async () => {
    const name = `${'r'.repeat(250)}.md`;
    const { code } = await cli('report', small, '--format', 'md', '--out', join(temp.dir, name));
    expect(code).toBe(0);
    expect(existsSync(join(temp.dir, name))).toBe(true);
    expect(readdirSync(temp.dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('report -o - writes the report to standard output', async () => {
    const { code, stdout } = await cli('report', small, '--format', 'csv', '-o', '-');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\uFEFFplan,objective,/);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  it('an output that is an input (the scenario, a base it extends, a link to one) is refused and left as it was', async () => {
    const before = readFileSync(small, 'utf8');
    symlinkSync('small.yaml', join(temp.dir, 'link.yaml'));
    for (const [file, out] of [[small, small], [overlay, small], [small, join(temp.dir, 'link.yaml')]] as const) {
      const { code, err } = await cli('report', file, '--format', 'md', '--out', out);
      expect(code).toBe(2);
      expect(err[0]).toMatch(/^--out .*: is an input of this command \(.*small\.yaml\); choose another file to write$/);
    }
    expect(readFileSync(small, 'utf8')).toBe(before);
  });

  it('generate -o - prints the province; --cadres has a limit', async () => {
    const printed = await cli('generate', '--cadres', '4', '-o', '-');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^version: \d\n/);
    const { code, err } = await cli('generate', '--cadres', '1e9');
    expect(code).toBe(2);
    expect(err[0]).toBe('rotaplan: --cadres must be at most 10,000 (the limit of generate)');
  });
});

describe('serve', () => {
  it('a host that does not resolve is a usage error, not an internal one', async () => {
    const { code, err } = await cli('serve', small, '--host', '256.1.1.1');
    expect(code).toBe(2);
    expect(err).toEqual(['cannot listen on 256.1.1.1:0 (ENOTFOUND)']);
  });
});

describe('first contact', () => {
  it('--version prints the version', async () => {
    const { code, out } = await cli('--version');
    expect(code).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(out).toEqual([pkg.version]);
  });

  it('a bare call lists the commands', async () => {
    const { code, err } = await cli();
    expect(code).toBe(2);
    for (const command of ['solve <file>', 'validate <file>', 'check <file> <plan>', 'report <file>', 'schema']) {
      expect(err.some((line) => line.includes(`rotaplan ${command}`))).toBe(true);
    }
  });

  it.each([
    [['validate'], 'rotaplan: validate: missing <file> (usage: rotaplan validate <file> [options])'],
    [['check', 'x.yaml'], 'rotaplan: check: missing <plan> (usage: rotaplan check <file> <plan> [options])'],
    [['report', 'x.yaml'], 'rotaplan: missing option --out: name the file to write with --out PATH (usage: rotaplan report <file> [options])'],
    [['frobnicate'], /^rotaplan: unknown command "frobnicate"; the commands are: solve, check, validate, /],
    [['validate', 'a.yaml', 'b.yaml'], 'rotaplan: validate: unexpected argument "b.yaml" (usage: rotaplan validate <file> [options])'],
    [['solve', 'a.yaml', '--bogus'], 'rotaplan: solve: unknown option --bogus (usage: rotaplan solve <file> [options])'],
  ] as const)('plain usage message for %j', async (argv, expected) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    if (typeof expected === 'string') expect(err[0]).toBe(expected);
    else expect(err[0]).toMatch(expected);
    expect(err.join('\n')).not.toMatch(/non-option arguments|Missing required argument/);
  });

  it('a folder as the scenario says so', async () => {
    const { code, err } = await cli('validate', temp.dir);
    expect(code).toBe(2);
    expect(err).toEqual([`${temp.dir}: is a directory, not a scenario file`]);
  });

  it('a plan file or an audit log that is a named pipe, or a plan that is not JSON, gets one line', async () => {
    writeFileSync(join(temp.dir, 'plan.json'), '{"moves": [}');
    const { code, err } = await cli('check', small, join(temp.dir, 'plan.json'));
    expect(code).toBe(2);
    expect(err).toEqual([`${join(temp.dir, 'plan.json')}:1:12: JSON syntax error: expected a value, found "}"`]);
    execFileSync('mkfifo', [join(temp.dir, 'plan-pipe.json')]);
    const piped = await cli('check', small, join(temp.dir, 'plan-pipe.json'));
    expect(piped.code).toBe(2);
    expect(piped.err).toEqual([`${join(temp.dir, 'plan-pipe.json')}: is a named pipe, not a plan file`]);
    execFileSync('mkfifo', [join(temp.dir, 'd.audit.jsonl')]);
    const audit = await cli('audit', join(temp.dir, 'd.audit.jsonl'));
    expect(audit.code).toBe(2);
    expect(audit.err).toEqual([`${join(temp.dir, 'd.audit.jsonl')}: is a named pipe, not an audit log`]);
  });
});
