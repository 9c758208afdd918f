// The flow diagram: one arrow per move, a colour per chain, swaps drawn apart, deterministic.
import { describe, expect, it } from 'vitest';
import { chainColour, flowGraph, flowSvg } from '../../src/report/flow.ts';
import type { PlanView } from '../../src/report/model.ts';
import { bigScenario, report, roundVi } from './helpers.ts';

function arcs(svg: string) {
  return [...svg.matchAll(/<path d="M([\d.]+),([\d.]+) Q([\d.]+),([\d.]+) ([\d.]+),([\d.]+)" class="flow-arc" stroke="([^"]+)"/g)].map((m) => ({
    control: `${m[3]},${m[4]}`,
    colour: m[7]!,
  }));
}

describe('flow diagram', () => {
  it('draws one arrow per move, coloured by chain, the two arrows of a swap apart', async () => {
    const { model } = await report({ file: roundVi, top: 3, format: 'html' });
    const plan = model.plans.find((p) => p.chains.some((c) => c.kind === 'swap'))!;
    expect(plan).toBeDefined();
    const svg = flowSvg(plan, { idPrefix: 't', title: 'test' });
    const drawn = arcs(svg);
    expect(drawn.length).toBe(plan.moves.length);
    plan.moves.forEach((move, i) => expect(drawn[i]!.colour).toBe(chainColour(plan.chains[move.chain]!.label)));
    const swap = plan.chains.find((c) => c.kind === 'swap')!;
    const [a, b] = swap.moves.map((i) => drawn[i]!);
    expect(a!.control).not.toBe(b!.control);
    expect(flowGraph(plan).order).toBe(new Set(plan.moves.flatMap((m) => [m.from.unitId, m.to.unitId])).size);
    expect(svg).not.toMatch(/https?:/);
  });

  it('is deterministic and readable for a province plan', async () => {
    const { model } = await report({ file: bigScenario, top: 1, format: 'html', alternatives: 0 });
    const plan: PlanView = model.plans[0]!;
    const svg = flowSvg(plan, { idPrefix: 'p', title: 'province' });
    expect(flowSvg(plan, { idPrefix: 'p', title: 'province' })).toBe(svg);
    expect(arcs(svg).length).toBe(plan.moves.length);
    // The move numbers are drawn over the units (a midpoint may fall on a unit an arc passes by).
    expect(svg.lastIndexOf('class="flow-unit"')).toBeLessThan(svg.indexOf('class="flow-num"'));
    // Every unit label inside the drawing's width.
    const width = Number(svg.match(/viewBox="0 0 ([\d.]+) /)![1]);
    for (const [, x, anchor] of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" class="flow-label"/g)) {
      expect(Number(x)).toBeGreaterThan(anchor === 'end' ? 150 : 0);
      expect(Number(x)).toBeLessThan(anchor === 'start' ? width - 150 : width);
    }
  });
});

/** A plan of n moves round one cycle through n units, enough of the model for the diagram. */
function cyclePlan(n: number): PlanView {
  const post = (i: number) => ({ id: `P${i}`, label: `Post ${i}`, unitId: `U${i}`, unit: `Unit with a rather long name number ${i}`, unitKind: 'commune' });
  const moves = Array.from({ length: n }, (_v, i) => ({ from: post(i), to: post((i + 1) % n), chain: 0 }));
  return { rank: 1, moves, chains: [{ kind: 'cycle', moves: moves.map((_m, i) => i), units: [] }] } as unknown as PlanView;
}

describe('flow diagram of a few units', () => {
  it('runs the labels near the top and the bottom away from the vertical axis, so that neighbours do not meet', () => {
    // 21 units: one on the axis at the top, two either side of it at the bottom (8.6° off).
    const svg = flowSvg(cyclePlan(21), { idPrefix: 'f', title: 'few' });
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)" class="flow-label">/g)].map((m) => ({ x: Number(m[1]), anchor: m[3] }));
    const width = Number(svg.match(/viewBox="0 0 ([\d.]+) /)![1]);
    // The unit on the axis is centred; the others run left of it to the left, right of it to the right.
    const side = (x: number) => (Math.abs(x - width / 2) < 1 ? 'middle' : x < width / 2 ? 'end' : 'start');
    expect(labels.map((label) => label.anchor)).toEqual(labels.map((label) => side(label.x)));
    expect(labels.filter((label) => label.anchor === 'middle').length).toBe(1);
  });
});

describe('flow diagram of many units', () => {
  it('turns the labels along the radius and keeps them inside the drawing', () => {
    const svg = flowSvg(cyclePlan(40), { idPrefix: 'c', title: 'cycle' });
    expect(arcs(svg).length).toBe(40);
    const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" dy="0.35em" text-anchor="(start|end)" transform="rotate\(([-\d.]+) [\d.]+ [\d.]+\)" class="flow-label">([^<]*)<\/text>/g)];
    expect(labels.length).toBe(40);
    for (const [, x, y, , , text] of labels) {
      // A label of at most 32 characters (about 6 px each) from its anchor still fits: 200 px of room.
      expect([...text!].length).toBeLessThanOrEqual(32);
      expect(Number(x)).toBeGreaterThan(200);
      expect(Number(x)).toBeLessThan(width! - 200);
      expect(Number(y)).toBeGreaterThan(200);
      expect(Number(y)).toBeLessThan(height! - 200);
    }
    expect(flowSvg(cyclePlan(40), { idPrefix: 'c', title: 'cycle' })).toBe(svg);
  });
});
