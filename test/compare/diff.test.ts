// comparePlans: moves as sets of (cadre, from, to), sorted naturally.
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/diff.ts';

const m = (cadre: string, from: string, to: string) => ({ cadre, from, to });

describe('comparePlans', () => {
  it('splits moves into only-a, only-b and both, sorted by cadre id naturally', () => {
    const a = [m('C10', 'P1', 'P2'), m('C2', 'P3', 'P4'), m('C1', 'P5', 'P6')];
    const b = [m('C1', 'P5', 'P6'), m('C2', 'P3', 'P9'), m('C3', 'P7', 'P8')];
    expect(comparePlans({ moves: a }, { moves: b })).toEqual({
      onlyA: [m('C2', 'P3', 'P4'), m('C10', 'P1', 'P2')],
      onlyB: [m('C2', 'P3', 'P9'), m('C3', 'P7', 'P8')],
      both: [m('C1', 'P5', 'P6')],
    });
  });

  it('finds nothing different between a plan and itself, or two empty plans', () => {
    const plan = [m('C2', 'P3', 'P4'), m('C1', 'P5', 'P6')];
    expect(comparePlans(plan, [...plan].reverse())).toEqual({ onlyA: [], onlyB: [], both: [m('C1', 'P5', 'P6'), m('C2', 'P3', 'P4')] });
    expect(comparePlans([], [])).toEqual({ onlyA: [], onlyB: [], both: [] });
  });

  it('is symmetric', () => {
    const a = [m('C1', 'P1', 'P2'), m('C2', 'P2', 'P1')];
    const b = [m('C1', 'P1', 'P3')];
    const ab = comparePlans(a, b);
    const ba = comparePlans(b, a);
    expect(ba).toEqual({ onlyA: ab.onlyB, onlyB: ab.onlyA, both: ab.both });
  });

  it('returns plain moves without extra fields', () => {
    const withExtras = [{ ...m('C1', 'P1', 'P2'), value: 3 }];
    expect(comparePlans(withExtras, []).onlyA).toEqual([m('C1', 'P1', 'P2')]);
    expect(Object.keys(comparePlans(withExtras, []).onlyA[0]!)).toEqual(['cadre', 'from', 'to']);
  });
});
