import type { Actor, LoadRepair } from '@rapporteur/collab';
import { DRAFT_FIELD, rapporteurSchema, readableDocument } from '@rapporteur/editor-schema';
import { updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * The server as the author of its schema repairs: not a participant, so the timeline, the
 * authors and the diffs name it (the `system:` prefix is how the web app knows Rapporteur).
 */
export const SCHEMA_REPAIR_ACTOR: Actor = {
  id: 'system:schema-repair',
  name: 'Rapporteur (schema repair)',
  role: 'system',
};

/**
 * The change that makes a draft fit the editor schema, when content stored before the room
 * checked it does not (decision 23): the smallest Yjs change from the stored document to what
 * readers show (`readableDocument`), made the way a browser's y-prosemirror binding would
 * make it, but stored under Rapporteur's name instead of the first person to open the draft.
 * Undefined for a draft that fits, the empty one included. `doc` is not changed.
 */
export function schemaRepair(doc: Y.Doc): LoadRepair | undefined {
  const stored = doc.share.get(DRAFT_FIELD);
  if (stored === undefined || stored._length === 0) return undefined;
  // Deprecated for the root-node variant, which drops what does not fit: here it must show.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DRAFT_FIELD));
  const readable = readableDocument(json);
  if (readable === json) return undefined;
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    const target = rapporteurSchema().nodeFromJSON(readable);
    Y.transact(copy, () => {
      const meta = { mapping: new Map(), isOMark: new Map() };
      updateYFragment(copy, copy.getXmlFragment(DRAFT_FIELD), target, meta);
    });
    // A change that would not make the draft fit is not stored: the next load would try again,
    // and every load would add one more.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const repaired = yXmlFragmentToProsemirrorJSON(copy.getXmlFragment(DRAFT_FIELD));
    if (updates.length === 0 || readableDocument(repaired) !== repaired) return undefined;
    return { update: Y.mergeUpdates(updates), actor: SCHEMA_REPAIR_ACTOR };
  } finally {
    copy.destroy();
  }
}
