import { useEffect, useState } from 'react';

import { fetchMeeting, type MeetingResult } from './meeting-api.js';

export type MeetingState = { readonly kind: 'loading' } | MeetingResult;

/** The meeting's heading, fetched once per meeting id; it names the browser tab too. */
export function useMeeting(meetingId: string): MeetingState {
  const [state, setState] = useState<MeetingState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchMeeting(meetingId, controller.signal).then(setState, () => {
      // Aborted: this meeting is no longer shown.
    });
    return () => {
      controller.abort();
    };
  }, [meetingId]);
  useEffect(() => {
    if (state.kind === 'found') document.title = `${state.meeting.symbol} · Rapporteur`;
  }, [state]);
  return state;
}
