import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import { readableDocument } from '../schema/readable-document.js';
import { validateDocument } from '../schema/validate-document.js';
import {
  brokenReferencesOf,
  referenceNumbersOf,
  withCurrentReferenceNumbers,
} from './reference-numbers.js';

const section = (id: string | null, text: string, level = 1): JSONContent => ({
  type: 'numberedParagraph',
  attrs: id === null ? { level } : { level, id },
  content: [{ type: 'text', text }],
});
const reference = (target: unknown, label: string): JSONContent => ({
  type: 'crossReference',
  attrs: { target, label },
});
const see = (...refs: JSONContent[]): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text: 'See ' }, ...refs],
});
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

describe('numbers of cross-references', () => {
  const draft = doc(
    section(null, 'Zero'),
    section('p-aaaaaa', 'One'),
    section('p-bbbbbb', 'Detail', 2),
    see(reference('p-bbbbbb', '1.1'), reference('p-gone00', '4')),
  );

  it('numbers each paragraph with an id as running text writes it', () => {
    expect(referenceNumbersOf(draft)).toEqual(
      new Map([
        ['p-aaaaaa', '2'],
        ['p-bbbbbb', '2.1'],
      ]),
    );
  });

  it('gives every reference its current number and leaves a broken one as it was', () => {
    const shown = withCurrentReferenceNumbers(draft).content?.[3]?.content;
    expect(shown?.slice(1).map((node): unknown => node.attrs?.['label'])).toEqual(['2.1', '4']);
  });

  it('lists the broken references with where they are', () => {
    expect(brokenReferencesOf(draft)).toEqual([
      { label: '4', inParagraph: '2.1.', context: 'See 2.14' },
    ]);
  });

  it('accepts a reference in a valid document and refuses a target that is not an id', () => {
    expect(validateDocument(draft)).toEqual({ ok: true });
    const bad = doc(see(reference('javascript:alert(1)', '1')));
    expect(validateDocument(bad).ok).toBe(false);
    // A reader keeps the reference, without the target it cannot use: it reads as broken.
    const read = readableDocument(bad);
    expect(read.content?.[0]?.content?.[1]).toEqual({
      type: 'crossReference',
      attrs: { target: null, label: '1' },
    });
    expect(brokenReferencesOf(read)).toHaveLength(1);
  });
});
