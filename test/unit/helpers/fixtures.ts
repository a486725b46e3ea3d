// The fixture format shared by the fixture driver (rules.test.ts) and scripts/update-expected.ts.
import { RULES, resolveConfig, type Finding } from '../../../src/core/index.js';
import type { ConfigFile } from '../../../src/core/config/schema.js';
import { styleSchema } from '../../../src/core/style/schema.js';
import { LineIndex } from '../../../src/core/model/lines.js';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const OPTIONS = /<!--\s*fixture-options:\s*(\{[^]*?\})\s*-->/;
/** The house style a case runs with (`style` of the config), for the style-* rules. */
const STYLE = /<!--\s*fixture-style:\s*(\{[^]*?\})\s*-->/;

export function configFor(ruleId: string, text: string) {
  const options = OPTIONS.exec(text);
  const own = options ? (JSON.parse(options[1]!) as Record<string, unknown>) : {};
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? own : 'off']));
  const style = STYLE.exec(text);
  return resolveConfig({ rules, ...(style && { style: styleSchema.parse(JSON.parse(style[1]!)) }) } as ConfigFile);
}

export const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
export const toLf = (text: string) => text.replace(/\r\n/g, '\n');

/** The finding's lines in the `.expected` format; `text` maps suggestion offsets to positions. */
export function describeFinding(f: Finding, text: string): string[] {
  const lines = new LineIndex(text);
  const range = (start: number, end: number) => {
    const [a, b] = [lines.point(start), lines.point(end)];
    return `${a.line}:${a.column}-${b.line}:${b.column}`;
  };
  const own = `${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.messageId} ${f.message}`;
  // A suggestion's text is written in the document's line endings: compare it as LF.
  const suggestions = (f.suggestions ?? []).map(
    (s) => `  suggestion ${range(...s.fix.range)} ${JSON.stringify(toLf(s.fix.text))} ${s.title}`,
  );
  return [own, ...suggestions];
}
