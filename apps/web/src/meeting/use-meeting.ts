import { useCallback, useEffect, useState } from 'react';

import type { Problem } from '../api/http.js';
import { fetchMeeting, type Meeting } from './meeting-api.js';

export type MeetingState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'found';
      readonly meeting: Meeting;
      /** The revision of the meeting's log it was read at (its ETag); -1 when not given. */
      readonly revision: number;
    }
  | { readonly kind: 'failed'; readonly problem: Problem };

/**
 * The meeting (the page is keyed by its id); `reload` fetches it again (after a roster change) while
 * the page keeps showing what it has. It names the browser tab too.
 */
export function useMeeting(meetingId: string): readonly [MeetingState, () => void] {
  const [state, setState] = useState<MeetingState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMeeting(meetingId, controller.signal).then(
      (result) => {
        setState((shown) => {
          if (result.ok)
            return { kind: 'found', meeting: result.value, revision: revisionOf(result.etag) };
          // A reload that cannot reach the server keeps the meeting on screen: the connection
          // status already says the server is away.
          if (shown.kind === 'found' && result.problem.status === 0) return shown;
          return { kind: 'failed', problem: result.problem };
        });
      },
      () => {
        // Aborted: this meeting is no longer shown.
      },
    );
    return () => {
      controller.abort();
    };
  }, [meetingId, generation]);

  useEffect(() => {
    if (state.kind === 'found') document.title = `${state.meeting.symbol} · Rapporteur`;
  }, [state]);

  const reload = useCallback(() => {
    setGeneration((next) => next + 1);
  }, []);
  return [state, reload] as const;
}

/** A meeting's ETag, `"12"`, as the revision 12; -1 for none or another shape. */
function revisionOf(etag: string | undefined): number {
  const match = /^"(\d{1,12})"$/.exec(etag ?? '');
  return match === null ? -1 : Number(match[1]);
}
