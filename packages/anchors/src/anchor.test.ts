import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';

import { refusalOf } from '../testing/index.js';
import { anchorOf, decodeAnchor } from './anchor.js';

/** A Y.XmlText that lives in a document, as every anchored text does. */
function textInADocument(content: string): Y.XmlText {
  const ytext = new Y.XmlText();
  new Y.Doc().getXmlFragment('default').insert(0, [ytext]);
  ytext.insert(0, content);
  return ytext;
}

describe('anchorOf', () => {
  it('encodes both positions as padded standard base64 that decodes back', () => {
    const ytext = textInADocument('Hello world');
    const anchor = anchorOf(ytext, 6, 11);
    expect(anchor.start).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(anchor.start.length % 4).toBe(0);
    expect(anchor.start).not.toBe(anchor.end);
    const { start, end } = decodeAnchor(anchor);
    const doc = ytext.doc!;
    expect(Y.createAbsolutePositionFromRelativePosition(start, doc)?.index).toBe(6);
    expect(Y.createAbsolutePositionFromRelativePosition(end, doc)?.index).toBe(11);
  });

  it('makes one position of an insertion point', () => {
    const anchor = anchorOf(textInADocument('Hello'), 5, 5);
    expect(anchor.start).toBe(anchor.end);
  });

  it('refuses a range outside the text', () => {
    const ytext = textInADocument('Hello');
    for (const [from, to] of [
      [-1, 2],
      [3, 2],
      [0, 6],
      [0.5, 2],
    ] as const) {
      const error = refusalOf(() => anchorOf(ytext, from, to));
      expect(error.code).toBe('anchor_out_of_range');
      expect(error.message).toContain('0 <= from <= to <= 5');
    }
  });
});

describe('decodeAnchor', () => {
  const good = anchorOf(textInADocument('Hello'), 1, 3);

  it.each([
    ['not an object', 'AAAA'],
    ['null', null],
    ['a missing end', { start: good.start }],
    ['a number', { start: good.start, end: 7 }],
    ['an empty string', { start: '', end: good.end }],
    ['a string too long', { start: good.start, end: 'A'.repeat(516) }],
    ['not base64', { start: good.start, end: 'not base64!' }],
    ['base64 without its padding', { start: good.start, end: 'AAE' }],
    ['bytes that end too soon', { start: '/w==', end: good.end }],
    ['bytes that are no position', { start: good.start, end: 'AAAA' }],
    ['a position with bytes after it', { start: btoa(atob(good.start) + '\u0001'), end: good.end }],
  ])('refuses %s as anchor_malformed', (_what, anchor) => {
    const error = refusalOf(() => decodeAnchor(anchor));
    expect(error.code).toBe('anchor_malformed');
    expect(error.kind).toBe('unprocessable');
  });
});
