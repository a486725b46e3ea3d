// The core's folders are layered: inside every folder of src/core, its sub-folders and files
// import each other in one direction only, so each can be read (and moved) with what it stands
// on and never with what stands on it. File circles are caught by the type checker's reader
// anyway; a folder cycle is not (dataset/ -> claims/ -> dataset/ through different files), so
// this test builds the folder graph from every import with the TypeScript parser (type-only
// imports too: a type belongs where its users are) and asserts each level is acyclic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SRC = resolve(new URL('../../src', import.meta.url).pathname);

/** [importing file, imported file], both relative to the folder walked. */
type Import = [string, string];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** Every relative import, export-from, import() and import type of a file under `root` that lands under `root`. */
function importsUnder(root: string): Import[] {
  const found: Import[] = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (node: ts.Node | undefined) => {
      if (!node || !ts.isStringLiteral(node) || !node.text.startsWith('.')) return;
      const target = resolve(dirname(file), node.text).replace(/\.js$/, '.ts');
      if (target.startsWith(root + sep)) found.push([relative(root, file), relative(root, target)]);
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
      else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * The first cycle among the rooms of one folder, in words: each import of a file is an arrow
 * between the two children (sub-folder or file) of the deepest folder that holds both files.
 */
function folderCycles(imports: readonly Import[], root = 'src/core'): string[] {
  const arrows = new Map<string, Map<string, Map<string, string>>>(); // folder -> room -> room -> an import
  for (const [from, to] of imports) {
    const a = from.split('/');
    const b = to.split('/');
    let depth = 0;
    while (depth < a.length - 1 && depth < b.length - 1 && a[depth] === b[depth]) depth++;
    if (a[depth] === b[depth]) continue;
    const folder = a.slice(0, depth).join('/') || '.';
    const rooms = arrows.get(folder) ?? new Map<string, Map<string, string>>();
    arrows.set(folder, rooms);
    const out = rooms.get(a[depth]!) ?? new Map<string, string>();
    rooms.set(a[depth]!, out);
    if (!out.has(b[depth]!)) out.set(b[depth]!, `${from} -> ${to}`);
  }
  const cycles: string[] = [];
  for (const [folder, rooms] of arrows) {
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (room: string): string[] | undefined => {
      state.set(room, 'open');
      path.push(room);
      for (const next of rooms.get(room)?.keys() ?? []) {
        if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
        const found = state.has(next) ? undefined : visit(next);
        if (found) return found;
      }
      path.pop();
      state.set(room, 'done');
      return undefined;
    };
    for (const room of rooms.keys()) {
      const cycle = state.has(room) ? undefined : visit(room);
      if (!cycle) continue;
      const through = cycle.slice(1).map((room, i) => rooms.get(cycle[i]!)!.get(room)!);
      cycles.push(`${root}/${folder}: ${cycle.join(' -> ')} (${through.join('; ')})`);
      break;
    }
  }
  return cycles;
}

test('no folder of src/core has sub-folders or files that import each other in a cycle', () => {
  const imports = importsUnder(join(SRC, 'core'));
  assert.ok(imports.length > 500, `read ${imports.length} imports: the walk of src/core found too few`);
  assert.deepEqual(folderCycles(imports), []);
});

// The same over the whole of src: its hosts (cli, server, extension, web, playground) over the
// session over the core, and inside each host its own floors (cli: main over commands over the
// pieces they share, which write through cli/output-file.ts rather than a command's module).
test('no folder of src has sub-folders or files that import each other in a cycle', () => {
  const imports = importsUnder(SRC);
  assert.ok(imports.length > 1000, `read ${imports.length} imports: the walk of src found too few`);
  assert.deepEqual(folderCycles(imports, 'src'), []);
});

test('a cycle between two folders is found at their common parent, with the imports that close it', () => {
  const imports: Import[] = [
    ['rules/salary.ts', 'claims/verdicts.ts'],
    ['claims/verdicts.ts', 'dataset/names/match.ts'],
    ['dataset/names/match.ts', 'dataset/types.ts'],
    ['dataset/card.ts', 'claims/verdicts.ts'],
  ];
  assert.deepEqual(folderCycles(imports.slice(0, 3)), []);
  assert.deepEqual(folderCycles(imports), [
    'src/core/.: claims -> dataset -> claims (claims/verdicts.ts -> dataset/names/match.ts; dataset/card.ts -> claims/verdicts.ts)',
  ]);
  assert.deepEqual(folderCycles([...imports.slice(0, 3), ['dataset/types.ts', 'dataset/names/match.ts']]), [
    'src/core/dataset: names -> types.ts -> names (dataset/names/match.ts -> dataset/types.ts; dataset/types.ts -> dataset/names/match.ts)',
  ]);
});
