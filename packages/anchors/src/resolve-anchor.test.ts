import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';

import { exchangeUpdates, replicaOf, summaryDraft } from '../testing/index.js';
import { anchorOf } from './anchor.js';
import { locateQuote } from './locate-quote.js';
import { paragraphsOf } from './paragraphs.js';
import { anchorResolver, resolveAnchor } from './resolve-anchor.js';

const QUOTE = 'already expired';

/** The Y.XmlText of 8.2.1.1 in a given client's copy of the draft. */
function textOf8211(doc: Y.Doc): Y.XmlText {
  const paragraph = paragraphsOf(doc).find((candidate) => candidate.number === '8.2.1.1');
  const ytext = paragraph?.texts[0]?.ytext;
  if (ytext === undefined) throw new Error('8.2.1.1 has no text');
  return ytext;
}

/** Two clients of one draft; the first anchors QUOTE in 8.2.1.1. */
function twoClients() {
  const alice = summaryDraft();
  const bob = replicaOf(alice);
  const { anchor } = locateQuote(alice, '8.2.1.1', QUOTE);
  const at = paragraphsOf(alice)
    .find((paragraph) => paragraph.number === '8.2.1.1')!
    .text.indexOf(QUOTE);
  return { alice, bob, anchor, at };
}

describe('resolveAnchor', () => {
  it('follows its text while another client inserts before it, and the paragraph renumbers', () => {
    const { alice, bob, anchor, at } = twoClients();
    textOf8211(bob).insert(0, 'Bob was here: ');
    // A new numbered paragraph at the same level above makes 8.2.1.1 the 8.2.1.2.
    const fragment = bob.getXmlFragment('default');
    const above = new Y.XmlElement('numberedParagraph');
    // y-tiptap stores the level as a number; Yjs's typing of attributes only knows strings.
    above.setAttribute('level', 4 as unknown as string);
    above.insert(0, [new Y.XmlText('A new first point.')]);
    fragment.insert(fragment.toArray().indexOf(textOf8211(bob).parent as Y.XmlElement), [above]);
    exchangeUpdates(alice, bob);

    for (const doc of [alice, bob]) {
      const now = resolveAnchor(doc, anchor);
      expect(now).toMatchObject({ orphaned: false, paragraph: '8.2.1.2', text: QUOTE });
      expect(now.from).toBe(at + 'Bob was here: '.length);
    }
  });

  it('keeps out text typed just before or after it, and takes in text typed inside it', () => {
    const { alice, bob, anchor, at } = twoClients();
    const ytext = textOf8211(bob);
    ytext.insert(at + QUOTE.length, ' long ago');
    ytext.insert(at + 'already'.length, ' (and finally)');
    ytext.insert(at, 'the ');
    exchangeUpdates(alice, bob);
    expect(resolveAnchor(alice, anchor).text).toBe('already (and finally) expired');
  });

  it('keeps what is left of its text when part of it is deleted', () => {
    const { alice, bob, anchor, at } = twoClients();
    textOf8211(bob).delete(at, 'already '.length);
    exchangeUpdates(alice, bob);
    expect(resolveAnchor(alice, anchor)).toMatchObject({ orphaned: false, text: 'expired' });
  });

  // The caller keeps showing the quote it stored with the anchor; resolving says it is gone.
  it('is orphaned when its text is deleted, still naming the paragraph it was in', () => {
    const { alice, bob, anchor, at } = twoClients();
    textOf8211(bob).delete(at - 1, QUOTE.length + 2);
    exchangeUpdates(alice, bob);
    const now = resolveAnchor(alice, anchor);
    expect(now).toMatchObject({ orphaned: true, paragraph: '8.2.1.1', text: '' });
    expect(now.ytext).toBe(textOf8211(alice));
    expect(now.from).toBe(at - 1);
  });

  it('is orphaned, in no paragraph, when its paragraph is deleted', () => {
    const { alice, bob, anchor } = twoClients();
    const element = textOf8211(bob).parent as Y.XmlElement;
    const fragment = bob.getXmlFragment('default');
    fragment.delete(fragment.toArray().indexOf(element), 1);
    exchangeUpdates(alice, bob);
    expect(resolveAnchor(alice, anchor)).toMatchObject({
      orphaned: true,
      paragraph: null,
      ytext: null,
    });
  });

  it('keeps an insertion point where it was when the text around it is deleted', () => {
    const { alice, bob, at } = twoClients();
    const point = anchorOf(textOf8211(alice), at, at);
    textOf8211(bob).delete(at - 5, 10);
    exchangeUpdates(alice, bob);
    expect(resolveAnchor(alice, point)).toMatchObject({
      orphaned: false,
      from: at - 5,
      to: at - 5,
    });
  });

  it('is orphaned in a document that never held its text', () => {
    const { anchor } = twoClients();
    const other = summaryDraft();
    expect(resolveAnchor(other, anchor).orphaned).toBe(true);
  });

  it('resolves 500 anchors, each to its own text', () => {
    // One pass over the draft per anchor: linear in the draft, whatever the number of anchors.
    const doc = summaryDraft();
    const words = paragraphsOf(doc).flatMap(({ texts }) =>
      texts.flatMap(({ ytext, text }) =>
        [...text.matchAll(/\S+/g)].map((match) => ({
          ytext,
          word: match[0],
          at: match.index,
        })),
      ),
    );
    expect(words.length).toBeGreaterThanOrEqual(500);
    const anchored = words.slice(0, 500).map((word) => ({
      word: word.word,
      anchor: anchorOf(word.ytext, word.at, word.at + word.word.length),
    }));
    for (const { word, anchor } of anchored) expect(resolveAnchor(doc, anchor).text).toBe(word);
  });
});

describe('anchorResolver', () => {
  it('resolves many anchors of one draft as resolveAnchor does, numbering the draft once', () => {
    const doc = summaryDraft();
    const anchors = paragraphsOf(doc)
      .filter((paragraph) => paragraph.number !== null && paragraph.text.length > 12)
      .map((paragraph) => anchorOf(paragraph.texts[0]!.ytext, 2, 12));
    expect(anchors.length).toBeGreaterThan(50);
    const where = anchorResolver(doc);
    const resolvedTogether = anchors.map((anchor) => where(anchor));
    expect(resolvedTogether).toEqual(anchors.map((anchor) => resolveAnchor(doc, anchor)));
    expect(new Set(resolvedTogether.map((resolved) => resolved.paragraph)).size).toBe(
      anchors.length,
    );
  });
});
