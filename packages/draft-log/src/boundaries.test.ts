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
  it('imports only yjs, lib0, @rapporteur/event-store and its own files: reading the log needs no realtime code', () => {
    const allowed = /^(?:yjs|lib0\/[a-z]+|@rapporteur\/event-store)$/;
    const outside = sourceFiles(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !specifier.startsWith('.') && !allowed.test(specifier))
        .map((specifier) => `${file.slice(root.length)}: ${specifier}`),
    );
    expect(outside).toEqual([]);
  });
});
