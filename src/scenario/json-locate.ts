/**
 * Where a JSON text goes wrong, as line and column. Node 20's `JSON.parse` names no position
 * for many errors, and accepts duplicate keys silently (the last one wins), which would hide
 * a planner's mistake. This scanner follows RFC 8259 strictly and stops at the first syntax
 * error or duplicate key; values themselves still come from `JSON.parse`. It also stops at
 * the first list or object nested deeper than LIMITS.depth, before anything could overflow.
 * Numbers may be of any length (JSON.parse reads a 500-digit number; its range is checked
 * where the field's limit is known).
 */
import { formatLimit, LIMITS } from './limits.ts';

export interface JsonFault {
  /** 1-based line and column of the offending character. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** The first syntax error or duplicate key of a JSON text, or undefined when there is none. */
export function locateJsonFault(text: string): JsonFault | undefined {
  try {
    const scanner = new Scanner(text);
    scanner.document();
    return undefined;
  } catch (error) {
    if (error instanceof RangeError) return { line: 1, column: 1, message: 'nested too deeply to read' };
    if (!(error instanceof Fault)) throw error;
    return { ...lineColumn(text, error.offset), message: error.message };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class Scanner {
  private at = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.space();
    this.value();
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected ${this.shown()} after the end of the document`);
  }

  private fail(message: string, offset = this.at): never {
    throw new Fault(offset, message);
  }

  private shown(): string {
    if (this.at >= this.text.length) return 'end of file';
    return JSON.stringify(this.text[this.at]);
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at++;
  }

  private value(): void {
    const c = this.text[this.at];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return void this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail(`expected a value, found ${this.shown()}`);
  }

  private enter(): void {
    if (++this.depth > LIMITS.depth) {
      this.fail(`nested more than ${formatLimit(LIMITS.depth)} levels deep (the limit for lists and objects inside each other)`);
    }
    this.at++;
  }

  private object(): void {
    this.enter();
    const keys = new Set<string>();
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      this.depth--;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail(`expected a quoted key, found ${this.shown()}`);
      const start = this.at;
      const key = this.string();
      if (keys.has(key)) this.fail(`duplicate key ${JSON.stringify(key)}`, start);
      keys.add(key);
      this.space();
      if (this.text[this.at] !== ':') this.fail(`expected ":" after a key, found ${this.shown()}`);
      this.at++;
      this.space();
      this.value();
      this.space();
      const c = this.text[this.at];
      this.at++;
      if (c === '}') return void this.depth--;
      if (c !== ',') this.fail(`expected "," or "}", found ${this.shown0(c)}`, this.at - 1);
    }
  }

  private array(): void {
    this.enter();
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      this.depth--;
      return;
    }
    for (;;) {
      this.space();
      this.value();
      this.space();
      const c = this.text[this.at];
      this.at++;
      if (c === ']') return void this.depth--;
      if (c !== ',') this.fail(`expected "," or "]", found ${this.shown0(c)}`, this.at - 1);
    }
  }

  private shown0(c: string | undefined): string {
    return c === undefined ? 'end of file' : JSON.stringify(c);
  }

  /** Scans a string starting at the opening quote; returns its (approximate) content. */
  private string(): string {
    const start = ++this.at;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail('unterminated string', start - 1);
      if (c === '"') break;
      if (c < ' ') this.fail('control character in a string (escape it)');
      if (c === '\\') {
        const next = this.text[this.at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail('bad \\u escape');
          this.at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) this.fail('bad escape in a string');
        this.at += 2;
        continue;
      }
      this.at++;
    }
    const raw = this.text.slice(start, this.at);
    this.at++;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail(`bad number`);
    this.at += match[0].length;
  }
}
