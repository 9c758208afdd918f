/** Runs the CLI in-process with a capturing Output, and writes scenario and plan files to a temp dir. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function run(argv: readonly string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io = {
    out: (text: string) => void (out += text.endsWith('\n') ? text : `${text}\n`),
    err: (text: string) => void (err += text.endsWith('\n') ? text : `${text}\n`),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The same run, its output cut into non-empty lines (and stdout kept whole). */
export async function runLines(...argv: string[]): Promise<{ code: number; out: string[]; err: string[]; stdout: string }> {
  const { code, out, err } = await run(argv);
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return { code, out: lines(out), err: lines(err), stdout: out };
}

/** Fails on anything that looks like a stack trace or an internal error. */
export function expectNoStackTrace(lines: readonly string[]): void {
  for (const line of lines) expect(line).not.toMatch(/^\s+at |Error:|internal error/);
}

/** A fresh temporary directory; `write(name, value)` writes JSON or YAML by the extension. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'rotaplan-test-'));
  return {
    dir,
    write(name: string, value: unknown): string {
      const path = join(dir, name);
      writeFileSync(path, name.endsWith('.json') ? JSON.stringify(value, null, 2) : typeof value === 'string' ? value : stringify(value));
      return path;
    },
  };
}
