/**
 * Writing the report atomically: the bytes go to a temporary file next to the target, which
 * is then renamed over it. A failure leaves no half-written report (and no temporary file).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../scenario/problems.ts';

export function writeAtomically(path: string, content: string | Uint8Array): void {
  const target = resolve(path);
  const dir = dirname(target);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError(`--out ${path}: the directory ${dir} does not exist`);
  try {
    if (statSync(target).isDirectory()) throw new InputError(`--out ${path}: is a directory, not a file`);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      if (typeof content === 'string') writeSync(fd, content, null, 'utf8');
      else writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(`--out ${path}: cannot be written (${code})`);
    throw error;
  }
}
