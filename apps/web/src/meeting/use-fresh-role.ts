import { useEffect } from 'react';

import type { CollabSession } from '../collab/collab-session.js';
import type { ConnectionState } from '../collab/connection-tracker.js';
import { createStore } from '../collab/store.js';
import { useStore } from '../collab/use-store.js';

/**
 * Roles change while a page is open (the chair makes a delegate a vice-chair): the meeting is
 * read again whenever the person comes back to the tab, and when the server refuses an edit.
 */
export function useFreshRole(reload: () => void, session: CollabSession | undefined): void {
  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);
  useEffect(() => {
    if (session === undefined) return undefined;
    let refused = session.saves.getSnapshot().refused;
    return session.saves.subscribe(() => {
      const next = session.saves.getSnapshot().refused;
      if (next !== undefined && next !== refused) reload();
      refused = next;
    });
  }, [reload, session]);
}

const NOT_CONNECTED = createStore<ConnectionState>({ kind: 'connecting' });

/** The code the server closed the draft's socket with for good, if it did. */
export function useClosedCode(session: CollabSession | undefined): number | undefined {
  const connection = useStore(session?.connection ?? NOT_CONNECTED);
  return connection.kind === 'closed' ? connection.code : undefined;
}
