/**
 * Row names from row tags: `move(C-07→P-LN-SEC)`-style names keep solver output readable
 * (style point 3); nothing reads them back (a row's meaning is its tag).
 */
import type { RowTag } from './types.ts';

export function rowName(tag: RowTag): string {
  switch (tag.rule) {
    case 'P1': return tag.kind === 'one-move' ? `one_move(${tag.cadre})` : `one_cadre(${tag.post})`;
    case 'P2': return `holder_out(${tag.post})`;
    case 'P3': return `must_fill(${tag.post})`;
    case 'S': return `stability_${tag.kind}(${tag.unit})`;
    case 'P4': return 'move_cap';
    case 'R': return `relatives(${tag.cadres[0]},${tag.cadres[1]},${tag.unit})`;
    case 'Q': return `${QUOTA_ROW[tag.kind]}(${tag.index}:${tag.group})`;
    case 'P5': return `pin(${tag.cadre}→${tag.post})`;
    case 'P6': return `must_move(${tag.cadre})`;
    case 'K': return `key_changes(${tag.unit})`;
  }
}

const QUOTA_ROW = { hard: 'quota', soft: 'quota_soft', 'soft-exact': 'quota_soft_exact', 'soft-switch': 'quota_soft_switch' } as const;

/** A row of ones over the given columns. */
export function ones(length: number): number[] {
  return new Array<number>(length).fill(1);
}
