import { DRAFT_FIELD, NUMBERED_PARAGRAPH, rapporteurSchema } from '@rapporteur/editor-schema';
import { initProseMirrorDoc, prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { anchorOf, decodePosition, rangeFinder, rangeOf, type YDraft } from './anchors.js';

const FIRST = 'The meeting adopted the agenda.';
const SECOND = 'The secretariat presented document 34/2 on the WSIS Forum.';

/** Two clients of one draft, each with the editor's view of it (document and mapping). */
function twoClients(): { readonly here: Y.Doc; readonly there: Y.Doc } {
  const here = prosemirrorJSONToYDoc(
    rapporteurSchema(),
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'SUMMARY' }] },
        { type: NUMBERED_PARAGRAPH, attrs: { level: 1 }, content: [{ type: 'text', text: FIRST }] },
        {
          type: NUMBERED_PARAGRAPH,
          attrs: { level: 2 },
          content: [{ type: 'text', text: SECOND }],
        },
      ],
    },
    DRAFT_FIELD,
  );
  const there = new Y.Doc();
  Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
  there.on('update', (update: Uint8Array) => {
    Y.applyUpdate(here, update);
  });
  return { here, there };
}

/** The editor's document and mapping for `doc` as it is now. */
function viewOf(doc: Y.Doc): { readonly draft: YDraft; readonly pm: ProseMirrorNode } {
  const type = doc.getXmlFragment(DRAFT_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(type, rapporteurSchema());
  // y-prosemirror types its mapping loosely; it is the same map the editor's binding keeps.
  return { draft: { doc, type, mapping: mapping as YDraft['mapping'] }, pm };
}

/** The editor's range of `quote` (which occurs once). */
function find(pm: ProseMirrorNode, quote: string): { from: number; to: number } {
  let found: { from: number; to: number } | undefined;
  pm.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(quote) : -1;
    if (at >= 0) found = { from: pos + at, to: pos + at + quote.length };
  });
  if (found === undefined) throw new Error(`No “${quote}” in the draft.`);
  return found;
}

/** The second paragraph's text in the other client. */
const secondText = (doc: Y.Doc): Y.XmlText => {
  const paragraph = doc.getXmlFragment(DRAFT_FIELD).get(2);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  if (!(text instanceof Y.XmlText)) throw new Error('The second paragraph has no text.');
  return text;
};

describe('anchors', () => {
  it('turns a selection into an anchor and back to the same text', () => {
    const { here } = twoClients();
    const { draft, pm } = viewOf(here);
    const range = find(pm, 'document 34/2');
    const anchor = anchorOf(draft, range.from, range.to);
    expect(anchor).toBeDefined();
    expect(anchor?.start).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const back = rangeOf(draft, anchor!);
    expect(back).toEqual(range);
  });

  it('follows its text while someone else types before, inside and after it', () => {
    const { here, there } = twoClients();
    const before = viewOf(here);
    const range = find(before.pm, 'document 34/2');
    const anchor = anchorOf(before.draft, range.from, range.to)!;

    const text = secondText(there);
    const start = SECOND.indexOf('document 34/2');
    // Just after the end, then inside, then just before the start: both edges stay put.
    text.insert(start + 'document 34/2'.length, ' (Rev.1)');
    text.insert(start + 'document'.length, ' no.');
    text.insert(start, 'the ');
    text.insert(0, 'Opening, ');

    const after = viewOf(here);
    const moved = rangeOf(after.draft, anchor)!;
    expect(after.pm.textBetween(moved.from, moved.to)).toBe('document no. 34/2');
    // The finder of many anchors at once says the same.
    expect(rangeFinder(after.draft, after.pm)(anchor)).toEqual(moved);
  });

  it('keeps an insertion point at one place, before the character after it', () => {
    const { here, there } = twoClients();
    const before = viewOf(here);
    const at = find(before.pm, 'on the WSIS').from;
    const anchor = anchorOf(before.draft, at, at)!;
    expect(anchor.start).toBe(anchor.end);
    secondText(there).insert(0, 'Next, ');
    const after = viewOf(here);
    const moved = rangeOf(after.draft, anchor)!;
    expect(moved.from).toBe(moved.to);
    expect(after.pm.textBetween(moved.from, moved.from + 'on the'.length)).toBe('on the');
  });

  it('gives no anchor to a selection across two paragraphs', () => {
    const { here } = twoClients();
    const { draft, pm } = viewOf(here);
    expect(anchorOf(draft, find(pm, 'agenda').from, find(pm, 'presented').to)).toBeUndefined();
  });

  it('reads no position from text that is not base64 of one', () => {
    expect(decodePosition('not base64!')).toBeUndefined();
    expect(decodePosition('')).toBeUndefined();
    const { here } = twoClients();
    expect(rangeOf(viewOf(here).draft, { start: 'AAAA', end: 'AAAA' })).toBeUndefined();
  });
});
