/** The review server in-process on a temporary copy of a round, and raw HTTP requests to it. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../../src/serve/server.ts';

export const roundVi = resolve('test/serve/fixtures/round-vi.yaml');

export interface Served extends RunningServer {
  readonly dir: string;
  readonly file: string;
}

/** A copy of `source` in a fresh folder, served (D beside it, by default name). */
export async function serveCopy(source = roundVi, options: { decisions?: string } = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'rotaplan-serve-'));
  const file = join(dir, basename(source));
  copyFileSync(source, file);
  const server = await startServer({ file, ...(options.decisions ? { decisions: join(dir, options.decisions) } : {}) });
  return { ...server, dir, file };
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly json: any;
}

/** One HTTP request with exactly the headers given (Host too: fetch would not let a test set it). */
export function call(
  server: RunningServer,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; auth?: boolean } = {},
): Promise<Answer> {
  const url = new URL(server.origin);
  const headers: Record<string, string> = {
    Host: server.authority,
    ...(options.auth === false ? {} : { Authorization: `Bearer ${server.token}` }),
    ...(options.body !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(options.body)) } : {}),
    ...options.headers,
  };
  return new Promise((done, fail) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        done({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', fail);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export const decide = (server: RunningServer, body: Record<string, unknown>) =>
  call(server, 'POST', '/api/decisions', { body: JSON.stringify(body) });
