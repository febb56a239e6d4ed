/**
 * The calls of our HTTP API the review bench makes, as the chair of every meeting, with an API
 * token (the meetings' creator chairs them). Every refusal throws with the server's answer.
 */
export interface ReviewApi {
  /** Fills the meeting's empty draft from plain text (`POST .../import`, text/plain). */
  importText(meetingId: string, text: string): Promise<void>;
  /** The draft's head as HTML, with the paragraph numbers the editor shows. */
  draftHtml(meetingId: string): Promise<string>;
  /** Proposes a suggestion by paragraph and quote; resolves to its id. */
  propose(meetingId: string, suggestion: NewSuggestion): Promise<string>;
  /** Comments on a quote of a paragraph; resolves to the comment's id. */
  comment(meetingId: string, comment: NewComment): Promise<string>;
  /** Accepts a suggestion, sending `requestId` so that the server's log line can be found. */
  accept(meetingId: string, suggestionId: string, requestId: string): Promise<void>;
}

export interface NewSuggestion {
  readonly paragraph: string;
  readonly quote: string;
  readonly replacement: string;
}

export interface NewComment {
  readonly paragraph: string;
  readonly quote: string;
  readonly body: string;
}

export function reviewApi(baseUrl: string, token: string): ReviewApi {
  const call = async (
    path: string,
    init: { method?: string; type?: string; body?: string; requestId?: string } = {},
  ): Promise<Response> => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (init.type !== undefined) headers['content-type'] = init.type;
    if (init.requestId !== undefined) headers['x-request-id'] = init.requestId;
    const response = await fetch(`${baseUrl}/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    if (!response.ok) {
      throw new Error(
        `${init.method ?? 'GET'} /api${path} answered ${response.status}: ${await response.text()}`,
      );
    }
    return response;
  };
  const postJson = (path: string, body: unknown, requestId?: string) =>
    call(path, {
      method: 'POST',
      type: 'application/json',
      body: JSON.stringify(body),
      ...(requestId === undefined ? {} : { requestId }),
    });
  return {
    async importText(meetingId, text) {
      await call(`/meetings/${meetingId}/import`, {
        method: 'POST',
        type: 'text/plain',
        body: text,
      });
    },
    async draftHtml(meetingId) {
      const response = await call(`/meetings/${meetingId}/draft`);
      return ((await response.json()) as { html: string }).html;
    },
    async propose(meetingId, suggestion) {
      const response = await postJson(`/meetings/${meetingId}/suggestions`, suggestion);
      return ((await response.json()) as { suggestionId: string }).suggestionId;
    },
    async comment(meetingId, comment) {
      const response = await postJson(`/meetings/${meetingId}/comments`, comment);
      return ((await response.json()) as { commentId: string }).commentId;
    },
    async accept(meetingId, suggestionId, requestId) {
      const response = await postJson(
        `/meetings/${meetingId}/suggestions/${suggestionId}/accept`,
        {},
        requestId,
      );
      // The body is read so that the timing covers the whole answer, as a client receives it.
      await response.arrayBuffer();
    },
  };
}
