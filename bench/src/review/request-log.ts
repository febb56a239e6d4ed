/** One request as the server logged it. */
export interface LoggedRequest {
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  readonly ms: number;
}

/**
 * The server's own timing of requests: it logs one JSON line per request when the answer is
 * ready (`observeRequests`: `{ requestId, method, path, status, ms, msg: 'request' }`). The bench
 * sends its own `x-request-id` and finds the line by it. The line is written after the answer,
 * so it may reach the bench a moment after the response does.
 */
export class RequestLog {
  readonly #entries: LoggedRequest[] = [];
  readonly #byId = new Map<string, LoggedRequest>();

  /** Give every output line of the server here. */
  readonly read = (line: string): void => {
    if (!line.startsWith('{') || !line.includes('"msg":"request"')) return;
    try {
      const entry = JSON.parse(line) as Partial<Record<keyof LoggedRequest, unknown>>;
      const { requestId, method, path, ms } = entry;
      if (
        typeof requestId !== 'string' ||
        typeof method !== 'string' ||
        typeof path !== 'string' ||
        typeof ms !== 'number'
      )
        return;
      const request = { requestId, method, path, ms };
      this.#entries.push(request);
      this.#byId.set(requestId, request);
    } catch {
      // Not a log line of ours after all: the server printed something else that looks alike.
    }
  };

  /** What the server measured for `requestId`, in milliseconds, once its line arrived. */
  durationOf(requestId: string): number | undefined {
    return this.#byId.get(requestId)?.ms;
  }

  /** A mark to read the requests logged from now on with `since`. */
  mark(): number {
    return this.#entries.length;
  }

  since(mark: number): LoggedRequest[] {
    return this.#entries.slice(mark);
  }
}
