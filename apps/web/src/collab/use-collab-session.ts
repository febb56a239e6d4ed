import { useEffect, useState } from 'react';

import { openCollabSession, type CollabSession, type CollabUser } from './collab-session.js';

/**
 * The meeting's draft session, open while the component is mounted and a user is known. A new
 * name renames this browser in place: the document and its unsaved edits stay.
 */
export function useCollabSession(
  meetingId: string,
  user: CollabUser | undefined,
): CollabSession | undefined {
  const [session, setSession] = useState<CollabSession>();
  const hasUser = user !== undefined;

  useEffect(() => {
    // Only meetingId and whether there is a user open a new session; renaming is the effect below.
    if (user === undefined) return undefined;
    const opened = openCollabSession(meetingId, user);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(undefined);
    };
  }, [meetingId, hasUser]);

  useEffect(() => {
    if (session !== undefined && user !== undefined) session.setUser(user);
  }, [session, user]);

  return session;
}
