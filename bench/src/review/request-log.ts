/**
 * The server's own timing of requests: it logs one JSON line per request when the answer is
 * ready (`observeRequests`: `{ requestId, method, path, status, ms, msg: 'request' }`). The bench
 * sends its own `x-request-id` and finds the line by it. The line is written after the answer,
 * so it may reach the bench a moment after the response does.
 */
export class RequestLog {
  readonly #durations = new Map<string, number>();

  /** Give every output line of the server here. */
  readonly read = (line: string): void => {
    if (!line.startsWith('{') || !line.includes('"msg":"request"')) return;
    try {
      const entry = JSON.parse(line) as { requestId?: unknown; ms?: unknown };
      if (typeof entry.requestId === 'string' && typeof entry.ms === 'number')
        this.#durations.set(entry.requestId, entry.ms);
    } catch {
      // Not a log line of ours after all: the server printed something else that looks alike.
    }
  };

  /** What the server measured for `requestId`, in milliseconds, once its line arrived. */
  durationOf(requestId: string): number | undefined {
    return this.#durations.get(requestId);
  }
}
