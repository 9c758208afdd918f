/** Rewrites the golden texts after a deliberate change of wording: review the diff before committing. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_CASES } from './golden-cases.ts';

for (const [name, render] of Object.entries(GOLDEN_CASES)) {
  for (const lang of ['en', 'vi'] as const) writeFileSync(join(import.meta.dirname, 'golden', `${name}.${lang}.txt`), await render(lang));
}
