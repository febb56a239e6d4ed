import { DRAFT_FIELD, readableDocument, validateDocument } from '@rapporteur/editor-schema';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { schemaRepair, SCHEMA_REPAIR_ACTOR } from './schema-repair.js';
import { xmlBlock } from '../testing/xml-block.js';

// eslint-disable-next-line @typescript-eslint/no-deprecated
const jsonOf = (doc: Y.Doc) => yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DRAFT_FIELD));

/** A draft whose first paragraph is fine, and one block that a raw client stored unfit. */
function draftWith(unfit: (fragment: Y.XmlFragment) => void): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DRAFT_FIELD);
  fragment.insert(0, [xmlBlock('paragraph', 'The meeting opened.')]);
  unfit(fragment);
  return doc;
}

describe('the schema repair made as a room loads', () => {
  it('asks nothing of a draft that fits, nor of an empty one', () => {
    const fits = new Y.Doc();
    Y.applyUpdate(
      fits,
      documentAsUpdate({ type: 'doc', content: [{ type: 'paragraph', content: [] }] }),
    );
    expect(schemaRepair(fits)).toBeUndefined();
    expect(schemaRepair(new Y.Doc())).toBeUndefined();
    const emptied = draftWith(() => undefined);
    emptied.getXmlFragment(DRAFT_FIELD).delete(0, 1);
    expect(schemaRepair(emptied)).toBeUndefined();
  });

  it.each([
    [
      'an unknown attribute',
      (fragment: Y.XmlFragment) => {
        (fragment.get(0) as Y.XmlElement).setAttribute('data-x', 'y');
      },
    ],
    [
      'a level "2"',
      (fragment: Y.XmlFragment) => {
        fragment.insert(1, [xmlBlock('numberedParagraph', 'Opening', { level: '2' })]);
      },
    ],
    [
      'an unknown node with text inside',
      (fragment: Y.XmlFragment) => {
        fragment.insert(1, [xmlBlock('section', 'Hidden text')]);
      },
    ],
  ])('turns %s into what readers show, under Rapporteur, without changing the room', (_, unfit) => {
    const room = draftWith(unfit);
    const stored = Y.encodeStateAsUpdate(room);
    const repair = schemaRepair(room);
    expect(repair?.actor).toEqual(SCHEMA_REPAIR_ACTOR);
    expect(Y.encodeStateAsUpdate(room)).toEqual(stored);
    Y.applyUpdate(room, repair!.update);
    const repaired = jsonOf(room);
    expect(validateDocument(repaired)).toEqual({ ok: true });
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored);
    expect(repaired).toEqual(readableDocument(jsonOf(reloaded)));
    expect(schemaRepair(room)).toBeUndefined();
  });
});
