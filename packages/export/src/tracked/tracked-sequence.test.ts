import { diffDocuments, type BlockChange } from '@rapporteur/diff';
import { doc, moveBlocks, paragraph } from '@rapporteur/diff/testing';
import { describe, expect, it } from 'vitest';

import { trackedSequence, type TrackedStep } from './tracked-sequence.js';

function block(
  kind: BlockChange['kind'],
  sides: { before?: number; after?: number },
  text: string,
) {
  return {
    kind,
    blockType: 'paragraph',
    section: null,
    ...(sides.before === undefined ? {} : { before: { index: sides.before, text } }),
    ...(sides.after === undefined ? {} : { after: { index: sides.after, text } }),
    authors: [],
  } satisfies BlockChange;
}

function shown(steps: readonly TrackedStep[]): string[] {
  return steps.map(({ show, change }) => {
    const text = change.after?.text ?? change.before?.text ?? '';
    return show === 'moved-away' ? `(${text} left)` : `${text} ${change.kind}`;
  });
}

describe('trackedSequence', () => {
  it('shows a moved block deleted where it stood, after the last block before it that stayed', () => {
    const steps = trackedSequence([
      block('unchanged', { before: 0, after: 0 }, 'A'),
      block('moved', { before: 3, after: 1 }, 'M'),
      block('unchanged', { before: 1, after: 2 }, 'B'),
      block('removed', { before: 2 }, 'C'),
      block('added', { after: 3 }, 'N'),
      block('changed', { before: 4, after: 4 }, 'D'),
    ]);
    expect(shown(steps)).toEqual([
      'A unchanged',
      'M moved',
      'B unchanged',
      'C removed',
      '(M left)',
      'N added',
      'D changed',
    ]);
  });

  it('puts a block moved from the very top before everything', () => {
    const steps = trackedSequence([
      block('unchanged', { before: 1, after: 0 }, 'B'),
      block('moved', { before: 0, after: 1 }, 'A'),
    ]);
    expect(shown(steps)).toEqual(['(A left)', 'B unchanged', 'A moved']);
  });

  it('places the deletion of a block the diff reports moved at its place in the old document', () => {
    const before = doc(['P0', 'P1', 'P2', 'P3', 'P4', 'P5'].map((text) => paragraph(text)));
    const after = moveBlocks(before, { from: 1, count: 1 }, 5);
    const steps = trackedSequence(diffDocuments({ doc: before }, { doc: after }).changes);
    expect(shown(steps)).toEqual([
      'P0 unchanged',
      '(P1 left)',
      'P2 unchanged',
      'P3 unchanged',
      'P4 unchanged',
      'P5 unchanged',
      'P1 moved',
    ]);
  });
});
