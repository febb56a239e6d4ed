import { describe, expect, it } from 'vitest';

// Vite reads the sources at build time (import.meta.glob), so this test needs no node:fs either.
declare global {
  interface ImportMeta {
    glob: (
      pattern: readonly string[],
      options: { readonly query: '?raw'; readonly import: 'default'; readonly eager: true },
    ) => Record<string, string>;
  }
}

const sources = import.meta.glob(['./**/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the errors package', () => {
  it('imports nothing but its own files, so that every package may import it', () => {
    const imports = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
        (match) => `${file}: ${match[1] ?? ''}`,
      ),
    );
    expect(imports.length).toBeGreaterThan(2);
    expect(imports.filter((line) => !/: \.\.?\//.test(line))).toEqual([]);
  });
});
