import { describe, expect, it } from 'vitest';

import { doc, numbered, paragraph } from '../../testing/documents.js';
import type { TiptapNode } from '../document/tiptap-node.js';
import { readBlocks } from '../document/blocks.js';
import { alignBlocks } from './align-blocks.js';

function align(before: readonly TiptapNode[], after: readonly TiptapNode[]) {
  return alignBlocks(readBlocks(doc(before)), readBlocks(doc(after)));
}

const intro = numbered(1, 'Introduction');
const opened = paragraph('The chairman opened the meeting and welcomed all delegates.');
const agenda = paragraph('The agenda was adopted as drafted by the secretariat.');
const closing = paragraph('The chairman closed the meeting at noon.');

describe('alignBlocks', () => {
  it('pairs a block edited in place as changed, not as a removal and an addition', () => {
    const edited = paragraph('The agenda was adopted as amended by the secretariat.');
    expect(align([intro, agenda, closing], [intro, edited, closing])).toEqual([
      { kind: 'unchanged', before: 0, after: 0 },
      { kind: 'changed', before: 1, after: 1 },
      { kind: 'unchanged', before: 2, after: 2 },
    ]);
  });

  it('pairs a numbered paragraph whose level alone changed', () => {
    expect(align([intro, numbered(2, 'Scope')], [intro, numbered(3, 'Scope')])).toEqual([
      { kind: 'unchanged', before: 0, after: 0 },
      { kind: 'changed', before: 1, after: 1 },
    ]);
  });

  it('shows a replaced block as removed where it stood, then the new one added', () => {
    const other = paragraph('Completely different words entirely here.');
    expect(align([intro, agenda, closing], [intro, other, closing])).toEqual([
      { kind: 'unchanged', before: 0, after: 0 },
      { kind: 'removed', before: 1 },
      { kind: 'added', after: 1 },
      { kind: 'unchanged', before: 2, after: 2 },
    ]);
  });

  it('reports a block moved and edited as one moved block', () => {
    const edited = paragraph('The chairman opened the meeting and warmly welcomed all delegates.');
    expect(align([opened, intro, agenda, closing], [intro, agenda, edited, closing])).toEqual([
      { kind: 'unchanged', before: 1, after: 0 },
      { kind: 'unchanged', before: 2, after: 1 },
      { kind: 'moved', before: 0, after: 2 },
      { kind: 'unchanged', before: 3, after: 3 },
    ]);
  });

  it('keeps edited blocks in place and reports the untouched section that moved past them', () => {
    // Section 2 (three identical blocks) moves below section 3, whose two paragraphs were
    // edited. Identical blocks alone would keep section 2 in place and move section 3.
    const two = [
      numbered(2, 'Two'),
      paragraph('Two, first point.'),
      paragraph('Two, second point.'),
    ];
    const three = [numbered(2, 'Three'), paragraph('Three has a long first point to make here.')];
    const threeEdited = [three[0]!, paragraph('Three has a long first point to make now.')];
    const three2 = paragraph('Three has a second long point to make here.');
    const three2Edited = paragraph('Three has a second long point to make now.');
    const aligned = align(
      [intro, ...two, ...three, three2],
      [intro, ...threeEdited, three2Edited, ...two],
    );
    expect(aligned.map((entry) => entry.kind)).toEqual([
      'unchanged',
      'unchanged',
      'changed',
      'changed',
      'moved',
      'moved',
      'moved',
    ]);
  });

  it('lists every block of both documents once', () => {
    const aligned = align([intro, opened, agenda], [agenda, paragraph('New.'), intro]);
    const befores = aligned.flatMap((entry) => ('before' in entry ? [entry.before] : []));
    const afters = aligned.flatMap((entry) => ('after' in entry ? [entry.after] : []));
    expect(befores.sort()).toEqual([0, 1, 2]);
    expect(afters).toEqual([0, 1, 2]);
  });
});
