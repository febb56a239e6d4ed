import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

import type { CollabSession } from '../collab/collab-session.js';

/**
 * Whether the shared draft holds no text: nothing at all, or the one empty paragraph an editor
 * shows in an empty document. Anything typed, even a space, makes it not empty.
 */
export function isBlankDraft(fragment: Y.XmlFragment): boolean {
  if (fragment.length === 0) return true;
  if (fragment.length > 1) return false;
  const only = fragment.get(0);
  return only instanceof Y.XmlElement && only.nodeName === 'paragraph' && only.length === 0;
}

/**
 * True once the server's copy of the draft has arrived and it is blank; false before then, so
 * that an offer to import never flashes over a draft that is still loading.
 */
export function useDraftEmpty(session: CollabSession): boolean {
  const { doc, provider } = session;
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      provider.on('sync', listener);
      return () => {
        doc.off('update', listener);
        provider.off('sync', listener);
      };
    },
    [doc, provider],
  );
  const snapshot = useCallback(
    () => provider.synced && isBlankDraft(doc.getXmlFragment(DRAFT_FIELD)),
    [doc, provider],
  );
  return useSyncExternalStore(subscribe, snapshot);
}
