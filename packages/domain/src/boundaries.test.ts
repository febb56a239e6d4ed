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

// What STYLE.md's boundaries and the decider style rule out: I/O, a clock, randomness.
const FORBIDDEN = [
  /\bnew Date\b|\bDate\.now\b/,
  /\bMath\.random\b|\bcrypto\./,
  /\bprocess\.|\bglobalThis\b/,
  /\bset(Timeout|Interval|Immediate)\b|\bfetch\(/,
];

describe('the domain package', () => {
  it('reads its own sources here', () => {
    expect(Object.keys(sources)).toContain('./meeting/meeting.decide.ts');
  });

  it('imports nothing but its own files and the error family, which imports nothing', () => {
    const imports = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
        (match) => `${file}: ${match[1] ?? ''}`,
      ),
    );
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((line) => !/: (\.\.?\/|@rapporteur\/errors$)/.test(line))).toEqual([]);
  });

  it('reads no clock, draws no random number and touches no environment', () => {
    const offending = Object.entries(sources).flatMap(([file, text]) =>
      FORBIDDEN.filter((pattern) => pattern.test(text)).map(
        (pattern) => `${file}: ${String(pattern)}`,
      ),
    );
    expect(offending).toEqual([]);
  });
});
