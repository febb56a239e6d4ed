import { useEffect, useRef, useState } from 'react';

import {
  applyMessages,
  liveEventsUrl,
  NOT_LISTENING,
  parseDraftTick,
  parseMeetingMessage,
  type LiveConnection,
  type LiveMessage,
  type LiveState,
} from './live-events.js';

/** A burst of messages (the catch-up on connecting) becomes one update of the page. */
const BATCH_MS = 80;
/**
 * The browser retries a dropped stream by itself, but gives up for good on an answer that is
 * not a stream (a proxy's 502 while the server restarts): then a new one, this much later.
 */
const RETRY_MS = 15_000;

/**
 * The meeting's live events, over one EventSource for as long as the page shows the meeting
 * (`meetingId` undefined: not yet, or not readable). The panels follow the state it returns:
 * a meeting revision that moves means "read the meeting again", a draft tick "the draft moved".
 */
export function useLiveEvents(meetingId: string | undefined, readAt = -1): LiveState {
  const [state, setState] = useState<LiveState>(NOT_LISTENING);
  // Where the page read the meeting as it opened: the stream starts after it, so that a meeting
  // with a long past (a thousand review events) does not send it all to every page that opens.
  // Taken when the stream opens for a meeting: later reads of the meeting do not restart it.
  const startAfter = useRef(readAt);
  startAfter.current = readAt;

  useEffect(() => {
    if (meetingId === undefined) return undefined;
    let source: EventSource | undefined;
    let pending: LiveMessage[] = [];
    let batchTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    // Where a new EventSource resumes; the browser's own reconnections send Last-Event-ID.
    let heard = startAfter.current;

    // The first batch of a stream opened from the start is the meeting's past, not news: it
    // moves the revisions but is not offered to the page as what just happened.
    let pastToCome = true;
    const flush = (): void => {
      batchTimer = undefined;
      const batch = pending;
      pending = [];
      const past = pastToCome;
      pastToCome = false;
      setState((shown) => {
        const next = applyMessages(shown, batch);
        return past && next !== shown ? { ...next, latest: [] } : next;
      });
    };
    const queue = (message: LiveMessage): void => {
      pending.push(message);
      // The past arrives as one burst, however long (a meeting with a thousand review events):
      // it is folded in once it pauses, so the page reads the meeting and the review once.
      if (pastToCome && batchTimer !== undefined) {
        clearTimeout(batchTimer);
        batchTimer = undefined;
      }
      batchTimer ??= setTimeout(flush, BATCH_MS);
    };
    const connection = (next: LiveConnection): void => {
      setState((shown) => (shown.connection === next ? shown : { ...shown, connection: next }));
    };

    const open = (): void => {
      pastToCome = heard < 0;
      const stream = new EventSource(liveEventsUrl(meetingId, heard));
      source = stream;
      stream.addEventListener('open', () => {
        connection('open');
      });
      stream.addEventListener('meeting', (message: MessageEvent<unknown>) => {
        const event = parseMeetingMessage(message.data);
        if (event === undefined) return;
        heard = Math.max(heard, event.revision);
        queue({ kind: 'meeting', event });
      });
      stream.addEventListener('draft', (message: MessageEvent<unknown>) => {
        const tick = parseDraftTick(message.data);
        if (tick !== undefined) queue({ kind: 'draft', tick });
      });
      stream.addEventListener('error', () => {
        if (stream.readyState !== EventSource.CLOSED) {
          connection('connecting');
          return;
        }
        connection('closed');
        retryTimer = setTimeout(open, RETRY_MS);
      });
    };
    open();

    return () => {
      source?.close();
      clearTimeout(batchTimer);
      clearTimeout(retryTimer);
      setState(NOT_LISTENING);
    };
  }, [meetingId]);

  return state;
}
