// temporary: print findings of a fixture for a rule
import { readFileSync } from 'node:fs';
import { RULES, lint, resolveConfig } from '../src/core/index.js';
import type { ConfigFile } from '../src/core/config/schema.js';
import { bundledRoleIndex } from '../test/unit/helpers/dataset.js';
const [ruleId, ...files] = process.argv.slice(2);
const dataset = await bundledRoleIndex();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const m = /<!--\s*fixture-options:\s*(\{[^]*?\})\s*-->/.exec(text);
  const own = m ? JSON.parse(m[1]!) : {};
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? own : 'off']));
  const out = lint(text, { config: resolveConfig({ rules } as ConfigFile), dataset }).findings.filter((f) => f.ruleId === ruleId);
  console.log(`== ${file}`);
  for (const f of out) console.log(`${f.start.line}:${f.start.column} ${f.message}`, f.suggestions ? JSON.stringify(f.suggestions.map((s) => s.fix)) : '', f.fix ? 'FIX ' + JSON.stringify(f.fix) : '');
}
