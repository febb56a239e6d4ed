import { useEffect, useRef } from 'react';

import { leaveGuards } from '../app/leave-guards.js';
import type { CollabSession } from '../collab/collab-session.js';
import { useStore } from '../collab/use-store.js';
import { useUnsavedChangesWarning } from '../collab/use-unsaved-changes-warning.js';

/**
 * Warns before the tab closes, and asks before another page of the app opens or the person signs
 * out, while the server has not stored everything typed here.
 */
export function UnsavedChangesGuard({ session }: { readonly session: CollabSession }): null {
  const unsaved = useStore(session.saves).unsaved;
  useUnsavedChangesWarning(unsaved > 0);
  const latest = useRef(unsaved);
  latest.current = unsaved;
  useEffect(
    () =>
      leaveGuards.add(() =>
        latest.current > 0
          ? `${latest.current === 1 ? '1 change to the draft is' : `${latest.current.toLocaleString('en-GB')} changes to the draft are`} not saved yet and would be lost. Leave anyway?`
          : undefined,
      ),
    [],
  );
  return null;
}
