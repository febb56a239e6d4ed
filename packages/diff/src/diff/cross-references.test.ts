import { describe, expect, it } from 'vitest';

import type { TiptapNode } from '../document/tiptap-node.js';
import { diffDocuments } from './diff-documents.js';

const section = (text: string, id?: string): TiptapNode => ({
  type: 'numberedParagraph',
  attrs: id === undefined ? { level: 1 } : { level: 1, id },
  content: [{ type: 'text', text }],
});
const see: TiptapNode = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'As agreed in section ' },
    // Stored with the number it had when written: the diff reads the current one.
    { type: 'crossReference', attrs: { target: 'p-target', label: '2' } },
    { type: 'text', text: ' above.' },
  ],
};
const doc = (...content: TiptapNode[]): TiptapNode => ({ type: 'doc', content });

describe('cross-references in a diff (decision 48)', () => {
  it('reads a reference whose target did not move as unchanged text', () => {
    const before = doc(section('One'), section('Two', 'p-target'), see);
    const after = doc(section('One'), section('Two', 'p-target'), see);
    const diff = diffDocuments({ doc: before }, { doc: after });
    expect(diff.stats.changedBlocks).toBe(0);
    expect(diff.changes[2]?.after?.text).toBe('As agreed in section 2 above.');
  });

  it('shows the new number when a section is inserted above the target, with nobody as its author', () => {
    const before = doc(section('One'), section('Two', 'p-target'), see);
    const after = doc(section('One'), section('Inserted'), section('Two', 'p-target'), see);
    const diff = diffDocuments({ doc: before }, { doc: after });
    const reference = diff.changes.find((change) => change.after?.text.startsWith('As agreed'));
    expect(reference).toMatchObject({
      kind: 'changed',
      before: { text: 'As agreed in section 2 above.' },
      after: { text: 'As agreed in section 3 above.' },
      authors: [],
    });
  });
});
