import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('what the package imports', () => {
  it('imports only docx, @rapporteur/editor-schema, @rapporteur/diff, node: builtins and its own files', () => {
    const allowed = new Set(['docx', '@rapporteur/editor-schema', '@rapporteur/diff']);
    const outside = sourceFiles(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)]
        .map((match) => match[1] ?? '')
        .filter(
          (specifier) =>
            !specifier.startsWith('.') && !specifier.startsWith('node:') && !allowed.has(specifier),
        )
        .map((specifier) => `${file.slice(root.length)}: ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('never reaches into another package: no /testing entry and no src/ path outside tests', () => {
    const deep = sourceFiles(root).flatMap((file) =>
      /from '@rapporteur\/[^']*\/(?:testing|src)/.test(readFileSync(file, 'utf8'))
        ? [file.slice(root.length)]
        : [],
    );
    expect(deep).toEqual([]);
  });
});
