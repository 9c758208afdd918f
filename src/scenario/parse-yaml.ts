/**
 * YAML text to plain data, with every failure one line at `file:line:col`. The nesting depth
 * is checked while the text is parsed, before anything recursive runs: the yaml package's
 * composer recurses once per level (2,000 levels overflowed the stack) and its parser slows
 * down with the square of the depth, so the parser is fed token by token and stopped at the
 * first node deeper than LIMITS.depth. Dates stay strings under `%YAML 1.1` too (that
 * schema would make them timestamps), as the contract reads them quoted or not.
 */
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

/** Parses one YAML document; `shown` names the file in messages. */
export function parseYaml(text: string, shown: string): unknown {
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
