import { paragraphNumbers } from '@rapporteur/editor-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  applyEdits,
  documentSpec,
  edit,
  specDocument,
  specText,
  type BlockSpec,
} from '../../testing/arbitraries.js';
import { authorRuns } from '../../testing/authors.js';
import { documentText } from '../document/tiptap-node.js';
import { diffDocuments } from './diff-documents.js';
import type { BlockChange } from './types.js';

/** The section of each block, from the definition: the number of the last numbered paragraph at or above it. */
function expectedSections(specs: readonly BlockSpec[]): (string | null)[] {
  const numbers = paragraphNumbers(
    specs.filter((spec) => spec.type === 'numberedParagraph').map((spec) => spec.level),
  );
  let seen = -1;
  return specs.map((spec) => {
    if (spec.type === 'numberedParagraph') seen += 1;
    return numbers[seen] ?? null;
  });
}

function afterTexts(changes: readonly BlockChange[]): string[] {
  return changes.flatMap((change) => (change.after ? [change.after.text] : []));
}

function beforeTexts(changes: readonly BlockChange[]): string[] {
  return changes
    .flatMap((change) => (change.before ? [change.before] : []))
    .sort((a, b) => a.index - b.index)
    .map((side) => side.text);
}

const edited = fc.record({ specs: documentSpec, edits: fc.array(edit, { maxLength: 6 }) });

/** A random document, the same edited (`next`), and the diff from the one to the other. */
const editedAndDiffed = edited.map(({ specs, edits }) => {
  const next = applyEdits(specs, edits);
  return {
    specs,
    next,
    diff: diffDocuments({ doc: specDocument(specs) }, { doc: specDocument(next) }),
  };
});

describe('diffDocuments over random documents and edits', () => {
  it('finds nothing between a document and itself', () => {
    fc.assert(
      fc.property(documentSpec, (specs) => {
        const diff = diffDocuments({ doc: specDocument(specs) }, { doc: specDocument(specs) });
        expect(diff.changes.map((change) => change.kind)).toEqual(specs.map(() => 'unchanged'));
        expect(diff.sections).toEqual([]);
        expect(diff.stats).toEqual({
          insertedCharacters: 0,
          deletedCharacters: 0,
          changedBlocks: 0,
        });
      }),
    );
  });

  it('rebuilds the after document from the after side of every change but removals, in order', () => {
    fc.assert(
      fc.property(editedAndDiffed, ({ next, diff }) => {
        const kept = diff.changes.filter((change) => change.kind !== 'removed');
        expect(kept.every((change) => change.after !== undefined)).toBe(true);
        expect(afterTexts(kept)).toEqual(next.map(specText));
        expect(kept.map((change) => change.after?.index)).toEqual(next.map((_, index) => index));
      }),
    );
  });

  it('rebuilds the before document from the before side of every change but additions', () => {
    fc.assert(
      fc.property(editedAndDiffed, ({ specs, diff }) => {
        const had = diff.changes.filter((change) => change.kind !== 'added');
        expect(had.every((change) => change.before !== undefined)).toBe(true);
        expect(beforeTexts(had)).toEqual(specs.map(specText));
      }),
    );
  });

  it('shows each changed block as words whose kept and deleted parts read as before, kept and inserted as after', () => {
    fc.assert(
      fc.property(editedAndDiffed, ({ diff }) => {
        for (const change of diff.changes) {
          if (change.words === undefined) continue;
          const read = (op: 'insert' | 'delete') =>
            change.words
              ?.filter((part) => part.op === 'equal' || part.op === op)
              .map((part) => part.text)
              .join('');
          expect(read('delete')).toBe(change.before?.text);
          expect(read('insert')).toBe(change.after?.text);
          expect(change.before?.text).not.toBe(change.after?.text);
        }
      }),
    );
  });

  it('numbers every block as its own document does, and says so when a block was renumbered', () => {
    fc.assert(
      fc.property(editedAndDiffed, ({ specs, next, diff }) => {
        const before = expectedSections(specs);
        const after = expectedSections(next);
        for (const change of diff.changes) {
          if (change.kind === 'removed') {
            expect(change.section).toBe(before[change.before?.index ?? -1]);
            expect(change).not.toHaveProperty('previousSection');
            continue;
          }
          const was = change.before === undefined ? undefined : before[change.before.index];
          expect(change.section).toBe(after[change.after?.index ?? -1]);
          expect(change.previousSection).toBe(was === change.section ? undefined : was);
        }
      }),
    );
  });

  it('reports one paragraph taken out and put back elsewhere as exactly one moved block', () => {
    const moveCase = documentSpec
      .filter((specs) => specs.length >= 2)
      .chain((specs) =>
        fc.record({
          specs: fc.constant(specs),
          from: fc.nat({ max: specs.length - 1 }),
          to: fc.nat({ max: specs.length - 1 }),
        }),
      );
    fc.assert(
      fc.property(moveCase, ({ specs, from, to }) => {
        const next = applyEdits(specs, [{ op: 'move', at: from, to }]);
        const diff = diffDocuments({ doc: specDocument(specs) }, { doc: specDocument(next) });
        const kinds = diff.changes.map((change) => change.kind);
        const same = next.every(
          (spec, index) =>
            specText(spec) === specText(specs[index]!) &&
            spec.type === specs[index]!.type &&
            spec.level === specs[index]!.level,
        );
        if (same) {
          expect(kinds.every((kind) => kind === 'unchanged')).toBe(true);
          return;
        }
        expect(kinds.filter((kind) => kind === 'moved')).toHaveLength(1);
        expect(kinds.filter((kind) => kind !== 'moved' && kind !== 'unchanged')).toEqual([]);
        expect(diff.changes).toHaveLength(specs.length);
      }),
    );
  });

  it('finds every block of a long document again however its blocks were shuffled', () => {
    // Far past the edit budget of the exact LCS: the patience-style anchors take over.
    const shuffled = fc
      .uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 80, maxLength: 200 })
      .chain((ids) =>
        fc.record({
          ids: fc.constant(ids),
          order: fc.shuffledSubarray(ids, { minLength: ids.length }),
        }),
      );
    fc.assert(
      fc.property(shuffled, ({ ids, order }) => {
        const spec = (id: number): BlockSpec => ({
          type: id % 3 === 0 ? 'numberedParagraph' : 'paragraph',
          level: 1 + (id % 4),
          words: ['item', String(id), 'of', 'the', 'report'],
          breakAt: null,
        });
        const diff = diffDocuments(
          { doc: specDocument(ids.map(spec)) },
          { doc: specDocument(order.map(spec)) },
        );
        expect(diff.changes).toHaveLength(ids.length);
        expect(afterTexts(diff.changes)).toEqual(order.map((id) => specText(spec(id))));
        expect(diff.changes.every((c) => c.kind === 'unchanged' || c.kind === 'moved')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps every block unchanged but renumbered when a section is inserted at the top', () => {
    fc.assert(
      fc.property(documentSpec, (specs) => {
        const preamble: BlockSpec = {
          type: 'numberedParagraph',
          level: 1,
          words: ['Preamble'],
          breakAt: null,
        };
        const next = [preamble, ...specs];
        const diff = diffDocuments({ doc: specDocument(specs) }, { doc: specDocument(next) });
        const [first, ...rest] = diff.changes;
        expect(first).toMatchObject({ kind: 'added', section: '1.', after: { index: 0 } });
        const before = expectedSections(specs);
        const after = expectedSections(next);
        rest.forEach((change, index) => {
          expect(change.kind).toBe('unchanged');
          expect(change.section).toBe(after[index + 1]);
          expect(change.previousSection).toBe(before[index]);
          expect(change.section).not.toBe(change.previousSection);
        });
        expect(diff.sections).toEqual([{ section: '1.', kinds: ['added'], authors: [] }]);
      }),
    );
  });

  it('attributes inserted text to its writers and deleted text to its deleters, and nothing else', () => {
    fc.assert(
      fc.property(edited, ({ specs, edits }) => {
        const next = applyEdits(specs, edits);
        const old = specDocument(specs);
        const doc = specDocument(next);
        const diff = diffDocuments(
          { doc: old, authors: authorRuns(documentText(old).length, [], 'deleter') },
          { doc, authors: authorRuns(documentText(doc).length, [], 'writer') },
        );
        for (const change of diff.changes) {
          switch (change.kind) {
            case 'unchanged':
              expect(change.authors).toEqual([]);
              break;
            case 'added':
              expect(change.authors).toEqual(['writer']);
              break;
            case 'removed':
              expect(change.authors).toEqual(['deleter']);
              break;
            case 'moved':
            case 'changed': {
              const parts = change.words ?? [];
              for (const part of parts) {
                // Every readable character is a text character but the hard break's '\n'.
                const attributed = part.op !== 'equal' && part.text.replace(/\n/g, '') !== '';
                const who = part.op === 'insert' ? 'writer' : 'deleter';
                expect(part.authors).toEqual(attributed ? [who] : []);
              }
              const expected = new Set(parts.flatMap((part) => part.authors));
              if (change.kind === 'moved') expected.add('writer');
              expect(change.authors).toEqual([...expected].sort());
              break;
            }
          }
        }
      }),
    );
  });
});
