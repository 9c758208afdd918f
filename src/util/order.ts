/** Deterministic orderings: ids compare naturally (C7 before C11), independent of locale. */

const CHUNK = /(\d+)|(\D+)/g;

export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const byValue = compareNumberText(x, y);
      if (byValue !== 0) return byValue;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length || (a < b ? -1 : 1);
}

function compareNumberText(x: string, y: string): number {
  const a = x.replace(/^0+/, '') || '0';
  const b = y.replace(/^0+/, '') || '0';
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareIds(key(a), key(b));
}
