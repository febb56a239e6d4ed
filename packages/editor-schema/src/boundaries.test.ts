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
  it('imports only @tiptap/*, the error family and its own files, so it runs in the browser and on the server alike', () => {
    const outside = sourceFiles(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)]
        .map((match) => match[1] ?? '')
        .filter(
          (specifier) =>
            !specifier.startsWith('.') &&
            !specifier.startsWith('@tiptap/') &&
            specifier !== '@rapporteur/errors',
        )
        .map((specifier) => `${file.slice(root.length)}: ${specifier}`),
    );
    expect(outside).toEqual([]);
  });
});
