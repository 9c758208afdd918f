/** Commands of the scale family, registered in ../commands.ts: `generate`. */
import { isStdout, writeOutput } from '../../util/write.ts';
import { formatLimit, LIMITS } from '../../scenario/limits.ts';
import { extname } from 'node:path';
import type { Command } from '../commands.ts';
import { EXIT, type Output } from '../io.ts';
import { checkCount } from '../options.ts';
import { generateProvince } from '../../generate/province.ts';
import { formatFor, serializeScenario } from '../../generate/write.ts';

export interface GenerateArgs {
  cadres: number;
  seed: number;
  version: 1 | 2;
  out?: string;
}

export async function generateCommand(args: GenerateArgs, io: Output): Promise<number> {
  const scenario = generateProvince({ cadres: args.cadres, seed: args.seed, version: args.version });
  const text = serializeScenario(scenario, formatFor(args.out));
  if (args.out === undefined || isStdout(args.out)) {
    io.out(text);
    return EXIT.ok;
  }
  writeOutput(args.out, text);
  io.err(`rotaplan: wrote ${args.out} (${args.cadres} cadres, seed ${args.seed}, version ${args.version})`);
  return EXIT.ok;
}

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
    run: (args, io) => generateCommand(args, io),
  },
];
