import { describe, expect, it } from 'vitest';

import { authorRuns } from '../../testing/authors.js';
import { doc, numbered, paragraph } from '../../testing/documents.js';
import { documentText } from '../document/tiptap-node.js';
import { diffDocuments } from './diff-documents.js';

const base = [
  numbered(1, 'Introduction'),
  paragraph('The meeting was opened by the chairman.'),
  numbered(1, 'Agenda'),
  paragraph('The agenda was adopted.'),
  numbered(2, 'Documents'),
];

describe('diffDocuments', () => {
  it('reports a level change as a changed block with no words and a new number', () => {
    const after = [...base.slice(0, 4), numbered(3, 'Documents')];
    const diff = diffDocuments({ doc: doc(base) }, { doc: doc(after) });
    expect(diff.changes[4]).toEqual({
      kind: 'changed',
      blockType: 'numberedParagraph',
      level: 3,
      section: '2.0.1.',
      previousSection: '2.1.',
      before: { index: 4, text: 'Documents' },
      after: { index: 4, text: 'Documents' },
      authors: [],
    });
    expect(diff.sections).toEqual([
      { section: '2.0.1.', previousSection: '2.1.', kinds: ['changed'], authors: [] },
    ]);
  });

  it('numbers a removed block as it was, and lists it where it stood', () => {
    const after = [base[0]!, base[2]!, base[3]!, base[4]!];
    const diff = diffDocuments({ doc: doc(base) }, { doc: doc(after) });
    expect(diff.changes.map((change) => [change.kind, change.section])).toEqual([
      ['unchanged', '1.'],
      ['removed', '1.'],
      ['unchanged', '2.'],
      ['unchanged', '2.'],
      ['unchanged', '2.1.'],
    ]);
    expect(diff.changes[1]).not.toHaveProperty('after');
    expect(diff.stats).toEqual({
      insertedCharacters: 0,
      deletedCharacters: 'The meeting was opened by the chairman.'.length,
      changedBlocks: 1,
    });
  });

  it('counts a removed paragraph towards its section as renumbered when its section survived', () => {
    const after = [numbered(1, 'Preface'), base[0]!, base[2]!, base[3]!, base[4]!];
    const diff = diffDocuments({ doc: doc(base) }, { doc: doc(after) });
    expect(diff.changes.find((change) => change.kind === 'removed')?.section).toBe('1.');
    expect(diff.sections).toEqual([
      { section: '1.', kinds: ['added'], authors: [] },
      { section: '2.', previousSection: '1.', kinds: ['removed'], authors: [] },
    ]);
  });

  it('names a section that went with its paragraphs by its old number', () => {
    const after = [base[0]!, base[1]!];
    const diff = diffDocuments({ doc: doc(base) }, { doc: doc(after) });
    expect(diff.sections).toEqual([
      { section: '2.', kinds: ['removed'], authors: [] },
      { section: '2.1.', kinds: ['removed'], authors: [] },
    ]);
  });

  it('counts characters of text only: a hard break counts for nothing', () => {
    const before = [paragraph('one two')];
    const after = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'one' },
          { type: 'hardBreak' },
          { type: 'text', text: 'two!' },
        ],
      },
    ];
    const diff = diffDocuments({ doc: doc(before) }, { doc: doc(after) });
    expect(diff.changes[0]?.words?.map((part) => [part.op, part.text])).toEqual([
      ['equal', 'one'],
      ['delete', ' '],
      ['insert', '\n'],
      ['equal', 'two'],
      ['insert', '!'],
    ]);
    expect(diff.stats).toMatchObject({ insertedCharacters: 1, deletedCharacters: 1 });
  });

  it('attributes words across text nodes to the right people', () => {
    const before = doc([paragraph('The group noted the report.')]);
    const after = doc([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The group ' },
          { type: 'text', text: 'welcomed', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' the report.' },
        ],
      },
    ]);
    const text = documentText(after);
    const diff = diffDocuments(
      {
        doc: before,
        authors: authorRuns(documentText(before).length, [{ start: 10, end: 15, author: 'ben' }]),
      },
      {
        doc: after,
        authors: authorRuns(text.length, [{ start: 10, end: 18, author: 'ana' }], 'zoe'),
      },
    );
    expect(diff.changes[0]?.words).toEqual([
      { op: 'equal', text: 'The group ', authors: [] },
      { op: 'delete', text: 'noted', authors: ['ben'] },
      { op: 'insert', text: 'welcomed', authors: ['ana'] },
      { op: 'equal', text: ' the report.', authors: [] },
    ]);
    expect(diff.changes[0]?.authors).toEqual(['ana', 'ben']);
    expect(diff.sections).toEqual([{ section: null, kinds: ['changed'], authors: ['ana', 'ben'] }]);
  });

  it('compares empty documents', () => {
    expect(diffDocuments({ doc: doc([]) }, { doc: { type: 'doc' } })).toEqual({
      changes: [],
      sections: [],
      stats: { insertedCharacters: 0, deletedCharacters: 0, changedBlocks: 0 },
    });
  });
});
