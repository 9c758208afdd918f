#!/usr/bin/env node
// The rotaplan command. It runs the compiled build (build/, made by `npm ci` through the
// `prepare` script, see scripts/build.mjs) when that was made from the sources as they are,
// and otherwise the TypeScript sources through tsx: a fresh `npm ci` is enough either way, and
// an edited source never runs stale.
import { existsSync, readFileSync } from 'node:fs';
import { sourcesHash } from '../scripts/sources.mjs';

const stamp = new URL('../build/SOURCES', import.meta.url);
const built = existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourcesHash();
if (!built) (await import('tsx/esm/api')).register();
const { main } = await import(built ? '../build/cli/main.js' : '../src/cli/main.ts');
// A reader that stops early (`rotaplan export FILE --out - | head`) closes the pipe: what is
// left to print goes nowhere, quietly (no stack trace), and the command still ends with its
// own exit code (a broken audit chain is 1 whoever reads it).
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.stdout.write = () => true;
});
process.exitCode = await main(process.argv.slice(2));
