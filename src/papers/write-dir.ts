/**
 * Writing the papers all together or not at all: every file goes into a fresh temporary
 * directory first. A new output directory is then that temporary directory renamed (one
 * atomic step); into an existing one, the files are renamed one by one (each replaced
 * atomically) only once all of them are written. Any failure removes the temporary directory
 * and leaves the output as it was.
 */
import { chmodSync, fsyncSync, closeSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../scenario/problems.ts';

export function writeFilesAtomically(dir: string, files: readonly { readonly name: string; readonly bytes: Buffer }[]): void {
  const target = resolve(dir);
  const parent = dirname(target);
  const isDir = (path: string) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  };
  let exists = false;
  try {
    statSync(target);
    exists = true;
  } catch {
    exists = false;
  }
  if (exists && !isDir(target)) throw new InputError(`--out ${dir}: is a file, not a directory`);
  if (!isDir(parent)) throw new InputError(`--out ${dir}: the directory ${parent} does not exist`);
  let temp: string | undefined;
  try {
    // A short temporary name: a legal 255-byte folder name must still work.
    temp = mkdtempSync(join(exists ? target : parent, '.rotaplan-tmp-'));
    chmodSync(temp, 0o755);
    for (const file of files) {
      const fd = openSync(join(temp, file.name), 'w', 0o644);
      try {
        writeSync(fd, file.bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    if (exists) {
      for (const file of files) renameSync(join(temp, file.name), join(target, file.name));
      rmSync(temp, { recursive: true, force: true });
    } else {
      renameSync(temp, target);
    }
    temp = undefined;
  } catch (error) {
    if (temp) rmSync(temp, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(`--out ${dir}: cannot be written (${code})`);
    throw error;
  }
}
