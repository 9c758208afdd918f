/**
 * `rotaplan serve`: checks FILE and D, opens the store and the app, listens (127.0.0.1 and a
 * free port unless told otherwise) and gives back the address with its token. The server
 * knows its own host:port only once listening; the Host check reads it from there.
 */
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { loadRound } from '../scenario/load-round.ts';
import { InputError } from '../scenario/problems.ts';
import { createApp, type ServeApp } from './app.ts';
import { defaultDecisionsPath } from './decisions.ts';
import { isOurHost, newToken, SECURITY_HEADERS, WRONG_HOST } from './security.ts';
import { DecisionStore } from './store.ts';

export interface ServeOptions {
  readonly file: string;
  readonly port?: number;
  readonly host?: string;
  readonly decisions?: string;
  /** For tests: a fixed token (else 256 random bits). */
  readonly token?: string;
}

export interface RunningServer extends ServeApp {
  readonly url: string;
  readonly origin: string;
  readonly authority: string;
  readonly token: string;
  readonly decisionsPath: string;
  close(): Promise<void>;
}

const WILDCARDS = ['0.0.0.0', '::', '[::]', ''];

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const file = resolve(options.file);
  const host = options.host ?? '127.0.0.1';
  if (WILDCARDS.includes(host)) {
    throw new InputError(`--host ${host}: name the one address the page will be opened at (a wildcard address cannot pass the Host check)`);
  }
  const decisionsPath = resolve(options.decisions ?? defaultDecisionsPath(options.file));
  if (!/\.(ya?ml|json)$/i.test(decisionsPath)) throw new InputError(`--decisions ${options.decisions}: name a .yaml, .yml or .json file`);
  if (decisionsPath === file) throw new InputError(`--decisions ${options.decisions}: must not be the scenario file itself`);
  if (existsSync(decisionsPath) && statSync(decisionsPath).isDirectory()) throw new InputError(`--decisions ${decisionsPath}: is a directory`);
  // FILE with D (when it exists) is loaded as every command would load it: invalid input stops here.
  const store = DecisionStore.open(file, decisionsPath);
  const { round } = loadRound(existsSync(decisionsPath) ? decisionsPath : file);
  loadRound(file);
  const token = options.token ?? newToken();
  let authority = '';
  const served = createApp({ file, decisionsPath, token, authority: () => authority }, store, round);
  // The Host check runs before the adapter too: a Host it cannot even make a URL of (a trailing
  // dot after the port, a user part, a path) would otherwise be answered 400, not the 403 of a wrong Host.
  const listener = getRequestListener(served.app.fetch);
  const server = createServer((incoming, outgoing) => {
    if (isOurHost(incoming.headers.host, authority)) return void listener(incoming, outgoing);
    incoming.resume();
    outgoing.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=UTF-8' });
    outgoing.end(JSON.stringify({ error: WRONG_HOST }));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (problem: NodeJS.ErrnoException) =>
      fail(['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EINVAL'].includes(problem.code ?? '')
        ? new InputError(`cannot listen on ${host}:${options.port ?? 0} (${problem.code})`)
        : problem));
    server.listen(options.port ?? 0, host, () => done());
  });
  const port = (server.address() as AddressInfo).port;
  authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const origin = `http://${authority}`;
  return {
    ...served,
    url: `${origin}/?token=${token}`,
    origin,
    authority,
    token,
    decisionsPath,
    async close() {
      await served.engine.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
