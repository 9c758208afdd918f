import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { parseYaml } from './src/scenario/parse-yaml.ts';
const require = createRequire('/tmp/jsy/');
const y = require('js-yaml');
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  let t = performance.now(); const a = parseYaml(text, f); const ta = performance.now() - t;
  t = performance.now(); const b = y.load(text, { schema: y.CORE_SCHEMA }); const tb = performance.now() - t;
  console.log(f, 'ours', ta.toFixed(0), 'js-yaml', tb.toFixed(0), 'equal', isDeepStrictEqual(a, b));
}
