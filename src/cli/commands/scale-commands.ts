/**
 * Commands of the scale family, registered in ../commands.ts: `generate`. Its handler
 * (./generate.ts) loads only when it runs.
 */
import { isStdout } from '../../util/write.ts';
import { formatLimit, LIMITS } from '../../scenario/limits.ts';
import { extname } from 'node:path';
import type { Command } from '../commands.ts';
import { checkCount } from '../options.ts';

export const scaleCommands: Command[] = [
  {
    usage: 'generate',
    describe: 'a realistic generated province (departments and communes) for benchmarks and tests',
    options: (y) =>
      y
        .option('cadres', { alias: 'n', type: 'number', demandOption: true, describe: 'number of cadres (each holds one post)' })
        .option('seed', { type: 'number', default: 1, describe: 'seed: the same seed gives the same file' })
        .option('version', { choices: [1, 2] as const, default: 2 as const, describe: 'format version: 2 (every version 2 feature) or 1 (the first format)' })
        .option('out', { alias: 'o', type: 'string', describe: 'file to write (.yaml, .yml or .json); stdout (YAML) without it or with -' })
        .check((args) => {
          const cadres = checkCount('cadres', args.cadres, 2);
          if (cadres !== true) return cadres;
          if (args.cadres > LIMITS.generateCadres) return `--cadres must be at most ${formatLimit(LIMITS.generateCadres)} (the limit of generate)`;
          const seed = checkCount('seed', args.seed, 0);
          if (seed !== true) return seed;
          const out = args.out as string | undefined;
          if (out !== undefined && !isStdout(out) && !['.yaml', '.yml', '.json'].includes(extname(out).toLowerCase())) {
            return '--out must end in .yaml, .yml or .json';
          }
          return true;
        }),
    run: async (args, io) => (await import('./generate.ts')).generateCommand(args, io),
  },
];
