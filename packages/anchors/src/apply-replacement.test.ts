import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';

import {
  draftFromJson,
  exchangeUpdates,
  refusalOf,
  replicaOf,
  summaryDraft,
} from '../testing/index.js';
import { anchorOf } from './anchor.js';
import { applyReplacement } from './apply-replacement.js';
import { locateQuote } from './locate-quote.js';
import { paragraphsOf } from './paragraphs.js';

const BEFORE =
  'to provide information on the implementation of activities that have already expired, by including a new section and linking them to previous reports.';

function texts(doc: Y.Doc): string[] {
  return paragraphsOf(doc).map((paragraph) => paragraph.text);
}

function textOf(doc: Y.Doc, number: string): string | undefined {
  return paragraphsOf(doc).find((paragraph) => paragraph.number === number)?.text;
}

/** The server's copy and an editor's copy of one draft. */
function serverAndEditor() {
  const server = summaryDraft();
  return { server, editor: replicaOf(server) };
}

describe('applyReplacement', () => {
  it.each([
    {
      does: 'replaces',
      quote: 'already expired',
      replacement: 'expired',
      after: BEFORE.replace('already expired', 'expired'),
    },
    { does: 'deletes', quote: ' already', replacement: '', after: BEFORE.replace(' already', '') },
    { does: 'inserts at the end', quote: '', replacement: ' (2018)', after: `${BEFORE} (2018)` },
  ])('$does, and the update brings a second copy to the same text', (example) => {
    const { quote, replacement, after } = example;
    const { server, editor } = serverAndEditor();
    const before = texts(server);
    const { anchor } = locateQuote(server, '8.2.1.1', quote);

    const update = applyReplacement(server, anchor, replacement);
    expect(textOf(server, '8.2.1.1')).toBe(after);
    Y.applyUpdate(editor, update);
    expect(texts(editor)).toEqual(texts(server));
    // Nothing but 8.2.1.1 changed.
    const changed = texts(server).flatMap((text, i) => (text === before[i] ? [] : [text]));
    expect(changed).toEqual([after]);
  });

  it('inserts at an insertion point inside the text', () => {
    const { server, editor } = serverAndEditor();
    const ytext = paragraphsOf(server).find((p) => p.number === '8.2.1.1')!.texts[0]!.ytext;
    const at = BEFORE.indexOf('expired');
    Y.applyUpdate(editor, applyReplacement(server, anchorOf(ytext, at, at), 'long '));
    expect(textOf(editor, '8.2.1.1')).toBe(BEFORE.replace('expired', 'long expired'));
  });

  it('applies to the anchored text where it is now, after others edited around it', () => {
    const { server, editor } = serverAndEditor();
    const { anchor } = locateQuote(server, '8.2.1.1', 'already expired');
    const ytext = paragraphsOf(editor).find((p) => p.number === '8.2.1.1')!.texts[0]!.ytext;
    ytext.insert(0, 'First, ');
    ytext.insert(ytext.length, ' Done.');
    exchangeUpdates(server, editor);

    Y.applyUpdate(editor, applyReplacement(server, anchor, 'expired'));
    const expected = `First, ${BEFORE.replace('already expired', 'expired')} Done.`;
    expect(textOf(server, '8.2.1.1')).toBe(expected);
    expect(textOf(editor, '8.2.1.1')).toBe(expected);
  });

  it.each([
    { part: 'part of a bold run', quote: 'words', replacement: 'terms', bold: 'bold terms' },
    {
      part: 'a whole bold run',
      quote: 'bold words',
      replacement: 'strong text',
      bold: 'strong text',
    },
  ])('keeps the formatting of the text it replaces: $part', ({ quote, replacement, bold }) => {
    const doc = draftFromJson({
      type: 'doc',
      content: [
        {
          type: 'numberedParagraph',
          attrs: { level: 1 },
          content: [
            { type: 'text', text: 'Plain then ' },
            { type: 'text', text: 'bold words', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' plain again' },
          ],
        },
      ],
    });
    applyReplacement(doc, locateQuote(doc, '1', quote).anchor, replacement);
    const ytext = paragraphsOf(doc)[0]!.texts[0]!.ytext;
    expect(ytext.toDelta()).toEqual([
      { insert: 'Plain then ' },
      { insert: bold, attributes: { bold: {} } },
      { insert: ' plain again' },
    ]);
  });

  it('refuses an anchor whose text is gone, and changes nothing', () => {
    const { server, editor } = serverAndEditor();
    const { anchor } = locateQuote(server, '8.2.1.1', 'already expired');
    const ytext = paragraphsOf(editor).find((p) => p.number === '8.2.1.1')!.texts[0]!.ytext;
    ytext.delete(BEFORE.indexOf('already'), 'already expired'.length);
    exchangeUpdates(server, editor);
    const before = Y.encodeStateVector(server);

    const error = refusalOf(() => applyReplacement(server, anchor, 'expired'));
    expect(error.code).toBe('anchor_orphaned');
    expect(Y.encodeStateVector(server)).toEqual(before);
  });

  it('refuses a replacement of several paragraphs', () => {
    const server = summaryDraft();
    const { anchor } = locateQuote(server, '8.2.1.1', 'already expired');
    for (const replacement of ['expired.\nNew paragraph', 'a\r\nb', 'a\u2029b']) {
      expect(refusalOf(() => applyReplacement(server, anchor, replacement)).code).toBe(
        'multi_paragraph',
      );
    }
    expect(textOf(server, '8.2.1.1')).toBe(BEFORE);
  });
});
