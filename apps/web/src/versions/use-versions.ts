import { useCallback, useEffect, useState } from 'react';

import { useFetched, type Fetched } from '../history/use-fetched.js';
import type { LiveState } from '../live/live-events.js';
import { fetchVersionList, type VersionList } from './versions-api.js';

/** While the live events are down, how often the open tab reads the versions itself. */
const FALLBACK_POLL_MS = 10_000;

export interface VersionsState extends Fetched<VersionList> {
  /** Reads the list again now (after a step taken here, whose answer is in already). */
  readonly reload: () => void;
}

/**
 * The meeting's versions while the Versions tab is shown: read when it opens and whenever the
 * meeting's live events move (a version named, submitted, approved... by anyone), or every few
 * seconds while those are down. What was read stays on screen while the next read runs.
 */
export function useVersions(
  meetingId: string,
  watch: { readonly shown: boolean; readonly live: LiveState },
): VersionsState {
  const { shown, live } = watch;
  const listening = live.connection === 'open';
  const [asked, setAsked] = useState(0);
  const [polls, setPolls] = useState(0);

  useEffect(() => {
    if (!shown || listening) return undefined;
    const timer = setInterval(() => {
      setPolls((count) => count + 1);
    }, FALLBACK_POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [shown, listening]);

  const fetched = useFetched(
    shown ? `${live.meeting}:${asked}:${listening ? 0 : polls}` : undefined,
    (signal) => fetchVersionList(meetingId, signal),
  );
  const reload = useCallback(() => {
    setAsked((count) => count + 1);
  }, []);
  return { ...fetched, reload };
}
