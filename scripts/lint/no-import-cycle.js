// The lint rule that refuses import cycles between a workspace's own files (decision 35).
// It follows relative imports only: packages import each other by name, and the boundary table
// (boundaries.js) already keeps that graph one-way. Type-only imports count: a cycle of types
// still ties two modules together, and it is the first step to a cycle of values.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** @type {Map<string, { mtimeMs: number, imports: string[] }>} */
const importsOnDisk = new Map();

/** The file a relative specifier names, as TypeScript's Bundler resolution finds it ('./x.js' is './x.ts'). */
export function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier.replace(/\.(?:js|jsx|mjs)$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`];
  return candidates.find((path) => /\.[mc]?tsx?$/.test(path) && existsSync(path));
}

/** The relative imports of a file as it is on disk, read once per change of the file. */
function relativeImportsOf(file) {
  const { mtimeMs } = statSync(file);
  const known = importsOnDisk.get(file);
  if (known?.mtimeMs === mtimeMs) return known.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveRelative(file, specifier))
    .filter((path) => path !== undefined);
  importsOnDisk.set(file, { mtimeMs, imports });
  return imports;
}

/** A shortest chain of imports from `start` back to `target`, or undefined when there is none. */
export function pathBack(start, target) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next === target) {
      const chain = [];
      for (let step = next; step !== undefined; step = cameFrom.get(step)) chain.unshift(step);
      return chain;
    }
    for (const imported of relativeImportsOf(next)) {
      if (cameFrom.has(imported)) continue;
      cameFrom.set(imported, next);
      queue.push(imported);
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Refuses an import that leads back, through relative imports, to the file.',
    },
    schema: [],
    messages: {
      cycle:
        'Import cycle: {{chain}}. Move what both sides need into a module of its own (decision 35).',
    },
  },
  create(context) {
    const file = context.filename;
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const imported = resolveRelative(file, specifier);
      if (imported === undefined) return;
      const chain = pathBack(imported, file);
      if (chain === undefined) return;
      const names = [file, ...chain].map((path) => relative(dirname(file), path) || path);
      context.report({
        node: node.source,
        messageId: 'cycle',
        data: { chain: names.join(' -> ') },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** The local plugin the root eslint.config.js registers as `rapporteur`. */
export default { meta: { name: 'rapporteur' }, rules: { 'no-import-cycle': noImportCycle } };
