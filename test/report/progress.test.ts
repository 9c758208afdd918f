// What the report tells while it works (an interactive terminal shows it): the ranking's
// progress, then the key posts whose alternatives are known, in the report's language.
import { describe, expect, it } from 'vitest';
import { makeReport, type ReportFormat } from '../../src/report/report.ts';
import type { Lang } from '../../src/i18n/violations.ts';
import { roundVi } from './helpers.ts';

async function told(format: ReportFormat) {
  const langs: Lang[] = [];
  const posts: [number, number][] = [];
  let solving = 0;
  const result = await makeReport({
    file: roundVi,
    top: 2,
    format,
    progress: (lang) => {
      langs.push(lang);
      return { solve: () => (solving += 1), alternatives: (done, total) => posts.push([done, total]) };
    },
  });
  if (!result.ok) throw new Error('no plan');
  const keyPosts = result.model.plans.reduce((sum, plan) => sum + plan.keyPosts.length, 0);
  return { langs, posts, solving, keyPosts };
}

describe('the report while it works', () => {
  it('counts the key posts whose alternatives are known, from 0 to all of them, in the scenario language', async () => {
    const { langs, posts, solving, keyPosts } = await told('html');
    expect(keyPosts).toBeGreaterThan(1);
    expect(langs).toEqual(['vi']);
    expect(solving).toBeGreaterThan(0);
    expect(posts).toEqual(Array.from({ length: keyPosts + 1 }, (_, done) => [done, keyPosts]));
  });

  it('counts nothing for the CSV, which computes no alternative', async () => {
    const { posts, solving } = await told('csv');
    expect(solving).toBeGreaterThan(0);
    expect(posts).toEqual([]);
  });
});
