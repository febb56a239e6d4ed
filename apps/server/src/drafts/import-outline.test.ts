import { importDocument } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';
import { importPreview, snippetOf } from './import-outline.js';

describe('snippetOf', () => {
  it('keeps a short text whole, with its spaces folded', () => {
    expect(snippetOf('  The chair\n opened   the meeting. ')).toBe('The chair opened the meeting.');
  });

  it('cuts a long text at a word and says so with an ellipsis', () => {
    const snippet = snippetOf('word '.repeat(40));
    expect(snippet.endsWith('word…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(81);
  });

  it('cuts a single overlong word where it is rather than dropping it', () => {
    expect(snippetOf('x'.repeat(200), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('importPreview', () => {
  it('numbers nested paragraphs as the editor does, a skipped level showing as 0', () => {
    const imported = importDocument('Title\n\n1. One\n1.1. One one\n1.1.1.1. Deep\n2. Two\n');
    const { outline, paragraphs } = importPreview(imported);
    expect(outline.map(({ number, level }) => [number, level])).toEqual([
      ['1', 1],
      ['1.1', 2],
      ['1.1.0.1', 4],
      ['2', 1],
    ]);
    expect(paragraphs).toBe(4);
  });
});
