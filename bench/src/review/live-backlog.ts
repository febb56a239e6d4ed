/** What a page receives as soon as it opens a meeting's live events. */
export interface LiveBacklog {
  /** `event: meeting` messages: the meeting's past, sent to a stream opened without a revision. */
  readonly meetingEvents: number;
  readonly bytes: number;
}

// The backlog comes at once; the stream then stays open for live events, hence a quiet period.
const QUIET_MS = 500;
const MAX_MS = 20_000;

/**
 * Opens `GET /api/meetings/{id}/events` as the editor page opens it (no Last-Event-ID: the page
 * has heard nothing yet), reads until the stream has been quiet for a moment, and counts what
 * came: with the review items, every comment and suggestion ever made is in the meeting's past.
 */
export async function liveBacklog(
  baseUrl: string,
  meetingId: string,
  token: string,
): Promise<LiveBacklog> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/meetings/${meetingId}/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  if (!response.ok || response.body === null)
    throw new Error(`GET .../events answered ${response.status}: ${await response.text()}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  const started = Date.now();
  let pending = reader.read();
  try {
    while (Date.now() - started < MAX_MS) {
      let timer: NodeJS.Timeout | undefined;
      const quiet = new Promise<'quiet'>((resolve) => {
        timer = setTimeout(() => {
          resolve('quiet');
        }, QUIET_MS);
      });
      const next = await Promise.race([pending, quiet]);
      clearTimeout(timer);
      if (next === 'quiet' || next.done) break;
      bytes += next.value.byteLength;
      text += decoder.decode(next.value, { stream: true });
      pending = reader.read();
    }
  } finally {
    // The read still waiting fails once the stream is aborted: that is the expected end.
    pending.catch(() => undefined);
    abort.abort();
  }
  return { meetingEvents: text.match(/^event: meeting$/gm)?.length ?? 0, bytes };
}
