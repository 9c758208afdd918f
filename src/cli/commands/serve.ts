/**
 * `rotaplan serve FILE` (the review page, contract section 10) and `rotaplan audit D` (checks
 * the hash chain of D's audit log: exit 0, or 1 naming the first bad line), the handlers.
 * Loaded only when one of them runs (./serve-commands.ts): hono loads with it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, json, type Output } from '../io.ts';
import { InputError } from '../../scenario/problems.ts';
import { readSourceText } from '../../scenario/source-text.ts';
import { auditPathFor, verifyAudit } from '../../serve/audit.ts';
import { startServer } from '../../serve/server.ts';

export interface ServeArgs {
  file: string;
  port: number;
  host: string;
  decisions?: string;
}

export async function serveCommand(args: ServeArgs, io: Output): Promise<number> {
  const server = await startServer({ file: args.file, port: args.port, host: args.host, decisions: args.decisions });
  io.out(`rotaplan serve: ${server.url}`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return EXIT.ok;
}

export async function auditCommand(args: { decisions: string; json: boolean }, io: Output): Promise<number> {
  const path = /\.audit\.jsonl$/i.test(args.decisions) ? args.decisions : auditPathFor(args.decisions);
  // Read as every input is (a regular file within the size limit: a named pipe would block).
  if (!existsSync(path)) throw new InputError(`${path}: no such file (no decision has been recorded)`);
  const { text } = readSourceText(resolve(path), path, 'an audit log');
  const check = verifyAudit(text);
  if (args.json) {
    io.out(json({ log: path, valid: check.valid, entries: check.entries, ...(check.firstBad ? { firstBad: check.firstBad } : {}) }));
  } else if (check.valid) {
    io.out(`${path}: ${check.entries.length} entr${check.entries.length === 1 ? 'y' : 'ies'}, the hash chain holds`);
  } else {
    io.err(`${path}:${check.firstBad!.line}: ${check.firstBad!.message}`);
    io.err(`the chain breaks at line ${check.firstBad!.line} (${check.entries.length} line(s) before it hold)`);
  }
  return check.valid ? EXIT.ok : EXIT.infeasible;
}

