/**
 * Writing what a command produces, for every command that takes an output file:
 * - `-` means standard output;
 * - an output that is one of the command's input files (the scenario, a base it extends, a
 *   plan...) is refused before anything is written, however it is spelt (links included);
 * - a file is written atomically: the bytes go to a temporary file with a short name in the
 *   same folder (so a legal 255-byte file name still works), which is then renamed over the
 *   target. A failure leaves no half-written file and no temporary file.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../scenario/problems.ts';

export interface OutputOptions {
  /** The option as the user wrote it, for messages (default `--out`). */
  readonly option?: string;
  /** Files the command read: the output may not be any of them. */
  readonly inputs?: readonly string[];
  /** Where `-` writes (default: the process's standard output). */
  readonly stdout?: (content: string | Uint8Array) => void;
}

/** True when the path names standard output. */
export function isStdout(path: string): boolean {
  return path === '-';
}

function identity(path: string): { dev: number; ino: number } | undefined {
  try {
    const stats = statSync(path);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that names one of the inputs (the same file on disk, whether by the
 * same name, another spelling, a symbolic or a hard link). Call it before long work, too.
 */
export function checkOutputPath(path: string, inputs: readonly string[], option = '--out'): void {
  if (isStdout(path)) return;
  const target = identity(resolve(path));
  if (!target) return;
  for (const input of inputs) {
    const source = identity(resolve(input));
    if (source && source.dev === target.dev && source.ino === target.ino) {
      throw new InputError(`${option} ${path}: is an input of this command (${input}); choose another file to write`);
    }
  }
}

let temporaries = 0;

/** Writes content to the path (see the header); `-` writes it to standard output. */
export function writeOutput(path: string, content: string | Uint8Array, options: OutputOptions = {}): void {
  const option = options.option ?? '--out';
  if (isStdout(path)) {
    (options.stdout ?? ((data) => void process.stdout.write(data)))(content);
    return;
  }
  checkOutputPath(path, options.inputs ?? [], option);
  const target = resolve(path);
  const dir = dirname(target);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError(`${option} ${path}: the directory ${dir} does not exist`);
  try {
    if (statSync(target).isDirectory()) throw new InputError(`${option} ${path}: is a directory, not a file`);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  const temp = join(dir, `.rotaplan-${process.pid}-${++temporaries}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(`${option} ${path}: cannot be written (${code})`);
    throw error;
  }
}

/** The report's writer, kept for callers written before `writeOutput`: a file only. */
export function writeAtomically(path: string, content: string | Uint8Array, inputs: readonly string[] = []): void {
  writeOutput(path, content, { inputs });
}
