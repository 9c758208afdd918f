/**
 * The flow diagram of a plan: a graphology multigraph of units (nodes) and moves (arcs),
 * drawn as inline SVG by a deterministic layout. Units sit on a circle in the order the chains
 * visit them (chain by chain, so that a chain runs along the rim instead of across it); each
 * move is a curved arrow bent to one side of its direction, so that the two arrows of a swap
 * never overlap; arrows of one chain, swap or cycle share a colour (and, past the palette, a
 * dash pattern) and carry the move's number in the plan's table. Same plan in, same bytes out.
 */
import { MultiDirectedGraph } from 'graphology';
import { compareIds } from '../util/order.ts';
import { esc } from './escape.ts';
import type { PlanView } from './model.ts';

/** Colours that stay apart on screen and in grey print (dash patterns repeat them further). */
export const CHAIN_COLOURS = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b',
  '#e377c2', '#17becf', '#7f7f7f', '#bcbd22', '#393b79', '#637939',
] as const;

const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

export function chainColour(index: number): string {
  return CHAIN_COLOURS[((index % CHAIN_COLOURS.length) + CHAIN_COLOURS.length) % CHAIN_COLOURS.length]!;
}

export function chainDash(index: number): string {
  return DASHES[Math.floor(Math.max(0, index) / CHAIN_COLOURS.length) % DASHES.length]!;
}

interface UnitNode {
  readonly label: string;
  readonly kind: string;
}

interface MoveArc {
  readonly number: number;
  /** The chain's label (its colour is the same in every plan). */
  readonly chain: number;
}

export function flowGraph(plan: PlanView): MultiDirectedGraph<UnitNode, MoveArc> {
  const graph = new MultiDirectedGraph<UnitNode, MoveArc>();
  plan.moves.forEach((move, i) => {
    for (const end of [move.from, move.to]) {
      if (!graph.hasNode(end.unitId)) graph.addNode(end.unitId, { label: end.unit, kind: end.unitKind });
    }
    graph.addEdgeWithKey(`m${i + 1}`, move.from.unitId, move.to.unitId, { number: i + 1, chain: plan.chains[move.chain]?.label ?? move.chain });
  });
  return graph;
}

const f = (value: number) => {
  const text = value.toFixed(1);
  return text === '-0.0' ? '0.0' : text;
};

/** Shortens long unit names so that labels stay inside the drawing. */
function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

export interface FlowOptions {
  /** Prefix for ids inside the SVG (several diagrams share one HTML document). */
  readonly idPrefix: string;
  readonly title: string;
}

export function flowSvg(plan: PlanView, options: FlowOptions): string {
  const graph = flowGraph(plan);
  const units = circleOrder(plan, graph);
  const n = units.length;
  const radius = Math.max(130, Math.min(380, n * 17));
  // Up to 24 units the labels stand level beside their node; beyond, they run along the radius
  // so that neighbours at the top and bottom of the circle cannot overlap.
  const radial = n > 24;
  const labelRoom = 215;
  const marginY = radial ? labelRoom : 40;
  const width = 2 * (radius + labelRoom);
  const height = 2 * (radius + marginY);
  const cx = width / 2;
  const cy = height / 2;
  const at = new Map<string, { x: number; y: number; angle: number }>();
  units.forEach((unit, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    at.set(unit, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle });
  });
  const nodeRadius = 7;
  const parts: string[] = [];
  const id = options.idPrefix;
  const usedChains = [...new Set(plan.moves.map((move) => plan.chains[move.chain]?.label ?? move.chain))].sort((a, b) => a - b);
  parts.push(
    `<svg class="flow" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${esc(options.title)}</title>`,
    '<defs>',
    ...usedChains.map(
      (chain) =>
        `<marker id="${id}-arrow-${chain + 1}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${chainColour(chain)}"/></marker>`,
    ),
    '</defs>',
    `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius)}" class="flow-ring"/>`,
  );
  // Arcs between the same two units (either way) fan out: the k-th gets a larger bend.
  const seen = new Map<string, number>();
  const numbers: string[] = [];
  const arcs = graph.edges().sort((a, b) => graph.getEdgeAttribute(a, 'number') - graph.getEdgeAttribute(b, 'number'));
  for (const edge of arcs) {
    const { number, chain } = graph.getEdgeAttributes(edge);
    const source = at.get(graph.source(edge))!;
    const target = at.get(graph.target(edge))!;
    const pair = `${graph.source(edge)}\u0000${graph.target(edge)}`;
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    // Start and end on the node circles, not at their centres.
    const sx = source.x + ux * (nodeRadius + 2);
    const sy = source.y + uy * (nodeRadius + 2);
    const tx = target.x - ux * (nodeRadius + 3);
    const ty = target.y - uy * (nodeRadius + 3);
    const bend = length * (0.12 + 0.1 * k);
    // Bent along the normal (−uy, ux): the same side of the direction of travel for every arc.
    const qx = (sx + tx) / 2 - uy * bend;
    const qy = (sy + ty) / 2 + ux * bend;
    const dash = chainDash(chain);
    parts.push(
      `<path d="M${f(sx)},${f(sy)} Q${f(qx)},${f(qy)} ${f(tx)},${f(ty)}" class="flow-arc" stroke="${chainColour(chain)}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#${id}-arrow-${chain + 1})"/>`,
    );
    // The move's number at the curve's midpoint (t = 1/2 of the quadratic Bézier), drawn last,
    // over the units: a midpoint can fall on a unit the arc passes by.
    const mx = 0.25 * sx + 0.5 * qx + 0.25 * tx;
    const my = 0.25 * sy + 0.5 * qy + 0.25 * ty;
    numbers.push(
      `<g class="flow-num"><circle cx="${f(mx)}" cy="${f(my)}" r="8" stroke="${chainColour(chain)}"/><text x="${f(mx)}" y="${f(my + 3.5)}">${number}</text></g>`,
    );
  }
  for (const unit of units) {
    const { x, y, angle } = at.get(unit)!;
    const label = esc(clip(graph.getNodeAttribute(unit, 'label'), 32));
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    parts.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${nodeRadius}" class="flow-unit"/>`);
    if (radial) {
      // Along the radius, read left to right on both halves of the circle.
      const lx = x + cos * (nodeRadius + 6);
      const ly = y + sin * (nodeRadius + 6);
      const degrees = (angle * 180) / Math.PI;
      const right = cos >= -1e-9;
      parts.push(
        `<text x="${f(lx)}" y="${f(ly)}" dy="0.35em" text-anchor="${right ? 'start' : 'end'}" transform="rotate(${f(right ? degrees : degrees - 180)} ${f(lx)} ${f(ly)})" class="flow-label">${label}</text>`,
      );
    } else {
      // Near the top and the bottom a label runs away from the vertical axis (centred only on
      // it): two neighbours either side of it would otherwise run into each other.
      const anchor = cos > 0.05 ? 'start' : cos < -0.05 ? 'end' : 'middle';
      const lx = x + cos * (nodeRadius + 8);
      const ly = y + sin * (nodeRadius + 8) + (sin > 0.2 ? 10 : sin < -0.2 ? -4 : 4);
      parts.push(`<text x="${f(lx)}" y="${f(ly)}" text-anchor="${anchor}" class="flow-label">${label}</text>`);
    }
  }
  parts.push(...numbers, '</svg>');
  return parts.join('\n');
}

/** Units in the order the chains visit them (chains in the plan's order), then any others by id. */
function circleOrder(plan: PlanView, graph: MultiDirectedGraph<UnitNode, MoveArc>): string[] {
  const order: string[] = [];
  const add = (unit: string) => {
    if (!order.includes(unit)) order.push(unit);
  };
  const chains = [...new Set(plan.moves.map((move) => move.chain))].sort((a, b) => a - b);
  for (const chain of chains) {
    const ref = plan.chains[chain];
    const indexes = ref ? ref.moves : plan.moves.flatMap((move, i) => (move.chain === chain ? [i] : []));
    for (const i of indexes) {
      const move = plan.moves[i]!;
      add(move.from.unitId);
      add(move.to.unitId);
    }
  }
  for (const unit of graph.nodes().sort(compareIds)) add(unit);
  return order;
}

/** A small swatch of a chain's colour and dash, for legends. */
export function chainSwatch(chain: number): string {
  const dash = chainDash(chain);
  return `<svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${chainColour(chain)}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/></svg>`;
}
