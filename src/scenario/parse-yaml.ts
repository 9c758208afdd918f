/**
 * YAML text to plain data, with every failure one line at `file:line:col`. The nesting depth
 * is checked while the text is parsed, before anything recursive runs: the yaml package's
 * composer recurses once per level (2,000 levels overflowed the stack) and its parser slows
 * down with the square of the depth, so the parser is fed token by token and stopped at the
 * first node deeper than LIMITS.depth. Dates stay strings under `%YAML 1.1` too (that
 * schema would make them timestamps), as the contract reads them quoted or not.
 */
import { FAILSAFE_SCHEMA, load as loadFast, Type } from 'js-yaml';
import { Composer, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, type CST, type Document, type Node, type YAMLError } from 'yaml';
import { InputError } from './problems.ts';
import { formatLimit, LIMITS } from './limits.ts';

const COLLECTIONS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

const OPTIONS = {
  prettyErrors: false,
  // The yaml package compares each key with every earlier one (quadratic: 30,000 keys took
  // 11 s); duplicateKey below does it with a set.
  uniqueKeys: false,
  merge: true,
  customTags: (tags: unknown[]) =>
    tags.filter((tag) => (tag as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
} as const;

/** How many collections the parser is inside now. */
function collectionDepth(stack: readonly CST.Token[]): number {
  let depth = 0;
  for (const token of stack) if (COLLECTIONS.has(token.type)) depth++;
  return depth;
}

/** The offset of the first key repeated in a mapping (keys compared as written scalars). */
function duplicateKey(root: unknown): number | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (seen.has(key.value)) return key.range?.[0];
          seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return undefined;
}

/**
 * The fast path. js-yaml reads plain YAML 5–15 times faster than the yaml package (700 cadres:
 * 0.5 s → 0.1 s; 5,000 cadres: 3.0 s → 0.2 s), but the yaml package is the reference: its
 * positions and messages are what a user sees, and its YAML 1.2 core schema decides what a
 * plain scalar means. So js-yaml answers only a document it reads exactly as the yaml package
 * would: scalars resolved by the yaml package's own core-schema patterns (below), and nothing
 * the two could read differently: no directive (`%YAML 1.1` changes the schema), no merge key
 * (`<<`), no explicit tag, no anchor or alias, no `__proto__` key, no duplicate key, nothing
 * nested past the depth limit. Anything else, and every error, goes to the yaml package.
 */
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => /^0o[0-7]+$/.test(s) || /^[-+]?[0-9]+$/.test(s) || /^0x[0-9a-fA-F]+$/.test(s),
      construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) =>
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
      construct: (s: string) =>
        s.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s),
    }),
  ],
});

/**
 * Text the fast path leaves to the yaml package: directives, merge keys, tags, `__proto__`,
 * keys that are not scalars (an explicit `? ` key, a collection before `:`), which the two
 * turn into different strings, and a block scalar at the left margin (a document that is one
 * block scalar: the two chomp it differently).
 */
const NOT_FAST = /^%|<<|(?:^|[\s[{,])!|__proto__|^\s*\?(?:\s|$)|[\]}]\s*:|^[|>]/m;

/** The document read by js-yaml when it reads it as the yaml package would (see CORE), else undefined. */
export function parseFast(text: string): { value: unknown } | undefined {
  if (NOT_FAST.test(text)) return undefined;
  let anchored = false;
  let value: unknown;
  try {
    value = loadFast(text, {
      schema: CORE,
      listener: (event, state) => {
        if (event === 'close' && (state as unknown as { anchor: string | null }).anchor !== null) anchored = true;
      },
    });
  } catch {
    return undefined;
  }
  // Two levels short of the limit: the yaml package decides the borderline (and says where).
  return anchored || unlike(value, LIMITS.depth - 2) ? undefined : { value };
}

/**
 * True when the reference might read the value otherwise: collections nested more than
 * `limit` levels, a node met twice (an alias), or a key "null" (a null key: js-yaml names it
 * "null", the yaml package "").
 */
function unlike(root: unknown, limit: number): boolean {
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limit || seen.has(node)) return true;
    seen.add(node);
    if (!Array.isArray(node) && Object.hasOwn(node, 'null')) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Parses one YAML document; `shown` names the file in messages. */
export function parseYaml(text: string, shown: string): unknown {
  return parseFast(text)?.value ?? parseReference(text, shown);
}

/** The yaml package's reading of one document (the reference; every error comes from here). */
export function parseReference(text: string, shown: string): unknown {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text, false)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > LIMITS.depth && collectionDepth(parser.stack) > LIMITS.depth) {
      const at = lineCounter.linePos(parser.offset - lexeme.length);
      throw new InputError(
        `${shown}:${at.line}:${at.col}: nested more than ${formatLimit(LIMITS.depth)} levels deep (the limit for lists and mappings inside each other)`,
      );
    }
  }
  for (const token of parser.end()) tokens.push(token);

  const composer = new Composer(OPTIONS as never);
  let document: Document.Parsed | undefined;
  for (const doc of composer.compose(tokens, true, text.length)) {
    if (document) {
      const at = lineCounter.linePos(doc.range[0]);
      throw new InputError(`${shown}:${at.line}:${at.col}: YAML error: a second document (a scenario file holds one; remove the "---" or "..." line)`);
    }
    document = doc;
  }
  if (!document) throw new InputError(`${shown}: the file is empty`);
  const first: YAMLError | undefined = document.errors[0];
  if (first) {
    const at = lineCounter.linePos(first.pos[0]);
    // The yaml package appends " at line L, column C:" and a code excerpt; the position is ours.
    const message = (first.message.split('\n')[0] ?? first.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`${shown}:${at.line}:${at.col}: YAML syntax error: ${message}`);
  }
  const duplicate = duplicateKey(document.contents as Node | null);
  if (duplicate !== undefined) {
    const at = lineCounter.linePos(duplicate);
    const key = /^\s*([^:#\n]*?)\s*:/.exec(text.slice(duplicate))?.[1];
    throw new InputError(`${shown}:${at.line}:${at.col}: YAML error: duplicate key${key ? ` "${key}"` : ''} (keys must be unique)`);
  }
  try {
    return document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    if (/alias count/i.test(message)) {
      throw new InputError(`${shown}: YAML error: aliases (*name) expand to too much data; write the values out, or use fewer aliases`);
    }
    throw new InputError(`${shown}: YAML error: ${message}`);
  }
}
