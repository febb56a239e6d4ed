/**
 * A reader of a meeting's Server-Sent Events (`/api/meetings/:id/events`), as the web app keeps
 * one open: it notes when each event arrives, and whether the server ended the stream.
 */
export class EventStreamReader {
  readonly events: { readonly name: string; readonly at: number }[] = [];
  ended = false;
  readonly #abort = new AbortController();

  constructor(url: string, access: { readonly token: string; readonly meetingId: string }) {
    void this.#read(`${url}/api/meetings/${access.meetingId}/events`, access.token);
  }

  /** Events named `name` that arrived after `time`. */
  after(name: string, time: number): number {
    return this.events.filter((event) => event.name === name && event.at > time).length;
  }

  close(): void {
    this.#abort.abort();
  }

  async #read(url: string, token: string): Promise<void> {
    try {
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal: this.#abort.signal,
      });
      if (response.body === null) return;
      const decoder = new TextDecoder();
      let pending = '';
      for await (const chunk of response.body) {
        pending += decoder.decode(chunk, { stream: true });
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
          if (line.startsWith('event:'))
            this.events.push({ name: line.slice(6).trim(), at: Date.now() });
      }
    } catch {
      // Aborted by close(), or the connection failed: either way the stream is over.
    } finally {
      this.ended = !this.#abort.signal.aborted;
    }
  }
}
