import type { TiptapNode } from '@rapporteur/diff';
import { importDocument } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';

import {
  exampleCover,
  footnotedDocument,
  NOTE_ONE,
  NOTE_THREE,
  NOTE_TWO,
} from '../../testing/index.js';
import { exportMarkdown } from './export-markdown.js';

/** The footnotes' texts of a document, in document order. */
function notesOf(node: TiptapNode): string[] {
  if (node.type === 'footnote') return [String(node.attrs?.['text'])];
  return (node.content ?? []).flatMap(notesOf);
}

describe('footnotes in exportMarkdown', () => {
  const markdown = exportMarkdown(footnotedDocument(), exampleCover());

  it('writes [^1] references in document order and the definitions at the end', () => {
    expect(markdown).toContain('## 1. Adoption of the agenda[^1]\n');
    expect(markdown).toContain('1.1. The group took note of the report[^2] and agreed.\n');
    expect(markdown).toMatch(/\| Cell\[\^3\] \|/);
    expect(markdown.trimEnd().split('\n').slice(-3)).toEqual([
      `[^1]: ${NOTE_ONE}`,
      '[^2]: See Document C-0001 Rev.4 & its annex \\<A>.',
      `[^3]: ${NOTE_THREE}`,
    ]);
    expect(markdown).not.toContain(' [As revised');
  });

  it('reads back through our importer as the same notes at the same places', () => {
    const back = importDocument(markdown, { format: 'markdown' }).doc as TiptapNode;
    expect(notesOf(back)).toEqual([NOTE_ONE, NOTE_TWO, NOTE_THREE]);
    const text = JSON.stringify(back);
    expect(text).not.toContain('[^');
  });

  it('writes no definitions for a document without notes', () => {
    const plain = exportMarkdown(
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] },
      exampleCover(),
    );
    expect(plain).not.toContain('[^');
  });
});
