/**
 * `rotaplan serve` and `rotaplan audit`: their options (registered in ../commands.ts); the
 * handlers (./serve.ts) load only when one of them runs.
 */
import type { Command } from '../commands.ts';
import { fileArg, jsonOption } from '../options.ts';

export const serveCommands: Command[] = [
  {
    usage: 'serve <file>',
    describe: 'the review page: ranked plans, why-not, decisions with reasons, re-solved live (local, token-protected)',
    options: (y) =>
      fileArg(y)
        .option('port', { type: 'number', default: 0, describe: 'port to listen on (0: a free port)' })
        .option('host', { type: 'string', default: '127.0.0.1', describe: 'address to listen on (loopback by default)' })
        .option('decisions', { type: 'string', describe: 'the decisions overlay (default: FILE with .decisions.yaml)' })
        .check((args) => {
          const port = args.port;
          if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) return '--port must be a whole number from 0 to 65535';
          return true;
        }),
    run: async (args, io) => (await import('./serve.ts')).serveCommand(args, io),
  },
  {
    usage: 'audit <decisions>',
    describe: 'check the hash chain of the audit log beside a decisions file (exit 1 naming the first bad line)',
    options: (y) => jsonOption(y.positional('decisions', { type: 'string', describe: 'the decisions file D (or its .audit.jsonl)' })),
    run: async (args, io) => (await import('./serve.ts')).auditCommand(args, io),
  },
];
