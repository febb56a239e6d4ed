import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('.', import.meta.url).pathname;

/** Every bare specifier reached from `entry` through its relative imports (side effects and types included), with who imports it. */
function reachedImports(entry: string): string[] {
  const seen = new Set<string>();
  const bare: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)(?:[^'"]*from)?\s*'([^']+)'/gm)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else bare.push(`${file.slice(root.length)}: ${specifier}`);
    }
  };
  visit(entry);
  return bare;
}

describe('the protocol entry', () => {
  it('reaches lib0 and nothing else, so that a browser can import it without the rooms', () => {
    const imports = reachedImports(join(root, 'protocol-entry.ts'));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((line) => !/: lib0\/(?:encoding|decoding)$/.test(line))).toEqual([]);
  });
});
