// Golden texts of hand-written cases, English and Vietnamese. After a deliberate change of
// wording: `node --import tsx test/explain/write-golden.ts`, then review the diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES } from './golden-cases.ts';

describe('golden texts', () => {
  for (const [name, render] of Object.entries(GOLDEN_CASES)) {
    for (const lang of ['en', 'vi'] as const) {
      it(`${name} (${lang})`, async () => {
        const want = readFileSync(join(import.meta.dirname, 'golden', `${name}.${lang}.txt`), 'utf8');
        expect(await render(lang)).toBe(want);
      });
    }
  }

  it('the issue example reads as the committee would say it', async () => {
    const text = await GOLDEN_CASES['diagnose-luc-nam']!('en');
    expect(text).toContain('post P-LN-SEC (Luc Nam district (U-LN)) must be filled; its only 3 candidates are blocked:');
    expect(text).toContain('Trần Văn Bình (C-12) by tenure (in post 14 months, needs 36)');
    expect(text).toContain('Phạm Văn Cường (C-40) by an origin objection');
    expect(text).toContain('Nguyễn Văn Dũng (C-77) as a local of Luc Nam district');
    const vi = await GOLDEN_CASES['diagnose-luc-nam']!('vi');
    expect(vi).toContain('không có phương án khả thi');
    expect(vi).toContain('đơn vị đi không đồng ý');
    expect(vi.normalize('NFC')).toBe(vi);
  });
});
