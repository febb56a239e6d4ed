/** A meeting's heading, as `GET /api/meetings/:meetingId` gives it. */
export interface Meeting {
  readonly id: string;
  readonly title: string;
  readonly symbol: string;
  readonly date: string;
}

export type MeetingResult =
  | { readonly kind: 'found'; readonly meeting: Meeting }
  | { readonly kind: 'missing'; readonly detail: string }
  | { readonly kind: 'failed'; readonly detail: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseMeeting(body: unknown): Meeting | undefined {
  if (!isRecord(body)) return undefined;
  const { id, title, symbol, date } = body;
  if (
    typeof id !== 'string' ||
    typeof title !== 'string' ||
    typeof symbol !== 'string' ||
    typeof date !== 'string'
  ) {
    return undefined;
  }
  return { id, title, symbol, date };
}

// Problem JSON (RFC 9457): the server's `detail` is a sentence written for people.
async function problemDetail(response: Response, fallback: string): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (isRecord(body) && typeof body['detail'] === 'string') return body['detail'];
  } catch {
    // Not JSON (a proxy's error page): the fallback says enough.
  }
  return fallback;
}

/** Fetches a meeting; never throws except when aborted. */
export async function fetchMeeting(meetingId: string, signal: AbortSignal): Promise<MeetingResult> {
  let response: Response;
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}`, {
      signal,
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      kind: 'failed',
      detail: 'The server cannot be reached. Check your connection and reload.',
    };
  }
  if (response.status === 404) {
    return {
      kind: 'missing',
      detail: await problemDetail(response, `There is no meeting "${meetingId}".`),
    };
  }
  if (!response.ok) {
    return {
      kind: 'failed',
      detail: await problemDetail(response, `The server answered ${response.status}.`),
    };
  }
  const meeting = parseMeeting(await response.json().catch(() => undefined));
  return meeting === undefined
    ? { kind: 'failed', detail: 'The server sent a meeting this page cannot read.' }
    : { kind: 'found', meeting };
}

/** "2019-09-25" -> "25 September 2019", the way the reports date themselves; other text as is. */
export function formatMeetingDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match.map(Number);
  const utc = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(utc.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
}
