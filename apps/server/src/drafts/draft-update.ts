import { DRAFT_FIELD, rapporteurSchema } from '@rapporteur/editor-schema';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';

/** Turns a whole document (Tiptap JSON) into one Yjs update of the draft's shared fragment. */
export function documentAsUpdate(doc: JSONContent): Uint8Array {
  const ydoc = prosemirrorJSONToYDoc(rapporteurSchema(), doc, DRAFT_FIELD);
  try {
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}
