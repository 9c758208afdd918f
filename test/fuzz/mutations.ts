/**
 * fast-check arbitraries that break valid scenarios the way a careless user or an attacker
 * would: structural edits (a field dropped, duplicated, renamed, emptied, nested deeper),
 * values of the wrong type or size (huge numbers and strings, control characters, empty
 * lists everywhere), references to ids that do not exist or to the wrong kind, and YAML's own
 * forms written into the text (anchors and aliases, tags, merge keys, odd scalars, CR line
 * ends, a byte order mark, tabs, duplicate keys, a truncated file).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

type Json = unknown;
type Path = readonly (string | number)[];

/** Every path to a value inside a document (the root excluded). */
export function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push([...prefix, i]), pathsOf(item, [...prefix, i], out)));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

function parentOf(root: Json, path: Path): any {
  let node: any = root;
  for (const segment of path.slice(0, -1)) node = node[segment];
  return node;
}

/** Odd values of every type, including the sizes and characters that break parsers. */
export const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null, true, false, 0, -1, 1.5, 1e300, -1e308, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e-300,
    '', ' ', 'x'.repeat(300), 'U-A\u0000', '\u0007\u001b[31m', '\u202e', '😀', 'null', '2021-02-30',
    '9999-12-31', '0000-01-01', [], {}, [[]], [{}], { id: null }, ['C-1', 'C-1'],
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
);

/** One structural or type edit of a parsed scenario (the input is copied). */
export function mutateValue(root: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(root);
  if (paths.length === 0) return fc.constant(root);
  const edit = fc.record({
    at: fc.constantFrom(...paths),
    kind: fc.constantFrom('drop', 'replace', 'duplicate', 'rename', 'empty', 'wrap', 'swap-id'),
    value: oddValue,
    other: fc.constantFrom(...paths),
  });
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const copy: any = structuredClone(root);
    for (const { at, kind, value, other } of edits) {
      try {
        const parent = parentOf(copy, at);
        const key = at.at(-1)!;
        if (parent === null || typeof parent !== 'object' || !(key in parent)) continue;
        if (kind === 'drop') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else if (kind === 'replace') parent[key] = value;
        else if (kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
        else if (kind === 'rename' && !Array.isArray(parent)) {
          parent[`${String(key)}x`] = parent[key];
          delete parent[key];
        } else if (kind === 'empty') parent[key] = Array.isArray(parent[key]) ? [] : parent[key] && typeof parent[key] === 'object' ? {} : '';
        else if (kind === 'wrap') parent[key] = [parent[key]];
        else if (kind === 'swap-id') {
          // A reference to another id, or to any other value of the document: wrong kinds, cycles.
          const otherParent = parentOf(copy, other);
          const otherValue = otherParent?.[other.at(-1)!];
          if (typeof otherValue === 'string') parent[key] = otherValue;
        }
      } catch {
        // A path made stale by an earlier edit: skip it.
      }
    }
    return copy;
  });
}

/** YAML text with one of YAML's own forms, or a textual accident, written into it. */
export function mutateYamlText(text: string): fc.Arbitrary<string> {
  const lines = text.split('\n');
  const lineArb = fc.integer({ min: 0, max: Math.max(0, lines.length - 1) });
  const forms: fc.Arbitrary<string>[] = [
    // Anchors, aliases and merge keys: a block reused, a merge into an entry, an alias nowhere defined.
    lineArb.map((i) => withLine(lines, i, (line) => line.replace(/^(\s*-?\s*)(\w+):\s*(\S.*)$/, '$1$2: &anchor $3'))),
    lineArb.map((i) => withLine(lines, i, (line) => line.replace(/^(\s*-?\s*)(\w+):\s*(\S.*)$/, '$1$2: *anchor'))),
    lineArb.map((i) => `defaults: &d { rating: good, available: true }\n${withLine(lines, i, (line) => line.replace(/^(\s*)- \{ ?id:/, '$1- { <<: *d, id:'))}`),
    // Tags, standard and not.
    fc.tuple(lineArb, fc.constantFrom('!!str', '!!int', '!!float', '!!bool', '!!null', '!!binary', '!!set', '!!omap', '!!timestamp', '!custom', '!<tag:x>')).map(([i, tag]) =>
      withLine(lines, i, (line) => line.replace(/:\s+(\S)/, `: ${tag} $1`)),
    ),
    // Odd scalars in place of a value.
    fc.tuple(lineArb, fc.constantFrom('~', '.inf', '-.inf', '.nan', '0x1F', '0o17', '1_000', 'yes', 'no', 'on', '2021-03-01T10:00:00Z', '1e400', '-0', "'", '"', '|', '>-', '? x', '@x', '`x`', '%x', '[', '{', '&', '*', '!')).map(
      ([i, scalar]) => withLine(lines, i, (line) => line.replace(/:\s+\S.*$/, `: ${scalar}`)),
    ),
    // Control characters, tabs, a BOM, CR line ends, a duplicate line (duplicate keys), truncation.
    fc.tuple(lineArb, fc.constantFrom('\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff', '\t')).map(([i, ch]) =>
      withLine(lines, i, (line) => `${line.slice(0, Math.floor(line.length / 2))}${ch}${line.slice(Math.floor(line.length / 2))}`),
    ),
    lineArb.map((i) => withLine(lines, i, (line) => line.replace(/^( *)/, '$1\t'))),
    fc.constant(`\ufeff${text}`),
    fc.constant(text.replace(/\n/g, '\r')),
    lineArb.map((i) => [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n')),
    fc.integer({ min: 0, max: text.length }).map((n) => text.slice(0, n)),
    fc.constant(`${text}\n---\n${text}`),
    fc.constant(`%YAML 1.1\n---\n${text}`),
  ];
  return fc.oneof(...forms);
}

function withLine(lines: readonly string[], i: number, edit: (line: string) => string): string {
  return lines.map((line, j) => (j === i ? edit(line) : line)).join('\n');
}

/** JSON text with an accident: truncated, a duplicate key, a long number, a BOM, a stray character, deep nesting. */
export function mutateJsonText(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 0, max: text.length }).map((n) => text.slice(0, n)),
    fc.constant(text.replace(/\{\s*"(\w+)": ([^,{}[\]]+),/, '{ "$1": $2, "$1": $2,')),
    fc.constant(text.replace(/: (\d+(\.\d+)?)([,\n])/, `: 0.${'7'.repeat(600)}$3`)),
    fc.constant(`\ufeff${text}`),
    fc.tuple(fc.integer({ min: 0, max: text.length }), fc.constantFrom('\u0000', ',', ']', '}', '"', '\\', 'NaN', '/*', "'")).map(([at, ch]) => text.slice(0, at) + ch + text.slice(at)),
    fc.integer({ min: 60, max: 5000 }).map((n) => text.replace(/\[/, `[${'['.repeat(n)}${']'.repeat(n)},`)),
  );
}

/** A mutated scenario as file text, with the extension it is to be saved under. */
export function mutatedFile(seed: Json): fc.Arbitrary<{ text: string; extension: '.yaml' | '.json' }> {
  return fc.oneof(
    mutateValue(seed).map((value) => ({ text: JSON.stringify(value, null, 1) ?? 'null', extension: '.json' as const })),
    mutateValue(seed).map((value) => ({ text: safeYaml(value), extension: '.yaml' as const })),
    mutateYamlText(stringify(seed)).map((text) => ({ text, extension: '.yaml' as const })),
    mutateJsonText(JSON.stringify(seed, null, 1)).map((text) => ({ text, extension: '.json' as const })),
  );
}

function safeYaml(value: Json): string {
  try {
    return stringify(value);
  } catch {
    return JSON.stringify(value) ?? 'null';
  }
}
