import { describe, expect, it } from 'vitest';

import {
  blocksOf,
  editedSummary,
  indexOfSection,
  numbered,
  paragraph,
  replaceText,
  splice,
  summaryDocument,
} from '../../testing/index.js';
import { diffDocuments } from './diff-documents.js';
import type { BlockChange } from './types.js';

const summary = summaryDocument();

function changed(changes: readonly BlockChange[]): BlockChange[] {
  return changes.filter((change) => change.kind !== 'unchanged');
}

describe('diffing the CWG-WSIS&SDG 34 summary', () => {
  it('finds one changed word in §8.2.1.1 and nothing else', () => {
    const at = indexOfSection(summary, '8.2.1.1.');
    const after = replaceText(summary, at, { from: 'implementation', to: 'execution' });
    const diff = diffDocuments({ doc: summary }, { doc: after });
    const [change, ...others] = changed(diff.changes);
    expect(others).toEqual([]);
    expect(change).toMatchObject({
      kind: 'changed',
      blockType: 'numberedParagraph',
      level: 4,
      section: '8.2.1.1.',
      before: { index: at },
      after: { index: at },
    });
    expect(change?.words?.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: 'implementation', authors: [] },
      { op: 'insert', text: 'execution', authors: [] },
    ]);
    expect(diff.sections).toEqual([{ section: '8.2.1.1.', kinds: ['changed'], authors: [] }]);
    expect(diff.stats).toEqual({ insertedCharacters: 9, deletedCharacters: 14, changedBlocks: 1 });
  });

  it('adds a section 9 and renumbers the sections after it, which stay unchanged', () => {
    const at = indexOfSection(summary, '9.');
    const added = [numbered(1, 'Date of the next meeting'), paragraph('February 2020, Geneva.')];
    const diff = diffDocuments({ doc: summary }, { doc: splice(summary, at, { insert: added }) });
    expect(changed(diff.changes)).toEqual([
      {
        kind: 'added',
        blockType: 'numberedParagraph',
        level: 1,
        section: '9.',
        after: { index: at, text: 'Date of the next meeting' },
        authors: [],
      },
      {
        kind: 'added',
        blockType: 'paragraph',
        section: '9.',
        after: { index: at + 1, text: 'February 2020, Geneva.' },
        authors: [],
      },
    ]);
    const renumbered = diff.changes.filter((change) => change.previousSection !== undefined);
    expect(renumbered.map((change) => `${change.previousSection} -> ${change.section}`)).toEqual([
      '9. -> 10.',
      '9.1. -> 10.1.',
      '9.1.1. -> 10.1.1.',
      '10. -> 11.',
      '10. -> 11.', // the unnumbered paragraph under it
      '10.1. -> 11.1.',
      '11. -> 12.',
      '11.1. -> 12.1.',
      '11.2. -> 12.2.', // the page footer after it is page furniture, not imported (issue 15)
    ]);
    expect(renumbered.every((change) => change.kind === 'unchanged')).toBe(true);
    expect(diff.sections).toEqual([{ section: '9.', kinds: ['added'], authors: [] }]);
  });

  it('removes §6.3 and numbers it as it was, while 6.4 to 6.12 move up one', () => {
    const at = indexOfSection(summary, '6.3.');
    const diff = diffDocuments({ doc: summary }, { doc: splice(summary, at, { remove: 1 }) });
    const [change, ...others] = changed(diff.changes);
    expect(others).toEqual([]);
    expect(change).toMatchObject({ kind: 'removed', section: '6.3.', before: { index: at } });
    expect(change).not.toHaveProperty('after');
    expect(diff.changes.find((change) => change.previousSection === '6.4.')?.section).toBe('6.3.');
    expect(diff.changes.find((change) => change.previousSection === '6.12.')?.section).toBe(
      '6.11.',
    );
    expect(diff.sections).toEqual([{ section: '6.3.', kinds: ['removed'], authors: [] }]);
  });

  describe('with who did what', () => {
    const edited = editedSummary();
    const diff = diffDocuments(edited.before, edited.after);

    it('attributes each word edit to its editor, in the section it was made in, and nothing else to anyone', () => {
      const edits = diff.changes.filter((change) => change.kind === 'changed');
      expect(edits.map((change) => change.previousSection ?? change.section)).toEqual(
        edited.wordEdits.map((edit) => edit.section),
      );
      for (const [index, change] of edits.entries()) {
        const edit = edited.wordEdits[index]!;
        const deleted = change.words
          ?.filter((part) => part.op === 'delete')
          .map((part) => part.text);
        const inserted = change.words
          ?.filter((part) => part.op === 'insert')
          .map((part) => part.text);
        expect(edit.from).toContain(deleted?.[0]?.trim());
        if (inserted?.length) expect(edit.to).toContain(inserted[0]?.trim());
        expect(change.authors).toEqual(['ana']);
        for (const part of change.words ?? []) {
          expect(part.authors).toEqual(part.op === 'equal' ? [] : ['ana']);
        }
      }
      const unchanged = diff.changes.filter((change) => change.kind === 'unchanged');
      expect(unchanged.every((change) => change.authors.length === 0)).toBe(true);
    });

    it('reports the section moved as moved by its mover, with the numbers it had', () => {
      const moved = diff.changes.filter((change) => change.kind === 'moved');
      expect(
        moved.map((change) => [change.previousSection, change.section, change.authors]),
      ).toEqual([
        ['8.9.', '8.11.', ['chen']],
        ['8.9.1.', '8.11.1.', ['chen']],
        ['8.9.2.', '8.11.2.', ['chen']],
      ]);
      expect(moved.every((change) => change.words === undefined)).toBe(true);
    });

    it('reports the section added by its writer, and summarises every section once, in order', () => {
      const added = diff.changes.filter((change) => change.kind === 'added');
      expect(added.map((change) => [change.section, change.authors])).toEqual([
        ['9.', ['ben']],
        ['9.', ['ben']],
      ]);
      expect(
        diff.sections.map(
          (s) => `${s.previousSection ?? '='} ${s.section} ${s.kinds.join()} ${s.authors.join()}`,
        ),
      ).toEqual([
        '= 4.2.1. changed ana',
        '= 5.1. changed ana',
        '= 6.3. changed ana',
        '= 6.7. changed ana',
        '= 6.9. changed ana',
        '= 7.2. changed ana',
        '= 8.2.1.1. changed ana',
        '= 8.4.3. changed ana',
        '= 8.5.2. changed ana',
        '8.10.1. 8.9.1. changed ana',
        '8.11.1. 8.10.1. changed ana',
        '8.11.2. 8.10.2. changed ana',
        '8.9. 8.11. moved chen',
        '8.9.1. 8.11.1. moved chen',
        '8.9.2. 8.11.2. moved chen',
        '= 9. added ben',
      ]);
      expect(diff.stats.changedBlocks).toBe(17);
      expect(blocksOf(edited.after.doc)).toHaveLength(blocksOf(summary).length + 2);
    });
  });
});
