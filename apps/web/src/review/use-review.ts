import { useCallback, useEffect, useState } from 'react';

import { useFetched, type Fetched } from '../history/use-fetched.js';
import type { LiveState } from '../live/live-events.js';
import { fetchReviewLists, type ReviewLists } from './review-api.js';
import { latestReviewRevision } from './review-live.js';

/** While the live events are down, how often the page reads the review itself. */
const FALLBACK_POLL_MS = 10_000;

export interface ReviewState extends Fetched<ReviewLists> {
  /** Reads both lists again now (after a step taken here). */
  readonly reload: () => void;
}

/**
 * The meeting's comments and suggestions, for every open editor: read when the page opens and
 * again whenever a live event of the review arrives (anyone's comment, suggestion or decision),
 * so that each person sees the others' without reloading; polled while the events are down.
 * `meetingId` undefined: not yet (the meeting is not known to be open to this person).
 */
export function useReview(meetingId: string | undefined, live: LiveState): ReviewState {
  const listening = live.connection === 'open';
  const [heard, setHeard] = useState(-1);
  const [asked, setAsked] = useState(0);
  const [polls, setPolls] = useState(0);

  useEffect(() => {
    const revision = latestReviewRevision(live.latest);
    if (revision !== undefined) setHeard((shown) => Math.max(shown, revision));
  }, [live.latest]);

  useEffect(() => {
    if (listening) return undefined;
    const timer = setInterval(() => {
      setPolls((count) => count + 1);
    }, FALLBACK_POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [listening]);

  // A stream that opens again may have missed events: its opening is a reason to read too. The
  // first read waits for the stream's first opening (or its failure), so that a page reads the
  // lists once as it opens, not once before the stream and again when it opens.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (live.connection !== 'connecting') setOpened(true);
  }, [live.connection]);
  const fetched = useFetched(
    meetingId === undefined || !opened
      ? undefined
      : `${heard}:${asked}:${listening ? 'live' : polls}`,
    (signal) => fetchReviewLists(meetingId ?? '', signal),
  );
  const reload = useCallback(() => {
    setAsked((count) => count + 1);
  }, []);
  return { ...fetched, reload };
}
