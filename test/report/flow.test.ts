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
    plan.moves.forEach((move, i) => expect(drawn[i]!.colour).toBe(chainColour(move.chain)));
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
    // Every unit label inside the drawing's width.
    const width = Number(svg.match(/viewBox="0 0 ([\d.]+) /)![1]);
    for (const [, x, anchor] of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" class="flow-label"/g)) {
      expect(Number(x)).toBeGreaterThan(anchor === 'end' ? 150 : 0);
      expect(Number(x)).toBeLessThan(anchor === 'start' ? width - 150 : width);
    }
  });
});
