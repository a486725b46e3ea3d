// Positions inside JSON text, for error messages that point at a line. JSON.parse gives
// neither the place of a value nor (portably) the place of a syntax error: its messages
// differ between V8 versions and browsers. This small strict scanner gives both. It runs
// only after something went wrong, so it favours brevity over speed.

export type JsonPath = ReadonlyArray<string | number>;

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Scans `text` as strict JSON. Throws JsonSyntaxError at the first error; otherwise returns
 * the offset of `target` (its key when it is an object member) or of its deepest existing
 * ancestor, so a missing property points at the object that lacks it.
 */
export function scanJson(text: string, target: JsonPath = []): number {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let best = -1;
  let bestDepth = -1;
  const path: Array<string | number> = [];

  const fail = (expected: string): never => {
    const found = pos < text.length ? `\`${text[pos]}\`` : 'end of file';
    throw new JsonSyntaxError(`Unexpected ${found}, expected ${expected}`, pos);
  };
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const token = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = pos;
    const found = pattern.exec(text)?.[0];
    if (found !== undefined) pos += found.length;
    return found;
  };
  const mark = (at: number) => {
    const depth = path.length;
    if (depth > bestDepth && depth <= target.length && path.every((step, i) => step === target[i])) {
      best = at;
      bestDepth = depth;
    }
  };

  const value = (at: number): void => {
    ws();
    mark(at < 0 ? pos : at);
    const char = text[pos];
    if (char === '{') {
      pos++;
      ws();
      if (text[pos] === '}') return void pos++;
      for (;;) {
        ws();
        const keyAt = pos;
        const key = token(STRING);
        if (key === undefined) fail('a property name in double quotes');
        ws();
        if (text[pos] !== ':') fail('`:` after a property name');
        pos++;
        path.push(JSON.parse(key!) as string);
        value(keyAt);
        path.pop();
        ws();
        if (text[pos] === '}') return void pos++;
        if (text[pos] !== ',') fail('`,` or `}` after a property value');
        pos++;
      }
    }
    if (char === '[') {
      pos++;
      ws();
      if (text[pos] === ']') return void pos++;
      for (let i = 0; ; i++) {
        path.push(i);
        value(-1);
        path.pop();
        ws();
        if (text[pos] === ']') return void pos++;
        if (text[pos] !== ',') fail('`,` or `]` after an array element');
        pos++;
      }
    }
    if (char === '"') {
      if (token(STRING) === undefined) fail('a valid string (control characters and bad escapes are not allowed)');
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, pos)) return void (pos += literal.length);
    }
    if (token(NUMBER) === undefined) fail('a value (object, array, string, number, true, false or null)');
  };

  value(-1);
  ws();
  if (pos < text.length) fail('end of file after the top-level value');
  return best;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** `occupations[3].wages.mean`, with odd keys quoted: `x["two words"]`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
