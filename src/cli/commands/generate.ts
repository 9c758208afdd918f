/**
 * `rotaplan generate`, the handler: a generated province as YAML or JSON. Loaded only when
 * the command runs (./scale-commands.ts).
 */
import { isStdout, writeOutput } from '../../util/write.ts';
import { EXIT, type Output } from '../io.ts';
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

