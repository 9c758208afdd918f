/** Runs the CLI in-process with a capturing Output, and writes scenario and plan files to a temp dir. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
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
