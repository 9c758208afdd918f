/**
 * How hard the property suites look: one knob for every suite.
 *
 *   ROTAPLAN_TEST_SIZE=small   the default: the everyday loop and CI (`npm test` in about a minute)
 *   ROTAPLAN_TEST_SIZE=large   nightly: the run counts the suites were written with, several
 *                              times the small ones
 *   FC_SCALE=5                 multiplies either (a deep hunt for new counterexamples)
 *
 * Small runs keep every property and every configuration (each backend, each shortcut on and
 * off); only the number of generated inputs shrinks. Seeds are fixed (test/setup.ts), so a
 * size always sees the same inputs, and the large size sees the small one's inputs first.
 */
export type TestSize = 'small' | 'large';

export function testSize(): TestSize {
  const size = process.env.ROTAPLAN_TEST_SIZE ?? 'small';
  if (size !== 'small' && size !== 'large') throw new Error(`ROTAPLAN_TEST_SIZE must be small or large, not "${size}"`);
  return size;
}

/** A property's number of runs at the size asked for, scaled by FC_SCALE. */
export function runs(counts: { readonly small: number; readonly large: number }): number {
  return Math.max(1, Math.round(counts[testSize()] * Number(process.env.FC_SCALE ?? 1)));
}
