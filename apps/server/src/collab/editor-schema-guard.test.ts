import { DRAFT_FIELD, importDocument, rapporteurSchema } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import type { JSONContent } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { editorSchemaCheck } from './editor-schema-guard.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks === undefined ? {} : { marks }),
});
const RICH: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('SUMMARY')] },
    {
      type: 'numberedParagraph',
      attrs: { level: 2 },
      content: [text('Point', [{ type: 'bold' }])],
    },
    {
      type: 'paragraph',
      content: [
        text('see '),
        text('the site', [{ type: 'link', attrs: { href: 'https://itu.int' } }]),
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph', content: [text('Chair')] }] },
          ],
        },
      ],
    },
  ],
};

/** A room holding `doc`, and the update a change made with `edit` on a copy of it gives. */
function roomAndEdit(edit: (fragment: Y.XmlFragment) => void, doc: JSONContent = RICH) {
  const room = new Y.Doc();
  Y.applyUpdate(room, documentAsUpdate(doc));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const before = Y.encodeStateVector(client);
  edit(client.getXmlFragment(DRAFT_FIELD));
  return { room, update: Y.encodeStateAsUpdate(client, before) };
}
const problemOf = (edit: (fragment: Y.XmlFragment) => void) => {
  const { room, update } = roomAndEdit(edit);
  return problemIn(update, room);
};
/** What one commit's check says of `update` alone: undefined when it fits. */
function problemIn(update: Uint8Array, room: Y.Doc): string | undefined {
  const verdict = editorSchemaCheck(room).verdict(update);
  return verdict === 'fits' ? undefined : verdict === 'waits' ? 'waits' : verdict.unfit;
}
const first = (fragment: Y.XmlFragment, index = 0) => fragment.get(index) as Y.XmlElement;

describe('the editor schema guard', () => {
  it('accepts the whole fixture as the importer writes it, and a rich document', () => {
    const { doc } = importDocument(readSummaryFixture());
    expect(problemIn(documentAsUpdate(doc), new Y.Doc())).toBeUndefined();
    expect(problemIn(documentAsUpdate(RICH), new Y.Doc())).toBeUndefined();
  });

  it('accepts the updates the editor binding writes when text is typed, marked, and blocks change', () => {
    const changed: JSONContent = {
      ...RICH,
      content: [
        { type: 'numberedParagraph', attrs: { level: 3 }, content: [text('SUMMARY, amended')] },
        ...(RICH.content ?? []).slice(1),
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    };
    expect(
      problemOf((fragment) => {
        const meta = { mapping: new Map(), isOMark: new Map() };
        updateYFragment(fragment.doc!, fragment, Node.fromJSON(rapporteurSchema(), changed), meta);
      }),
    ).toBeUndefined();
    expect(
      problemOf((fragment) => {
        first(fragment).setAttribute('level', 2 as never);
      }),
    ).toBeUndefined();
  });

  it.each([
    [
      'an unknown attribute',
      (f: Y.XmlFragment) => {
        first(f).setAttribute('data-x', 'y');
      },
      /no attribute "data-x"/,
    ],
    [
      'a level given as a string',
      (f: Y.XmlFragment) => {
        first(f).setAttribute('level', '2');
      },
      /level of "heading" cannot be "2"/,
    ],
    [
      'a level out of range',
      (f: Y.XmlFragment) => {
        first(f, 1).setAttribute('level', 9 as never);
      },
      /cannot be 9/,
    ],
    [
      'an unknown node',
      (f: Y.XmlFragment) => {
        f.insert(0, [new Y.XmlElement('section')]);
      },
      /no "section" node/,
    ],
    [
      'a node where it cannot stand',
      (f: Y.XmlFragment) => {
        f.insert(0, [new Y.XmlElement('tableRow')]);
      },
      /"tableRow" node cannot stand in "doc"/,
    ],
    [
      'text at the root',
      (f: Y.XmlFragment) => {
        f.insert(0, [new Y.XmlText('loose')]);
      },
      /Text cannot stand in "doc"/,
    ],
    [
      'a block inside a paragraph',
      (f: Y.XmlFragment) => {
        first(f, 2).insert(0, [new Y.XmlElement('table')]);
      },
      /"table" node cannot stand in "paragraph"/,
    ],
    [
      'an unknown mark',
      (f: Y.XmlFragment) => {
        (first(f).get(0) as Y.XmlText).format(0, 3, { comment: {} });
      },
      /no "comment" mark/,
    ],
    [
      'a mark attribute of the wrong type',
      (f: Y.XmlFragment) => {
        (first(f).get(0) as Y.XmlText).format(0, 3, { link: { href: 7 } });
      },
      /href of "link" cannot be 7/,
    ],
    [
      'an attribute on the text itself',
      (f: Y.XmlFragment) => {
        (first(f).get(0) as Y.XmlText).setAttribute('x', 'y');
      },
      /Only the editor’s nodes carry attributes/,
    ],
  ])('refuses %s, saying why', (_what, edit, reason) => {
    expect(problemOf(edit)).toMatch(reason);
  });

  it('places an update on the ones before it in the same commit, and makes it wait when it continues what nobody sent', () => {
    const client = new Y.Doc();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    const fragment = client.getXmlFragment(DRAFT_FIELD);
    const block = new Y.XmlElement('numberedParagraph');
    fragment.insert(0, [block]);
    block.setAttribute('level', 3 as never);
    block.setAttribute('data-x', 'y');
    const [inserted, level, unknown] = updates as [Uint8Array, Uint8Array, Uint8Array];
    expect(editorSchemaCheck(new Y.Doc()).verdict(level)).toBe('waits');
    const commit = editorSchemaCheck(new Y.Doc());
    expect([commit.verdict(inserted), commit.verdict(level)]).toEqual(['fits', 'fits']);
    expect(commit.verdict(unknown)).toEqual({
      unfit: '"numberedParagraph" has no attribute "data-x"; nothing of the update was saved.',
    });
  });

  it('lets someone type into, or indent, a block another person deleted meanwhile: Yjs drops it', () => {
    const room = new Y.Doc();
    Y.applyUpdate(room, documentAsUpdate(RICH));
    const typist = new Y.Doc();
    Y.applyUpdate(typist, Y.encodeStateAsUpdate(room));
    room.getXmlFragment(DRAFT_FIELD).delete(0, 3); // collected at once: the room's gc is on
    const before = Y.encodeStateVector(typist);
    const fragment = typist.getXmlFragment(DRAFT_FIELD);
    (first(fragment).get(0) as Y.XmlText).insert(7, ' typed');
    first(fragment, 1).setAttribute('level', 3 as never);
    const typed = Y.encodeStateAsUpdate(typist, before);
    expect(editorSchemaCheck(room).verdict(typed)).toBe('fits');
  });

  it('leaves other roots alone: nobody reads them', () => {
    const client = new Y.Doc();
    client.getMap('elsewhere').set('x', 1);
    client.getText('text').insert(0, 'typed');
    expect(problemIn(Y.encodeStateAsUpdate(client), new Y.Doc())).toBeUndefined();
  });
});
